#pragma once
// `takt logs ID`: prints a run's output from its attempt's log.

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "logs". Returns the exit code.
int runLogsCommand(const QStringList &args);

} // namespace Takt::Cli
