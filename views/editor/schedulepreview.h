#pragma once
// SchedulePreview: what the job editor shows under a schedule — the engine's own error, or the
// schedule in words with its zone and the next fire times. Computed by the engine's Schedule.

#include <engine/core/result.h>

#include <QList>
#include <QString>
#include <QTimeZone>

namespace Takt {

/// A value. A text that does not parse gives an error (Error::toString() reads
/// "day-of-month: 32 is out of range 1-31"); an empty text is valid and never fires.
struct SchedulePreview
{
    Error error;              ///< valid when the text does not parse
    QString description;      ///< "At 02:30, Monday through Friday, Europe/Berlin"
    QList<qint64> fireTimes;  ///< UTC epoch ms, in order; empty until computed

    bool isValid() const { return !error.isValid(); }

    /// Parses and describes `text` for the zone `zoneId` (IANA). Costs microseconds, so the GUI
    /// thread may call it on every key press.
    static SchedulePreview describe(const QString &text, const QString &zoneId);
    /// describe() plus up to `count` fire times after `afterMs`. Reentrant: run it with QtConcurrent.
    static SchedulePreview compute(const QString &text, const QString &zoneId, qint64 afterMs, int count);
};

/// A fire time as the editor lists it, in `zone` with its offset: "2026-11-25 02:30:00 +01:00 (Wed)".
QString formatFireTime(qint64 utcMs, const QTimeZone &zone);

} // namespace Takt
