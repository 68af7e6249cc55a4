#include "durationedit.h"

#include <engine/core/duration.h>

namespace Takt {

DurationEdit::DurationEdit(const QString &field, QWidget *parent)
    : QLineEdit(parent)
    , m_field(field)
{
    setToolTip(tr("A duration such as 30s, 5m, 1h30m, 250ms or 2d; a bare number counts seconds."));
}

void DurationEdit::setEmptyValue(std::optional<qint64> emptyMeans)
{
    m_emptyValue = emptyMeans;
}

void DurationEdit::setValue(qint64 ms)
{
    setText(m_emptyValue && *m_emptyValue == ms ? QString() : formatDuration(ms));
}

Result<qint64> DurationEdit::value() const
{
    if (m_emptyValue && text().trimmed().isEmpty())
        return *m_emptyValue;
    return parseDuration(text(), m_field);
}

} // namespace Takt
