#include "sqldialect.h"

#include <QSqlError>

namespace Takt::Internal {

namespace {
// SQLite result codes (sqlite3.h); Qt reports them in QSqlError::nativeErrorCode(), the
// extended code when SQLite gives one, whose low byte is the primary code.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;
constexpr int SqliteConstraintPrimaryKey = 1555;
constexpr int SqliteConstraintUnique = 2067;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}
} // namespace

QString SqlDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqlDialect::idColumn() const
{
    // AUTOINCREMENT: SQLite never hands out an id again after its row was deleted, so a
    // run id keeps naming one run (its log files and links) forever.
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqlDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
    // writes gets SQLITE_BUSY at once in WAL mode when another connection wrote meanwhile,
    // and busy_timeout cannot help it.
    return QStringLiteral("BEGIN IMMEDIATE");
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    const int code = sqliteCode(error);
    if (code == SqliteConstraintUnique || code == SqliteConstraintPrimaryKey)
        return true;
    // Without extended codes a foreign key failure is also 19: tell them apart by the text.
    return code == SqliteConstraint && error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

bool SqlDialect::isUnavailable(const QSqlError &error) const
{
    if (error.type() == QSqlError::ConnectionError && error.nativeErrorCode().isEmpty())
        return true;
    switch (sqliteCode(error) & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
    case SqliteIoErr:
    case SqliteCorrupt:
    case SqliteFull:
    case SqliteCantOpen:
    case SqliteNotADb:
        return true;
    default:
        return false;
    }
}

} // namespace Takt::Internal
