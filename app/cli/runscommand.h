#pragma once
// `takt runs list|show|cancel`.

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "runs". Returns the exit code.
int runRunsCommand(const QStringList &args);
QString runsHelp();

/// Reads a run id argument; 0 when it is not one (the caller reports it).
qint64 parseRunId(const QString &text);

} // namespace Takt::Cli
