// A real `takt serve` killed with SIGKILL and started again: running work is adopted with its
// real exit status, and with hundreds of runs due while it is killed over and over, every due
// time runs exactly once.
#include <engine/api/remoteengine.h>
#include <engine/executor/logformat.h>

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Takt;

namespace {

// Waits for a future in a local event loop: fine in a test, which has no GUI to keep alive.
template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<QProcess> m_serve;
    std::unique_ptr<RemoteEngine> m_engine;

    QString dataPath(const QString &name) const { return QDir(m_data.path()).filePath(name); }

    bool startServe()
    {
        QFile::remove(dataPath(QStringLiteral("server.json")));
        m_serve = std::make_unique<QProcess>();
        m_serve->setProgram(QStringLiteral(TAKT_EXECUTABLE));
        m_serve->setArguments({QStringLiteral("serve"), QStringLiteral("--data"), m_data.path(),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_serve->start();
        if (!m_serve->waitForStarted())
            return false;
        QFile info(dataPath(QStringLiteral("server.json")));
        for (int i = 0; i < 400 && !info.exists(); ++i)
            QTest::qWait(25);
        if (!info.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject json = QJsonDocument::fromJson(info.readAll()).object();
        QFile token(dataPath(QStringLiteral("token")));
        if (!token.open(QIODevice::ReadOnly))
            return false;
        m_engine = std::make_unique<RemoteEngine>(QUrl(json[u"url"].toString()),
                                                  QString::fromUtf8(token.readAll()).trimmed());
        return true;
    }

    void killServe()
    {
        m_engine.reset();
        ::kill(pid_t(m_serve->processId()), SIGKILL);
        m_serve->waitForFinished();
    }

    void stopServe()
    {
        m_engine.reset();
        m_serve->terminate();
        m_serve->waitForFinished(30'000);
    }

    RunRecord runOf(RunId id)
    {
        const auto run = await(m_engine->run(id));
        return run.isOk() ? run.value() : RunRecord{};
    }

    QByteArray outputOf(RunId id)
    {
        const auto chunk = await(m_engine->readLog(id, 0, 0, 1 << 20));
        QByteArray out;
        if (!chunk.isOk())
            return out;
        for (const QByteArray &line : chunk->data.split('\n')) {
            if (const auto parsed = parseLogLine(line); parsed && parsed->stream == 'O')
                out += parsed->text + '\n';
        }
        return out;
    }

    int unfinishedRuns()
    {
        RunQuery query;
        query.states = {RunState::Scheduled, RunState::Queued, RunState::Running};
        query.limit = 1000;
        const auto page = await(m_engine->runs(query));
        return page.isOk() ? int(page->runs.size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
    }

    void runningRunIsAdoptedAfterKill9()
    {
        QVERIFY(startServe());
        JobSpec spec;
        spec.name = QStringLiteral("survivor");
        spec.timeZone = QStringLiteral("UTC");
        spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                        QStringLiteral("echo begin; sleep 2; echo end; exit 5")};
        QVERIFY(await(m_engine->createJob(spec)).isOk());
        const auto started = await(m_engine->runJobNow(spec.name));
        QVERIFY(started.isOk());
        const RunId id = started->id;
        QTRY_VERIFY_WITH_TIMEOUT(outputOf(id).contains("begin"), 20'000);

        killServe();                       // the engine dies mid-run …
        QVERIFY(startServe());             // … and the next one takes the run over
        QTRY_VERIFY_WITH_TIMEOUT(isFinal(runOf(id).state), 20'000);
        const RunRecord run = runOf(id);
        QCOMPARE(run.state, RunState::Failed);
        QCOMPARE(run.current.exitCode, 5);  // the real exit status, collected by the new engine
        QCOMPARE(run.current.attempt, 1);   // adopted, not started again
        QCOMPARE(outputOf(id), QByteArray("begin\nend\n"));
        stopServe();
    }

    void killedRepeatedlyNoDueTimeIsLostOrDoubled()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed: %u", seed);
        QRandomGenerator random(seed);
        const QString executions = dataPath(QStringLiteral("executions.txt"));
        constexpr int Jobs = 8;

        QVERIFY(startServe());
        for (int k = 1; k <= Jobs; ++k) {
            JobSpec spec;
            spec.name = QStringLiteral("tick%1").arg(k);
            spec.timeZone = QStringLiteral("UTC");
            spec.schedule = QStringLiteral("* * * * * *"); // every second
            spec.misfire = MisfirePolicy::All;            // a restart runs every missed second
            spec.misfireLimit = 10'000;
            // Each execution leaves a line, so a due time run twice shows even where the store
            // would not; the exit code tells adopted runs' real status apart.
            spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                            QStringLiteral("echo \"$TAKT_JOB $TAKT_SCHEDULED_TIME\" >> '%1'; sleep 0.%2; exit %3")
                                .arg(executions).arg(1 + k % 3).arg(k % 4)};
            QVERIFY(await(m_engine->createJob(spec)).isOk());
        }

        // About 25 s of due times (8 a second), with the engine killed at random moments.
        QElapsedTimer window;
        window.start();
        int kills = 0;
        while (window.elapsed() < 25'000) {
            QTest::qWait(200 + int(random.bounded(1800)));
            killServe();
            ++kills;
            QTest::qWait(int(random.bounded(800)));
            QVERIFY(startServe());
        }
        for (int k = 1; k <= Jobs; ++k)
            QVERIFY(await(m_engine->setJobPaused(QStringLiteral("tick%1").arg(k), true)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(unfinishedRuns(), 0, 120'000);
        stopServe();
        qInfo("engine killed %d times", kills);

        // What was executed: every (job, due time) exactly once.
        QFile file(executions);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QByteArray, int> executed;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                ++executed[line];
        }
        for (auto it = executed.cbegin(); it != executed.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("executed %1 times: %2").arg(it.value()).arg(QString::fromUtf8(it.key()))));

        // What the store says: every due second from the first to the last has one run, final,
        // with the job's real exit code, and it matches what was executed.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dataPath(QStringLiteral("takt.db")));
        QVERIFY(db.open());
        {
            QSqlQuery integrity(db);
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));

            int total = 0;
            for (int k = 1; k <= Jobs; ++k) {
                QSqlQuery runs(db);
                runs.prepare(QStringLiteral(
                    "SELECT r.scheduled_at, r.state, r.exit_code FROM runs r JOIN jobs j ON j.id = r.job_id"
                    " WHERE j.name = ? AND r.trigger IN ('schedule', 'catchup') ORDER BY r.scheduled_at"));
                runs.addBindValue(QStringLiteral("tick%1").arg(k));
                QVERIFY(runs.exec());
                qint64 previous = 0;
                while (runs.next()) {
                    ++total;
                    const qint64 due = runs.value(0).toLongLong();
                    const QString state = runs.value(1).toString();
                    if (previous != 0)
                        QCOMPARE(due - previous, 1000); // no due second missing, none twice
                    previous = due;
                    const QByteArray line = QStringLiteral("tick%1 %2").arg(k)
                        .arg(QDateTime::fromMSecsSinceEpoch(due, Qt::UTC).toString(Qt::ISODate)).toUtf8();
                    QVERIFY2(state == u"succeeded" || state == u"failed",
                             qPrintable(QStringLiteral("%1 ended %2").arg(QString::fromUtf8(line), state)));
                    QCOMPARE(runs.value(2).toInt(), k % 4);
                    QVERIFY2(executed.contains(line), line.constData());
                }
            }
            QCOMPARE(total, int(executed.size()));
            qInfo("%d due times, each run once", total);
            QVERIFY(total >= 150);
        }
        db.close();
    }
};

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
