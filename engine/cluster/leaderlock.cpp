#include "leaderlock.h"

#include <engine/cluster/clusterstore.h>
#include <engine/core/tr.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Takt {

LeaderLock::LeaderLock(const QString &url, const QString &connectionName, const QString &nodeName)
    : m_url(url)
    , m_connectionName(connectionName)
    , m_nodeName(nodeName)
{
}

LeaderLock::~LeaderLock()
{
    release();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> LeaderLock::connect()
{
    if (m_db.isValid() && m_db.isOpen())
        return {};
    if (!m_db.isValid()) {
        const QUrl url(m_url);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        m_db.setDatabaseName(url.path().mid(1));
        // Keepalives: a leader cut off from the network loses its session (and the lock)
        // within seconds instead of the kernel's two hours.
        QString options = QStringLiteral("connect_timeout=5;keepalives=1;keepalives_idle=2;"
                                         "keepalives_interval=1;keepalives_count=3");
        if (!m_nodeName.isEmpty())
            options += QStringLiteral(";application_name='%1'").arg(ClusterStore::sessionName(m_nodeName));
        m_db.setConnectOptions(options);
    }
    if (!m_db.open())
        return makeError(ErrorCode::Unavailable, QStringLiteral("cluster"),
                         Tr::tr("cannot connect for the leader lock: %1").arg(m_db.lastError().text()));
    return {};
}

Result<bool> LeaderLock::tryAcquire()
{
    if (m_held && isHeld())
        return true;
    m_held = false;
    if (const Result<void> connected = connect(); !connected.isOk())
        return connected.error();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(Key)) || !query.next()) {
        const QString why = query.lastError().text();
        m_db.close(); // reconnect next time: the session may be the broken part
        return makeError(ErrorCode::Unavailable, QStringLiteral("cluster"), Tr::tr("cannot try the leader lock: %1").arg(why));
    }
    m_held = query.value(0).toBool();
    return m_held;
}

bool LeaderLock::isHeld()
{
    if (!m_held || !m_db.isOpen())
        return false;
    // Asking the session whether it still holds the lock: a terminated session fails here.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                                   " AND pid = pg_backend_pid() AND objid = %1").arg(Key & 0xffffffff))
        || !query.next() || query.value(0).toInt() == 0) {
        m_held = false;
        m_db.close();
    }
    return m_held;
}

void LeaderLock::release()
{
    m_held = false;
    if (m_db.isValid() && m_db.isOpen())
        m_db.close();
}

} // namespace Takt
