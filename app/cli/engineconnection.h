#pragma once
// EngineConnection: finds the engine a CLI command talks to and gives its RemoteEngine —
// --server/--token, else $TAKT_SERVER/$TAKT_TOKEN, else the local engine recorded in the
// data directory's server.json and token — and waits for the engine's answers.

#include "commandline.h"

#include <engine/api/remoteengine.h>
#include <engine/core/result.h>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <memory>

namespace Takt::Cli {

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

} // namespace Takt::Cli
