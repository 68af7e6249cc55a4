#pragma once
// IntervalSchedule: "@every 90s". Fires at every multiple of the interval since the Unix epoch (UTC),
// so it needs no stored state and keeps its rhythm across restarts. Cheap to copy; a
// default-constructed IntervalSchedule is invalid and never fires.

#include <engine/core/result.h>

#include <QString>

namespace Takt {

class IntervalSchedule final
{
public:
    /// Parses the duration after "@every" ("90s", "5m", "1h30m", …; see parseDuration). Intervals
    /// under one second are rejected. Errors name the field "schedule".
    static Result<IntervalSchedule> parse(QStringView duration);

    bool isValid() const { return m_intervalMs > 0; }
    qint64 intervalMs() const { return m_intervalMs; }

    /// The first multiple of the interval strictly after `afterMs` (UTC epoch ms); 0 if invalid.
    qint64 nextFireTime(qint64 afterMs) const;

    /// "Every 15 minutes", "Every hour", "Every 1m30s" (translated). Empty if invalid.
    QString describe() const;

    friend bool operator==(const IntervalSchedule &, const IntervalSchedule &) = default;

private:
    qint64 m_intervalMs = 0;
};

} // namespace Takt
