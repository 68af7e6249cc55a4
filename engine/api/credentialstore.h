#pragma once
// CredentialStore: where the consoles keep the token of each server they attach to — the
// desktop keyring (Secret Service) when one answers on the session bus, otherwise a JSON file
// in the user's config directory that only the user can read. Also remembers recent servers.

#include <engine/core/result.h>

#include <QList>
#include <QString>
#include <QUrl>

namespace Takt {

/// All functions are synchronous (a keyring call waits for its answer in a local event loop,
/// usually a few milliseconds): call them from a dialog's accept or a CLI command, not in a loop.
class CredentialStore final
{
public:
    /// Keeps `token` for `server` (replacing an older one) and puts `server` first in the
    /// recent servers. Fails with the reason (e.g. the file cannot be written).
    static Result<void> save(const QUrl &server, const QString &token);
    /// The token kept for `server`; NotFound when there is none.
    static Result<QString> load(const QUrl &server);
    /// Servers saved so far, most recently used first (URLs only, never tokens).
    static QList<QUrl> recentServers();
    /// Where tokens are kept, as a sentence part a person reads: "the desktop keyring
    /// (Secret Service)" or "the file ~/.config/takt/servers.json, readable only by you".
    static QString backendName();

    /// The file that holds the recent servers (and the tokens when there is no keyring).
    static QString filePath();
    /// True when tokens go to the desktop keyring.
    static bool usesKeyring();
};

} // namespace Takt
