#pragma once
// EngineConnection: finds the engine a CLI command talks to and gives its RemoteEngine —
// --server/--token, else $TAKT_SERVER/$TAKT_TOKEN, else (without --data or $TAKT_DATA) the
// server of the last `takt login`, else the local engine recorded in the data directory's
// server.json and token — and waits for the engine's answers. --ca-cert (or $TAKT_CA_CERT,
// or the one given to `takt login`) is trusted for HTTPS/WSS.

#include "commandline.h"
#include "console.h"

#include <engine/api/remoteengine.h>
#include <engine/core/result.h>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <memory>
#include <type_traits>

namespace Takt::Cli {

/// Where the engine is and the token to show it.
struct EngineAddress
{
    QUrl url;
    QString token;
};

/// The URL and token for the command's options (see the top of this file); also makes the
/// process trust the CA certificate that applies. Errors as connectToEngine's.
Result<EngineAddress> resolveEngine(const CommandLine &commandLine);

/// Makes every connection of this process (HTTP and WebSocket) trust the PEM certificate(s)
/// in `path` besides the system's. The error names the "ca-cert" field.
Result<void> trustCaCertificate(const QString &path);

/// The engine for the command's --server/--token/--data options. The error says why there
/// is none: "no engine is running for DIR (start one with 'takt serve')", an unreadable token…
Result<std::unique_ptr<RemoteEngine>> connectToEngine(const CommandLine &commandLine);

/// Runs a local event loop until `future` finishes and returns its result. For the CLI only:
/// nothing the GUI uses may wait like this.
template<typename T>
T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);   // reports finished even if it already is
        loop.exec();
    }
    if (future.isCanceled() || future.resultCount() == 0)
        return T(Error{ErrorCode::Internal, {}, QStringLiteral("request cancelled")});
    return future.result();
}

/// What most commands do: connect, ask the engine one thing, print the answer. `ask` gets the
/// RemoteEngine and returns its future; `print` gets the answer's value (nothing for
/// Result<void>). A failure at any step ends the command with exit code 1 and the reason.
template<typename Ask, typename Print>
int askEngine(CommandLine &commandLine, Ask ask, Print print)
{
    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(commandLine);
    if (!engine)
        return commandLine.fail(engine.error());
    const auto answer = waitFor(ask(*engine.value()));
    if (!answer)
        return commandLine.fail(answer.error());
    if constexpr (std::is_invocable_v<Print>)
        print();
    else
        print(answer.value());
    return ExitOk;
}

} // namespace Takt::Cli
