#pragma once
// LineMatcher: counts and finds a search text in the plain text of log lines, the same way
// in the background search (over raw bytes, fast for plain ASCII lines) and in the view
// (over decoded text), so counts and highlights agree.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace Takt {

class LineMatcher final
{
public:
    LineMatcher() = default;
    LineMatcher(const QString &needle, Qt::CaseSensitivity cs);

    bool isEmpty() const { return m_needle.isEmpty(); }
    const QString &needle() const { return m_needle; }
    Qt::CaseSensitivity caseSensitivity() const { return m_cs; }

    /// Non-overlapping occurrences in the plain text of a line's raw text (escape codes and
    /// all, as splitLogRecord() gives it). Thread-safe.
    int count(QByteArrayView rawText) const;
    /// Non-overlapping occurrences in plain text.
    int count(QStringView plain) const;
    /// Where they start, in order.
    QList<int> positions(QStringView plain) const;

private:
    QString m_needle;
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    QByteArray m_bytes;  // the needle as bytes, lower-cased when case-insensitive
    bool m_ascii = false; // the needle is printable ASCII
};

} // namespace Takt
