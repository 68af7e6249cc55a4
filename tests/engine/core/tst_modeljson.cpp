// The JSON forms of jobs and runs: what `takt jobs apply -f` reads and the API prints.
#include <engine/core/modeljson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Takt;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class tst_ModelJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAFullJobSpec()
    {
        const auto spec = jobSpecFromJson(json(R"({
            "name": "backup", "description": "nightly", "schedule": "30 2 * * *", "timezone": "Europe/Berlin",
            "command": ["/usr/bin/backup", "--all"], "workdir": "/srv", "env": {"A": "1"},
            "timeout": "1h", "kill_grace": 5, "retries": 2, "retry_backoff": "exponential",
            "retry_delay": "1m", "retry_max_delay": "30m", "retry_jitter": 0.25, "retry_exit_codes": [75, 1],
            "overlap": "queue", "misfire": "all", "misfire_limit": 10, "priority": 3, "max_concurrent": 1,
            "keep_runs": 50, "keep_for": "30d", "keep_log_bytes": "1G"})"));
        QVERIFY2(spec.isOk(), qPrintable(spec.error().toString()));
        const JobSpec &s = spec.value();
        QCOMPARE(s.name, QStringLiteral("backup"));
        QCOMPARE(s.command, (QStringList{QStringLiteral("/usr/bin/backup"), QStringLiteral("--all")}));
        QCOMPARE(s.env.value(QStringLiteral("A")), QStringLiteral("1"));
        QCOMPARE(s.timeoutMs, 3'600'000);
        QCOMPARE(s.killGraceMs, 5'000);
        QCOMPARE(s.retry.maxRetries, 2);
        QCOMPARE(s.retry.backoff, RetryPolicy::Backoff::Exponential);
        QCOMPARE(s.retry.delayMs, 60'000);
        QCOMPARE(s.retry.maxDelayMs, 1'800'000);
        QCOMPARE(s.retry.jitter, 0.25);
        QCOMPARE(s.retry.retryExitCodes, (QList<int>{75, 1}));
        QCOMPARE(s.overlap, OverlapPolicy::Queue);
        QCOMPARE(s.misfire, MisfirePolicy::All);
        QCOMPARE(s.misfireLimit, 10);
        QCOMPARE(s.priority, 3);
        QCOMPARE(s.maxConcurrent, 1);
        QCOMPARE(s.retention.keepRuns, 50);
        QCOMPARE(s.retention.keepForMs, 30LL * 86'400'000);
        QCOMPARE(s.retention.keepLogBytes, 1LL << 30);

        // What is written reads back the same.
        const auto again = jobSpecFromJson(jobSpecToJson(s));
        QVERIFY(again.isOk());
        QCOMPARE(again.value(), s);
    }

    void readsClusterPlacement()
    {
        const auto spec = jobSpecFromJson(json(R"({"name": "render", "command": "true", "labels": ["gpu", "linux", "gpu"],
                                                   "placement": "sharded", "shards": 8})"));
        QVERIFY2(spec.isOk(), qPrintable(spec.error().toString()));
        QCOMPARE(spec->labels, (QStringList{QStringLiteral("gpu"), QStringLiteral("linux")}));
        QCOMPARE(spec->placement, Placement::Sharded);
        QCOMPARE(spec->shards, 8);
        const auto again = jobSpecFromJson(jobSpecToJson(spec.value()));
        QVERIFY(again.isOk());
        QCOMPARE(again.value(), spec.value());
        QCOMPARE(jobSpecFromJson(json(R"({"name": "a", "placement": "broadcast"})"))->placement, Placement::Broadcast);
        QCOMPARE(jobSpecFromJson(json(R"({"name": "a"})"))->placement, Placement::Any);
    }

    void nodesRoundTrip()
    {
        NodeInfo node;
        node.id = 3;
        node.name = QStringLiteral("worker-3");
        node.labels = {QStringLiteral("gpu")};
        node.slotCount = 8;
        node.running = 2;
        node.apiUrl = QStringLiteral("http://10.0.0.3:8611");
        node.incarnation = 4;
        node.startedAt = 1'700'000'000'000;
        node.heartbeatAgeMs = 420;
        node.alive = true;
        node.leader = true;
        node.runningRuns = {11, 12};
        const auto back = nodeFromJson(nodeToJson(node));
        QVERIFY(back.isOk());
        QCOMPARE(back.value(), node);
    }

    void aCommandStringRunsInTheShell()
    {
        const auto spec = jobSpecFromJson(json(R"({"name": "s", "command": "echo hi | wc -c"})"));
        QCOMPARE(spec->command, (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo hi | wc -c")}));
    }

    void rejectsBadSpecsNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown field") << QByteArray(R"({"name": "a", "colour": "red"})") << "colour";
        QTest::newRow("name not a string") << QByteArray(R"({"name": 5})") << "name";
        QTest::newRow("command of numbers") << QByteArray(R"({"name": "a", "command": [1, 2]})") << "command";
        QTest::newRow("env not strings") << QByteArray(R"({"name": "a", "env": {"A": 1}})") << "env.A";
        QTest::newRow("bad timeout") << QByteArray(R"({"name": "a", "timeout": "soon"})") << "timeout";
        QTest::newRow("negative timeout") << QByteArray(R"({"name": "a", "timeout": -3})") << "timeout";
        QTest::newRow("retries not whole") << QByteArray(R"({"name": "a", "retries": 1.5})") << "retries";
        QTest::newRow("retries too many") << QByteArray(R"({"name": "a", "retries": 100000})") << "retries";
        QTest::newRow("bad backoff") << QByteArray(R"({"name": "a", "retry_backoff": "random"})") << "retry_backoff";
        QTest::newRow("bad overlap") << QByteArray(R"({"name": "a", "overlap": "sometimes"})") << "overlap";
        QTest::newRow("jitter over 1") << QByteArray(R"({"name": "a", "retry_jitter": 2})") << "retry_jitter";
        QTest::newRow("exit code 300") << QByteArray(R"({"name": "a", "retry_exit_codes": [300]})") << "retry_exit_codes";
        QTest::newRow("bad size") << QByteArray(R"({"name": "a", "keep_log_bytes": "lots"})") << "keep_log_bytes";
        QTest::newRow("labels not a list") << QByteArray(R"({"name": "a", "labels": "gpu"})") << "labels";
        QTest::newRow("label with a comma") << QByteArray(R"({"name": "a", "labels": ["gpu,linux"]})") << "labels";
        QTest::newRow("bad placement") << QByteArray(R"({"name": "a", "placement": "everywhere"})") << "placement";
        QTest::newRow("sharded without shards") << QByteArray(R"({"name": "a", "placement": "sharded"})") << "shards";
        QTest::newRow("shards without sharding") << QByteArray(R"({"name": "a", "shards": 3})") << "shards";
        QTest::newRow("too many shards") << QByteArray(R"({"name": "a", "placement": "sharded", "shards": 5000})") << "shards";
    }
    void rejectsBadSpecsNamingTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        const auto spec = jobSpecFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(!spec.isOk());
        QCOMPARE(spec.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(spec.error().field, field);
        QVERIFY(!spec.error().message.isEmpty());
    }

    void runsRoundTripWithTheirAttemptState()
    {
        RunRecord run;
        run.id = 42;
        run.jobId = 7;
        run.jobName = QStringLiteral("flaky");
        run.jobVersion = 3;
        run.trigger = RunTrigger::Catchup;
        run.state = RunState::Scheduled; // waiting for its retry …
        run.priority = 2;
        run.scheduledAt = 1'780'000'000'000;
        run.queuedAt = 1'780'000'000'500;
        run.notBefore = 1'780'000'060'000;
        run.maxAttempts = 3;
        run.current.attempt = 1;
        run.current.state = RunState::Failed; // … after its first attempt failed
        run.current.startedAt = 1'780'000'001'000;
        run.current.finishedAt = 1'780'000'002'000;
        run.current.exitCode = 4;
        run.current.cpuMs = 12;
        run.current.peakRssKb = 2048;
        run.current.logPath = QStringLiteral("/data/runs/42/1/output.log");
        run.current.logSize = 99;
        run.current.reason = QStringLiteral("exited with code 4");
        const QJsonObject object = runToJson(run);
        QCOMPARE(object[u"state"].toString(), QStringLiteral("scheduled"));
        QCOMPARE(object[u"attempt_state"].toString(), QStringLiteral("failed"));
        QCOMPARE(object[u"scheduled_at"].toString(), QStringLiteral("2026-05-28T20:26:40.000Z"));
        const auto back = runFromJson(object);
        QVERIFY2(back.isOk(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), run);
    }

    void timesAreIsoUtcAndNullForNone()
    {
        QCOMPARE(timeToJson(0), QJsonValue(QJsonValue::Null));
        QCOMPARE(timeToJson(1'000), QJsonValue(QStringLiteral("1970-01-01T00:00:01.000Z")));
        QCOMPARE(timeFromJson(QStringLiteral("2026-01-01T01:00:00+01:00"), {}).value(), 1'767'225'600'000LL);
        QCOMPARE(timeFromJson(QStringLiteral("yesterday"), QStringLiteral("from")).error().field, QStringLiteral("from"));
    }
};

QTEST_GUILESS_MAIN(tst_ModelJson)
#include "tst_modeljson.moc"
