#pragma once
// LocalEngine: the EngineApi of an engine embedded in this process. It runs an EngineCore in
// a thread of its own, so nothing the engine does (SQL, spawning, log reading) ever blocks
// the thread that asks.

#include <engine/api/engineapi.h>
#include <engine/scheduler/enginecore.h>

#include <QThread>

#include <functional>

namespace Takt {

class LocalEngine final : public EngineApi
{
    Q_OBJECT
public:
    explicit LocalEngine(const EngineCore::Options &options, QObject *parent = nullptr);
    /// Stops the engine (running attempts stay with their supervisors) and joins its thread.
    ~LocalEngine() override;

    /// Starts the engine in its thread; the future says whether the store opened.
    QFuture<Result<void>> start();
    /// Runs `work` in the engine thread with the core, e.g. to put an ApiServer beside it.
    void runInEngineThread(std::function<void(EngineCore *)> work);

    QString displayName() const override;
    QFuture<Result<QList<Job>>> jobs() override;
    QFuture<Result<Job>> job(const QString &name) override;
    QFuture<Result<Job>> createJob(const JobSpec &spec) override;
    QFuture<Result<Job>> applyJob(const JobSpec &spec) override;
    QFuture<Result<void>> deleteJob(const QString &name) override;
    QFuture<Result<Job>> setJobPaused(const QString &name, bool paused) override;
    QFuture<Result<RunRecord>> runJobNow(const QString &name) override;
    QFuture<Result<RunPage>> runs(const RunQuery &query) override;
    QFuture<Result<RunRecord>> run(RunId id) override;
    QFuture<Result<QList<AttemptRecord>>> attempts(RunId id) override;
    QFuture<Result<RunRecord>> cancelRun(RunId id) override;
    QFuture<Result<LogChunk>> readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes) override;
    QFuture<Result<RunRecord>> runJobNow(const QString &name, const QMap<QString, QString> &params) override;
    QFuture<Result<QList<RunRecord>>> taskRuns(RunId workflowRun) override;
    QFuture<Result<WorkflowRunDetail>> workflowRun(RunId id) override;
    QFuture<Result<RunRecord>> rerunWorkflow(RunId id, const QString &task = {}) override;
    QFuture<Result<BackfillResult>> backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel) override;
    QFuture<Result<QList<NodeInfo>>> nodes() override;

private:
    /// Calls `work(core)` in the engine thread and carries its result back in a future.
    template<typename T>
    QFuture<T> call(std::function<T(EngineCore *)> work);

    QThread m_thread;
    EngineCore *m_core = nullptr; // lives in m_thread
    QString m_dataDir;
};

} // namespace Takt
