#pragma once
// EngineCore: the engine itself — store, schedules, dispatch, retries and crash recovery —
// confined to one thread (the engine thread). Its calls are synchronous and cheap; LocalEngine
// and the HTTP server call them in that thread and carry the results to their clients.

#include <engine/core/job.h>
#include <engine/core/node.h>
#include <engine/core/result.h>
#include <engine/core/run.h>
#include <engine/store/store.h>

#include <QObject>
#include <QString>

#include <memory>

namespace Takt {

class Clock;
class EngineCorePrivate;

class EngineCore final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;          ///< holds takt.db, runs/<run>/<attempt>/output.log, work/
        Clock *clock = nullptr;   ///< not owned; nullptr = the system clock
        int slotCount = 0;        ///< runs at once; 0 = 2 × cores
        QString supervisorPath;   ///< empty = found by ProcessExecutor
        QString timeZone;         ///< default zone of new jobs; empty = the machine's
        /// History kept: keepRuns and keepForMs apply to every job that sets none of its own;
        /// keepLogBytes caps the logs of all jobs together. Default: finished runs for 90 days.
        RetentionPolicy retention{0, 90LL * 24 * 3600 * 1000, 0};
        /// Where the store is: empty = DATA/takt.db (SQLite); a postgresql:// URL is a database
        /// that several engines may share, and makes this engine a node of their cluster.
        QString store;
        /// How this engine takes part in a cluster (used when `store` is a PostgreSQL URL).
        struct Cluster
        {
            QString nodeName;          ///< empty = host name + a hash of the data directory
            QStringList labels;        ///< offered to jobs that require labels
            int heartbeatMs = 1000;
            int nodeTimeoutMs = 10000; ///< silent this long = dead: its runs are lost and retried
        } cluster;
    };

    explicit EngineCore(const Options &options, QObject *parent = nullptr);
    ~EngineCore() override;

    /// Opens the store (migrating it), collects or adopts the runs an earlier engine left
    /// running, catches up missed schedules and starts scheduling. Unavailable when the
    /// data directory or store cannot be used; the error says which and why.
    Result<void> start();
    /// Stops scheduling and dispatching; running attempts keep running under their
    /// supervisors and are adopted by the next start(). In a cluster the node leaves instead:
    /// its attempts are stopped and the leader retries their runs elsewhere. Safe to call twice.
    void stop();
    bool isStarted() const;
    QString dataDir() const;

    /// Checks a spec as createJob would, without storing it. Errors name the field.
    Result<JobSpec> validateJobSpec(const JobSpec &spec) const;

    Result<QList<Job>> jobs() const;
    Result<Job> job(const QString &name) const;
    Result<Job> createJob(const JobSpec &spec);
    Result<Job> applyJob(const JobSpec &spec);
    Result<void> deleteJob(const QString &name);
    Result<Job> setJobPaused(const QString &name, bool paused);
    Result<RunRecord> runJobNow(const QString &name);

    // ---- workflows: see EngineApi for the contracts ----
    Result<RunRecord> runJobNow(const QString &name, const QMap<QString, QString> &params);
    Result<QList<RunRecord>> taskRuns(RunId workflowRun) const;
    Result<WorkflowRunDetail> workflowRun(RunId id) const;
    Result<RunRecord> rerunWorkflow(RunId id, const QString &task = {});
    Result<BackfillResult> backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel);

    Result<RunPage> runs(const RunQuery &query) const;
    Result<RunRecord> run(RunId id) const;
    Result<QList<AttemptRecord>> attempts(RunId id) const;
    Result<RunRecord> cancelRun(RunId id);
    Result<LogChunk> readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes) const;

    /// Deletes the finished runs (and their logs) that the retention policies no longer keep.
    /// Runs by itself at start and every 10 minutes. Returns how many runs were deleted.
    Result<int> pruneHistory();

    /// The server's API tokens, kept in the engine's store (committed before they return).
    Result<void> addApiToken(const ApiToken &token);
    Result<QList<ApiToken>> apiTokens() const;
    Result<ApiToken> apiTokenByHash(const QByteArray &hash) const;
    Result<void> removeApiToken(const QString &name);
    Result<void> noteApiTokenUsed(const QString &name);

    int runningCount() const;
    int slotCount() const;

    /// True when the store is shared by a cluster of engines (a PostgreSQL store).
    bool isCluster() const;
    /// Every node of the cluster; NotFound (field "cluster") for an engine that is not in one.
    Result<QList<NodeInfo>> nodes() const;
    /// Where this engine's HTTP API is, so that other nodes can read the logs of its runs.
    void setApiUrl(const QString &url);
    /// The secret nodes present to each other's APIs to read logs; empty outside a cluster.
    QString clusterSecret() const;
    /// Transactions committed by the store since start() (the commits-per-run benchmark).
    qint64 storeCommitCount() const;

Q_SIGNALS:
    /// Emitted after the change is committed to the store.
    void jobChanged(const Takt::Job &job);
    void jobRemoved(const QString &name);
    void runChanged(const Takt::RunRecord &run);

private:
    std::unique_ptr<EngineCorePrivate> d;
};

} // namespace Takt
