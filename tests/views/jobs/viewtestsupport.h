#pragma once
// Shared by the jobs and runs view tests: a real LocalEngine on a temporary data directory,
// a hand-written EngineApi whose answers the test releases, and small waiting helpers.

#include <engine/api/localengine.h>
#include <engine/store/store.h>

#include <QColor>
#include <QDir>
#include <QFutureWatcher>
#include <QImage>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace TaktTest {

using namespace Takt;

/// Lets the event loop run until the future is done (tests only; the views never wait).
template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30'000);
    return future.isFinished() && future.resultCount() > 0 ? future.result() : T();
}

inline JobSpec shellJob(const QString &name, const QString &script, const QString &schedule = {},
                        const QString &zone = QStringLiteral("UTC"))
{
    JobSpec spec;
    spec.name = name;
    spec.schedule = schedule;
    spec.timeZone = zone;
    spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    return spec;
}

/// A LocalEngine over a fresh data directory. `prepare` may fill the store before the engine
/// opens it (e.g. a thousand runs in one transaction).
class LocalEngineFixture
{
public:
    explicit LocalEngineFixture(const std::function<void(Store &)> &prepare = {})
    {
        if (prepare) {
            auto store = Store::open(m_dir.path() + QStringLiteral("/takt.db"), QStringLiteral("fixture-prepare"));
            if (!store.isOk())
                qFatal("store: %s", qPrintable(store.error().toString()));
            prepare(*store.value());
        }
        EngineCore::Options options;
        options.dataDir = m_dir.path();
        options.slotCount = 4;
        engine = std::make_unique<LocalEngine>(options);
        const Result<void> started = await(engine->start());
        if (!started.isOk())
            qFatal("engine did not start: %s", qPrintable(started.error().toString()));
    }
    ~LocalEngineFixture()
    {
        // Leave no child behind: cancel what still runs, then stop the engine.
        RunQuery active;
        active.states = {RunState::Scheduled, RunState::Queued, RunState::Running};
        active.limit = 1000;
        const Result<RunPage> page = await(engine->runs(active));
        if (page.isOk()) {
            for (const RunRecord &run : page->runs)
                (void)await(engine->cancelRun(run.id));
            for (const RunRecord &run : page->runs)
                waitForFinal(run.id, 10'000);
        }
        engine.reset();
    }

    Job createJob(const JobSpec &spec)
    {
        const Result<Job> job = await(engine->createJob(spec));
        if (!job.isOk())
            qWarning("createJob %s: %s", qPrintable(spec.name), qPrintable(job.error().toString()));
        return job.isOk() ? job.value() : Job();
    }

    RunRecord runNow(const QString &name)
    {
        const Result<RunRecord> run = await(engine->runJobNow(name));
        if (!run.isOk())
            qWarning("runJobNow %s: %s", qPrintable(name), qPrintable(run.error().toString()));
        return run.isOk() ? run.value() : RunRecord();
    }

    RunRecord waitForState(RunId id, const std::function<bool(RunState)> &wanted, int timeoutMs = 30'000)
    {
        RunRecord run;
        const bool reached = QTest::qWaitFor([&] {
            const Result<RunRecord> r = await(engine->run(id));
            if (r.isOk())
                run = r.value();
            return r.isOk() && wanted(r->state);
        }, timeoutMs);
        if (!reached)
            qWarning("run %lld did not reach the wanted state in time (it is %s)", id,
                     qPrintable(runStateName(run.state)));
        return run;
    }

    RunRecord waitForFinal(RunId id, int timeoutMs = 30'000)
    {
        return waitForState(id, [](RunState s) { return isFinal(s); }, timeoutMs);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalEngine> engine;
};

/// An EngineApi whose runs() answers wait until the test releases them, so a test decides
/// the order of answers and signals. Jobs and runs live in plain lists.
class FakeEngineApi final : public EngineApi
{
public:
    struct RunsCall
    {
        RunQuery query;
        std::shared_ptr<QPromise<Result<RunPage>>> promise;
    };

    QList<Job> jobList;
    QList<RunRecord> store;      // any order
    bool holdRuns = false;       // true: runs() calls wait in pendingRuns
    QList<RunsCall> pendingRuns;
    QList<RunQuery> runsCalls;   // every runs() call, answered or not

    QString displayName() const override { return QStringLiteral("fake"); }

    /// What the store says for `query`: newest first, filtered, keyset-paged.
    Result<RunPage> page(const RunQuery &query) const
    {
        QList<RunRecord> all = store;
        std::sort(all.begin(), all.end(), [](const RunRecord &a, const RunRecord &b) { return a.id > b.id; });
        RunPage result;
        for (const RunRecord &run : std::as_const(all)) {
            if (query.beforeId > 0 && run.id >= query.beforeId)
                continue;
            if (!query.jobName.isEmpty() && run.jobName != query.jobName)
                continue;
            if (!query.states.isEmpty() && !query.states.contains(run.state))
                continue;
            if (query.scheduledFrom > 0 && run.scheduledAt < query.scheduledFrom)
                continue;
            if (query.scheduledTo > 0 && run.scheduledAt >= query.scheduledTo)
                continue;
            if (result.runs.size() == query.limit) {
                result.nextBeforeId = result.runs.constLast().id;
                break;
            }
            result.runs.append(run);
        }
        return result;
    }

    /// Releases pending call `i` with `answer` (default: what the store says now).
    void answer(int i, const std::optional<Result<RunPage>> &answer = std::nullopt)
    {
        RunsCall call = pendingRuns.takeAt(i);
        call.promise->addResult(answer ? *answer : page(call.query));
        call.promise->finish();
    }

    /// Stores the record and emits runChanged, as an engine does after a commit.
    void changeRun(const RunRecord &run)
    {
        store.removeIf([&](const RunRecord &r) { return r.id == run.id; });
        store.append(run);
        Q_EMIT runChanged(run);
    }

    void changeJob(const Job &job)
    {
        jobList.removeIf([&](const Job &j) { return j.spec.name == job.spec.name; });
        jobList.append(job);
        Q_EMIT jobChanged(job);
    }

    template<typename T>
    static QFuture<T> ready(const T &value)
    {
        QPromise<T> promise;
        promise.start();
        promise.addResult(value);
        promise.finish();
        return promise.future();
    }
    static Error unsupported() { return makeError(ErrorCode::Internal, {}, QStringLiteral("not in the fake")); }

    QFuture<Result<QList<Job>>> jobs() override
    {
        QList<Job> sorted = jobList;
        std::sort(sorted.begin(), sorted.end(), [](const Job &a, const Job &b) { return a.spec.name < b.spec.name; });
        return ready(Result<QList<Job>>(sorted));
    }
    QFuture<Result<Job>> job(const QString &) override { return ready(Result<Job>(unsupported())); }
    QFuture<Result<Job>> createJob(const JobSpec &) override { return ready(Result<Job>(unsupported())); }
    QFuture<Result<Job>> applyJob(const JobSpec &) override { return ready(Result<Job>(unsupported())); }
    QFuture<Result<void>> deleteJob(const QString &) override { return ready(Result<void>(unsupported())); }
    QFuture<Result<Job>> setJobPaused(const QString &, bool) override { return ready(Result<Job>(unsupported())); }
    QFuture<Result<RunRecord>> runJobNow(const QString &) override { return ready(Result<RunRecord>(unsupported())); }
    QFuture<Result<RunPage>> runs(const RunQuery &query) override
    {
        runsCalls.append(query);
        if (!holdRuns)
            return ready(page(query));
        auto promise = std::make_shared<QPromise<Result<RunPage>>>();
        promise->start();
        pendingRuns.append(RunsCall{query, promise});
        return promise->future();
    }
    QFuture<Result<RunRecord>> run(RunId) override { return ready(Result<RunRecord>(unsupported())); }
    QFuture<Result<QList<AttemptRecord>>> attempts(RunId) override
    {
        return ready(Result<QList<AttemptRecord>>(unsupported()));
    }
    QFuture<Result<RunRecord>> cancelRun(RunId) override { return ready(Result<RunRecord>(unsupported())); }
    QFuture<Result<LogChunk>> readLog(RunId, int, qint64, qint64) override
    {
        return ready(Result<LogChunk>(unsupported()));
    }
};

/// A run record as an engine would report it.
inline RunRecord makeRun(RunId id, const QString &job, RunState state, qint64 scheduledAt = 1'700'000'000'000)
{
    RunRecord run;
    run.id = id;
    run.jobId = 1;
    run.jobName = job;
    run.jobVersion = 1;
    run.state = state;
    run.scheduledAt = scheduledAt + id * 60'000;
    run.queuedAt = run.scheduledAt;
    if (state != RunState::Scheduled && state != RunState::Queued) {
        run.current.attempt = 1;
        run.current.state = state;
        run.current.startedAt = run.scheduledAt + 1000;
        if (isFinal(state)) {
            run.current.finishedAt = run.current.startedAt + 2500;
            run.current.exitCode = state == RunState::Succeeded ? 0 : 1;
        }
    }
    return run;
}

/// Saves the widget's picture under the build tree's screenshots/ and says whether it shows
/// anything: more than a handful of distinct colours.
inline bool saveScreenshot(QWidget *widget, const QString &fileName)
{
    const QImage image = widget->grab().toImage();
    QDir().mkpath(QStringLiteral(TAKT_BINARY_DIR "/screenshots"));
    if (!image.save(QStringLiteral(TAKT_BINARY_DIR "/screenshots/") + fileName))
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 20;
}

} // namespace TaktTest
