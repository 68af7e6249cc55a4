// Workflows as a user drives them from the terminal: `takt jobs apply -f`, `jobs run --param`,
// `runs show`, `runs rerun` and `backfill`, run by the real `takt` binary against a real
// `takt serve` (so every call crosses the HTTP API and RemoteEngine).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestWorkflowCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_scratch;
    QProcess m_serve;

    QStringList data() const { return {QStringLiteral("--data"), m_data.path()}; }

    Cli takt(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &key : environment.keys()) {
            if (key.startsWith(u"TAKT_"))
                environment.remove(key);
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TAKT_EXECUTABLE), args + data());
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000))
            process.kill();
        Cli result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    Cli apply(QByteArray json)
    {
        json.replace("SCRATCH", m_scratch.path().toUtf8());
        const QString path = m_scratch.filePath(QStringLiteral("job.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(json);
        file.close();
        return takt({u"jobs"_qs, u"apply"_qs, u"-f"_qs, path});
    }

    QString runState(const QByteArray &id)
    {
        return takt({u"runs"_qs, u"show"_qs, QString::fromLatin1(id.trimmed()), u"--json"_qs}).json()[u"run"][u"state"].toString();
    }

    QByteArray scratchFile(const QString &name) const
    {
        QFile file(m_scratch.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    void startServe()
    {
        QFile::remove(QDir(m_data.path()).filePath(QStringLiteral("server.json")));
        m_serve.setProgram(QStringLiteral(TAKT_EXECUTABLE));
        m_serve.setArguments({QStringLiteral("serve"), QStringLiteral("--data"), m_data.path(),
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_serve.start();
        QVERIFY(m_serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(m_data.path()).filePath(QStringLiteral("server.json"))), 20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_scratch.isValid());
        startServe();
    }

    void cleanupTestCase()
    {
        m_serve.kill();
        m_serve.waitForFinished();
    }

    void applyRejectsABadWorkflow()
    {
        const Cli cycle = apply(R"({"name": "bad", "workflow": {"tasks": [{"name": "a", "command": "true"},
            {"name": "b", "command": "true"}], "edges": [{"from": "a", "to": "b"}, {"from": "b", "to": "a"}]}})");
        QCOMPARE(cycle.exitCode, 1);
        QVERIFY2(cycle.err.contains("workflow.edges: cycle a → b → a"), cycle.err.constData());
        QCOMPARE(takt({u"jobs"_qs, u"show"_qs, u"bad"_qs}).exitCode, 1);
    }

    void runWithParamsShowAndRerun()
    {
        const Cli applied = apply(R"({"name": "etl", "workflow": {"params": {"date": "", "region": "eu"}, "tasks": [
            {"name": "extract", "command": "echo extract $TAKT_PARAM_DATE >> SCRATCH/ran; echo rows=5 >> $TAKT_OUTPUT"},
            {"name": "load", "command": "echo load $TAKT_OUTPUT_EXTRACT_ROWS >> SCRATCH/ran; test -f SCRATCH/fixed"},
            {"name": "report", "command": "echo report >> SCRATCH/ran"}],
            "edges": [{"from": "extract", "to": "load"}, {"from": "load", "to": "report"}]}})");
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        // The job JSON shows the workflow as it was written.
        const Cli shown = takt({u"jobs"_qs, u"show"_qs, u"etl"_qs, u"--json"_qs});
        QCOMPARE(shown.json()[u"spec"][u"workflow"][u"tasks"].toArray().size(), 3);

        const Cli unknown = takt({u"jobs"_qs, u"run"_qs, u"etl"_qs, u"--param"_qs, u"dat=1"_qs});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("params.dat"), unknown.err.constData());
        QCOMPARE(takt({u"jobs"_qs, u"run"_qs, u"etl"_qs, u"--param"_qs, u"novalue"_qs}).exitCode, 2);

        const Cli run = takt({u"jobs"_qs, u"run"_qs, u"etl"_qs, u"--param"_qs, u"date=2026-01-02"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(runState(run.out), u"failed"_qs, 30'000);
        QCOMPARE(scratchFile(u"ran"_qs), QByteArray("extract 2026-01-02\nload 5\n"));
        const Cli show = takt({u"runs"_qs, u"show"_qs, QString::fromLatin1(run.out.trimmed())});
        QVERIFY2(show.out.contains("param:") && show.out.contains("date=2026-01-02"), show.out.constData());
        QVERIFY2(show.out.contains("upstream_failed"), show.out.constData());

        QFile fixed(m_scratch.filePath(QStringLiteral("fixed")));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.close();
        const Cli rerun = takt({u"runs"_qs, u"rerun"_qs, QString::fromLatin1(run.out.trimmed())});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(runState(rerun.out), u"succeeded"_qs, 30'000);
        // extract was kept; load ran again with its output, then report.
        QCOMPARE(scratchFile(u"ran"_qs), QByteArray("extract 2026-01-02\nload 5\nload 5\nreport\n"));
        const Cli again = takt({u"runs"_qs, u"rerun"_qs, QString::fromLatin1(rerun.out.trimmed()), u"--task"_qs, u"report"_qs});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(runState(again.out), u"succeeded"_qs, 30'000);
        QVERIFY(scratchFile(u"ran"_qs).endsWith("report\nreport\n"));
    }

    // A workflow run survives `kill -9` of its engine: its running task
    // is adopted by the next engine, which then starts the tasks after it.
    void workflowSurvivesAKilledEngine()
    {
        const Cli applied = apply(R"({"name": "durable", "workflow": {"tasks": [
            {"name": "first", "command": "touch SCRATCH/first-started; while [ ! -f SCRATCH/go ]; do sleep 0.05; done; echo first >> SCRATCH/durable"},
            {"name": "second", "command": "echo second >> SCRATCH/durable"}],
            "edges": [{"from": "first", "to": "second"}]}})");
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const Cli run = takt({u"jobs"_qs, u"run"_qs, u"durable"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_scratch.filePath(QStringLiteral("first-started"))), 30'000);
        m_serve.kill(); // SIGKILL
        QVERIFY(m_serve.waitForFinished());
        QFile go(m_scratch.filePath(QStringLiteral("go")));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        startServe();
        QTRY_COMPARE_WITH_TIMEOUT(runState(run.out), u"succeeded"_qs, 30'000);
        QCOMPARE(scratchFile(u"durable"_qs), QByteArray("first\nsecond\n"));
    }

    void backfillRunsEachDueTimeOnce()
    {
        const Cli applied = apply(R"({"name": "hourly", "schedule": "0 * * * *", "timezone": "UTC",
            "command": "echo $TAKT_SCHEDULED_TIME >> SCRATCH/backfilled"})");
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QStringList range{u"--from"_qs, u"2026-01-01T00:00:00Z"_qs, u"--to"_qs, u"2026-01-01T03:00:00Z"_qs,
                                u"--parallel"_qs, u"2"_qs};
        const Cli first = takt(QStringList{u"backfill"_qs, u"hourly"_qs} + range);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("4 run(s) made, 0 due time(s) already had a run"), first.out.constData());
        QVERIFY2(first.out.contains("4/4 done, 0 running, 0 failed"), first.out.constData());
        const Cli second = takt(QStringList{u"backfill"_qs, u"hourly"_qs} + range);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("0 run(s) made, 4 due time(s) already had a run"), second.out.constData());
        QCOMPARE(scratchFile(u"backfilled"_qs).split('\n').size(), 5);
        QVERIFY(scratchFile(u"backfilled"_qs).contains("2026-01-01T02:00:00Z"));
        const Cli bad = takt({u"backfill"_qs, u"hourly"_qs, u"--from"_qs, u"yesterday"_qs, u"--to"_qs, u"2026-01-01T03:00:00Z"_qs});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCli)
#include "tst_workflowcli.moc"
