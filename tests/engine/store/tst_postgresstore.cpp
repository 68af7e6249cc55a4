// Tests of what only the PostgreSQL store has, on a real server started on loopback: URLs and
// their options, refusals that name the server and the reason, nodes migrating one empty
// database at the same moment, and a server that dies and comes back under an open store.
// Everything both databases share is in tst_store, which runs on both.

#include <engine/store/store.h>

#include <tests/support/postgresserver.h>

#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

using namespace Takt;
using Takt::Test::PostgresServer;

namespace {

constexpr qint64 T0 = 1'717'200'000'000;   // 2024-06-01 00:00 UTC

#define VERIFY_OK(expr)                                                      \
    do {                                                                     \
        const auto &result_ = (expr);                                        \
        if (!result_.isOk())                                                 \
            QFAIL(qPrintable(#expr ": " + result_.error().toString()));     \
    } while (false)

JobSpec makeSpec(const QString &name)
{
    JobSpec spec;
    spec.name = name;
    spec.schedule = QStringLiteral("*/5 * * * *");
    spec.command = {QStringLiteral("/bin/true")};
    return spec;
}

// The first value of `sql` over a connection of its own, as another program would see it.
QVariant scalar(const QString &url, const QString &sql)
{
    const QUrl u(url);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("look"));
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return value;
}

// A loopback port nothing listens on.
quint16 deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class tst_PostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void opensUrlWithOptions();
    void refusesUnreachableServer();
    void refusesUnknownDatabase();
    void refusesBadUrl_data();
    void refusesBadUrl();
    void nodesStartingTogetherMigrateOnce();
    void survivesServerRestart_data();
    void survivesServerRestart();

private:
    QString nextConnectionName() { return QStringLiteral("pg-%1").arg(++m_connections); }

    PostgresServer m_server;
    QString m_url;   // a fresh database for each case
    int m_databases = 0;
    int m_connections = 0;
};

void tst_PostgresStore::initTestCase()
{
    TAKT_NEED_POSTGRES();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_PostgresStore::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_url = m_server.createDatabase(QStringLiteral("pgstore_%1").arg(++m_databases));
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.errorString()));
}

void tst_PostgresStore::opensUrlWithOptions()
{
    // postgres:// is the other spelling libpq accepts; query items are libpq options.
    QString url = m_url;
    url.replace(QLatin1String("postgresql://"), QLatin1String("postgres://"));
    url += QStringLiteral("?application_name=node-7&sslmode=disable");
    Result<std::unique_ptr<Store>> store = Store::open(url, nextConnectionName());
    VERIFY_OK(store);
    QCOMPARE(store.value()->schemaVersion(), Store::currentSchemaVersion());
    VERIFY_OK(store.value()->insertJob(makeSpec(QStringLiteral("on-postgres")), T0, 0));
    QCOMPARE(scalar(m_url, QStringLiteral("SELECT name FROM jobs")).toString(), QStringLiteral("on-postgres"));
    QCOMPARE(scalar(m_url, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'node-7'"))
                 .toInt(), 1);
}

void tst_PostgresStore::refusesUnreachableServer()
{
    const quint16 port = deadPort();
    const Result<std::unique_ptr<Store>> store =
        Store::open(QStringLiteral("postgresql://takt:s3cret@127.0.0.1:%1/takt").arg(port), nextConnectionName());
    QVERIFY(!store.isOk());
    QCOMPARE(store.error().code, ErrorCode::Unavailable);
    QCOMPARE(store.error().field, QStringLiteral("location"));
    const QString message = store.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Connection refused")), qPrintable(message));   // libpq's reason
    QVERIFY2(!message.contains(QLatin1String("s3cret")), qPrintable(message));
}

void tst_PostgresStore::refusesUnknownDatabase()
{
    const QString url = m_server.url(QStringLiteral("no_such_db"));
    const Result<std::unique_ptr<Store>> store = Store::open(url, nextConnectionName());
    QVERIFY(!store.isOk());
    QCOMPARE(store.error().code, ErrorCode::Unavailable);
    const QString message = store.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port())), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"no_such_db\" does not exist")), qPrintable(message));
}

void tst_PostgresStore::refusesBadUrl_data()
{
    QTest::addColumn<QString>("suffix");   // after postgresql://postgres@127.0.0.1:<port>
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no database") << "/" << ErrorCode::InvalidArgument << "with a database name";
    QTest::newRow("a path, not a name") << "/a/b" << ErrorCode::InvalidArgument << "with a database name";
    QTest::newRow("unknown option") << "/DB?colour=blue" << ErrorCode::Unavailable << "colour";
}

