#include "authenticator.h"

#include "accesstoken.h"

#include <engine/core/tr.h>
#include <engine/scheduler/enginecore.h>

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
    Q_UNUSED(m_core);
    return makeError(ErrorCode::Unauthorized, {}, Tr::tr("the access token is not valid"));
}

} // namespace Takt
