#include "zonetimeline_p.h"

#include <QDateTime>

namespace Takt::Internal {

namespace {
QDateTime utcDateTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
}
} // namespace

ZoneTimeline::ZoneTimeline(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    m_hasTransitions = m_zone.hasTransitions();
    if (!m_hasTransitions)
        m_fixedOffset = m_zone.offsetFromUtc(utcDateTime(0));
}

ZoneTimeline::Period ZoneTimeline::periodAt(qint64 utc) const
{
    Period period;
    period.offset = m_fixedOffset;
    period.nextOffset = m_fixedOffset;
    if (!m_hasTransitions)
        return period;
    // Two look-ups per period: a transition's OffsetData carries the offset that starts with it.
    const QDateTime at = utcDateTime(utc);
    // previousTransition() is strictly before its argument: ask one second later to include `utc`.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
    if (previous.atUtc.isValid()) {
        period.start = previous.atUtc.toSecsSinceEpoch();
        period.offset = previous.offsetFromUtc;
    } else {
        period.offset = m_zone.offsetFromUtc(at);
    }
    period.nextOffset = period.offset;
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    if (next.atUtc.isValid()) {
        period.end = next.atUtc.toSecsSinceEpoch();
        period.nextOffset = next.offsetFromUtc;
    }
    return period;
}

ZoneTimeline::Period ZoneTimeline::periodAfter(const Period &period) const
{
    Period after;
    after.start = period.end;
    after.offset = period.nextOffset;
    after.nextOffset = period.nextOffset;
    const QTimeZone::OffsetData next = m_zone.nextTransition(utcDateTime(period.end));
    if (next.atUtc.isValid()) {
        after.end = next.atUtc.toSecsSinceEpoch();
        after.nextOffset = next.offsetFromUtc;
    }
    return after;
}

int ZoneTimeline::offsetBefore(const Period &period) const
{
    if (period.start == Always)
        return period.offset;
    const QTimeZone::OffsetData previous = m_zone.previousTransition(utcDateTime(period.start));
    return previous.atUtc.isValid() ? previous.offsetFromUtc : m_zone.offsetFromUtc(utcDateTime(period.start - 1));
}

} // namespace Takt::Internal
