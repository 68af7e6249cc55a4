#pragma once
// Authenticator: who is calling, from the request's "Authorization: Bearer <token>" — the
// data directory's admin token (full access) or a token made with `takt tokens create`
// (stored hashed; possibly read-only), or another node of the cluster. Shared by the HTTP routes and the events socket.

#include <engine/core/result.h>

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Takt {

class EngineCore;

/// The holder of a valid token.
struct ApiCaller
{
    QString tokenName;      ///< "admin" for the data directory's token
    bool readOnly = false;  ///< may read (GET, the events socket) but not change anything
};

class Authenticator final
{
public:
    /// The name the admin token (DATA_DIR/token) goes by.
    static QString adminName() { return QStringLiteral("admin"); }
    /// The name another node of the cluster goes by (it holds the cluster's shared secret).
    static QString clusterName() { return QStringLiteral("cluster"); }

    /// `core` is not owned (its store keeps the named tokens); an empty admin token accepts none.
    Authenticator(EngineCore *core, const QByteArray &adminToken);

    /// Unauthorized (with a message saying whether the token is missing or wrong) or the caller.
    Result<ApiCaller> authenticate(QByteArrayView authorizationHeader) const;

private:
    EngineCore *m_core;
    QByteArray m_adminToken;
    /// When each named token's last use was written: at most once a minute, not per request.
    mutable QHash<QString, qint64> m_usedNoted;
};

} // namespace Takt
