#include "store_p.h"

#include "migrations.h"
#include "store.h"

#include <engine/core/tr.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryFile>
#include <QUrl>
#include <QUrlQuery>

namespace Takt {

Q_LOGGING_CATEGORY(lcStore, "takt.store")

namespace {
// The key of the advisory lock that serialises migrations: nodes starting together on an
// empty database take turns, and all but the first find the schema already there.
constexpr qint64 MigrationLockKey = 0x74616b74'6d696772;   // "taktmigr"
constexpr int DefaultPostgresPort = 5432;
} // namespace

StorePrivate::~StorePrivate()
{
    close();
}

void StorePrivate::close()
{
    // Its connection goes first: the writer's, closing last, then checkpoints what is left.
    m_checkpointer.reset();
    // Every QSqlQuery and QSqlDatabase handle must be gone before removeDatabase(), or Qt
    // warns that the connection is still in use and keeps it.
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
}

Result<void> StorePrivate::checkLocation(const QString &location) const
{
    // Checked before SQLite sees the path: SQLite would create the file first and then
    // fail with a bare "unable to open database file".
    const QFileInfo file(location);
    const auto unavailable = [&](const QString &reason) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                         Tr::tr("cannot open the database %1: %2").arg(QDir::toNativeSeparators(location), reason));
    };
    if (file.isDir())
        return unavailable(Tr::tr("it is a folder, not a file"));
    const QDir dir = file.absoluteDir();
    if (!dir.exists())
        return unavailable(Tr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path())));
    // SQLite writes the -wal and -shm files beside the database, so the folder itself must be
    // writable even when the file exists. Trying is the only test that holds for read-only
    // mounts, ACLs and root alike.
    QTemporaryFile probe(dir.filePath(QStringLiteral(".takt-probe-XXXXXX")));
    if (!probe.open()) {
        return unavailable(Tr::tr("the folder %1 is not writable (%2)")
                               .arg(QDir::toNativeSeparators(dir.path()), probe.errorString()));
    }
    probe.close();
    if (file.exists()) {
        QFile db(location);
        if (!db.open(QIODevice::ReadWrite))
            return unavailable(Tr::tr("the file cannot be opened for writing (%1)").arg(db.errorString()));
        // An empty file is a valid empty SQLite database; anything else starts with this.
        const QByteArray header = db.read(16);
        if (!header.isEmpty() && header != QByteArrayView("SQLite format 3", 16))
            return unavailable(Tr::tr("the file is not a database"));
    }
    return {};
}

Result<void> StorePrivate::connect(const QString &location, const QString &connectionName)
{
    m_location = location;
    if (connectionName.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("connectionName"),
                         Tr::tr("a database connection needs a name"));
    }
    if (QSqlDatabase::contains(connectionName)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("connectionName"),
                         Tr::tr("a database connection named '%1' is already open").arg(connectionName));
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName())) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                         Tr::tr("the Qt SQL driver %1 is not installed").arg(m_dialect.driverName()));
    }
    if (m_dialect.isPostgres()) {
        m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), connectionName);
        m_connectionName = connectionName;
        if (Result<void> ok = configurePostgres(location); !ok)
            return ok;
        return openConnection();
    }
    if (!isMemory(location)) {
        if (Result<void> ok = checkLocation(location); !ok)
            return ok;
    }

    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), connectionName);
    m_connectionName = connectionName;
    m_db.setDatabaseName(location);
    if (!m_db.open()) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                         Tr::tr("cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(location), m_db.lastError().text()));
    }
    return setPragmas();
}

QString StorePrivate::displayLocation() const
{
    if (m_dialect.isPostgres())
        return QUrl(m_location).toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(m_location);
}

