#pragma once
// CronExpression: the cron grammar of schedules. 5 fields (Vixie/cronie), 6 with leading seconds,
// 7 with a trailing year; Quartz's ? L W # forms; the @yearly … @hourly aliases. Cheap to copy;
// a default-constructed CronExpression is invalid and never fires. The README ("Schedules") has the semantics.

#include <engine/core/result.h>

#include <QString>
#include <QTimeZone>

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>

namespace Takt {

class CronExpression final
{
public:
    /// The fields in their order in a 7-field expression.
    enum Field { Second, Minute, Hour, DayOfMonth, Month, DayOfWeek, Year, FieldCount };

    /// Parses "min hour dom month dow", "sec min hour dom month dow", "sec … dow year" or an alias
    /// (@yearly @annually @monthly @weekly @daily @midnight @hourly). On error, the Error's field names
    /// the cron field ("day-of-month", …) or "schedule", and its message gives the reason.
    static Result<CronExpression> parse(QStringView text);

    bool isValid() const { return m_valid; }
    /// The text as given, trimmed.
    QString text() const { return m_text; }
    /// One field in canonical form: names replaced by numbers, the implied "0" second of a 5-field
    /// expression and "*" for an absent year filled in. Empty for an invalid expression.
    QString field(Field field) const;
    /// The number of fields written (5, 6 or 7); an alias counts as 5.
    int writtenFieldCount() const { return m_writtenFieldCount; }
    /// True when the second, minute or hour field begins with "*": the expression follows the wall
    /// clock across DST changes (no run in a skipped hour, runs in both passes of a repeated one).
    /// Otherwise each local time it names fires exactly once (see the README, "Schedules").
    bool followsWallClock() const { return m_followsWallClock; }
    /// False for an expression that parses but names no existing date (e.g. "0 0 30 2 *").
    bool canFire() const { return m_canFire; }

    /// The first fire time strictly after `afterMs` (UTC epoch ms), evaluated in `zone` (an invalid
    /// zone counts as UTC); 0 when it never fires again. Jumps field by field and offset period by
    /// offset period, so it costs microseconds, not a walk over seconds.
    qint64 nextFireTime(qint64 afterMs, const QTimeZone &zone) const;

    /// The expression in words (translated), e.g. "At 02:30, Monday through Friday". Empty if invalid.
    QString describe() const;

    friend bool operator==(const CronExpression &, const CronExpression &) = default;

private:
    /// The first wall second (seconds since 1970-01-01T00:00 local) in [from, to] that matches all
    /// fields, or nullopt. Skips whole years, months, days, hours and minutes that cannot match.
    std::optional<qint64> findWall(qint64 from, qint64 to) const;
    /// Bit d (1-31) set when day d of the month matches day-of-month and day-of-week together.
    std::uint32_t matchingDays(int year, int month) const;
    /// The first matching year >= year, or 0 if none.
    int nextYear(int year) const;

    QString m_text;
    std::array<QString, FieldCount> m_fields;
    int m_writtenFieldCount = 0;

    std::uint64_t m_seconds = 0;       // bit per second 0-59
    std::uint64_t m_minutes = 0;       // bit per minute 0-59
    std::uint32_t m_hours = 0;         // bit per hour 0-23
    std::uint32_t m_days = 0;          // bit per day of month 1-31
    std::uint32_t m_lastDayOffsets = 0; // bit n: "L-n" (bit 0: "L")
    std::uint32_t m_nearestWeekdays = 0; // bit d: "dW"
    bool m_lastWeekday = false;        // "LW"
    std::uint16_t m_months = 0;        // bit per month 1-12
    std::uint8_t m_weekdays = 0;       // bit per weekday 0-6, 0 = Sunday
    std::array<std::uint8_t, 7> m_nthWeekdays{}; // [weekday] bit k: "weekday#k"
    std::uint8_t m_lastWeekdays = 0;   // bit per weekday: "weekdayL"
    std::bitset<230> m_years;          // bit per year 1970-2199 when m_anyYear is false
    bool m_anyYear = true;
    int m_lastYear = 0;                // the last year of m_years
    bool m_dayOfMonthRestricted = false; // neither "*…" nor "?": with a restricted day-of-week, either may match
    bool m_dayOfWeekRestricted = false;
    bool m_followsWallClock = false;
    bool m_canFire = false;
    bool m_valid = false;
};

} // namespace Takt
