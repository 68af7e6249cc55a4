#include "schedule.h"

#include <engine/core/tr.h>

namespace Takt {

Result<Schedule> Schedule::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("schedule"), Tr::tr("the schedule is empty"));

    Schedule schedule;
    schedule.m_text = trimmed.toString();
    // "@every" and "@at" take an argument; every other "@…" is a cron alias (or unknown), which
    // CronExpression reports.
    qsizetype keywordEnd = 0;
    while (keywordEnd < trimmed.size() && !trimmed.at(keywordEnd).isSpace())
        ++keywordEnd;
    const QString keyword = trimmed.left(keywordEnd).toString().toLower();
    const QStringView argument = trimmed.mid(keywordEnd);

    if (keyword == u"@every") {
        Result<IntervalSchedule> interval = IntervalSchedule::parse(argument);
        if (!interval.isOk())
            return interval.error();
        schedule.m_rule = std::move(interval).value();
    } else if (keyword == u"@at") {
        Result<OneShotSchedule> oneShot = OneShotSchedule::parse(argument);
        if (!oneShot.isOk())
            return oneShot.error();
        schedule.m_rule = std::move(oneShot).value();
    } else {
        Result<CronExpression> cron = CronExpression::parse(trimmed);
        if (!cron.isOk())
            return cron.error();
        schedule.m_rule = std::move(cron).value();
    }
    return schedule;
}

bool Schedule::isValid() const
{
    return !std::holds_alternative<std::monostate>(m_rule);
}

QString Schedule::text() const
{
    return m_text;
}

qint64 Schedule::nextFireTime(qint64 afterMs, const QTimeZone &zone) const
{
    if (const auto *cron = std::get_if<CronExpression>(&m_rule))
        return cron->nextFireTime(afterMs, zone);
    if (const auto *interval = std::get_if<IntervalSchedule>(&m_rule))
        return interval->nextFireTime(afterMs);
    if (const auto *oneShot = std::get_if<OneShotSchedule>(&m_rule))
        return oneShot->nextFireTime(afterMs, zone);
    return 0;
}

QList<qint64> Schedule::nextFireTimes(qint64 afterMs, const QTimeZone &zone, int count) const
{
    QList<qint64> times;
    if (count <= 0 || !isValid())
        return times;
    times.reserve(std::min(count, 1024));
    qint64 after = afterMs;
    while (times.size() < count) {
        const qint64 next = nextFireTime(after, zone);
        if (next == 0)
            break;
        times << next;
        after = next;
    }
    return times;
}

QString Schedule::describe() const
{
    if (const auto *cron = std::get_if<CronExpression>(&m_rule))
        return cron->describe();
    if (const auto *interval = std::get_if<IntervalSchedule>(&m_rule))
        return interval->describe();
    if (const auto *oneShot = std::get_if<OneShotSchedule>(&m_rule))
        return oneShot->describe();
    return {};
}

bool operator==(const Schedule &a, const Schedule &b)
{
    // Parsing is deterministic, so equal texts mean equal rules; comparing the text keeps two
    // schedules that look different (e.g. "@daily" and "0 0 * * *") apart, as a user sees them.
    return a.isValid() == b.isValid() && a.m_text == b.m_text;
}

CronExpression Schedule::cron() const
{
    const auto *cron = std::get_if<CronExpression>(&m_rule);
    return cron ? *cron : CronExpression();
}

IntervalSchedule Schedule::interval() const
{
    const auto *interval = std::get_if<IntervalSchedule>(&m_rule);
    return interval ? *interval : IntervalSchedule();
}

OneShotSchedule Schedule::oneShot() const
{
    const auto *oneShot = std::get_if<OneShotSchedule>(&m_rule);
    return oneShot ? *oneShot : OneShotSchedule();
}

} // namespace Takt
