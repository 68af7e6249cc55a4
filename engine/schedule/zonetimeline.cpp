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

int ZoneTimeline::offsetAt(qint64 utc) const
{
    return m_hasTransitions ? m_zone.offsetFromUtc(utcDateTime(utc)) : m_fixedOffset;
}

ZoneTimeline::Period ZoneTimeline::periodAt(qint64 utc) const
{
    Period period;
    if (!m_hasTransitions) {
        period.offset = m_fixedOffset;
        return period;
    }
    const QDateTime at = utcDateTime(utc);
    period.offset = m_zone.offsetFromUtc(at);
    // previousTransition() is strictly before its argument: ask one second later to include `utc`.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
    if (previous.atUtc.isValid())
        period.start = previous.atUtc.toSecsSinceEpoch();
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    if (next.atUtc.isValid())
        period.end = next.atUtc.toSecsSinceEpoch();
    return period;
}

} // namespace Takt::Internal
