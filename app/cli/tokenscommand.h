#pragma once
// `takt tokens create NAME [--read-only] | list | revoke NAME`: the named API tokens of an engine.

#include <QStringList>

namespace Takt::Cli {

int runTokensCommand(const QStringList &args);

} // namespace Takt::Cli
