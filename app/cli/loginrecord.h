#pragma once
// LoginRecord: which server `takt login` chose for later commands — its URL and the CA
// certificate to trust for it — in ~/.config/takt/login.json. The token itself is kept by
// CredentialStore (the keyring, or a file only the user can read), never here.

#include <engine/core/result.h>

#include <QString>
#include <QUrl>

#include <optional>

namespace Takt::Cli {

struct LoginRecord
{
    QUrl server;
    QString caCertificate;   ///< absolute path, empty = the system's CAs only

    static QString filePath();
    /// Nothing when there is no login (or the file is not one).
    static std::optional<LoginRecord> read();
    Result<void> write() const;
};

} // namespace Takt::Cli
