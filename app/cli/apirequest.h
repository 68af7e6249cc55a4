#pragma once
// apiRequest(): one request to an engine's HTTP API for the CLI commands that RemoteEngine
// does not cover (tokens, checking a login). Waits in a local event loop: CLI only.

#include "engineconnection.h"

#include <engine/core/result.h>

#include <QJsonObject>

namespace Takt::Cli {

/// `verb` `path` ("/api/v1/tokens") with an optional JSON body. A 2xx answer gives its JSON
/// object (empty for 204); an error answer gives the server's error; no answer gives
/// Unavailable naming the URL and the network's reason.
Result<QJsonObject> apiRequest(const EngineAddress &engine, const QByteArray &verb, const QString &path,
                               const QJsonObject &body = {});

} // namespace Takt::Cli
