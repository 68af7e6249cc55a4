// EngineCore with a real SQLite store and real child processes; schedule time comes from a
// ManualClock, so no test waits for a due time.
#include <engine/core/clock.h>
#include <engine/executor/logformat.h>
#include <engine/scheduler/enginecore.h>
#include <engine/store/store.h>

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Takt;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

JobSpec shellJob(const QString &name, const QString &script, const QString &schedule = {})
{
    JobSpec spec;
    spec.name = name;
    spec.schedule = schedule;
    spec.timeZone = QStringLiteral("UTC");
    spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    return spec;
}

// The output of a log, stream letters kept and takt's own lines left out: "O hello\nE oops\n".
QByteArray logText(const EngineCore &core, RunId id, int attempt = 0)
{
    const auto chunk = core.readLog(id, attempt, 0, 1 << 20);
    if (!chunk.isOk())
        return "<" + chunk.error().toString().toUtf8() + ">";
    QByteArray out;
    for (const QByteArray &line : chunk->data.split('\n')) {
        if (const auto parsed = parseLogLine(line); parsed && parsed->stream != 'T')
            out += QByteArray(1, parsed->stream) + ' ' + parsed->text + '\n';
    }
    return out;
}

} // namespace

class tst_EngineCore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EngineCore> m_core;

    EngineCore &startCore(const RetentionPolicy &retention = EngineCore::Options().retention)
    {
        m_core.reset();
        EngineCore::Options options;
        options.retention = retention;
        options.dataDir = m_dir->path();
        options.clock = m_clock.get();
        options.slotCount = 4;
        m_core = std::make_unique<EngineCore>(options);
        const Result<void> started = m_core->start();
        if (!started.isOk())
            qFatal("engine did not start: %s", qPrintable(started.error().toString()));
        return *m_core;
    }

    RunState stateOf(RunId id) const
    {
        const auto run = m_core->run(id);
        return run.isOk() ? run->state : RunState::Lost;
    }

    bool isDone(RunId id) const { return isFinal(stateOf(id)); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>(utc(2026, 6, 1, 10, 7));
        startCore();
    }

    void cleanup()
    {
        // Let no child of a test outlive it.
        if (m_core) {
            const auto page = m_core->runs(RunQuery{});
            if (page.isOk()) {
                for (const RunRecord &run : page->runs) {
                    if (!isFinal(run.state))
                        (void)m_core->cancelRun(run.id);
                }
                for (const RunRecord &run : page->runs)
                    QTRY_VERIFY_WITH_TIMEOUT(isDone(run.id), 20000);
            }
        }
        m_core.reset();
        m_dir.reset();
    }

    void rejectsBadSpecsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("workDir");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        const QStringList ok{QStringLiteral("/bin/true")};
        QTest::newRow("no name") << "" << "" << "UTC" << ok << "" << "name" << "needs a name";
        QTest::newRow("name with slash") << "a/b" << "" << "UTC" << ok << "" << "name" << "not a valid name";
        QTest::newRow("name with space") << "a b" << "" << "UTC" << ok << "" << "name" << "not a valid name";
        QTest::newRow("bad day-of-month") << "j" << "0 0 32 * *" << "UTC" << ok << "" << "schedule"
                                          << "day-of-month: 32 is out of range 1-31";
        QTest::newRow("bad cron fields") << "j" << "* * *" << "UTC" << ok << "" << "schedule" << "fields";
        QTest::newRow("bad zone") << "j" << "@daily" << "Mars/Olympus" << ok << "" << "timezone"
                                  << "unknown time zone 'Mars/Olympus'";
        QTest::newRow("no command") << "j" << "" << "UTC" << QStringList{} << "" << "command" << "needs a command";
        QTest::newRow("relative workdir") << "j" << "" << "UTC" << ok << "tmp" << "workdir" << "absolute";
    }

    void rejectsBadSpecsAndChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, schedule);
        QFETCH(QString, zone);
        QFETCH(QStringList, command);
        QFETCH(QString, workDir);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        JobSpec spec;
        spec.name = name;
        spec.schedule = schedule;
        spec.timeZone = zone;
        spec.command = command;
        spec.workDir = workDir;
        const auto created = m_core->createJob(spec);
        QVERIFY(!created.isOk());
        QCOMPARE(created.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(created.error().field, field);
        QVERIFY2(created.error().message.contains(messagePart), qPrintable(created.error().message));
        QVERIFY(m_core->jobs()->isEmpty());
    }

    void createComputesNextFireTimeInTheJobsZone()
    {
        JobSpec spec = shellJob(QStringLiteral("berlin"), QStringLiteral("true"), QStringLiteral("30 2 * * *"));
        spec.timeZone = QStringLiteral("Europe/Berlin");
        const auto job = m_core->createJob(spec);
        QVERIFY2(job.isOk(), qPrintable(job.error().toString()));
        // 02:30 in Berlin (CEST, +02:00) on 2 June is 00:30 UTC.
        QCOMPARE(job->nextFireAt, utc(2026, 6, 2, 0, 30));
        QCOMPARE(job->version, 1);
        QCOMPARE(m_core->createJob(spec).error().code, ErrorCode::AlreadyExists);
    }

    void defaultZoneIsTheMachines()
    {
        JobSpec spec = shellJob(QStringLiteral("local"), QStringLiteral("true"));
        spec.timeZone.clear();
        const auto job = m_core->createJob(spec);
        QVERIFY(job.isOk());
        QCOMPARE(job->spec.timeZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }

    void firesAtTheDueTimeAndRunsTheCommand()
    {
        const auto job = m_core->createJob(shellJob(QStringLiteral("tick"), QStringLiteral("echo fired"),
                                                    QStringLiteral("*/15 * * * *")));
        QVERIFY(job.isOk());
        QCOMPARE(job->nextFireAt, utc(2026, 6, 1, 10, 15));

        m_clock->set(utc(2026, 6, 1, 10, 14, 59));
        QVERIFY(m_core->runs(RunQuery{})->runs.isEmpty());

        m_clock->set(utc(2026, 6, 1, 10, 15));
        const auto runs = m_core->runs(RunQuery{})->runs;
        QCOMPARE(runs.size(), 1);
        const RunRecord run = runs.first();
        QCOMPARE(run.trigger, RunTrigger::Schedule);
        QCOMPARE(run.scheduledAt, utc(2026, 6, 1, 10, 15));
        QTRY_VERIFY_WITH_TIMEOUT(isDone(run.id), 20000);
        const auto done = m_core->run(run.id);
        QCOMPARE(done->state, RunState::Succeeded);
        QCOMPARE(done->current.exitCode, 0);
        QVERIFY(done->current.finishedAt >= done->current.startedAt);
        QCOMPARE(logText(*m_core, run.id), QByteArray("O fired\n"));
        QCOMPARE(m_core->job(QStringLiteral("tick"))->nextFireAt, utc(2026, 6, 1, 10, 30));
    }

    void passesEnvironmentAndWorkingDirectory()
    {
        JobSpec spec = shellJob(QStringLiteral("env"),
                                QStringLiteral("echo $TAKT_JOB $TAKT_RUN_ID $TAKT_ATTEMPT $TAKT_SCHEDULED_TIME $GREETING; pwd"));
        spec.env.insert(QStringLiteral("GREETING"), QStringLiteral("hello"));
        spec.workDir = m_dir->path();
        QVERIFY(m_core->createJob(spec).isOk());
        const auto run = m_core->runJobNow(QStringLiteral("env"));
        QVERIFY(run.isOk());
        QCOMPARE(run->trigger, RunTrigger::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(run->id), 20000);
        QCOMPARE(stateOf(run->id), RunState::Succeeded);
        const QByteArray expected = "O env " + QByteArray::number(run->id) + " 1 "
            + QDateTime::fromMSecsSinceEpoch(run->scheduledAt, Qt::UTC).toString(Qt::ISODate).toUtf8()
            + " hello\nO " + QFile::encodeName(m_dir->path()) + "\n";
        QCOMPARE(logText(*m_core, run->id), expected);
    }

    void failingAndMissingCommandsAreFailedRunsNotEngineErrors()
    {
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("fail"), QStringLiteral("echo bad >&2; exit 3"))).isOk());
        JobSpec missing;
        missing.name = QStringLiteral("missing");
        missing.timeZone = QStringLiteral("UTC");
        missing.command = {QStringLiteral("/no/such/program")};
        QVERIFY(m_core->createJob(missing).isOk());

        const auto failed = m_core->runJobNow(QStringLiteral("fail"));
        const auto notFound = m_core->runJobNow(QStringLiteral("missing"));
        QTRY_VERIFY_WITH_TIMEOUT(isDone(failed->id) && isDone(notFound->id), 20000);

        const auto f = m_core->run(failed->id);
        QCOMPARE(f->state, RunState::Failed);
        QCOMPARE(f->current.exitCode, 3);
        QVERIFY(logText(*m_core, failed->id).contains("E bad\n"));

        const auto n = m_core->run(notFound->id);
        QCOMPARE(n->state, RunState::Failed);
        QVERIFY2(n->current.reason.contains(QStringLiteral("/no/such/program")), qPrintable(n->current.reason));
        // The reason is in the log too, as one of takt's own lines.
        const auto log = m_core->readLog(notFound->id, 0, 0, 1 << 20);
        QVERIFY2(log->data.contains(" T ") && log->data.contains("/no/such/program"), log->data.constData());
        QVERIFY(m_core->isStarted());
    }

    void anUnwritableLogFailsTheRunAndTheEngineCarriesOn()
    {
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("blocked"), QStringLiteral("echo hi"))).isOk());
        // Where the run's directory should go there is a file: no log can be written.
        const QString runs = m_dir->filePath(QStringLiteral("runs"));
        QVERIFY(QDir(runs).removeRecursively());
        QFile blocker(runs);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        const RunId failed = m_core->runJobNow(QStringLiteral("blocked"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(isDone(failed), 20000);
        const auto run = m_core->run(failed);
        QCOMPARE(run->state, RunState::Failed);
        QVERIFY2(run->current.reason.contains(QStringLiteral("cannot create the attempt directory")),
                 qPrintable(run->current.reason));

        QVERIFY(QFile::remove(runs));
        const RunId next = m_core->runJobNow(QStringLiteral("blocked"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(isDone(next), 20000);
        QCOMPARE(stateOf(next), RunState::Succeeded);
    }

    void retriesWithBackoffUntilAttemptsRunOut()
    {
        JobSpec spec = shellJob(QStringLiteral("flaky"), QStringLiteral("echo try $TAKT_ATTEMPT; exit 4"));
        spec.retry.maxRetries = 2;
        spec.retry.backoff = RetryPolicy::Backoff::Exponential;
        spec.retry.delayMs = 60'000;
        QVERIFY(m_core->createJob(spec).isOk());
        const RunId id = m_core->runJobNow(QStringLiteral("flaky"))->id;

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), RunState::Scheduled, 20000);
        auto run = m_core->run(id);
        QCOMPARE(run->current.attempt, 1);
        QCOMPARE(run->notBefore, m_clock->nowMs() + 60'000);

        m_clock->advance(59'000);
        QCOMPARE(stateOf(id), RunState::Scheduled); // back-off not over yet
        m_clock->advance(1'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_core->run(id)->current.attempt == 2 && stateOf(id) == RunState::Scheduled, 20000);
        // Exponential: the second delay is twice the first.
        QCOMPARE(m_core->run(id)->notBefore, m_clock->nowMs() + 120'000);
        m_clock->advance(120'000);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);

        run = m_core->run(id);
        QCOMPARE(run->state, RunState::Failed);
        QCOMPARE(run->current.attempt, 3);
        const auto attempts = m_core->attempts(id);
        QVERIFY(attempts.isOk());
        QCOMPARE(attempts->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempts->at(i).attempt, i + 1);
            QCOMPARE(attempts->at(i).exitCode, 4);
            QCOMPARE(logText(*m_core, id, i + 1), "O try " + QByteArray::number(i + 1) + "\n");
        }
    }

    void retryExitCodesLimitWhatIsRetried()
    {
        JobSpec spec = shellJob(QStringLiteral("picky"), QStringLiteral("exit 2"));
        spec.retry.maxRetries = 3;
        spec.retry.retryExitCodes = {75};
        QVERIFY(m_core->createJob(spec).isOk());
        const RunId id = m_core->runJobNow(QStringLiteral("picky"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(stateOf(id), RunState::Failed);
        QCOMPARE(m_core->run(id)->current.attempt, 1);
    }

    void timeoutEndsTheRunAsTimedOut()
    {
        JobSpec spec = shellJob(QStringLiteral("slow"), QStringLiteral("sleep 30"));
        spec.timeoutMs = 300;
        spec.killGraceMs = 200;
        QVERIFY(m_core->createJob(spec).isOk());
        const RunId id = m_core->runJobNow(QStringLiteral("slow"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        const auto run = m_core->run(id);
        QCOMPARE(run->state, RunState::TimedOut);
        QVERIFY2(run->current.reason.contains(QStringLiteral("timed out")), qPrintable(run->current.reason));
    }

    void cancelStopsARunningRunAndRefusesAnEndedOne()
    {
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("long"), QStringLiteral("echo started; sleep 30"))).isOk());
        const RunId id = m_core->runJobNow(QStringLiteral("long"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(logText(*m_core, id).contains("O started"), 20000);
        QVERIFY(m_core->cancelRun(id).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(stateOf(id), RunState::Cancelled);
        const auto again = m_core->cancelRun(id);
        QVERIFY(!again.isOk());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(m_core->cancelRun(999999).error().code, ErrorCode::NotFound);
    }

    void pausedJobsDoNotFireAndResumeCatchesUpOnce()
    {
        JobSpec spec = shellJob(QStringLiteral("hourly"), QStringLiteral("true"), QStringLiteral("0 * * * *"));
        QVERIFY(m_core->createJob(spec).isOk());
        QVERIFY(m_core->setJobPaused(QStringLiteral("hourly"), true)->paused);
        m_clock->set(utc(2026, 6, 1, 13, 30));
        QVERIFY(m_core->runs(RunQuery{})->runs.isEmpty());

        const auto resumed = m_core->setJobPaused(QStringLiteral("hourly"), false);
        QVERIFY(!resumed->paused);
        QCOMPARE(resumed->nextFireAt, utc(2026, 6, 1, 14, 0));
        // Misfire policy "once" (the default): the latest missed time runs, the others are
        // recorded as skipped so the user sees what did not run.
        const auto runs = m_core->runs(RunQuery{})->runs;
        QCOMPARE(runs.size(), 3);
        int catchUps = 0;
        for (const RunRecord &run : runs) {
            if (run.state == RunState::Skipped) {
                QVERIFY(run.scheduledAt == utc(2026, 6, 1, 11, 0) || run.scheduledAt == utc(2026, 6, 1, 12, 0));
            } else {
                ++catchUps;
                QCOMPARE(run.scheduledAt, utc(2026, 6, 1, 13, 0));
            }
        }
        QCOMPARE(catchUps, 1);
    }

    void schedulesContinueAfterARestart()
    {
        JobSpec spec = shellJob(QStringLiteral("every5"), QStringLiteral("true"), QStringLiteral("*/5 * * * *"));
        spec.misfire = MisfirePolicy::All;
        QVERIFY(m_core->createJob(spec).isOk());
        m_clock->set(utc(2026, 6, 1, 10, 10));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->runs(RunQuery{})->runs.size(), 1, 5000);

        m_core.reset(); // the engine stops …
        m_clock->set(utc(2026, 6, 1, 10, 27)); // … and misses 10:15, 10:20, 10:25
        startCore();

        QList<qint64> times;
        for (const RunRecord &run : m_core->runs(RunQuery{})->runs)
            times.prepend(run.scheduledAt);
        QCOMPARE(times, (QList<qint64>{utc(2026, 6, 1, 10, 10), utc(2026, 6, 1, 10, 15),
                                       utc(2026, 6, 1, 10, 20), utc(2026, 6, 1, 10, 25)}));
        QCOMPARE(m_core->job(QStringLiteral("every5"))->nextFireAt, utc(2026, 6, 1, 10, 30));
    }

    void aRunningRunIsAdoptedByTheNextEngine()
    {
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("survivor"),
                                           QStringLiteral("echo begin; sleep 1; echo end; exit 7"))).isOk());
        const RunId id = m_core->runJobNow(QStringLiteral("survivor"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(logText(*m_core, id).contains("O begin"), 20000);
        m_core.reset(); // the engine goes away while the run goes on
        startCore();
        QCOMPARE(stateOf(id), RunState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        const auto run = m_core->run(id);
        QCOMPARE(run->state, RunState::Failed);
        QCOMPARE(run->current.exitCode, 7);
        QCOMPARE(logText(*m_core, id), QByteArray("O begin\nO end\n"));
    }

    void aRunWhoseSupervisorVanishedIsLostThenRetried()
    {
        JobSpec spec = shellJob(QStringLiteral("fragile"), QStringLiteral("echo hi"));
        spec.retry.maxRetries = 1;
        spec.retry.delayMs = 0;
        QVERIFY(m_core->createJob(spec).isOk());
        const RunId id = m_core->runJobNow(QStringLiteral("fragile"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        m_core.reset();

        // Make the store say the run is still running under a supervisor that no longer
        // exists and left no status: what a machine reboot leaves behind.
        {
            auto store = Store::open(m_dir->path() + QStringLiteral("/takt.db"), QStringLiteral("tamper"));
            QVERIFY(store.isOk());
            RunRecord run = store.value()->run(id).value();
            run.state = RunState::Running;
            run.current.state = RunState::Running;
            run.current.attempt = 1;
            run.current.pid = 999999;
            run.current.pidStart = 1;
            QVERIFY(store.value()->updateRun(run).isOk());
            QFile::remove(m_dir->path() + QStringLiteral("/runs/%1/1/status").arg(id));
        }
        startCore();
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id) && m_core->run(id)->current.attempt == 2, 20000);
        const auto attempts = m_core->attempts(id);
        QCOMPARE(attempts->size(), 2);
        QCOMPARE(attempts->at(0).state, RunState::Lost);
        QCOMPARE(stateOf(id), RunState::Succeeded);
    }

    void anAttemptThatNeverStartedGoesBackToTheQueue()
    {
        JobSpec spec = shellJob(QStringLiteral("unlucky"), QStringLiteral("echo hi"));
        QVERIFY(m_core->createJob(spec).isOk()); // no retries: a lost attempt would end the run
        const RunId id = m_core->runJobNow(QStringLiteral("unlucky"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        m_core.reset();

        // What an engine killed between committing "running" and its supervisor opening the
        // log leaves: the attempt's directory, empty, and no process.
        const QString dir = m_dir->path() + QStringLiteral("/runs/%1/1").arg(id);
        {
            auto store = Store::open(m_dir->path() + QStringLiteral("/takt.db"), QStringLiteral("tamper"));
            QVERIFY(store.isOk());
            RunRecord run = store.value()->run(id).value();
            run.state = RunState::Running;
            run.current = AttemptRecord{};
            run.current.attempt = 1;
            run.current.state = RunState::Running;
            run.current.logPath = dir + QStringLiteral("/output.log");
            QVERIFY(store.value()->updateRun(run).isOk());
            QVERIFY(QDir(dir).removeRecursively() && QDir().mkpath(dir));
        }
        startCore();
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(stateOf(id), RunState::Succeeded); // not lost: it never ran, so it ran now
        const auto attempts = m_core->attempts(id);
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(logText(*m_core, id), QByteArray("O hi\n"));
    }

    void overlapSkipRecordsASkippedRun()
    {
        JobSpec spec = shellJob(QStringLiteral("busy"), QStringLiteral("sleep 30"), QStringLiteral("* * * * *"));
        spec.overlap = OverlapPolicy::Skip;
        QVERIFY(m_core->createJob(spec).isOk());
        m_clock->set(utc(2026, 6, 1, 10, 8));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->runningCount(), 1, 20000);
        m_clock->set(utc(2026, 6, 1, 10, 9));
        const auto runs = m_core->runs(RunQuery{})->runs;
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().state, RunState::Skipped);
        QCOMPARE(runs.first().scheduledAt, utc(2026, 6, 1, 10, 9));
    }

    void overlapQueueWaitsForThePreviousRun()
    {
        JobSpec spec = shellJob(QStringLiteral("serial"), QStringLiteral("sleep 30"), QStringLiteral("* * * * *"));
        spec.overlap = OverlapPolicy::Queue;
        QVERIFY(m_core->createJob(spec).isOk());
        m_clock->set(utc(2026, 6, 1, 10, 8));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->runningCount(), 1, 20000);
        m_clock->set(utc(2026, 6, 1, 10, 9));
        const auto runs = m_core->runs(RunQuery{})->runs;
        QCOMPARE(runs.size(), 2);
        const RunRecord second = runs.first();
        QCOMPARE(second.scheduledAt, utc(2026, 6, 1, 10, 9));
        QCOMPARE(second.state, RunState::Queued);      // waits although slots are free
        QCOMPARE(m_core->runningCount(), 1);
        QVERIFY(m_core->cancelRun(runs.last().id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second.id), RunState::Running, 20000); // starts when it ends
    }

    void overlapReplaceCancelsThePreviousRun()
    {
        JobSpec spec = shellJob(QStringLiteral("latest"), QStringLiteral("sleep 30"), QStringLiteral("* * * * *"));
        spec.overlap = OverlapPolicy::Replace;
        QVERIFY(m_core->createJob(spec).isOk());
        m_clock->set(utc(2026, 6, 1, 10, 8));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->runningCount(), 1, 20000);
        const RunId first = m_core->runs(RunQuery{})->runs.first().id;
        m_clock->set(utc(2026, 6, 1, 10, 9));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first), RunState::Cancelled, 20000);
        const RunId second = m_core->runs(RunQuery{})->runs.first().id;
        QVERIFY(second != first);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second), RunState::Running, 20000);
    }

    void misfireSkipRunsNothingButRecordsWhatWasMissed()
    {
        JobSpec spec = shellJob(QStringLiteral("skipper"), QStringLiteral("true"), QStringLiteral("0 * * * *"));
        spec.misfire = MisfirePolicy::Skip;
        QVERIFY(m_core->createJob(spec).isOk());
        m_core.reset();
        m_clock->set(utc(2026, 6, 1, 13, 30));
        startCore();
        const auto runs = m_core->runs(RunQuery{})->runs;
        QCOMPARE(runs.size(), 3); // 11:00, 12:00, 13:00
        for (const RunRecord &run : runs) {
            QCOMPARE(run.state, RunState::Skipped);
            QVERIFY2(run.current.reason.contains(QStringLiteral("misfire policy skip")), qPrintable(run.current.reason));
        }
        QCOMPARE(m_core->job(QStringLiteral("skipper"))->nextFireAt, utc(2026, 6, 1, 14, 0));
    }

    void queuedRunsStartByPriorityThenDueTime()
    {
        m_core.reset();
        EngineCore::Options options;
        options.dataDir = m_dir->path();
        options.clock = m_clock.get();
        options.slotCount = 1;
        m_core = std::make_unique<EngineCore>(options);
        QVERIFY(m_core->start().isOk());
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("blocker"), QStringLiteral("sleep 30"))).isOk());
        JobSpec low = shellJob(QStringLiteral("low"), QStringLiteral("sleep 30"));
        JobSpec high = shellJob(QStringLiteral("high"), QStringLiteral("sleep 30"));
        high.priority = 10;
        QVERIFY(m_core->createJob(low).isOk() && m_core->createJob(high).isOk());
        const RunId blocker = m_core->runJobNow(QStringLiteral("blocker"))->id;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(blocker), RunState::Running, 20000);
        const RunId lowFirst = m_core->runJobNow(QStringLiteral("low"))->id;
        m_clock->advance(1000);
        const RunId highLater = m_core->runJobNow(QStringLiteral("high"))->id;
        QCOMPARE(stateOf(lowFirst), RunState::Queued);
        QVERIFY(m_core->cancelRun(blocker).isOk());
        // The higher priority goes first although it came due later.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(highLater), RunState::Running, 20000);
        QCOMPARE(stateOf(lowFirst), RunState::Queued);
    }

    void jitterSpreadsRetryDelays()
    {
        JobSpec spec = shellJob(QStringLiteral("jittery"), QStringLiteral("exit 1"));
        spec.retry.maxRetries = 1;
        spec.retry.delayMs = 100'000;
        spec.retry.jitter = 0.5;
        QVERIFY(m_core->createJob(spec).isOk());
        QSet<qint64> delays;
        for (int i = 0; i < 6; ++i) {
            const RunId id = m_core->runJobNow(QStringLiteral("jittery"))->id;
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), RunState::Scheduled, 20000);
            const qint64 delay = m_core->run(id)->notBefore - m_clock->nowMs();
            QVERIFY2(delay >= 50'000 && delay <= 150'000, qPrintable(QString::number(delay)));
            delays.insert(delay);
            QVERIFY(m_core->cancelRun(id).isOk());
        }
        QVERIFY(delays.size() > 1);
    }

    void applyKeepsVersionsAndDeleteRefusesActiveRuns()
    {
        JobSpec spec = shellJob(QStringLiteral("versioned"), QStringLiteral("sleep 30"));
        QCOMPARE(m_core->applyJob(spec)->version, 1);
        spec.description = QStringLiteral("now described");
        QCOMPARE(m_core->applyJob(spec)->version, 2);
        QCOMPARE(m_core->job(QStringLiteral("versioned"))->spec.description, QStringLiteral("now described"));

        const RunId id = m_core->runJobNow(QStringLiteral("versioned"))->id;
        const auto refused = m_core->deleteJob(QStringLiteral("versioned"));
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(m_core->job(QStringLiteral("versioned")).isOk());
        QVERIFY(m_core->cancelRun(id).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QVERIFY(m_core->deleteJob(QStringLiteral("versioned")).isOk());
        QCOMPARE(m_core->job(QStringLiteral("versioned")).error().code, ErrorCode::NotFound);
        QTRY_VERIFY(!QFileInfo::exists(m_dir->path() + QStringLiteral("/runs/%1").arg(id)));
    }

    // Runs `count` runs of `job` one after the other; their ids, oldest first.
    QList<RunId> runToEnd(const QString &job, int count)
    {
        QList<RunId> ids;
        for (int i = 0; i < count; ++i) {
            const RunId id = m_core->runJobNow(job)->id;
            [&] { QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000); }();
            ids << id;
        }
        return ids;
    }

    void retentionKeepsTheNewestRunsOfAJob()
    {
        JobSpec spec = shellJob(QStringLiteral("chatty"), QStringLiteral("echo hello"));
        spec.retention.keepRuns = 2;
        QVERIFY(m_core->createJob(spec).isOk());
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("other"), QStringLiteral("true"))).isOk());
        const QList<RunId> ids = runToEnd(QStringLiteral("chatty"), 4);
        const QList<RunId> others = runToEnd(QStringLiteral("other"), 3);

        QCOMPARE(m_core->pruneHistory().value(), 2);
        QCOMPARE(m_core->run(ids.at(0)).error().code, ErrorCode::NotFound);
        QCOMPARE(m_core->run(ids.at(1)).error().code, ErrorCode::NotFound);
        QTRY_VERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("runs/%1").arg(ids.at(0)))));
        QVERIFY(m_core->run(ids.at(2)).isOk());
        QCOMPARE(logText(*m_core, ids.at(3)), QByteArray("O hello\n"));
        for (RunId id : others)
            QVERIFY(m_core->run(id).isOk()); // another job's history is its own
        QCOMPARE(m_core->pruneHistory().value(), 0);
    }

    void retentionDropsHistoryOlderThanItsAge()
    {
        JobSpec spec = shellJob(QStringLiteral("aging"), QStringLiteral("true"));
        spec.retention.keepForMs = 3'600'000;
        QVERIFY(m_core->createJob(spec).isOk());
        const QList<RunId> old = runToEnd(QStringLiteral("aging"), 2);
        // Attempts are timed by the real clock; move the engine's clock two hours past them.
        m_clock->set(QDateTime::currentMSecsSinceEpoch() + 2 * 3'600'000);
        QCOMPARE(m_core->pruneHistory().value(), 2);
        for (RunId id : old)
            QCOMPARE(m_core->run(id).error().code, ErrorCode::NotFound);
    }

    void retentionByTheEnginesAgeSparesJobsThatKeepLonger()
    {
        JobSpec plain = shellJob(QStringLiteral("plain"), QStringLiteral("true"));
        JobSpec keeper = shellJob(QStringLiteral("keeper"), QStringLiteral("true"));
        keeper.retention.keepForMs = 30LL * 86'400'000; // a month, longer than the engine's hour
        QVERIFY(m_core->createJob(plain).isOk() && m_core->createJob(keeper).isOk());
        const QList<RunId> plainRuns = runToEnd(QStringLiteral("plain"), 2);
        const QList<RunId> keptRuns = runToEnd(QStringLiteral("keeper"), 2);
        m_clock->set(QDateTime::currentMSecsSinceEpoch() + 2 * 3'600'000);
        startCore(RetentionPolicy{0, 3'600'000, 0}); // pruned as it starts
        for (RunId id : plainRuns)
            QCOMPARE(m_core->run(id).error().code, ErrorCode::NotFound);
        for (RunId id : keptRuns)
            QVERIFY(m_core->run(id).isOk());
    }

    void retentionCapsLogBytesPerJobAndInAll()
    {
        JobSpec spec = shellJob(QStringLiteral("verbose"), QStringLiteral("head -c 3000 /dev/zero | tr '\\0' x; echo"));
        QVERIFY(m_core->createJob(spec).isOk());
        const QList<RunId> ids = runToEnd(QStringLiteral("verbose"), 4);
        const qint64 each = m_core->run(ids.last())->current.logSize;
        QVERIFY(each > 3000);

        // A job cap that holds two logs keeps the two newest.
        spec.retention.keepLogBytes = 2 * each + each / 2;
        QVERIFY(m_core->applyJob(spec).isOk());
        QCOMPARE(m_core->pruneHistory().value(), 2);
        QVERIFY(m_core->run(ids.at(2)).isOk() && m_core->run(ids.at(3)).isOk());

        // The engine-wide cap counts every job's logs together.
        spec.retention.keepLogBytes = 0;
        QVERIFY(m_core->applyJob(spec).isOk());
        startCore(RetentionPolicy{0, 0, each + each / 2});
        QCOMPARE(m_core->run(ids.at(2)).error().code, ErrorCode::NotFound); // pruned at start
        QVERIFY(m_core->run(ids.at(3)).isOk());
    }

    void retentionNeverTouchesActiveRuns()
    {
        JobSpec spec = shellJob(QStringLiteral("ongoing"), QStringLiteral("sleep 30"));
        spec.retention.keepRuns = 1;
        QVERIFY(m_core->createJob(spec).isOk());
        const RunId a = m_core->runJobNow(QStringLiteral("ongoing"))->id;
        const RunId b = m_core->runJobNow(QStringLiteral("ongoing"))->id;
        QTRY_COMPARE_WITH_TIMEOUT(m_core->runningCount(), 2, 20000);
        QCOMPARE(m_core->pruneHistory().value(), 0);
        QVERIFY(m_core->run(a).isOk() && m_core->run(b).isOk());
    }

    void slotsLimitRunsAtOnce()
    {
        QVERIFY(m_core->createJob(shellJob(QStringLiteral("wide"), QStringLiteral("sleep 30"))).isOk());
        QList<RunId> ids;
        for (int i = 0; i < 6; ++i)
            ids << m_core->runJobNow(QStringLiteral("wide"))->id;
        QTRY_COMPARE_WITH_TIMEOUT(m_core->runningCount(), 4, 20000);
        RunQuery queued;
        queued.states = {RunState::Queued};
        QCOMPARE(m_core->runs(queued)->runs.size(), 2);
        QVERIFY(m_core->cancelRun(ids.first()).isOk());
        // A freed slot goes to the oldest queued run.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(ids.at(4)), RunState::Running, 20000);
        QCOMPARE(stateOf(ids.at(5)), RunState::Queued);
    }
};

QTEST_GUILESS_MAIN(tst_EngineCore)
#include "tst_enginecore.moc"
