#pragma once
// EngineApi: everything a console (GUI window or CLI command) can ask of an engine.
// LocalEngine serves it from an engine embedded in this process, RemoteEngine from a
// `takt serve` over HTTP; the views and commands never know which one they hold.

#include <engine/core/job.h>
#include <engine/core/node.h>
#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QFuture>
#include <QObject>
#include <QString>

namespace Takt {

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

Q_SIGNALS:
    void jobChanged(const Takt::Job &job);
    void jobRemoved(const QString &name);
    void runChanged(const Takt::RunRecord &run);
};

} // namespace Takt
