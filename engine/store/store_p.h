#pragma once
// StorePrivate: the connection behind a Store, its prepared statements and transaction
// state, and the helpers every query goes through (bound values only, errors as Results).

#include "sqldialect.h"
#include "walcheckpointer.h"

#include <engine/core/result.h>

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Takt {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

class StorePrivate final
{
public:
    explicit StorePrivate(const Internal::SqlDialect &dialect) : m_dialect(dialect) {}
    ~StorePrivate();
    StorePrivate(const StorePrivate &) = delete;
    StorePrivate &operator=(const StorePrivate &) = delete;

    /// SQLite's in-memory database: no file, no folder to check.
    static bool isMemory(const QString &location) { return location == QLatin1String(":memory:"); }

    /// Checks the location, opens the connection and sets the pragmas.
    Result<void> connect(const QString &location, const QString &connectionName);
    /// The location as messages show it: a native path, or the URL without its password.
    QString displayLocation() const;
    /// Applies the missing migrations up to `version`, each in its own transaction.
    Result<void> migrateTo(int version);
    /// Closes the connection and unregisters its name; safe to call twice.
    void close();

    using RowReader = std::function<Result<void>(const QSqlQuery &row)>;
    /// Runs a SELECT (or a statement with RETURNING) with `values` bound to its `?` in order
    /// and calls `perRow` for each row. `what` says what failed in the error message.
    Result<void> select(const QString &sql, const QVariantList &values, const RowReader &perRow,
                        const QString &what);
    /// True when the SELECT returns at least one row.
    Result<bool> hasRow(const QString &sql, const QVariantList &values, const QString &what);
    /// Runs a statement without rows; returns the number of rows it changed.
    Result<int> write(const QString &sql, const QVariantList &values, const QString &what);
    /// The Error for a failed statement: Unavailable when the database cannot be used,
    /// AlreadyExists for a unique key, Internal otherwise; the message ends with the SQL error.
    Error databaseError(const QSqlError &error, const QString &what) const;

    /// Transaction primitives behind Store::transaction(); depth 0 = none open.
    Result<void> begin();
    Result<void> commit();
    void rollback();

    Internal::SqlDialect m_dialect;
    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    // Statements are prepared once per connection: the 100,000-inserts case spends most of
    // its time in sqlite3_prepare otherwise.
    QHash<QString, QSqlQuery> m_statements;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    // Set when PostgreSQL dropped the connection (server restarted, network cut): the next
    // statement outside a transaction reconnects first instead of failing forever.
    mutable bool m_connectionLost = false;
    bool m_inBatch = false;      // a transaction opened by beginBatch(), left open across calls
    qint64 m_commitCount = 0;
    bool m_walMode = false;      // SQLite file in WAL mode (setPragmas)
    // SQLite in WAL mode: checkpoints run on their own thread (startBackgroundCheckpoints()).
    std::unique_ptr<Internal::WalCheckpointer> m_checkpointer;

    /// After the migrations: moves the writer's checkpoints to a WalCheckpointer.
    void startBackgroundCheckpoints();

private:
    Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &values, const QString &what);
    Result<void> checkLocation(const QString &location) const;
    Result<void> setPragmas();
    Result<void> configurePostgres(const QString &location);
    Result<void> openConnection();
    Result<void> reconnectIfLost();
    /// Runs a statement PostgreSQL cannot prepare (BEGIN, SAVEPOINT, DDL) as it is.
    Result<int> execUnprepared(const QString &sql, const QString &what);
    Result<int> readSchemaVersion();
    Result<void> applyMigration(int version, const QString &description, const QStringList &statements);
};

} // namespace Takt
