#include "engineconnection.h"

#include "clitr.h"
#include "datadir.h"

#include <engine/server/accesstoken.h>
#include <engine/server/serverinfo.h>

namespace Takt::Cli {

Result<std::unique_ptr<RemoteEngine>> connectToEngine(const CommandLine &commandLine)
{
    QString server = commandLine.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = qEnvironmentVariable("TAKT_SERVER");
    QString token = commandLine.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = qEnvironmentVariable("TAKT_TOKEN");
    const QString dataDir = resolveDataDir(commandLine.value(QStringLiteral("data")));

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
    return std::make_unique<RemoteEngine>(url, token);
}

} // namespace Takt::Cli
