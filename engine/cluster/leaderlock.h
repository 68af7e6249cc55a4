#pragma once
// LeaderLock: the cluster's leadership as a PostgreSQL session-level advisory lock held on a
// connection of its own. PostgreSQL frees it when that session ends (the node died, its
// connection broke, or another node terminated the session of a stalled leader).

#include <engine/core/result.h>

#include <QSqlDatabase>
#include <QString>

namespace Takt {

class LeaderLock final
{
public:
    /// The advisory lock key of the leadership ("takt" in ASCII).
    static constexpr qint64 Key = 0x74616b74;

    /// `nodeName` names the session (ClusterStore::sessionName()).
    LeaderLock(const QString &url, const QString &connectionName, const QString &nodeName = {});
    ~LeaderLock();
    LeaderLock(const LeaderLock &) = delete;
    LeaderLock &operator=(const LeaderLock &) = delete;

    /// Tries to take the lock without waiting; true when this node holds it now. Reconnects
    /// first if the connection was lost (which also lost the lock).
    Result<bool> tryAcquire();
    /// True while the lock's session is alive: a broken session means the lock is gone.
    bool isHeld();
    /// Gives the lock up (closing the session releases it).
    void release();

private:
    Result<void> connect();

    QString m_url;
    QString m_connectionName;
    QString m_nodeName;
    QSqlDatabase m_db;
    bool m_held = false;
};

} // namespace Takt
