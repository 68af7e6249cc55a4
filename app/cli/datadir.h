#pragma once
// Where an engine keeps its data: --data DIR, else $TAKT_DATA, else the user's
// application data folder (~/.local/share/takt). Shared by `serve` and the client commands
// so that both sides find the same server.json and token.

#include <engine/core/result.h>

#include <QString>

namespace Takt::Cli {

/// The absolute data directory for an optional --data value; does not create it.
QString resolveDataDir(const QString &option);

/// Creates the directory (mode 0700: it holds the access token) if it does not exist.
Result<void> ensureDataDir(const QString &dir);

} // namespace Takt::Cli
