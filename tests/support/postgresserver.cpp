#include "postgresserver.h"

#include <engine/executor/procstat.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QVersionNumber>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace Takt::Test {

namespace {

constexpr int ToolTimeoutMs = 120'000;
constexpr int ReadyTimeoutMs = 60'000;
constexpr int StartAttempts = 20;

bool isRoot()
{
    return ::geteuid() == 0;
}

// A port nobody listens on right now. Another process may take it before postgres binds it:
// start() then tries again with another one.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresServer::PostgresServer()
    // Without fsync a commit still reaches the kernel before it returns, so killing the
    // server (a chaos test) loses nothing; only a machine crash would, which a test never has.
    : m_settings{QStringLiteral("fsync=off"), QStringLiteral("full_page_writes=off")}
{
}

PostgresServer::~PostgresServer()
{
    if (isRunning())
        stop();
    m_postmaster.reset();
}

QString PostgresServer::binDir()
{
    // Debian installs the server under /usr/lib/postgresql/<major>/bin; /usr/bin only has
    // postgresql-common's wrappers, which pick the system cluster.
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry + QStringLiteral("/bin"));
        if (!QFile::exists(bin + QStringLiteral("/initdb")) || !QFile::exists(bin + QStringLiteral("/postgres")))
            continue;
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (best.isEmpty() || version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

QString PostgresServer::missingMessage()
{
    return QStringLiteral("PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): "
                          "install the Debian package 'postgresql' (installer/deps.sh does)");
}

QString PostgresServer::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PostgresServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &arguments, bool dieWithUs) const
{
    QStringList command;
    // setpriv sets the parent-death signal after it changes the user (a change of user
    // clears it), so the server dies with the test even when the test is killed.
    command << QStringLiteral("setpriv");
    if (isRoot()) {
        command << QStringLiteral("--reuid=postgres") << QStringLiteral("--regid=postgres")
                << QStringLiteral("--init-groups") << QStringLiteral("--reset-env");
    }
    if (dieWithUs)
        command << QStringLiteral("--pdeathsig=KILL");
    command << QStringLiteral("--") << program << arguments;
    return command;
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    const QStringList command = asServerUser(binDir() + QLatin1Char('/') + tool, arguments, false);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("%1 did not finish: %2").arg(tool, process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (exit code %2): %3")
                      .arg(tool).arg(process.exitCode()).arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::initDataDir()
{
    if (!isInstalled()) {
        m_error = missingMessage();
        return false;
    }
    // As root the server runs as postgres, which must reach the folder: /tmp is open to all,
    // a root's $TMPDIR may not be. The socket path must also stay under 107 bytes.
    const QString parent = isRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
    m_dir = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/takt-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    if (isRoot()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user) {
            m_error = QStringLiteral("running as root, but there is no 'postgres' system user to run PostgreSQL "
                                     "as (the Debian package 'postgresql' creates it)");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user: %2").arg(m_dir->path(), qt_error_string());
            return false;
        }
    }
    // C locale: byte order for ORDER BY name as in SQLite, and no dependence on the
    // locales installed on the machine.
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                  user(), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync")},
                 ToolTimeoutMs))
        return false;
    m_initialized = true;
    return true;
}

bool PostgresServer::start()
{
    m_error.clear();
    if (isRunning())
        return true;
    if (!m_initialized && !initDataDir())
        return false;
    // A restart keeps its port, so that URLs handed out before stay valid; a server killed
    // a moment ago may still have backends holding its shared memory, hence the retries.
    const bool restart = m_port != 0;
    for (int attempt = 0; attempt < StartAttempts; ++attempt) {
        if (!restart)
            m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        if (startOnce())
            return true;
        QThread::msleep(250);
    }
    return false;
}

