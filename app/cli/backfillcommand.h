#pragma once
// `takt backfill NAME --from TIME --to TIME [--parallel N]`: runs a job for every due time of a
// past range, each at most once, and follows them to the end with a progress line.

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "backfill". Returns the exit code: 0 when every run made
/// succeeded, 1 otherwise.
int runBackfillCommand(const QStringList &args);

} // namespace Takt::Cli
