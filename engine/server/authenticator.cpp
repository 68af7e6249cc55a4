#include "authenticator.h"

#include "accesstoken.h"

#include <engine/core/tr.h>
#include <engine/scheduler/enginecore.h>

#include <QDateTime>

namespace Takt {

Authenticator::Authenticator(EngineCore *core, const QByteArray &adminToken)
    : m_core(core)
    , m_adminToken(adminToken)
{
}

Result<ApiCaller> Authenticator::authenticate(QByteArrayView authorization) const
{
    // The scheme is case-insensitive (RFC 7235); the token is not.
    const QByteArrayView scheme = "Bearer ";
    if (authorization.isEmpty())
        return makeError(ErrorCode::Unauthorized, {},
                         Tr::tr("an access token is required (Authorization: Bearer <token>)"));
    const bool bearer = authorization.size() > scheme.size()
        && authorization.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0;
    const QByteArrayView token = bearer ? authorization.sliced(scheme.size()).trimmed() : QByteArrayView();
    if (!token.isEmpty() && !m_adminToken.isEmpty() && AccessToken::tokensEqual(token, m_adminToken))
        return ApiCaller{adminName(), false};
    // Nodes of a cluster read each other's logs with the secret they share in the database.
    if (!token.isEmpty()) {
        const QByteArray clusterSecret = m_core->clusterSecret().toUtf8();
        if (!clusterSecret.isEmpty() && AccessToken::tokensEqual(token, clusterSecret))
            return ApiCaller{clusterName(), false};
    }
    if (!token.isEmpty()) {
        // Looked up by hash: what an attacker could time is the hash, which tells nothing
        // about a secret they do not have.
        const Result<ApiToken> named = m_core->apiTokenByHash(AccessToken::hashSecret(token));
        if (named) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - m_usedNoted.value(named->name) > 60'000) {
                m_usedNoted.insert(named->name, now);
                (void)m_core->noteApiTokenUsed(named->name);
            }
            return ApiCaller{named->name, named->readOnly};
        }
        if (named.error().code != ErrorCode::NotFound)
            return named.error();
    }
    return makeError(ErrorCode::Unauthorized, {}, Tr::tr("the access token is not valid"));
}

} // namespace Takt
