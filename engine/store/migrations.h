#pragma once
// The store's schema history: an ordered list of migrations, each a list of SQL statements
// applied in one transaction and recorded in schema_migrations. Never edit a released
// migration; add a new one at the end.

#include <QList>
#include <QString>
#include <QStringList>

namespace Takt::Internal {

class SqlDialect;

struct Migration
{
    int version = 0;        ///< 1, 2, … without gaps
    QString description;    ///< for error messages: "the first schema"
    QStringList statements;
};

/// Every migration, oldest first. The last one's version is the current schema version.
QList<Migration> schemaMigrations(const SqlDialect &dialect);

} // namespace Takt::Internal
