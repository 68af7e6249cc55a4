#pragma once
// SqlDialect: the few places where the SQL of SQLite and PostgreSQL differ, kept in one
// value so that migrations and queries are the same text for both databases.

#include <QString>

class QSqlError;

namespace Takt::Internal {

class SqlDialect final
{
public:
    enum class Kind { Sqlite, Postgres };

    static SqlDialect sqlite() { return SqlDialect(Kind::Sqlite); }
    static SqlDialect postgres() { return SqlDialect(Kind::Postgres); }
    /// True for a postgresql:// or postgres:// URL; anything else is a SQLite file path.
    static bool isPostgresLocation(const QString &location);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    /// The Qt SQL driver name ("QSQLITE", "QPSQL").
    QString driverName() const;
    /// The column type of a generated, never reused 64-bit primary key.
    QString idColumn() const;
    /// Starts a transaction that will write.
    QString beginWrite() const;
    /// Whether `sql` may go through QSqlQuery::prepare(). PostgreSQL prepares only
    /// SELECT/INSERT/UPDATE/DELETE/VALUES: BEGIN, COMMIT, SAVEPOINT … must run unprepared.
    bool canPrepare(const QString &sql) const;
    /// True when `error` is a UNIQUE or PRIMARY KEY violation.
    bool isUniqueViolation(const QSqlError &error) const;
    /// True when `error` says the database cannot be used right now (locked, disk full,
    /// I/O error, damaged file) rather than that the statement was wrong.
    bool isUnavailable(const QSqlError &error) const;
    /// True when `error` means the connection itself is gone (server restarted, network
    /// cut): the next statement must reconnect first. Never true for SQLite.
    bool isConnectionLost(const QSqlError &error) const;

private:
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

} // namespace Takt::Internal
