#pragma once
// ClusterStore: the queries that coordinate the nodes of a cluster through PostgreSQL —
// membership and heartbeats, the leader's fenced writes, claiming runs with SKIP LOCKED and
// every write a node makes to a run it claimed (fenced by its incarnation). Its own connection.

#include <engine/core/job.h>
#include <engine/core/node.h>
#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Takt {

class ClusterStorePrivate;

/// Where a run may go and which part of its due time it is.
struct RunPlacement
{
    QStringList labels;       ///< a node must offer all of them
    int shardIndex = 0;       ///< 0-based; with shardTotal 0 the run is not sharded
    int shardTotal = 0;
    qint64 targetNode = 0;    ///< broadcast: the one node that runs it; 0 = any matching node

    friend bool operator==(const RunPlacement &, const RunPlacement &) = default;
};

/// A run and its placement, as a claim hands it to the node that will execute it.
struct PlacedRun
{
    RunRecord run;
    RunPlacement placement;
};

/// Who this node is in the cluster right now. Every write for a claimed run carries it: once
/// the leader has declared this incarnation dead, nothing it writes is accepted any more.
struct NodeMembership
{
    qint64 nodeId = 0;
    qint64 incarnation = 0;
    bool isValid() const { return nodeId > 0; }
};

/// Thread affinity: the thread that opened it (the engine thread). Errors come as Results;
/// a write that fails changes nothing (each method is one transaction).
class ClusterStore final : public QObject
{
    Q_OBJECT
public:
    ~ClusterStore() override;

    /// `url`: postgresql://user:password@host:port/database. The schema must exist (Store::open
    /// migrates it); `connectionName` must be unique in the process. The session is named
    /// sessionName(`nodeName`) in pg_stat_activity, so that a node given up can be cut off.
    static Result<std::unique_ptr<ClusterStore>> open(const QString &url, const QString &connectionName,
                                                      const QString &nodeName = {});
    /// The application_name of a node's database sessions.
    static QString sessionName(const QString &nodeName);
    /// True for the store locations that make an engine a cluster node.
    static bool isClusterLocation(const QString &location);

    /// The database's clock, UTC epoch ms: heartbeats are compared on one clock only.
    Result<qint64> databaseNowMs();
    /// The secret nodes use to read each other's logs; made by the first node that asks.
    Result<QString> clusterSecret();

    // ---- membership ----
    /// Registers (or re-registers, by name) this node with a new incarnation, alive.
    Result<NodeMembership> join(const QString &name, const QStringList &labels, int slotCount, const QString &apiUrl);
    /// Leaves the cluster at once (a clean stop): the leader's next sweep retries what this
    /// incarnation held, without waiting for the node timeout.
    Result<void> leave(const NodeMembership &me);
    /// Refreshes the heartbeat and the running count. False when this incarnation is no
    /// longer the node's (declared dead, or the name rejoined elsewhere): the caller must stop.
    Result<bool> heartbeat(const NodeMembership &me);
    /// Where this node's HTTP API is (known only once it serves).
    Result<void> setApiUrl(const NodeMembership &me, const QString &url);
    /// Every node, alive first, with its running runs and the leader marked.
    Result<QList<NodeInfo>> nodes();

    // ---- leadership (see LeaderLock for the lock itself) ----
    /// Takes the next term for `nodeId`: from now on only writes fenced with it succeed.
    Result<qint64> takeTerm(qint64 nodeId);
    struct Leader
    {
        qint64 term = 0;           ///< 0 = nobody has led yet
        qint64 heartbeatAgeMs = 0; ///< of the node that took the term
        QString node;
    };
    /// The current term and who took it.
    Result<Leader> leader();
    /// The backend pid that holds the advisory lock `key`, 0 if none; terminating it frees the
    /// lock of a leader whose connection stays open while the leader itself is stalled.
    Result<int> terminateLockHolder(qint64 key);
    /// Ends every database session of node `name` but this one's own: a stalled node's open
    /// transactions and locks then cannot hold the cluster up. Returns how many were ended.
    Result<int> terminateSessionsOf(const QString &name);

    /// A due time: inserts `runs` (one per shard or target node; a due time already made is
    /// skipped by the unique key) and moves the job's next due time from `expectedNext` to
    /// `next`, in one transaction that first checks `term` is still current. Returns the runs
    /// made; Conflict (field "term") when the term has passed, Conflict (field "job") when the
    /// job changed meanwhile (paused, rescheduled, deleted).
    Result<QList<RunRecord>> fire(qint64 term, JobId job, qint64 expectedNext, qint64 next,
                                  const QList<PlacedRun> &runs);
    /// A run not bound to a due time (manual): any node may claim it.
    Result<RunRecord> insertRun(const PlacedRun &run);
    /// Declares nodes whose heartbeat is older than `timeoutMs` dead (ending their database
    /// sessions) and hands each run they (or an older incarnation of a node) held to `decide`,
    /// which sets its new state (retry or lost); all in one transaction fenced by `term`.
    /// Returns the runs changed.
    Result<QList<RunRecord>> sweep(qint64 term, qint64 leaderNode, qint64 timeoutMs,
                                   const std::function<void(RunRecord &)> &decide);

    // ---- claims ----
    /// The transaction lock on which claims of runs of a job with a limit take turns
    /// ("taktclai"; the leader's session lock is another key).
    static constexpr qint64 ClaimLockKey = 0x74616b74'636c6169;
    /// Claims up to `count` runs this node may run (labels, target), highest priority and
    /// earliest due first, with SKIP LOCKED so that nodes never wait for each other. A run is
    /// left to a less loaded matching node for `graceMs` after it was queued. A job's limit of
    /// runs at once (max_concurrent; 1 for overlap "queue") holds across all nodes.
    Result<QList<PlacedRun>> claim(const NodeMembership &me, const QStringList &labels, int slotCount,
                                   int running, int count, qint64 nowMs, qint64 graceMs, qint64 timeoutMs);
    /// Writes a run this node claimed (state, current attempt and its attempts row). False
    /// when the run is no longer this incarnation's: nothing was written.
    Result<bool> updateClaimedRun(const NodeMembership &me, const RunRecord &run);
    /// Runs claimed by this node under an older incarnation and still marked running.
    Result<QList<RunRecord>> orphanedRuns(const NodeMembership &me);

    // ---- cancel and reads ----
    /// Cancels a run that no node runs yet; false if it has been claimed meanwhile.
    Result<bool> cancelUnclaimed(RunId id, const QString &reason);
    /// Asks the node running `id` to cancel it (it looks at every heartbeat).
    Result<void> requestCancel(RunId id);
    /// The runs this incarnation runs that someone asked to cancel.
    Result<QList<RunId>> cancelRequests(const NodeMembership &me);
    /// Scheduled, queued and running runs of a job in the whole cluster.
    Result<int> activeRunCount(JobId job);
    Result<QList<RunId>> activeRuns(JobId job);
    /// The node that ran an attempt (0 = none recorded) and its API URL.
    Result<std::pair<qint64, QString>> attemptNode(RunId id, int attempt);
    /// The shard and target of a run (for the environment of its attempt).
    Result<RunPlacement> placement(RunId id);

Q_SIGNALS:
    /// Runs changed by another node's transactions (PostgreSQL LISTEN/NOTIFY).
    void runsChangedElsewhere(const QList<Takt::RunId> &ids);

private:
    ClusterStore();
    std::unique_ptr<ClusterStorePrivate> d;
};

} // namespace Takt
