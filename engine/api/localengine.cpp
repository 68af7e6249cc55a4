#include "localengine.h"

#include <engine/core/tr.h>

#include <QPromise>

#include <memory>

namespace Takt {

LocalEngine::LocalEngine(const EngineCore::Options &options, QObject *parent)
    : EngineApi(parent)
    , m_core(new EngineCore(options))
    , m_dataDir(options.dataDir)
{
    qRegisterMetaType<Takt::Job>();
    qRegisterMetaType<Takt::RunRecord>();
    m_thread.setObjectName(QStringLiteral("takt-engine"));
    m_core->moveToThread(&m_thread);
    // Queued across the thread boundary: the receivers see only committed values.
    connect(m_core, &EngineCore::jobChanged, this, &EngineApi::jobChanged);
    connect(m_core, &EngineCore::jobRemoved, this, &EngineApi::jobRemoved);
    connect(m_core, &EngineCore::runChanged, this, &EngineApi::runChanged);
    m_thread.start();
}

LocalEngine::~LocalEngine()
{
    // The core is destroyed in its own thread (its timers, store connection and notifiers
    // belong there), then the thread ends.
    QMetaObject::invokeMethod(m_core, [core = m_core] {
        delete core;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

template<typename T>
QFuture<T> LocalEngine::call(std::function<T(EngineCore *)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_core, [core = m_core, promise, work = std::move(work)] {
        promise->addResult(work(core));
        promise->finish();
    }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<void>> LocalEngine::start()
{
    return call<Result<void>>([](EngineCore *core) { return core->start(); });
}

void LocalEngine::runInEngineThread(std::function<void(EngineCore *)> work)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, work = std::move(work)] { work(core); },
                              Qt::QueuedConnection);
}

QString LocalEngine::displayName() const
{
    return Tr::tr("Local engine — %1").arg(m_dataDir);
}

QFuture<Result<QList<Job>>> LocalEngine::jobs()
{
    return call<Result<QList<Job>>>([](EngineCore *core) { return core->jobs(); });
}

QFuture<Result<Job>> LocalEngine::job(const QString &name)
{
    return call<Result<Job>>([name](EngineCore *core) { return core->job(name); });
}

QFuture<Result<Job>> LocalEngine::createJob(const JobSpec &spec)
{
    return call<Result<Job>>([spec](EngineCore *core) { return core->createJob(spec); });
}

QFuture<Result<Job>> LocalEngine::applyJob(const JobSpec &spec)
{
    return call<Result<Job>>([spec](EngineCore *core) { return core->applyJob(spec); });
}

QFuture<Result<void>> LocalEngine::deleteJob(const QString &name)
{
    return call<Result<void>>([name](EngineCore *core) { return core->deleteJob(name); });
}

QFuture<Result<Job>> LocalEngine::setJobPaused(const QString &name, bool paused)
{
    return call<Result<Job>>([name, paused](EngineCore *core) { return core->setJobPaused(name, paused); });
}

QFuture<Result<RunRecord>> LocalEngine::runJobNow(const QString &name)
{
    return call<Result<RunRecord>>([name](EngineCore *core) { return core->runJobNow(name); });
}

QFuture<Result<RunPage>> LocalEngine::runs(const RunQuery &query)
{
    return call<Result<RunPage>>([query](EngineCore *core) { return core->runs(query); });
}

QFuture<Result<RunRecord>> LocalEngine::run(RunId id)
{
    return call<Result<RunRecord>>([id](EngineCore *core) { return core->run(id); });
}

QFuture<Result<QList<AttemptRecord>>> LocalEngine::attempts(RunId id)
{
    return call<Result<QList<AttemptRecord>>>([id](EngineCore *core) { return core->attempts(id); });
}

QFuture<Result<RunRecord>> LocalEngine::cancelRun(RunId id)
{
    return call<Result<RunRecord>>([id](EngineCore *core) { return core->cancelRun(id); });
}

QFuture<Result<LogChunk>> LocalEngine::readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes)
{
    return call<Result<LogChunk>>([=](EngineCore *core) { return core->readLog(id, attempt, offset, maxBytes); });
}

QFuture<Result<RunRecord>> LocalEngine::runJobNow(const QString &name, const QMap<QString, QString> &params)
{
    return call<Result<RunRecord>>([name, params](EngineCore *core) { return core->runJobNow(name, params); });
}

QFuture<Result<QList<RunRecord>>> LocalEngine::taskRuns(RunId workflowRun)
{
    return call<Result<QList<RunRecord>>>([workflowRun](EngineCore *core) { return core->taskRuns(workflowRun); });
}

QFuture<Result<WorkflowRunDetail>> LocalEngine::workflowRun(RunId id)
{
    return call<Result<WorkflowRunDetail>>([id](EngineCore *core) { return core->workflowRun(id); });
}

QFuture<Result<RunRecord>> LocalEngine::rerunWorkflow(RunId id, const QString &task)
{
    return call<Result<RunRecord>>([id, task](EngineCore *core) { return core->rerunWorkflow(id, task); });
}

QFuture<Result<BackfillResult>> LocalEngine::backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel)
{
    return call<Result<BackfillResult>>([=](EngineCore *core) { return core->backfill(name, fromMs, toMs, parallel); });
}

QFuture<Result<QList<NodeInfo>>> LocalEngine::nodes()
{
    return call<Result<QList<NodeInfo>>>([](EngineCore *core) { return core->nodes(); });
}

} // namespace Takt
