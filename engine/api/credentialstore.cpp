#include "credentialstore.h"

#include <engine/core/tr.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace Takt {

namespace {

const QString KeyringService = QStringLiteral("takt");
// Enough to pick from, short enough for a combo box.
constexpr int MaxRecent = 10;

QString serverKey(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == u"/")
        url.setPath(QString()); // "http://host/" and "http://host" are one server
    return url.toString();
}

QJsonArray readServers()
{
    QFile file(CredentialStore::filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"servers").toArray();
}

Result<void> writeServers(const QJsonArray &servers)
{
    const QString path = CredentialStore::filePath();
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Internal, u"path"_qs, Tr::tr("cannot create the directory %1").arg(dir));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, u"path"_qs, Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    // Before the first byte: the file may hold tokens, and nobody else may ever read them.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{u"servers"_qs, servers}}).toJson());
    if (!file.commit())
        return makeError(ErrorCode::Internal, u"path"_qs, Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

/// Runs a keyring job to its end; its error string, empty when it succeeded.
QString runKeyringJob(QKeychain::Job &job, QKeychain::Error *code = nullptr)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (code)
        *code = job.error();
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

QString CredentialStore::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("takt/servers.json"));
}

bool CredentialStore::usesKeyring()
{
    // Only a Secret Service that is running now: without one QtKeychain would fail each call.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
}

QString CredentialStore::backendName()
{
    if (usesKeyring())
        return Tr::tr("the desktop keyring (Secret Service)");
    QString path = QDir::toNativeSeparators(filePath());
    const QString home = QDir::homePath();
    if (path.startsWith(home + u'/'))
        path = u"~"_qs + path.mid(home.size());
    return Tr::tr("the file %1, readable only by you").arg(path);
}

Result<void> CredentialStore::save(const QUrl &server, const QString &token)
{
    if (!server.isValid() || server.host().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"server"_qs, Tr::tr("'%1' is not a server URL").arg(server.toString()));
    if (token.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"token"_qs, Tr::tr("the token is empty"));
    const QString key = serverKey(server);
    const bool keyring = usesKeyring();
    if (keyring) {
        QKeychain::WritePasswordJob job(KeyringService);
        job.setKey(key);
        job.setTextData(token);
        const QString error = runKeyringJob(job);
        if (!error.isEmpty())
            return makeError(ErrorCode::Unavailable, u"token"_qs, Tr::tr("the keyring refused the token: %1").arg(error));
    }
    QJsonArray servers;
    QJsonObject entry{{u"url"_qs, key}, {u"lastUsed"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!keyring)
        entry.insert(u"token"_qs, token);
    servers.append(entry);
    for (const QJsonValue &old : readServers()) {
        if (old[u"url"].toString() != key && servers.size() < MaxRecent)
            servers.append(old);
    }
    return writeServers(servers);
}

Result<QString> CredentialStore::load(const QUrl &server)
{
    const QString key = serverKey(server);
    // A token saved while there was no keyring stays usable in its file.
    for (const QJsonValue &entry : readServers()) {
        if (entry[u"url"].toString() == key && !entry[u"token"].toString().isEmpty())
            return entry[u"token"].toString();
    }
    if (usesKeyring()) {
        QKeychain::ReadPasswordJob job(KeyringService);
        job.setKey(key);
        QKeychain::Error code = QKeychain::NoError;
        const QString error = runKeyringJob(job, &code);
        if (error.isEmpty())
            return job.textData();
        if (code != QKeychain::EntryNotFound)
            return makeError(ErrorCode::Unavailable, u"token"_qs, Tr::tr("the keyring did not answer: %1").arg(error));
    }
    return makeError(ErrorCode::NotFound, u"token"_qs, Tr::tr("no token is kept for %1").arg(key));
}

QList<QUrl> CredentialStore::recentServers()
{
    QList<QUrl> urls;
    for (const QJsonValue &entry : readServers())
        urls.append(QUrl(entry[u"url"].toString()));
    return urls;
}

} // namespace Takt
