#pragma once
// How times and durations are written in the console's tables and panels.

#include <QString>
#include <QTimeZone>

namespace Takt {

/// "2026-11-24 21:22:03" in `zone` (default: local); "—" for 0.
QString displayTime(qint64 utcMs, const QTimeZone &zone = QTimeZone::systemTimeZone());
/// "1.2 s", "3 min 05 s", "2 h 10 min"; "—" for a negative value.
QString displayDuration(qint64 ms);
/// "1.5 MB" style sizes.
QString displaySize(qint64 bytes);

} // namespace Takt
