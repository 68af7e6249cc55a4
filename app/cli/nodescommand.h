#pragma once
// `takt nodes`: the nodes of the cluster the engine belongs to.

#include <QStringList>

namespace Takt::Cli {

/// `args` are the words after "nodes". Returns the exit code.
int runNodesCommand(const QStringList &args);

} // namespace Takt::Cli
