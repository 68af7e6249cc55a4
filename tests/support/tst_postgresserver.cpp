// Tests of the PostgresServer harness that the PostgreSQL store, cluster and benchmark tests
// stand on: it starts a real server on loopback, hands out databases, survives a restart
// on the same port and leaves no process behind.

#include "postgresserver.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Takt::Test;

namespace {

// The value of `SELECT <sql>` over a fresh QPSQL connection to `url`, or the error text.
QString ask(const QString &url, const QString &sql)
{
    const QUrl u(url);
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("ask"));
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            answer = QStringLiteral("error: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT ") + sql) && query.next())
                answer = query.value(0).toString();
            else
                answer = QStringLiteral("error: ") + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ask"));
    return answer;
}

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class tst_PostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsOnLoopbackAndCreatesDatabases();
    void restartKeepsPortAndData();
    void destructorLeavesNothingRunning();
};

void tst_PostgresServer::init()
{
    TAKT_NEED_POSTGRES();
}

void tst_PostgresServer::startsOnLoopbackAndCreatesDatabases()
{
    PostgresServer pg;
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    QVERIFY(pg.port() > 0);
    QVERIFY(pg.port() != 5432);   // never the system cluster's port
    const QString url = pg.createDatabase(QStringLiteral("first"));
    QVERIFY2(!url.isEmpty(), qPrintable(pg.errorString()));
    QCOMPARE(url, QStringLiteral("postgresql://postgres@127.0.0.1:%1/first").arg(pg.port()));
    QCOMPARE(ask(url, QStringLiteral("current_database()")), QStringLiteral("first"));
    QCOMPARE(ask(url, QStringLiteral("inet_server_addr()::text")), QStringLiteral("127.0.0.1/32"));
    // Its unix socket is in its own folder, not /var/run/postgresql.
    QVERIFY(QFileInfo::exists(QDir(pg.socketDir()).filePath(QStringLiteral(".s.PGSQL.%1").arg(pg.port()))));

    // Asked again, a name gives an empty database.
    QVERIFY(pg.execute(QStringLiteral("first"), QStringLiteral("CREATE TABLE t (x INT)")));
    QCOMPARE(pg.createDatabase(QStringLiteral("first")), url);
    QCOMPARE(ask(url, QStringLiteral("count(*) FROM pg_tables WHERE tablename = 't'")), QStringLiteral("0"));

    QVERIFY(pg.createDatabase(QStringLiteral("bad; name")).isEmpty());
    QVERIFY(pg.errorString().contains(QLatin1String("bad; name")));
}

void tst_PostgresServer::restartKeepsPortAndData()
{
    PostgresServer pg;
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    const QString url = pg.createDatabase(QStringLiteral("kept"));
    QVERIFY(pg.execute(QStringLiteral("kept"), QStringLiteral("CREATE TABLE t (x INT); INSERT INTO t VALUES (42)")));
    const quint16 port = pg.port();

    pg.kill();   // as a crash would
    QVERIFY(!pg.isRunning());
    QVERIFY(ask(url, QStringLiteral("1")).startsWith(QLatin1String("error: ")));

    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    QCOMPARE(pg.port(), port);
    QCOMPARE(ask(url, QStringLiteral("x FROM t")), QStringLiteral("42"));

    QVERIFY(pg.stop());
    QVERIFY(!pg.isRunning());
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    QCOMPARE(ask(url, QStringLiteral("x FROM t")), QStringLiteral("42"));
}

void tst_PostgresServer::destructorLeavesNothingRunning()
{
    qint64 pid = 0;
    QString folder;
    {
        PostgresServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        pid = pg.pid();
        folder = pg.socketDir();
        QVERIFY(processExists(pid));
    }
    QVERIFY(!processExists(pid));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_GUILESS_MAIN(tst_PostgresServer)
#include "tst_postgresserver.moc"
