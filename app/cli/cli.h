#pragma once
// The command-line entry: picks `serve` or a console command from the arguments.

#include <QStringList>

namespace Takt::Cli {

/// `arguments` as QCoreApplication::arguments() gives them (program name first).
/// Returns the process's exit code (see console.h).
int run(const QStringList &arguments);

} // namespace Takt::Cli
