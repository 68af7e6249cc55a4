#include "timezonecombobox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>

namespace Takt {

TimeZoneComboBox::TimeZoneComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromUtf8(id));
    // Match anywhere in the id, so "berlin" finds Europe/Berlin.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type to search, e.g. Berlin"));
    setTimeZoneId({});
    connect(this, &QComboBox::currentTextChanged, this, &TimeZoneComboBox::timeZoneChanged);
}

void TimeZoneComboBox::setTimeZoneId(const QString &zoneId)
{
    const QString id = zoneId.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : zoneId;
    int index = findText(id, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (index < 0) {
        addItem(id);
        index = count() - 1;
    }
    setCurrentIndex(index);
    setEditText(id);
}

QString TimeZoneComboBox::timeZoneId() const
{
    const QString text = currentText().trimmed();
    // Only ids the system lists (or that we were given): QTimeZone accepts odd strings like "UTC+3".
    if (findText(text, Qt::MatchExactly | Qt::MatchCaseSensitive) < 0)
        return {};
    return QTimeZone(text.toUtf8()).isValid() ? text : QString();
}

} // namespace Takt
