#pragma once
// `takt runs list|show|cancel`.

#include <engine/core/result.h>

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "runs". Returns the exit code.
int runRunsCommand(const QStringList &args);
QString runsHelp();

/// Reads a run id argument; an error naming it (field "id") when it is not one.
Result<qint64> parseRunId(const QString &text);

} // namespace Takt::Cli
