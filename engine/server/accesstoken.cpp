#include "accesstoken.h"

#include <engine/core/tr.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Takt::AccessToken {

QString tokenPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("token"));
}

Result<QString> loadToken(const QString &dataDir)
{
    const QString path = tokenPath(dataDir);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, {}, Tr::tr("no access token at %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable, {},
                         Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QString token = QString::fromLatin1(file.readAll().trimmed());
    if (token.isEmpty())
        return makeError(ErrorCode::Unavailable, {}, Tr::tr("%1 is empty").arg(path));
    return token;
}

Result<QString> loadOrCreateToken(const QString &dataDir)
{
    Result<QString> existing = loadToken(dataDir);
    if (existing.isOk() || existing.error().code != ErrorCode::NotFound)
        return existing;

    const QByteArray token = newSecret();

    const QString path = tokenPath(dataDir);
    // QSaveFile: a crash while writing never leaves a truncated token behind. The permissions
    // are set before the secret is written, so it is never readable by others, even briefly.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token + '\n') != token.size() + 1 || !file.commit()) {
        return makeError(ErrorCode::Unavailable, {},
                         Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return QString::fromLatin1(token);
}

QByteArray newSecret()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QByteArray hashSecret(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

bool tokensEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace Takt::AccessToken
