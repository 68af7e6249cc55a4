#pragma once
// `takt serve`: the engine without a display, serving the HTTP API until SIGTERM/SIGINT.

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "serve". Runs the event loop; returns the exit code.
int runServeCommand(const QStringList &args);

} // namespace Takt::Cli