Result<void> StorePrivate::configurePostgres(const QString &location)
{
    // postgresql://user:password@host:port/database?sslmode=require&connect_timeout=5, the
    // libpq URI form; the query's items are libpq connection keywords and pass through.
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(QLatin1Char('/'))) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("location"),
                         Tr::tr("%1 is not a PostgreSQL URL with a database name, such as "
                                "postgresql://takt@db.example.com:5432/takt")
                             .arg(url.isValid() ? displayLocation() : location.section(QLatin1Char('@'), -1)));
    }
    m_db.setHostName(url.host());
    m_db.setPort(url.port(DefaultPostgresPort));
    m_db.setDatabaseName(database);
    m_db.setUserName(url.userName());
    m_db.setPassword(url.password());
    QStringList options;
    bool hasTimeout = false;
    bool hasName = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options << key + QLatin1Char('=') + value;
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        hasName = hasName || key == QLatin1String("application_name");
    }
    // An unreachable host fails in seconds rather than after the system's TCP timeout.
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=10");
    if (!hasName)
        options << QStringLiteral("application_name=takt");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    return {};
}

Result<void> StorePrivate::openConnection()
{
    if (m_db.open()) {
        m_connectionLost = false;
        // Not "NOTICE: relation … already exists, skipping" on the service's output at every start.
        QSqlQuery quiet(m_db);
        quiet.exec(QStringLiteral("SET client_min_messages = warning"));
        return {};
    }
    const QSqlError error = m_db.lastError();
    const QString reason = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const QString host = m_db.hostName().isEmpty() ? QStringLiteral("localhost") : m_db.hostName();
    return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                     Tr::tr("cannot connect to PostgreSQL at %1:%2 (database %3): %4")
                         .arg(host).arg(m_db.port()).arg(m_db.databaseName(), reason));
}

Result<void> StorePrivate::reconnectIfLost()
{
    // Inside a transaction the lost work must fail as a whole; the reconnect waits for the
    // caller's rollback.
    if (!m_connectionLost || m_transactionDepth > 0)
        return {};
    qCInfo(lcStore, "%s: the connection was lost; reconnecting", qPrintable(displayLocation()));
    // Prepared statements belong to the old session (QPSQL warns that it cannot free them
    // on the dead connection: harmless).
    m_statements.clear();
    m_db.close();
    return openConnection();
}

Result<int> StorePrivate::execUnprepared(const QString &sql, const QString &what)
{
    if (Result<void> ok = reconnectIfLost(); !ok)
        return ok.error();
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return databaseError(query.lastError(), what);
    return query.numRowsAffected();
}

Result<void> StorePrivate::setPragmas()
{
    const auto failed = [this](const Error &error) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                         Tr::tr("cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(m_location), error.message));
    };
    const auto ignoreRows = [](const QSqlQuery &) { return Result<void>(); };
    const QString what = Tr::tr("setting up the connection");

    // busy_timeout first: the WAL switch below may have to wait for another connection.
    if (Result<void> ok = select(QStringLiteral("PRAGMA busy_timeout = 5000"), {}, ignoreRows, what); !ok)
        return failed(ok.error());
    // The first statement that reads the file: a damaged or foreign file fails here.
    QString journalMode;
    const Result<void> wal = select(QStringLiteral("PRAGMA journal_mode = WAL"), {},
                                    [&](const QSqlQuery &row) {
                                        journalMode = row.value(0).toString().toLower();
                                        return Result<void>();
                                    }, what);
    if (!wal)
        return failed(wal.error());
    m_walMode = journalMode == QLatin1String("wal");
    if (!m_walMode && !isMemory(m_location)) {
        // Still correct with a rollback journal (only slower and less concurrent), so the
        // store works on file systems without shared memory rather than refusing them.
        qCWarning(lcStore, "%s: journal mode is %s, not WAL", qPrintable(m_location), qPrintable(journalMode));
    }
    // foreign_keys is per connection and off by default: without it ON DELETE CASCADE and
    // the references do nothing.
    if (Result<int> ok = write(QStringLiteral("PRAGMA foreign_keys = ON"), {}, what); !ok)
        return failed(ok.error());
    // NORMAL is durable across application crashes in WAL mode; only a power loss can lose
    // the last commits, never corrupt the file.
    if (Result<int> ok = write(QStringLiteral("PRAGMA synchronous = NORMAL"), {}, what); !ok)
        return failed(ok.error());
    return {};
}

