#include "intervalschedule.h"

#include <engine/core/duration.h>
#include <engine/core/tr.h>

#include <limits>

namespace Takt {

Result<IntervalSchedule> IntervalSchedule::parse(QStringView duration)
{
    const QString field = QStringLiteral("schedule");
    const QStringView trimmed = duration.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, field, Tr::tr("@every needs an interval, e.g. @every 5m"));
    const Result<qint64> ms = parseDuration(trimmed, field);
    if (!ms.isOk())
        return ms.error();
    // Below a second the engine's timer resolution and the run bookkeeping would dominate.
    if (ms.value() < 1000) {
        return makeError(ErrorCode::InvalidArgument, field,
                         Tr::tr("@every needs an interval of at least 1s, got %1").arg(trimmed.toString()));
    }
    IntervalSchedule interval;
    interval.m_intervalMs = ms.value();
    return interval;
}

qint64 IntervalSchedule::nextFireTime(qint64 afterMs) const
{
    if (!isValid())
        return 0;
    // Floor division, so that times before 1970 land on the same grid.
    qint64 multiple = afterMs / m_intervalMs;
    if (afterMs % m_intervalMs != 0 && afterMs < 0)
        --multiple;
    if (multiple >= std::numeric_limits<qint64>::max() / m_intervalMs - 1)
        return 0;
    return (multiple + 1) * m_intervalMs;
}

QString IntervalSchedule::describe() const
{
    if (!isValid())
        return {};
    // A single whole unit reads as words ("Every 15 minutes"); a mixed interval keeps the compact
    // form people wrote ("Every 1m30s").
    struct Unit
    {
        qint64 ms;
        qint64 nextUnit; // the larger unit's size in this unit; count must stay below it
        const char *one;
        const char *many;
    };
    static const Unit units[] = {
        {86'400'000, std::numeric_limits<qint64>::max(), QT_TRANSLATE_NOOP("Takt", "Every day"),
         QT_TRANSLATE_NOOP("Takt", "Every %1 days")},
        {3'600'000, 24, QT_TRANSLATE_NOOP("Takt", "Every hour"), QT_TRANSLATE_NOOP("Takt", "Every %1 hours")},
        {60'000, 60, QT_TRANSLATE_NOOP("Takt", "Every minute"), QT_TRANSLATE_NOOP("Takt", "Every %1 minutes")},
        {1000, 60, QT_TRANSLATE_NOOP("Takt", "Every second"), QT_TRANSLATE_NOOP("Takt", "Every %1 seconds")},
    };
    for (const Unit &unit : units) {
        const qint64 count = m_intervalMs / unit.ms;
        if (m_intervalMs % unit.ms == 0 && count < unit.nextUnit)
            return count == 1 ? Tr::tr(unit.one) : Tr::tr(unit.many).arg(count);
    }
    return Tr::tr("Every %1").arg(formatDuration(m_intervalMs));
}

} // namespace Takt
