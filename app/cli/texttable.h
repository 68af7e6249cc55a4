#pragma once
// TextTable: rows printed in columns aligned to their widest cell, for the CLI's listings.

#include <QList>
#include <QStringList>

namespace Takt::Cli {

class TextTable final
{
public:
    explicit TextTable(const QStringList &header) : m_rows{header} {}
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    /// One line per row, columns separated by two spaces, no trailing blanks.
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace Takt::Cli
