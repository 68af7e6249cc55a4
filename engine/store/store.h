#pragma once
// Store: every query of the engine, over Qt SQL: SQLite (default, WAL, foreign keys) or
// PostgreSQL (QPSQL) for a cluster; the same SQL and the same migrations for both.

#include <engine/core/job.h>
#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace Takt {

class StorePrivate;

/// A run in a final state, as retention sees it.
struct FinishedRun
{
    RunId id = 0;
    qint64 finishedAt = 0;  ///< of its latest attempt; 0 when it never started (skipped, cancelled early)
    qint64 logBytes = 0;    ///< the logs of all its attempts
};

/// One version of a job's spec, as kept in its history.
struct JobVersion
{
    int version = 0;
    JobSpec spec;
    qint64 createdAt = 0;
};

/// An API token made with `takt tokens create`. Only a hash of the secret is kept.
struct ApiToken
{
    QString name;
    QByteArray hash;          ///< hex SHA-256 of the token
    bool readOnly = false;
    qint64 createdAt = 0;     ///< UTC epoch ms
    qint64 lastUsedAt = 0;    ///< 0 = never used
};

/// The engine's persistent state. Thread affinity: a Store and its connection belong to the
/// thread that opened it; open another Store (another connection name) for another thread.
/// Every method returns an Error (code Unavailable or Internal, message naming the
/// database error) instead of throwing; a failed write changes nothing.
class Store final
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (creating if needed) the database at `location` and migrates its schema to the
    /// current version. `location`: a postgresql:// (or postgres://) URL, as in
    /// postgresql://user:password@host:5432/db?sslmode=require (query items are libpq
    /// connection options), or else a SQLite file path. Nodes opening one empty PostgreSQL
    /// database at once take turns migrating. `connectionName` must be unique per thread.
    static Result<std::unique_ptr<Store>> open(const QString &location, const QString &connectionName);

    /// Test hook for migrations: like open(), but migrates only up to `version` (1 ..
    /// currentSchemaVersion()). The store's queries expect the current schema, so a store
    /// opened at an older version is only good for making an old database to migrate.
    static Result<std::unique_ptr<Store>> openAtVersion(const QString &location, const QString &connectionName,
                                                        int version);

    /// The schema version the code writes (the newest migration).
    static int currentSchemaVersion();
    /// The version the opened database is at (equal to currentSchemaVersion() after open()).
    int schemaVersion() const;

    /// Runs `work` in one transaction: committed if it returns Ok, rolled back otherwise.
    /// Nested calls join the outer transaction. Used to group state changes into one commit.
    Result<void> transaction(const std::function<Result<void>()> &work);
    /// A transaction left open across calls, so that many state changes share one commit.
    /// While a batch is open, transaction() joins it (as a savepoint) and nothing is visible
    /// to other connections until commitBatch(). A failed commit rolls the batch back.
    Result<void> beginBatch();
    Result<void> commitBatch();
    void rollbackBatch();
    bool isInBatch() const;

    /// Number of transactions committed since open (for the commits-per-run benchmark).
    qint64 commitCount() const;

    // ---- jobs ----
    /// AlreadyExists (field "name") when a job of that name exists.
    Result<Job> insertJob(const JobSpec &spec, qint64 nowMs, qint64 nextFireAt);
    /// Replaces the spec: version + 1, the previous version stays in the history.
    /// A spec equal to the current one changes nothing and returns the job as it is.
    Result<Job> updateJobSpec(JobId id, const JobSpec &spec, qint64 nowMs, qint64 nextFireAt);
    Result<void> setJobPaused(JobId id, bool paused, qint64 nowMs, qint64 nextFireAt);
    Result<void> setNextFireAt(JobId id, qint64 nextFireAt);
    /// Deletes the job, its versions, runs and attempts. NotFound if absent.
    Result<void> deleteJob(JobId id);
    /// NotFound (field "name") if absent.
    Result<Job> jobByName(const QString &name) const;
    Result<Job> jobById(JobId id) const;
    /// All jobs ordered by name.
    Result<QList<Job>> jobs() const;
    /// Oldest first, the current version last.
    Result<QList<JobVersion>> jobVersions(JobId id) const;

    // ---- runs ----
    /// Inserts a run (id and attempt rows are ignored; returns it with its id).
    /// A second run of trigger Schedule for the same (job, scheduledAt) is refused with
    /// AlreadyExists: the store's unique key, not the caller, prevents duplicate firing.
    Result<RunRecord> insertRun(const RunRecord &run);
    /// Writes the run's state and fields and upserts its current attempt (run.current) in
    /// the attempts table. NotFound if the run does not exist.
    Result<void> updateRun(const RunRecord &run);
    Result<RunRecord> run(RunId id) const;
    /// Newest first (id descending), filtered by the query, keyset-paged by beforeId.
    Result<RunPage> runs(const RunQuery &query) const;
    /// Runs in any of `states`, oldest first: the queue and crash recovery read this.
    Result<QList<RunRecord>> runsInStates(const QList<RunState> &states) const;
    /// Every attempt of a run, first to last.
    Result<QList<AttemptRecord>> attempts(RunId id) const;
    /// The runs of a job (0 = of every job) that are in a final state, newest first.
    Result<QList<FinishedRun>> finishedRuns(JobId job) const;
    /// Runs in a final state whose latest attempt ended before `cutoff` (UTC epoch ms), with
    /// their jobs: one index range scan, whatever the size of the history.
    Result<QList<std::pair<RunId, JobId>>> runsFinishedBefore(qint64 cutoff) const;
    /// Deletes runs and their attempts, in one transaction. Unknown ids are ignored.
    Result<void> deleteRuns(const QList<RunId> &ids);
    /// Which of `ids` are runs in the store (the others were deleted, or never were).
    Result<QSet<RunId>> existingRuns(const QList<RunId> &ids) const;

    /// The runs whose parentRunId is `parent`, oldest first: a workflow run's task runs and
    /// a task run's sub-workflow run. Deleting a run (deleteRuns) deletes its task runs.
    Result<QList<RunRecord>> childRuns(RunId parent) const;

    /// The latest scheduledAt of a Schedule-triggered run of the job, 0 if none.
    Result<qint64> lastScheduledAt(JobId id) const;

    // ---- API tokens ----
    /// AlreadyExists (field "name") when a token of that name exists.
    Result<void> insertApiToken(const ApiToken &token);
    /// All tokens, by name.
    Result<QList<ApiToken>> apiTokens() const;
    /// NotFound when no token has that hash.
    Result<ApiToken> apiTokenByHash(const QByteArray &hash) const;
    /// NotFound (field "name") if absent.
    Result<void> deleteApiToken(const QString &name);
    Result<void> setApiTokenUsed(const QString &name, qint64 nowMs);

private:
    explicit Store(std::unique_ptr<StorePrivate> d);
    std::unique_ptr<StorePrivate> d;
};

} // namespace Takt
