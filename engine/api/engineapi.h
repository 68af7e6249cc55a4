#pragma once
// EngineApi: everything a console (GUI window or CLI command) can ask of an engine.
// LocalEngine serves it from an engine embedded in this process, RemoteEngine from a
// `takt serve` over HTTP; the views and commands never know which one they hold.

#include <engine/core/job.h>
#include <engine/core/node.h>
#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QString>

namespace Takt {

class LogFollower;

/// All calls return at once; the QFuture finishes in the caller's thread's event loop
/// (use QFuture::then(context, …) or a QFutureWatcher; never wait on it in the GUI thread).
/// Errors come as Result errors with a code, the offending field and a message.
class EngineApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~EngineApi() override;

    /// What is shown in a title bar: "Local engine — /home/ann/.local/share/takt" or a URL.
    virtual QString displayName() const = 0;

    virtual QFuture<Result<QList<Job>>> jobs() = 0;
    virtual QFuture<Result<Job>> job(const QString &name) = 0;
    /// AlreadyExists when the name is taken.
    virtual QFuture<Result<Job>> createJob(const JobSpec &spec) = 0;
    /// Creates the job or, if it exists, replaces its spec (a new version).
    virtual QFuture<Result<Job>> applyJob(const JobSpec &spec) = 0;
    /// Conflict while the job has runs that are not final.
    virtual QFuture<Result<void>> deleteJob(const QString &name) = 0;
    virtual QFuture<Result<Job>> setJobPaused(const QString &name, bool paused) = 0;
    /// Starts a run now (trigger Manual), whatever the schedule says.
    virtual QFuture<Result<RunRecord>> runJobNow(const QString &name) = 0;

    virtual QFuture<Result<RunPage>> runs(const RunQuery &query) = 0;
    virtual QFuture<Result<RunRecord>> run(RunId id) = 0;
    virtual QFuture<Result<QList<AttemptRecord>>> attempts(RunId id) = 0;
    /// Cancels a scheduled, queued or running run. Conflict if it has already ended.
    virtual QFuture<Result<RunRecord>> cancelRun(RunId id) = 0;
    /// Up to `maxBytes` of an attempt's log from `offset` (attempt 0 = the latest).
    virtual QFuture<Result<LogChunk>> readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes) = 0;
    /// The nodes of the cluster the engine belongs to. NotFound (field "cluster") for an
    /// engine that is not part of a cluster; the default says so for every engine.
    virtual QFuture<Result<QList<NodeInfo>>> nodes();

    /// Follows an attempt's log from `offset` as it grows (attempt 0 = the latest, switching
    /// to a retry's attempt when one starts); the caller owns the follower (given `parent`).
    /// The default polls readLog every 500 ms; RemoteEngine pushes over its events socket.
    virtual LogFollower *followLog(RunId id, int attempt, qint64 offset, QObject *parent);

    /// Live events (jobChanged, runChanged …) flow. LocalEngine: always; RemoteEngine: once
    /// its events socket is open — it opens on startEvents() or when one of those signals
    /// is connected, so one-shot commands never open it.
    virtual bool isConnected() const { return true; }
    /// True while changes cannot be made (the connection is lost, or the server said the
    /// token is read-only): views keep their data and disable their changing actions.
    virtual bool isReadOnly() const { return !isConnected(); }
    /// Opens the live events where they need opening; does nothing when they already flow.
    virtual void startEvents() {}
    // ---- workflows (an engine that does not serve them answers Unavailable) ----
    /// Starts a run now with parameters: a workflow's declared parameters (InvalidArgument,
    /// field "params.NAME", for one it does not declare); every task — or a plain job's
    /// command — gets them as TAKT_PARAM_<NAME>.
    virtual QFuture<Result<RunRecord>> runJobNow(const QString &name, const QMap<QString, QString> &params);
    /// The task runs of a workflow run made so far, in the order of the workflow's tasks.
    virtual QFuture<Result<QList<RunRecord>>> taskRuns(RunId workflowRun);
    /// A workflow run, the spec of its job version and its task runs, in one answer.
    virtual QFuture<Result<WorkflowRunDetail>> workflowRun(RunId id);
    /// Runs an ended workflow run again as a new run (trigger Rerun, rerunOf = id) that keeps
    /// the old task runs' results: with `task` empty it keeps the succeeded tasks and runs the
    /// others; with `task` it runs that task and everything downstream of it and keeps the rest.
    virtual QFuture<Result<RunRecord>> rerunWorkflow(RunId id, const QString &task = {});
    /// Makes a run (trigger Backfill) for every due time of the job's schedule in
    /// [fromMs, toMs], each at most once (due times that already have a run are counted in
    /// `existing`), with at most `parallel` of them running at once (0 = no limit).
    virtual QFuture<Result<BackfillResult>> backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel);

Q_SIGNALS:
    void jobChanged(const Takt::Job &job);
    void jobRemoved(const QString &name);
    void runChanged(const Takt::RunRecord &run);
    /// The connection to the engine was lost (false) or is back (true).
    void connectionChanged(bool connected);
    /// Events were missed and cannot be replayed (e.g. the server restarted): views must
    /// read their lists again.
    void resynced();
};

} // namespace Takt
