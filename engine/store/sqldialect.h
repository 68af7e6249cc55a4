#pragma once
// SqlDialect: the few places where the SQL of SQLite and PostgreSQL differ, kept in one
// value so that migrations and queries are the same text for both databases.

#include <QString>

class QSqlError;

namespace Takt::Internal {

class SqlDialect final
{
public:
    /// Only SQLite exists today; PostgreSQL (QPSQL) becomes a second Kind here.
    enum class Kind { Sqlite };

    static SqlDialect sqlite() { return SqlDialect(Kind::Sqlite); }

    Kind kind() const { return m_kind; }
    /// The Qt SQL driver name ("QSQLITE").
    QString driverName() const;
    /// The column type of a generated, never reused 64-bit primary key.
    QString idColumn() const;
    /// Starts a transaction that will write.
    QString beginWrite() const;
    /// True when `error` is a UNIQUE or PRIMARY KEY violation.
    bool isUniqueViolation(const QSqlError &error) const;
    /// True when `error` says the database cannot be used right now (locked, disk full,
    /// I/O error, damaged file) rather than that the statement was wrong.
    bool isUnavailable(const QSqlError &error) const;

private:
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

} // namespace Takt::Internal
