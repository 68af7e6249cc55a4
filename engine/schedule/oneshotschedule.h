#pragma once
// OneShotSchedule: "@at 2027-01-01T09:00:00". Fires once: at that local time in the job's zone, or at
// an absolute instant when the text carries an offset or Z. Cheap to copy; a default-constructed
// OneShotSchedule is invalid and never fires.

#include <engine/core/result.h>

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Takt {

class OneShotSchedule final
{
public:
    /// Parses the date-time after "@at": "2027-01-01T09:00:00", "2027-01-01T09:00", a space instead
    /// of the T, and an optional "Z" or "+02:00"/"-0500" offset. Errors name the field "schedule".
    static Result<OneShotSchedule> parse(QStringView dateTime);

    bool isValid() const { return m_date.isValid(); }

    /// The instant it fires (UTC epoch ms). A local time in a DST gap fires when the gap ends; a
    /// repeated local time fires at its first occurrence. An invalid zone counts as UTC. 0 if invalid.
    qint64 fireTime(const QTimeZone &zone) const;
    /// fireTime(zone) if it is strictly after `afterMs`, otherwise 0.
    qint64 nextFireTime(qint64 afterMs, const QTimeZone &zone) const;

    /// "Once at 2027-01-01 09:00" (with ":ss" when the seconds are not 0 and the offset when one was
    /// given), translated. Empty if invalid.
    QString describe() const;

    friend bool operator==(const OneShotSchedule &, const OneShotSchedule &) = default;

private:
    QDate m_date;
    QTime m_time;
    std::optional<int> m_offsetSeconds; // set when the text gave an offset or Z
};

} // namespace Takt
