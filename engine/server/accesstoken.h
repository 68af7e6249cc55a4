#pragma once
// The API's access token: a random secret kept in DATA_DIR/token (mode 0600), read by local
// consoles and by `takt serve`, and compared in constant time by the server.

#include <engine/core/result.h>

#include <QString>

namespace Takt::AccessToken {

/// DATA_DIR/token.
QString tokenPath(const QString &dataDir);

/// Reads the token from DATA_DIR/token, creating it (32 random bytes from
/// QRandomGenerator::system() as 64 hex digits, mode 0600) if it does not exist yet.
/// A token once created is kept, so clients configured with it keep working across restarts.
/// Unavailable when the file cannot be read or written (the message names the path).
Result<QString> loadOrCreateToken(const QString &dataDir);

/// Reads an existing token; NotFound when there is none (no engine has run there).
Result<QString> loadToken(const QString &dataDir);

/// A new secret: 32 random bytes from QRandomGenerator::system() as 64 hex digits.
QByteArray newSecret();
/// What the store keeps of a named token: the hex SHA-256 of the secret. A plain hash is
/// enough because the secrets are random 256-bit values, not passwords that could be guessed.
QByteArray hashSecret(QByteArrayView secret);

/// Compares in time that depends only on the lengths, so a client cannot find the token
/// one byte at a time by timing the server's answers.
bool tokensEqual(QByteArrayView a, QByteArrayView b);

} // namespace Takt::AccessToken
