// RemoteEngine against a real ApiServer and EngineCore: every EngineApi call, errors carried
// over with their code/field/message, an unreachable server, and futures that finish in the
// caller's thread without anyone blocking.

#include <engine/api/remoteengine.h>
#include <engine/scheduler/enginecore.h>
#include <engine/server/apiserver.h>

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Takt;

namespace {

/// Lets the event loop run until the future is done (tests only).
template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30'000);
    return future.result();
}

JobSpec echoJob(const QString &name, const QString &text)
{
    JobSpec spec;
    spec.name = name;
    spec.command = {QStringLiteral("echo"), text};
    return spec;
}

} // namespace

class tst_RemoteEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void displayName();
    void jobs();
    void errorsKeepCodeFieldAndMessage();
    void runLogAndAttempts();
    void runsQuery();
    void cancelRun();
    void futureFinishesInCallersThread();
    void wrongToken();
    void unreachable();

private:
    RunRecord waitForFinal(RunId id);

    QTemporaryDir m_dir;
    std::unique_ptr<EngineCore> m_core;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<RemoteEngine> m_engine;
};

void tst_RemoteEngine::initTestCase()
{
    EngineCore::Options options;
    options.dataDir = m_dir.path();
    m_core = std::make_unique<EngineCore>(options);
    const Result<void> started = m_core->start();
    QVERIFY2(started.isOk(), qPrintable(started.error().toString()));
    m_server = std::make_unique<ApiServer>(m_core.get(), u"s3cret"_qs);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).isOk());
    m_engine = std::make_unique<RemoteEngine>(m_server->url(), u"s3cret"_qs);
}

void tst_RemoteEngine::cleanupTestCase()
{
    m_engine.reset();
    m_server.reset();
    if (m_core)
        m_core->stop();
}

