#pragma once
// TimeZoneComboBox: picks an IANA time zone; type any part of a name ("berl", "new_y") to find it.

#include <QComboBox>

namespace Takt {

class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT
public:
    /// Lists QTimeZone::availableTimeZoneIds() and selects the machine's zone.
    explicit TimeZoneComboBox(QWidget *parent = nullptr);

    /// Selects `zoneId` (added to the list if the system does not list it); empty = the machine's zone.
    void setTimeZoneId(const QString &zoneId);
    /// The zone typed or chosen; empty when the text names no valid zone.
    QString timeZoneId() const;

Q_SIGNALS:
    /// The valid zone or the text changed; timeZoneId() may be empty.
    void timeZoneChanged();
};

} // namespace Takt
