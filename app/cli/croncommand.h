#pragma once
// `takt cron next EXPR`: the next fire times of a schedule, computed here (no engine).

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "cron". Returns the exit code.
int runCronCommand(const QStringList &args);
QString cronHelp();

} // namespace Takt::Cli