bool PostgresServer::startOnce()
{
    QStringList arguments{QStringLiteral("-D"), dataDir(), QStringLiteral("-p"), QString::number(m_port),
                          QStringLiteral("-k"), socketDir(), QStringLiteral("-c"),
                          QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
                          QStringLiteral("max_connections=200")};
    for (const QString &setting : m_settings)
        arguments << QStringLiteral("-c") << setting;

    // The postmaster is our child (not pg_ctl's daemon) so that it dies with this process.
    const QStringList command = asServerUser(binDir() + QStringLiteral("/postgres"), arguments, true);
    m_postmaster = std::make_unique<QProcess>();
    const QString log = m_dir->filePath(QStringLiteral("server.log"));
    m_postmaster->setStandardOutputFile(log, QIODevice::Append);
    m_postmaster->setStandardErrorFile(log, QIODevice::Append);
    m_postmaster->start(command.first(), command.mid(1));
    if (!m_postmaster->waitForStarted()) {
        m_error = QStringLiteral("cannot start postgres: %1").arg(m_postmaster->errorString());
        m_postmaster.reset();
        return false;
    }

    // Ready = pg_isready says the server accepts connections on the TCP port.
    const QDeadlineTimer deadline(ReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_postmaster->state() == QProcess::NotRunning || m_postmaster->waitForFinished(0)) {
            m_error = QStringLiteral("postgres exited on start (port %1): %2").arg(m_port).arg(logTail());
            m_postmaster.reset();
            return false;
        }
        QProcess ready;
        ready.start(binDir() + QStringLiteral("/pg_isready"),
                    {QStringLiteral("-q"), QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-U"), user(), QStringLiteral("-d"), QStringLiteral("postgres")});
        if (ready.waitForFinished(10'000) && ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0)
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("postgres did not accept connections on 127.0.0.1:%1 within %2 s: %3")
                  .arg(m_port).arg(ReadyTimeoutMs / 1000).arg(logTail());
    kill();
    return false;
}

bool PostgresServer::isRunning() const
{
    return m_postmaster && m_postmaster->state() != QProcess::NotRunning;
}

qint64 PostgresServer::pid() const
{
    return isRunning() ? m_postmaster->processId() : 0;
}

bool PostgresServer::stop()
{
    if (!isRunning())
        return true;
    const bool stopped = runTool(QStringLiteral("pg_ctl"),
                                 {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                  QStringLiteral("immediate"), QStringLiteral("-w")},
                                 ToolTimeoutMs);
    if (!stopped || !m_postmaster->waitForFinished(ToolTimeoutMs)) {
        kill();
        return false;
    }
    m_postmaster.reset();
    return true;
}

void PostgresServer::kill()
{
    if (!isRunning())
        return;
    // As root the postmaster runs as postgres; root may signal it all the same. Its backends
    // would notice its death and exit on their own, but a moment later: one could still answer
    // a query of a client that the kill should have cut off. The whole server goes at once.
    const pid_t postmaster = pid_t(m_postmaster->processId());
    QList<pid_t> backends;
    for (const qint64 pid : Internal::processIds()) {
        if (const auto stat = Internal::readProcStat(pid); stat && stat->parentPid == postmaster)
            backends.append(pid_t(pid));
    }
    ::kill(postmaster, SIGKILL);
    for (const pid_t pid : std::as_const(backends))
        ::kill(pid, SIGKILL);
    m_postmaster->waitForFinished(ToolTimeoutMs);
    m_postmaster.reset();
    // Gone once exited: a zombie left for whoever adopted it counts as gone.
    const auto alive = [](pid_t pid) {
        const auto stat = Internal::readProcStat(pid);
        return stat && !stat->isDead();
    };
    QDeadlineTimer deadline(ToolTimeoutMs);
    for (const pid_t pid : std::as_const(backends)) {
        while (alive(pid) && !deadline.hasExpired())
            QThread::msleep(5);
    }
}

QString PostgresServer::logTail() const
{
    QFile log(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log)");
    const QByteArray text = log.readAll();
    return QString::fromLocal8Bit(text.right(2000)).trimmed();
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database);
}

bool PostgresServer::execute(const QString &database, const QString &sql)
{
    if (!isRunning()) {
        m_error = QStringLiteral("the PostgreSQL server is not running");
        return false;
    }
    const QString name = QStringLiteral("takt-test-postgres-admin-%1").arg(++m_connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(user());
        db.setDatabaseName(database);
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect to %1: %2").arg(url(database), db.lastError().text());
        } else {
            QSqlQuery query(db);
            // No "NOTICE: database … does not exist, skipping" on the test's output.
            query.exec(QStringLiteral("SET client_min_messages = warning"));
            ok = query.exec(sql);
            if (!ok)
                m_error = QStringLiteral("%1 failed: %2").arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PostgresServer::createDatabase(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!identifier.match(name).hasMatch()) {
        m_error = QStringLiteral("'%1' is not a plain database name (letters, digits, underscores)").arg(name);
        return {};
    }
    // WITH (FORCE): a connection a failed test left open must not keep the old one alive.
    if (!execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name)))
        return {};
    if (!execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
        return {};
    return url(name);
}

} // namespace Takt::Test
