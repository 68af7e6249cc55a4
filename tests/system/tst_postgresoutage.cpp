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

// The node's defaults, which this test runs with: an outage is "short" below the timeout.
constexpr int NodeTimeoutMs = 10'000;

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

private:
    /// `takt serve --store URL` with the node's default heartbeat and timeout (1 s, 10 s).
    bool startServe(const QString &url);

    QTemporaryDir m_data;
    std::unique_ptr<QProcess> m_serve;
    std::unique_ptr<RemoteEngine> m_engine;
};

bool tst_PostgresOutage::startServe(const QString &url)
{
    const QString dir = m_data.filePath(QStringLiteral("node"));
    m_serve = std::make_unique<QProcess>();
    m_serve->setProgram(QStringLiteral(TAKT_EXECUTABLE));
    m_serve->setArguments({QStringLiteral("serve"), QStringLiteral("--store"), url, QStringLiteral("--data"), dir,
                           QStringLiteral("--node"), QStringLiteral("n1"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0")});
    m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_serve->start();
    if (!m_serve->waitForStarted())
        return false;
    QFile info(dir + QStringLiteral("/server.json"));
    for (int i = 0; i < 2400 && !info.exists() && m_serve->state() == QProcess::Running; ++i)
        QTest::qWait(25);
    QFile token(dir + QStringLiteral("/token"));
    if (!info.open(QIODevice::ReadOnly) || !token.open(QIODevice::ReadOnly))
        return false;
    m_engine = std::make_unique<RemoteEngine>(QUrl(QJsonDocument::fromJson(info.readAll()).object()[u"url"].toString()),
                                              QString::fromUtf8(token.readAll()).trimmed());
    return true;
}

void tst_PostgresOutage::engineOutlivesItsDatabase_data()
{
    QTest::addColumn<int>("outageMs");
    QTest::newRow("shorter than the node timeout") << 2'000;
    QTest::newRow("longer than the node timeout") << NodeTimeoutMs + 5'000;
}

void tst_PostgresOutage::engineOutlivesItsDatabase()
{
    QFETCH(int, outageMs);
    TAKT_NEED_POSTGRES();
    PostgresServer pg;
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    const QString url = pg.createDatabase(QStringLiteral("outage"));
    QVERIFY2(!url.isEmpty(), qPrintable(pg.errorString()));
    QVERIFY(m_data.isValid());
    QVERIFY(startServe(url));
    const auto stopServe = qScopeGuard([this] {
        m_engine.reset();
        m_serve->terminate();
        if (!m_serve->waitForFinished(30'000))
            m_serve->kill();
        m_serve->waitForFinished();
    });
    const Result<Job> job = await(m_engine->createJob(everySecond()));
    QVERIFY2(job.isOk(), qPrintable(job.isOk() ? QString() : job.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(succeededSince(m_engine.get(), 0) >= 2, 60'000);

    pg.kill();
    // The API answers, with an error, while the database is gone: the store's calls fail
    // rather than block or bring the engine down.
    QTRY_VERIFY_WITH_TIMEOUT(!await(m_engine->runs(RunQuery{})).isOk(), 30'000);
    const Result<RunPage> down = await(m_engine->runs(RunQuery{}));
    QVERIFY(!down.isOk());
    QCOMPARE(down.error().code, ErrorCode::Unavailable);
    // Heartbeats and due times pass without the database.
    QTest::qWait(outageMs);
    QCOMPARE(m_serve->state(), QProcess::Running);

    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    const qint64 back = QDateTime::currentMSecsSinceEpoch();
    // Back on the same port: the engine reconnects and runs what falls due from now on, also
    // after an outage long enough for the node to have counted itself out of the cluster.
    QTRY_VERIFY_WITH_TIMEOUT(succeededSince(m_engine.get(), back) >= 2, 60'000);
    QCOMPARE(m_serve->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(tst_PostgresOutage)
#include "tst_postgresoutage.moc"