Result<int> StorePrivate::readSchemaVersion()
{
    int version = 0;
    const Result<void> ok = select(QStringLiteral("SELECT MAX(version) FROM schema_migrations"), {},
                                   [&](const QSqlQuery &row) {
                                       version = row.value(0).toInt();   // NULL (no row yet) reads as 0
                                       return Result<void>();
                                   }, Tr::tr("reading the schema version"));
    if (!ok)
        return ok.error();
    return version;
}

Result<void> StorePrivate::migrateTo(int target)
{
    const QString location = displayLocation();
    const QStringList tables = m_db.tables();
    if (!tables.contains(QLatin1String("schema_migrations"))) {
        for (const QString &table : tables) {
            if (!table.startsWith(QLatin1String("sqlite_"))) {
                return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                                 Tr::tr("the database %1 is not a Takt database: it has tables but no "
                                        "schema_migrations").arg(location));
            }
        }
    } else {
        const Result<int> version = readSchemaVersion();
        if (!version)
            return version.error();
        m_schemaVersion = version.value();
    }

    if (m_schemaVersion > Store::currentSchemaVersion()) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                         Tr::tr("the database %1 has schema version %2, but this version of Takt knows "
                                "versions up to %3 only: open it with a newer Takt")
                             .arg(location).arg(m_schemaVersion).arg(Store::currentSchemaVersion()));
    }

    for (const Internal::Migration &migration : Internal::schemaMigrations(m_dialect)) {
        if (migration.version <= m_schemaVersion || migration.version > target)
            continue;
        if (Result<void> ok = applyMigration(migration.version, migration.description, migration.statements); !ok)
            return ok;
    }
    return {};
}

Result<void> StorePrivate::applyMigration(int version, const QString &description, const QStringList &statements)
{
    const auto failed = [&](const Error &error) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("location"),
                         Tr::tr("cannot migrate the database %1 to schema version %2 (%3): %4")
                             .arg(displayLocation()).arg(version).arg(description, error.message));
    };
    if (Result<void> ok = begin(); !ok)
        return failed(ok.error());
    const auto run = [&]() -> Result<void> {
        const QString what = Tr::tr("migrating");
        if (m_dialect.isPostgres()) {
            // Held until this transaction ends: SQLite's BEGIN IMMEDIATE does the same by
            // taking the database's one write lock.
            const Result<void> locked = select(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {MigrationLockKey},
                                               [](const QSqlQuery &) { return Result<void>(); }, what);
            if (!locked)
                return locked;
        }
        // Created in the first migration's transaction, so a failed first migration leaves
        // an empty file, never one that looks half-Takt.
        Result<int> ok = write(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                              "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"),
                               {}, what);
        if (!ok)
            return ok.error();
        // Another process may have migrated while this one waited for the write lock.
        const Result<int> current = readSchemaVersion();
        if (!current)
            return current.error();
        if (current.value() >= version)
            return {};
        for (const QString &statement : statements) {
            // DDL is not worth caching, and ALTER TABLE invalidates cached statements anyway.
            if (Result<int> done = execUnprepared(statement, what); !done)
                return done.error();
        }
        ok = write(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                   {version, QDateTime::currentMSecsSinceEpoch()}, what);
        if (!ok)
            return ok.error();
        return {};
    };
    const Result<void> result = run();
    if (!result) {
        rollback();
        return failed(result.error());
    }
    if (Result<void> ok = commit(); !ok)
        return failed(ok.error());
    m_schemaVersion = version;
    return {};
}

