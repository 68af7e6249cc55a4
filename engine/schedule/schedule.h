#pragma once
// Schedule: when a job runs. One value for every kind of schedule text (cron, @alias, @every, @at)
// that the scheduler asks for fire times and the UI asks for words. See the README, "Schedules".

#include <engine/core/result.h>
#include <engine/schedule/cronexpression.h>
#include <engine/schedule/intervalschedule.h>
#include <engine/schedule/oneshotschedule.h>

#include <QList>
#include <QString>
#include <QTimeZone>

#include <variant>

namespace Takt {

/// A parsed schedule of any kind; cheap to copy. A default-constructed Schedule is invalid and never fires.
/// Thread-safe to share: all functions are const and reentrant.
class Schedule final
{
public:
    /// Parses cron (5 fields; 6 with leading seconds; 7 with trailing year), @yearly @annually @monthly
    /// @weekly @daily @midnight @hourly, "@every 90s" (also 5m, 1h30m, 250ms rejected below 1s), and
    /// "@at 2027-01-01T09:00:00" (local time in the job's zone; an explicit offset/Z also accepted).
    /// The error's field names the cron field ("minute", "hour", "day-of-month", "month", "day-of-week",
    /// "second", "year") or "schedule"; its message says the reason, e.g. field "day-of-month",
    /// message "32 is out of range 1-31". Error::toString() then reads "day-of-month: 32 is out of range 1-31".
    static Result<Schedule> parse(QStringView text);
    bool isValid() const;
    QString text() const;            // as given, trimmed
    /// The first fire time strictly after `afterMs` (UTC epoch ms), evaluated in `zone`. 0 = never again.
    /// An invalid zone counts as UTC. Costs microseconds (no walk over minutes), also for schedules
    /// that never fire (e.g. "0 0 30 2 *"). Cron searches start in 1900 at the earliest and give up
    /// after 9999; the instant 1970-01-01T00:00:00Z itself cannot be told apart from "never".
    qint64 nextFireTime(qint64 afterMs, const QTimeZone &zone) const;
    /// Up to `count` successive fire times after `afterMs`.
    QList<qint64> nextFireTimes(qint64 afterMs, const QTimeZone &zone, int count) const;
    /// In words, translated with Tr::tr: "At 02:30, Monday through Friday", "Every 15 minutes",
    /// "Every 1m30s", "Once at 2027-01-01 09:00". Good English for common forms; never empty for a valid schedule.
    QString describe() const;
    /// Equal when both are invalid, or both were parsed from the same (trimmed) text.
    friend bool operator==(const Schedule&, const Schedule&);

    /// The kind-specific views, for callers that need them (e.g. an editor showing cron fields).
    bool isCron() const { return std::holds_alternative<CronExpression>(m_rule); }
    bool isInterval() const { return std::holds_alternative<IntervalSchedule>(m_rule); }
    bool isOneShot() const { return std::holds_alternative<OneShotSchedule>(m_rule); }
    /// Invalid values unless the schedule is of that kind.
    CronExpression cron() const;
    IntervalSchedule interval() const;
    OneShotSchedule oneShot() const;

private:
    QString m_text;
    std::variant<std::monostate, CronExpression, IntervalSchedule, OneShotSchedule> m_rule;
};

} // namespace Takt