RunRecord tst_RemoteEngine::waitForFinal(RunId id)
{
    RunRecord run;
    const bool ended = QTest::qWaitFor([&] {
        const Result<RunRecord> r = await(m_engine->run(id));
        if (r.isOk())
            run = r.value();
        return r.isOk() && isFinal(r.value().state);
    }, 30'000);
    if (!ended)
        qWarning("run %lld did not end in time", id);
    return run;
}

void tst_RemoteEngine::displayName()
{
    QCOMPARE(m_engine->displayName(), m_server->url().toString());
    QCOMPARE(m_engine->baseUrl(), m_server->url());
}

void tst_RemoteEngine::jobs()
{
    JobSpec spec = echoJob(u"remote"_qs, u"hi"_qs);
    spec.schedule = u"*/5 * * * *"_qs;
    spec.timeZone = u"Europe/Berlin"_qs;
    spec.env.insert(u"GREETING"_qs, u"hello"_qs);
    spec.timeoutMs = 30'000;
    const Result<Job> created = await(m_engine->createJob(spec));
    QVERIFY2(created.isOk(), qPrintable(created.error().toString()));
    QCOMPARE(created.value().spec, spec);
    QCOMPARE(created.value().version, 1);
    QVERIFY(created.value().nextFireAt > 0);

    const Result<Job> fetched = await(m_engine->job(u"remote"_qs));
    QVERIFY(fetched.isOk());
    QCOMPARE(fetched.value(), created.value());

    const Result<QList<Job>> all = await(m_engine->jobs());
    QVERIFY(all.isOk());
    QVERIFY(all.value().contains(created.value()));

    spec.description = u"changed"_qs;
    const Result<Job> applied = await(m_engine->applyJob(spec));
    QVERIFY(applied.isOk());
    QCOMPARE(applied.value().version, 2);
    QCOMPARE(applied.value().spec.description, u"changed"_qs);

    const Result<Job> paused = await(m_engine->setJobPaused(u"remote"_qs, true));
    QVERIFY(paused.isOk());
    QVERIFY(paused.value().paused);
    const Result<Job> resumed = await(m_engine->setJobPaused(u"remote"_qs, false));
    QVERIFY(resumed.isOk());
    QVERIFY(!resumed.value().paused);

    QVERIFY(await(m_engine->deleteJob(u"remote"_qs)).isOk());
    QCOMPARE(await(m_engine->job(u"remote"_qs)).error().code, ErrorCode::NotFound);
}

void tst_RemoteEngine::errorsKeepCodeFieldAndMessage()
{
    QVERIFY(await(m_engine->createJob(echoJob(u"dup"_qs, u"x"_qs))).isOk());
    const Result<Job> duplicate = await(m_engine->createJob(echoJob(u"dup"_qs, u"x"_qs)));
    QVERIFY(!duplicate.isOk());
    QCOMPARE(duplicate.error(), m_core->createJob(echoJob(u"dup"_qs, u"x"_qs)).error());

    JobSpec badCron = echoJob(u"badcron"_qs, u"x"_qs);
    badCron.schedule = u"0 0 32 * *"_qs;
    const Result<Job> refused = await(m_engine->createJob(badCron));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(refused.error().field, u"schedule"_qs);
    QCOMPARE(refused.error(), m_core->validateJobSpec(badCron).error());
    QCOMPARE(await(m_engine->job(u"badcron"_qs)).error().code, ErrorCode::NotFound);

    const Result<Job> nameless = await(m_engine->applyJob(echoJob(QString(), u"x"_qs)));
    QCOMPARE(nameless.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(nameless.error().field, u"name"_qs);
    QCOMPARE(await(m_engine->runJobNow(u"nosuch"_qs)).error().code, ErrorCode::NotFound);
    QCOMPARE(await(m_engine->deleteJob(u"nosuch"_qs)).error().code, ErrorCode::NotFound);
    QCOMPARE(await(m_engine->run(987654)).error().code, ErrorCode::NotFound);
    QCOMPARE(await(m_engine->attempts(987654)).error().code, ErrorCode::NotFound);
    QCOMPARE(await(m_engine->cancelRun(987654)).error().code, ErrorCode::NotFound);
}

void tst_RemoteEngine::runLogAndAttempts()
{
    QVERIFY(await(m_engine->createJob(echoJob(u"greeter"_qs, u"hello from remote"_qs))).isOk());
    const Result<RunRecord> started = await(m_engine->runJobNow(u"greeter"_qs));
    QVERIFY(started.isOk());
    QCOMPARE(started.value().trigger, RunTrigger::Manual);
    QCOMPARE(started.value().jobName, u"greeter"_qs);
    const RunRecord run = waitForFinal(started.value().id);
    QCOMPARE(run.state, RunState::Succeeded);

    const Result<QList<AttemptRecord>> attempts = await(m_engine->attempts(run.id));
    QVERIFY(attempts.isOk());
    QCOMPARE(attempts.value().size(), 1);
    QCOMPARE(attempts.value().first().exitCode, 0);

    const Result<LogChunk> log = await(m_engine->readLog(run.id, 0, 0, 1 << 20));
    QVERIFY(log.isOk());
    QVERIFY2(log.value().data.contains(" O hello from remote\n"), log.value().data.constData());
    QCOMPARE(log.value().offset, 0);
    QCOMPARE(log.value().size, log.value().data.size());
    QVERIFY(log.value().finished);
    QCOMPARE(log.value().data, m_core->readLog(run.id, 0, 0, 1 << 20).value().data);

    const Result<LogChunk> tail = await(m_engine->readLog(run.id, 1, 4, 6));
    QVERIFY(tail.isOk());
    QCOMPARE(tail.value().offset, 4);
    QCOMPARE(tail.value().data, log.value().data.mid(4, 6));
}

void tst_RemoteEngine::runsQuery()
{
    QVERIFY(await(m_engine->createJob(echoJob(u"counted"_qs, u"x"_qs))).isOk());
    QList<RunId> ids;
    for (int i = 0; i < 3; ++i)
        ids << await(m_engine->runJobNow(u"counted"_qs)).value().id;
    for (RunId id : ids)
        waitForFinal(id);

    RunQuery query;
    query.jobName = u"counted"_qs;
    query.limit = 2;
    const Result<RunPage> first = await(m_engine->runs(query));
    QVERIFY(first.isOk());
    QCOMPARE(first.value().runs.size(), 2);
    QCOMPARE(first.value().runs.first().id, ids.last());
    QVERIFY(first.value().nextBeforeId > 0);
    // The same runs as the engine's own answer (the JSON form leaves out supervisor pids).
    const QList<RunRecord> direct = m_core->runs(query).value().runs;
    QCOMPARE(first.value().runs.size(), direct.size());
    for (qsizetype i = 0; i < direct.size(); ++i) {
        QCOMPARE(first.value().runs[i].id, direct[i].id);
        QCOMPARE(first.value().runs[i].state, direct[i].state);
        QCOMPARE(first.value().runs[i].scheduledAt, direct[i].scheduledAt);
        QCOMPARE(first.value().runs[i].current.logPath, direct[i].current.logPath);
    }

    query.beforeId = first.value().nextBeforeId;
    const Result<RunPage> second = await(m_engine->runs(query));
    QCOMPARE(second.value().runs.size(), 1);
    QCOMPARE(second.value().runs.first().id, ids.first());
    QCOMPARE(second.value().nextBeforeId, 0);

    RunQuery failed;
    failed.jobName = u"counted"_qs;
    failed.states = {RunState::Failed, RunState::TimedOut};
    QCOMPARE(await(m_engine->runs(failed)).value().runs.size(), 0);
    RunQuery window;
    window.jobName = u"counted"_qs;
    window.scheduledFrom = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    window.scheduledTo = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    QCOMPARE(await(m_engine->runs(window)).value().runs.size(), 3);
}

void tst_RemoteEngine::cancelRun()
{
    JobSpec spec;
    spec.name = u"long"_qs;
    spec.command = {u"sleep"_qs, u"60"_qs};
    QVERIFY(await(m_engine->createJob(spec)).isOk());
    const RunId id = await(m_engine->runJobNow(u"long"_qs)).value().id;
    QCOMPARE(await(m_engine->deleteJob(u"long"_qs)).error().code, ErrorCode::Conflict);
    const Result<RunRecord> cancelled = await(m_engine->cancelRun(id));
    QVERIFY2(cancelled.isOk(), qPrintable(cancelled.error().toString()));
    QCOMPARE(waitForFinal(id).state, RunState::Cancelled);
    QCOMPARE(await(m_engine->cancelRun(id)).error().code, ErrorCode::Conflict);
}

void tst_RemoteEngine::futureFinishesInCallersThread()
{
    // The call returns at once; the continuation runs in this (the caller's) thread.
    QFuture<Result<QList<Job>>> future = m_engine->jobs();
    QThread *caller = QThread::currentThread();
    QThread *ranIn = nullptr;
    bool ok = false;
    future.then(this, [&](const Result<QList<Job>> &jobs) {
        ranIn = QThread::currentThread();
        ok = jobs.isOk();
    });
    QTRY_VERIFY_WITH_TIMEOUT(ranIn != nullptr, 20'000);
    QCOMPARE(ranIn, caller);
    QVERIFY(ok);
}

void tst_RemoteEngine::wrongToken()
{
    RemoteEngine intruder(m_server->url(), u"guess"_qs);
    const Result<QList<Job>> jobs = await(intruder.jobs());
    QVERIFY(!jobs.isOk());
    QCOMPARE(jobs.error().code, ErrorCode::Unauthorized);
    QVERIFY(!jobs.error().message.isEmpty());
}

void tst_RemoteEngine::unreachable()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    RemoteEngine nobody{QUrl(url), u"x"_qs};
    const Result<QList<Job>> jobs = await(nobody.jobs());
    QVERIFY(!jobs.isOk());
    QCOMPARE(jobs.error().code, ErrorCode::Unavailable);
    QCOMPARE(jobs.error().message, QStringLiteral("cannot reach %1: Connection refused").arg(url));
    QCOMPARE(await(nobody.run(1)).error().code, ErrorCode::Unavailable);
}

QTEST_GUILESS_MAIN(tst_RemoteEngine)
#include "tst_remoteengine.moc"
