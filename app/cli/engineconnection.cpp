#include "engineconnection.h"

#include "clitr.h"
#include "datadir.h"
#include "loginrecord.h"

#include <engine/api/credentialstore.h>

#include <engine/server/accesstoken.h>
#include <engine/server/serverinfo.h>

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace Takt::Cli {

Result<void> trustCaCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, u"ca-cert"_qs, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"ca-cert"_qs, Tr::tr("%1 holds no PEM certificate").arg(path));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return {};
}

Result<std::unique_ptr<RemoteEngine>> connectToEngine(const CommandLine &commandLine)
{
    const Result<EngineAddress> address = resolveEngine(commandLine);
    if (!address)
        return address.error();
    return std::make_unique<RemoteEngine>(address->url, address->token);
}

Result<EngineAddress> resolveEngine(const CommandLine &commandLine)
{
    QString server = commandLine.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = qEnvironmentVariable("TAKT_SERVER");
    QString token = commandLine.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = qEnvironmentVariable("TAKT_TOKEN");
    const QString dataDir = resolveDataDir(commandLine.value(QStringLiteral("data")));
    QString caCert = commandLine.value(QStringLiteral("ca-cert"));
    if (caCert.isEmpty())
        caCert = qEnvironmentVariable("TAKT_CA_CERT");

    // The server of the last `takt login`, unless a data directory (a local engine) or a
    // server was named.
    const bool localNamed = commandLine.isSet(QStringLiteral("data")) || qEnvironmentVariableIsSet("TAKT_DATA");
    if (server.isEmpty() && !localNamed) {
        if (const std::optional<LoginRecord> login = LoginRecord::read()) {
            server = login->server.toString();
            if (caCert.isEmpty())
                caCert = login->caCertificate;
            if (token.isEmpty()) {
                const Result<QString> saved = CredentialStore::load(login->server);
                if (!saved)
                    return makeError(ErrorCode::Unavailable, u"token"_qs,
                                     Tr::tr("no token is saved for %1 any more: run 'takt login %1' again (%2)")
                                         .arg(server, saved.error().message));
                token = saved.value();
            }
        }
    }
    if (!caCert.isEmpty()) {
        if (const Result<void> trusted = trustCaCertificate(caCert); !trusted)
            return trusted.error();
    }

    QUrl url;
    if (!server.isEmpty()) {
        url = QUrl::fromUserInput(server);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return makeError(ErrorCode::InvalidArgument, u"server"_qs, Tr::tr("'%1' is not an http(s) URL").arg(server));
    } else {
        const Result<ServerInfo> info = ServerInfo::read(dataDir);
        // A server.json left behind by an engine that was killed names a process that is gone.
        if ((!info && info.error().code == ErrorCode::NotFound) || (info && !info.value().isProcessAlive())) {
            return makeError(ErrorCode::Unavailable, {},
                             Tr::tr("no engine is running for %1 (start one with 'takt serve')").arg(dataDir));
        }
        if (!info)
            return info.error();
        url = info.value().url;
    }

    if (token.isEmpty()) {
        // A --server without a token may still be the local engine: its token is readable here.
        const Result<QString> local = AccessToken::loadToken(dataDir);
        if (!local) {
            if (server.isEmpty())
                return local.error();
            return makeError(ErrorCode::InvalidArgument, u"token"_qs,
                             Tr::tr("an access token is needed for %1 (--token or $TAKT_TOKEN)").arg(server));
        }
        token = local.value();
    }
    return EngineAddress{url, token};
}

} // namespace Takt::Cli