Result<QSqlQuery *> StorePrivate::prepared(const QString &sql, const QVariantList &values, const QString &what)
{
    if (Result<void> ok = reconnectIfLost(); !ok)
        return ok.error();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);   // no client-side row cache: pages are read once
        if (!query.prepare(sql))
            return databaseError(query.lastError(), what);
        it = m_statements.insert(sql, query);
    }
    QSqlQuery *query = &it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    return query;
}

Result<void> StorePrivate::select(const QString &sql, const QVariantList &values, const RowReader &perRow,
                                  const QString &what)
{
    Result<QSqlQuery *> prepared = this->prepared(sql, values, what);
    if (!prepared)
        return prepared.error();
    QSqlQuery *query = prepared.value();
    if (!query->exec())
        return databaseError(query->lastError(), what);
    Result<void> result;
    while (result.isOk() && query->next())
        result = perRow(*query);
    // An unfinished SELECT keeps its read snapshot open (and blocks WAL checkpoints).
    if (result.isOk() && query->lastError().isValid())
        result = databaseError(query->lastError(), what);
    query->finish();
    return result;
}

Result<bool> StorePrivate::hasRow(const QString &sql, const QVariantList &values, const QString &what)
{
    bool found = false;
    const Result<void> ok = select(sql, values, [&](const QSqlQuery &) {
        found = true;
        return Result<void>();
    }, what);
    if (!ok)
        return ok.error();
    return found;
}

Result<int> StorePrivate::write(const QString &sql, const QVariantList &values, const QString &what)
{
    if (values.isEmpty() && !m_dialect.canPrepare(sql))
        return execUnprepared(sql, what);
    Result<QSqlQuery *> prepared = this->prepared(sql, values, what);
    if (!prepared)
        return prepared.error();
    QSqlQuery *query = prepared.value();
    if (!query->exec())
        return databaseError(query->lastError(), what);
    const int rows = query->numRowsAffected();
    query->finish();
    return rows;
}

Error StorePrivate::databaseError(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message = Tr::tr("%1 failed: %2").arg(what, detail.trimmed());
    if (m_dialect.isConnectionLost(error))
        m_connectionLost = true;
    if (m_dialect.isUniqueViolation(error))
        return makeError(ErrorCode::AlreadyExists, {}, message);
    if (m_dialect.isUnavailable(error))
        return makeError(ErrorCode::Unavailable, {}, message);
    return makeError(ErrorCode::Internal, {}, message);
}

Result<void> StorePrivate::begin()
{
    const Result<int> ok = write(m_dialect.beginWrite(), {}, Tr::tr("starting a transaction"));
    if (!ok)
        return ok.error();
    return {};
}

Result<void> StorePrivate::commit()
{
    const Result<int> ok = write(QStringLiteral("COMMIT"), {}, Tr::tr("committing"));
    if (!ok) {
        rollback();
        return ok.error();
    }
    ++m_commitCount;
    if (m_checkpointer)
        m_checkpointer->noteCommit();
    return {};
}

void StorePrivate::startBackgroundCheckpoints()
{
    if (!m_walMode || isMemory(m_location) || m_dialect.isPostgres() || m_checkpointer)
        return;
    // The backstop stays: should the thread fall behind, the log still cannot grow forever.
    const Result<int> ok = write(QStringLiteral("PRAGMA wal_autocheckpoint = %1")
                                     .arg(Internal::WalCheckpointer::WriterBackstopPages),
                                 {}, Tr::tr("setting up the connection"));
    if (!ok) {
        qCWarning(lcStore, "%s", qPrintable(ok.error().message));
        return;
    }
    m_checkpointer = std::make_unique<Internal::WalCheckpointer>(m_location);
}

void StorePrivate::rollback()
{
    const Result<int> ok = write(QStringLiteral("ROLLBACK"), {}, Tr::tr("rolling back"));
    if (!ok)
        qCWarning(lcStore, "%s", qPrintable(ok.error().message));
}

} // namespace Takt
