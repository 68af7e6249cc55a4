#pragma once
// ClusterNode: this engine's life as a member of a cluster — it joins, heartbeats, takes or
// loses the lead, and notices when the cluster has given it up (declared dead), so that the
// engine stops everything that incarnation claimed before it joins again.

#include <engine/cluster/clusterstore.h>
#include <engine/core/result.h>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace Takt {

class LeaderLock;

class ClusterNode final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storeUrl;           ///< postgresql://…
        QString name;               ///< unique in the cluster; a restart under the same name rejoins
        QStringList labels;         ///< what this node offers to jobs that require labels
        int slotCount = 1;
        int heartbeatMs = 1000;
        int nodeTimeoutMs = 10000;  ///< a node silent this long is declared dead by the leader
    };

    explicit ClusterNode(const Options &options, QObject *parent = nullptr);
    ~ClusterNode() override;

    /// Connects, joins and sends the first heartbeat. Unavailable when the database cannot be
    /// reached. Heartbeats go on by themselves in this object's thread until stop().
    Result<void> start();
    void stop();

    const Options &options() const { return m_options; }
    ClusterStore *store() const { return m_store.get(); }
    /// Invalid while this node is not a member (between being fenced and rejoining).
    NodeMembership membership() const { return m_me; }
    bool isLeader() const { return m_term > 0; }
    qint64 term() const { return m_term; }
    void setApiUrl(const QString &url);

Q_SIGNALS:
    void leadershipGained(qint64 term);
    void leadershipLost();
    /// This incarnation is over (declared dead, or no heartbeat reached the database within
    /// the node timeout): whatever it claimed now belongs to the cluster again.
    void fenced();
    /// Joined again with a new incarnation.
    void rejoined();
    /// After every heartbeat round: the engine's periodic cluster work.
    void beat();

private:
    void heartbeat();
    void loseLeadership();
    bool join();

    Options m_options;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<LeaderLock> m_lock;
    QTimer *m_timer = nullptr;
    NodeMembership m_me;
    qint64 m_term = 0;
    QString m_apiUrl;
    QElapsedTimer m_sinceBeat;   // since the last heartbeat the database accepted
};

} // namespace Takt
