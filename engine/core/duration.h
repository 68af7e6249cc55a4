#pragma once
// Durations as people write them: "90s", "5m", "1h30m", "250ms", "2d", or a bare number of seconds.

#include <engine/core/result.h>

#include <QString>

namespace Takt {

/// Parses a duration into milliseconds. `field` names the input in the error
/// ("timeout: '5x' is not a duration …"). Negative durations are rejected.
Result<qint64> parseDuration(QStringView text, const QString &field);

/// The shortest exact form: 90000 -> "1m30s", 250 -> "250ms", 0 -> "0s".
QString formatDuration(qint64 ms);

/// Sizes as people write them: "500", "64K", "500MB", "10G", "2GiB" (K, M, G, T are powers of
/// 1024, with or without "B"/"iB"). `field` names the input in the error.
Result<qint64> parseSize(QStringView text, const QString &field);

} // namespace Takt
