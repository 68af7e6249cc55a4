#pragma once
// `takt login URL [--token T] [--ca-cert FILE]`: checks a token against a server and keeps it
// (CredentialStore) so that later commands without --server talk to that server.

#include <QStringList>

namespace Takt::Cli {

int runLoginCommand(const QStringList &args);

} // namespace Takt::Cli
