#pragma once
// DurationEdit: a line edit for durations as people write them ("30s", "5m", "1h30m"),
// checked with the engine's own parseDuration.

#include <engine/core/result.h>

#include <QLineEdit>

#include <optional>

namespace Takt {

class DurationEdit final : public QLineEdit
{
    Q_OBJECT
public:
    /// `field` names the input in errors ("timeout: '5x' is not a duration …").
    explicit DurationEdit(const QString &field, QWidget *parent = nullptr);

    /// With `emptyMeans` set, an empty text is valid and stands for that value (e.g. 0 = none).
    void setEmptyValue(std::optional<qint64> emptyMeans);
    void setValue(qint64 ms);
    Result<qint64> value() const;
    QString field() const { return m_field; }

private:
    QString m_field;
    std::optional<qint64> m_emptyValue;
};

} // namespace Takt
