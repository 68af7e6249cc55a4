#pragma once
// CronFieldParser: reads one field of a cron expression (values, names, ranges, steps and Quartz's
// ? L W # forms) into bits, or an Error that names the field. Internal to engine/schedule; used by
// CronExpression::parse.

#include "cronexpression.h"

#include <engine/core/result.h>

#include <QString>
#include <QStringList>

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>

namespace Takt::Internal {

/// What one field accepts. `cycle` > 0 allows wrap-around ranges ("22-2", "FRI-MON").
struct CronFieldSpec
{
    CronExpression::Field field;
    const char *name;
    int min;
    int max;
    int cycle;

    static constexpr int FirstYear = 1970;
    static constexpr int LastYear = 2199;
};

/// The seven fields, in CronExpression::Field order.
inline constexpr CronFieldSpec CronFieldSpecs[CronExpression::FieldCount] = {
    {CronExpression::Second, "second", 0, 59, 60},
    {CronExpression::Minute, "minute", 0, 59, 60},
    {CronExpression::Hour, "hour", 0, 23, 24},
    // Month lengths differ, so "28-3" has no fixed meaning: no wrap-around for days of the month.
    {CronExpression::DayOfMonth, "day-of-month", 1, 31, 0},
    {CronExpression::Month, "month", 1, 12, 12},
    {CronExpression::DayOfWeek, "day-of-week", 0, 7, 7},
    {CronExpression::Year, "year", CronFieldSpec::FirstYear, CronFieldSpec::LastYear, 0},
};

/// One field after parsing. Bit (v - min) of `values` is set for each plain value v; day-of-week
/// values are stored modulo 7 so that 7 and 0 are both Sunday.
struct ParsedCronField
{
    std::bitset<232> values;
    QStringList canonical;
    std::uint32_t lastDayOffsets = 0;
    std::uint32_t nearestWeekdays = 0;
    bool lastWeekday = false;
    std::array<std::uint8_t, 7> nthWeekdays{};
    std::uint8_t lastWeekdays = 0;
};

class CronFieldParser final
{
public:
    /// `text` is the field as written (any case).
    CronFieldParser(const CronFieldSpec &spec, const QString &text) : m_spec(spec), m_text(text) {}

    Result<ParsedCronField> parse();

private:
    bool isDayField() const;
    Error error(const QString &message) const;
    void set(int value);
    /// Sets from, from + step, … up to `to`; when to < from (only in cyclic fields) the range wraps.
    void setRange(int from, int to, int step);
    std::optional<Error> parseValue(const QString &token, int *value) const;
    /// Quartz's L, W and # forms, or an error when they appear where they mean nothing.
    /// `handled` is true when the item was one of them.
    std::optional<Error> parseQuartzForm(const QString &item, bool *handled);
    std::optional<Error> parseItem(const QString &item);

    const CronFieldSpec &m_spec;
    const QString m_text;
    ParsedCronField m_result;
};

} // namespace Takt::Internal
