#pragma once
// PostgresServer: a throw-away PostgreSQL server for tests and benchmarks, made with initdb
// in a temporary folder and listening on a free 127.0.0.1 port; gone when the object is.

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace Takt::Test {

/// Usage: `TAKT_NEED_POSTGRES(); PostgresServer pg; QVERIFY2(pg.start(), …errorString())`, then
/// `pg.createDatabase("t1")` gives a URL for Store::open() or `takt serve --store`.
/// Never touches the system cluster on port 5432. As root (CI), initdb, pg_ctl and postgres
/// run as the `postgres` system user, since PostgreSQL refuses to run as root. The server
/// process gets SIGKILL if the process owning this object dies, so a crashed test leaves
/// nothing running either.
class PostgresServer final
{
public:
    PostgresServer();
    /// Stops the server (pg_ctl stop -m immediate) and removes its folder.
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// The folder holding initdb, pg_ctl, postgres and pgbench (/usr/lib/postgresql/<newest>/bin),
    /// or empty when PostgreSQL is not installed.
    static QString binDir();
    /// True when the server binaries exist; otherwise tests skip with missingMessage().
    static bool isInstalled() { return !binDir().isEmpty(); }
    /// Why the PostgreSQL tests skip when isInstalled() is false: names the package.
    static QString missingMessage();
    /// True when TAKT_REQUIRE_POSTGRES=1 (set by .ci/run): a missing PostgreSQL is then a
    /// failure, not a skip, so that CI cannot pass without having run the PostgreSQL tests.
    static bool isRequired() { return qEnvironmentVariableIntValue("TAKT_REQUIRE_POSTGRES") == 1; }

    /// The `-c name=value` server settings of the next start() (default: fsync=off and
    /// full_page_writes=off, which only matter when the machine crashes).
    void setSettings(const QStringList &settings) { m_settings = settings; }

    /// Runs initdb (the first time) and starts the server; waits until it accepts
    /// connections. False with errorString() on failure (the server log's tail included).
    bool start();
    /// Stops the server at once (pg_ctl stop -m immediate); the data stays for a start().
    bool stop();
    /// Kills the postmaster with SIGKILL, as a crash would; the data stays for a start().
    void kill();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    /// The superuser every database belongs to; connections need no password (trust).
    QString user() const { return QStringLiteral("postgres"); }
    /// The folder of the server's unix socket (psql -h <it>).
    QString socketDir() const;
    /// The postmaster's process id, 0 when not running.
    qint64 pid() const;

    /// postgresql://postgres@127.0.0.1:<port>/<database>
    QString url(const QString &database) const;
    /// Creates an empty database (dropping one of that name first) and returns its url();
    /// empty with errorString() on failure. `name`: letters, digits and underscores.
    QString createDatabase(const QString &name);
    /// Runs one SQL statement in `database` as the superuser (for tests that need to break
    /// things: terminate backends, drop tables). False with errorString() on failure.
    bool execute(const QString &database, const QString &sql);

private:
    bool initDataDir();
    bool startOnce();
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    QStringList asServerUser(const QString &program, const QStringList &arguments, bool dieWithUs) const;
    QString dataDir() const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postmaster;
    QStringList m_settings;
    QString m_error;
    quint16 m_port = 0;
    bool m_initialized = false;
    int m_connections = 0;
};

} // namespace Takt::Test

/// In a Qt Test function (include <QTest>): skips, or fails under TAKT_REQUIRE_POSTGRES=1,
/// when PostgreSQL is not installed.
#define TAKT_NEED_POSTGRES()                                                                      \
    do {                                                                                          \
        if (!Takt::Test::PostgresServer::isInstalled()) {                                         \
            if (Takt::Test::PostgresServer::isRequired())                                         \
                QFAIL(qPrintable(Takt::Test::PostgresServer::missingMessage()));                  \
            QSKIP(qPrintable(Takt::Test::PostgresServer::missingMessage()));                      \
        }                                                                                         \
    } while (false)