void tst_PostgresStore::refusesBadUrl()
{
    QFETCH(QString, suffix);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    suffix.replace(QLatin1String("DB"), QUrl(m_url).path().mid(1));
    const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1").arg(m_server.port()) + suffix;
    const Result<std::unique_ptr<Store>> store = Store::open(url, nextConnectionName());
    QVERIFY(!store.isOk());
    QCOMPARE(store.error().code, code);
    QCOMPARE(store.error().field, QStringLiteral("location"));
    QVERIFY2(store.error().message.contains(reason), qPrintable(store.error().message));
    // Nothing was made in the database.
    QCOMPARE(scalar(m_url, QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
}

void tst_PostgresStore::nodesStartingTogetherMigrateOnce()
{
    // Three nodes start at once on an empty database: without the migration lock two of
    // them create the same tables and fail (or apply a migration twice).
    constexpr int Nodes = 3;
    std::atomic<int> ready{0};
    QStringList errors[Nodes];
    int versions[Nodes] = {};
    QList<QThread *> threads;
    for (int i = 0; i < Nodes; ++i) {
        threads << QThread::create([&, i] {
            ++ready;
            while (ready.load() < Nodes) {}   // all open at the same moment
            Result<std::unique_ptr<Store>> store =
                Store::open(m_url, QStringLiteral("node-%1-%2").arg(m_databases).arg(i));
            if (!store.isOk()) {
                errors[i] << store.error().toString();
                return;
            }
            versions[i] = store.value()->schemaVersion();
            const Result<Job> job = store.value()->insertJob(makeSpec(QStringLiteral("job-of-node-%1").arg(i)), T0, 0);
            if (!job.isOk())
                errors[i] << job.error().toString();
        });
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60'000));
        delete thread;
    }
    for (int i = 0; i < Nodes; ++i) {
        QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i].join(u'\n')));
        QCOMPARE(versions[i], Store::currentSchemaVersion());
    }
    QCOMPARE(scalar(m_url, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             Store::currentSchemaVersion());
    QCOMPARE(scalar(m_url, QStringLiteral("SELECT COUNT(*) FROM jobs")).toInt(), Nodes);
}

void tst_PostgresStore::survivesServerRestart_data()
{
    QTest::addColumn<bool>("crash");
    QTest::newRow("stopped (pg_ctl stop -m immediate)") << false;
    QTest::newRow("killed (SIGKILL)") << true;
}

void tst_PostgresStore::survivesServerRestart()
{
    QFETCH(bool, crash);
    Result<std::unique_ptr<Store>> opened = Store::open(m_url, nextConnectionName());
    VERIFY_OK(opened);
    Store &store = *opened.value();
    const Result<Job> before = store.insertJob(makeSpec(QStringLiteral("before")), T0, 0);
    VERIFY_OK(before);

    if (crash)
        m_server.kill();
    else
        QVERIFY(m_server.stop());

    // While the database is gone every call fails as Unavailable; none crashes, none hangs.
    const Result<QList<Job>> read = store.jobs();
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code, ErrorCode::Unavailable);
    const Result<Job> write = store.insertJob(makeSpec(QStringLiteral("while-down")), T0, 0);
    QVERIFY(!write.isOk());
    QCOMPARE(write.error().code, ErrorCode::Unavailable);
    QVERIFY2(write.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port()))
                 || write.error().message.contains(QLatin1String("connection")),
             qPrintable(write.error().message));
    QVERIFY(!store.beginBatch().isOk());
    QVERIFY(!store.isInBatch());

    // Back on the same port: the store reconnects by itself, with what was committed.
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const Result<QList<Job>> after = store.jobs();
    VERIFY_OK(after);
    QCOMPARE(after.value().size(), 1);
    QCOMPARE(after.value().first(), before.value());
    VERIFY_OK(store.beginBatch());
    VERIFY_OK(store.insertJob(makeSpec(QStringLiteral("after")), T0, 0));
    VERIFY_OK(store.commitBatch());
    VERIFY_OK(store.jobByName(QStringLiteral("after")));
    QCOMPARE(store.jobByName(QStringLiteral("while-down")).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_PostgresStore)
#include "tst_postgresstore.moc"
