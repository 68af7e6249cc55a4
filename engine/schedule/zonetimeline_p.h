#pragma once
// ZoneTimeline: walks one time zone's offset periods (between DST transitions) so that a search in
// local wall time (cron fields, @at) lands on UTC instants with explicit DST gap/overlap rules.
// Internal to engine/schedule; all times are whole seconds (UTC epoch, or "wall" = UTC + offset).

#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>

namespace Takt::Internal {

/// How a wall time that a DST change skips or repeats turns into instants (cronie's rules).
enum class WallTimeRule {
    EveryInstant, ///< "wall clock": every real instant whose wall time matches; none in a gap, two in an overlap
    FirstInstant, ///< "fixed time": once per wall time; a gap time fires when the gap ends, a repeated time only once
};

class ZoneTimeline final
{
public:
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();
    static constexpr qint64 Always = std::numeric_limits<qint64>::min();
    /// No offset change moves the wall clock by a day or more.
    static constexpr qint64 MaxShift = 86'400;

    /// An invalid zone is treated as UTC.
    explicit ZoneTimeline(const QTimeZone &zone);

    /// A stretch of constant offset: UTC seconds [start, end), wall = utc + offset; nextOffset applies
    /// from `end` on. start is Always when no earlier transition is known, end is Never when no
    /// later one is.
    struct Period
    {
        qint64 start = Always;
        qint64 end = Never;
        int offset = 0;
        int nextOffset = 0;
    };

    /// The period holding `utc`.
    Period periodAt(qint64 utc) const;
    /// The period that begins where `period` ends (period.end must not be Never).
    Period periodAfter(const Period &period) const;
    /// The offset in effect just before period.start (period.offset when there is no earlier period).
    int offsetBefore(const Period &period) const;

    /// The first instant >= fromUtc whose wall time `finder` accepts under `rule`, or nullopt.
    /// finder(fromWall, toWall) returns the first matching wall second in [fromWall, toWall] or nullopt;
    /// it is called once per offset period (and once per DST gap), so the cost is a few finder calls
    /// per half year searched. No wall time after `wallLimit` is considered.
    template<typename Finder>
    std::optional<qint64> firstInstant(qint64 fromUtc, WallTimeRule rule, qint64 wallLimit,
                                       Finder &&finder) const;

private:
    QTimeZone m_zone;
    bool m_hasTransitions = false;
    int m_fixedOffset = 0;
};

template<typename Finder>
std::optional<qint64> ZoneTimeline::firstInstant(qint64 fromUtc, WallTimeRule rule, qint64 wallLimit,
                                                 Finder &&finder) const
{
    // Start in the period holding the second *before* fromUtc: when fromUtc is exactly a transition,
    // the gap that ends there (whose times fire at fromUtc under FirstInstant) is examined too.
    Period period = periodAt(fromUtc - 1);
    qint64 wallFrom = fromUtc + period.offset;
    if (period.end != Never && fromUtc >= period.end) {
        // fromUtc opens the next period: make the loop below step into it from `period`.
        wallFrom = period.end + period.offset;
    } else if (rule == WallTimeRule::FirstInstant && period.start != Always
               && fromUtc - period.start < MaxShift) {
        // Inside the second pass of a fall-back overlap, wall times already seen in the first pass
        // have fired (or were due) there; skip them.
        const int previousOffset = offsetBefore(period);
        if (previousOffset > period.offset)
            wallFrom = std::max(wallFrom, period.start + previousOffset);
    }

    while (wallFrom <= wallLimit) {
        const qint64 wallTo = period.end == Never ? wallLimit
                                                  : std::min(wallLimit, period.end - 1 + period.offset);
        if (wallFrom <= wallTo) {
            if (const std::optional<qint64> wall = finder(wallFrom, wallTo))
                return *wall - period.offset;
        }
        if (period.end == Never)
            return std::nullopt;

        const Period next = periodAfter(period);
        if (next.offset > period.offset) {
            // Spring forward: walls [end + offset, end + next.offset) never happen.
            if (rule == WallTimeRule::FirstInstant) {
                const qint64 gapFrom = period.end + period.offset;
                const qint64 gapTo = std::min(wallLimit, period.end + next.offset - 1);
                if (gapFrom <= gapTo && finder(gapFrom, gapTo))
                    return period.end; // the first instant after the gap
            }
            wallFrom = period.end + next.offset;
        } else {
            // Fall back (or no offset change): walls [end + next.offset, end + offset) happen again.
            wallFrom = rule == WallTimeRule::FirstInstant ? period.end + period.offset
                                                          : period.end + next.offset;
        }
        period = next;
    }
    return std::nullopt;
}

} // namespace Takt::Internal
