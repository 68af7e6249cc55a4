// A real `takt serve --store postgresql://…` whose PostgreSQL server dies under it (SIGKILL, as
// a crash of the database host would) and comes back on the same port: the engine stays up,
// answers the API with an error meanwhile instead of hanging, and schedules and runs again by
// itself once the database is back.

#include "clusterfixture.h"

#include <QDateTime>
#include <QTest>

using namespace Takt;
using namespace Takt::Test;

namespace {

JobSpec everySecond()
{
    JobSpec spec;
    spec.name = QStringLiteral("tick");
    spec.schedule = QStringLiteral("@every 1s");
    spec.timeZone = QStringLiteral("UTC");
    spec.command = {QStringLiteral("/bin/true")};
    return spec;
}

// Runs of the engine that succeeded and were due at or after `fromMs`; -1 when it cannot say.
int succeededSince(RemoteEngine *engine, qint64 fromMs)
{
    RunQuery query;
    query.states = {RunState::Succeeded};
    query.scheduledFrom = fromMs;
    const Result<RunPage> page = await(engine->runs(query));
    return page.isOk() ? int(page.value().runs.size()) : -1;
}

} // namespace

class tst_PostgresOutage : public QObject
{
    Q_OBJECT

private slots:
    void engineOutlivesItsDatabase_data();
    void engineOutlivesItsDatabase();
};

void tst_PostgresOutage::engineOutlivesItsDatabase_data()
{
    // ClusterFixture's nodes have a 3 s node timeout (heartbeat 500 ms).
    QTest::addColumn<int>("outageMs");
    QTest::newRow("shorter than the node timeout") << 1'000;
    QTest::newRow("longer than the node timeout") << 6'000;
}

void tst_PostgresOutage::engineOutlivesItsDatabase()
{
    QFETCH(int, outageMs);
    TAKT_NEED_POSTGRES();
    ClusterFixture cluster;
    QVERIFY2(cluster.setUp(QStringLiteral("outage")), qPrintable(cluster.error()));
    QVERIFY(cluster.start(QStringLiteral("n1")));
    RemoteEngine *engine = cluster.engine(QStringLiteral("n1"));
    const Result<Job> job = await(engine->createJob(everySecond()));
    QVERIFY2(job.isOk(), qPrintable(job.isOk() ? QString() : job.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(succeededSince(engine, 0) >= 2, 60'000);

    cluster.postgres().kill();
    // The API answers, with an error, while the database is gone: the store's calls fail
    // rather than block or bring the engine down.
    QTRY_VERIFY_WITH_TIMEOUT(!await(engine->runs(RunQuery{})).isOk(), 30'000);
    const Result<RunPage> down = await(engine->runs(RunQuery{}));
    QVERIFY(!down.isOk());
    QCOMPARE(down.error().code, ErrorCode::Unavailable);
    // Heartbeats and due times pass without the database.
    QTest::qWait(outageMs);
    QVERIFY(cluster.isRunning(QStringLiteral("n1")));

    QVERIFY2(cluster.postgres().start(), qPrintable(cluster.postgres().errorString()));
    const qint64 back = QDateTime::currentMSecsSinceEpoch();
    // Back on the same port: the engine reconnects and runs what falls due from now on.
    QTRY_VERIFY_WITH_TIMEOUT(succeededSince(engine, back) >= 2, 60'000);
    QVERIFY(cluster.isRunning(QStringLiteral("n1")));
}

QTEST_GUILESS_MAIN(tst_PostgresOutage)
#include "tst_postgresoutage.moc"
