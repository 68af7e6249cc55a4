#pragma once
// `takt jobs create|apply|list|show|delete|pause|resume|run`.

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "jobs". Returns the exit code.
int runJobsCommand(const QStringList &args);
/// The list of jobs commands, for `takt jobs --help`.
QString jobsHelp();

} // namespace Takt::Cli
