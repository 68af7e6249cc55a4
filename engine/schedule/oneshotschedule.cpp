#include "oneshotschedule.h"

#include "zonetimeline_p.h"

#include <engine/core/tr.h>

#include <QRegularExpression>

namespace Takt {

namespace {
constexpr qint64 SecondsPerDay = 86'400;
constexpr qint64 EpochJulianDay = 2'440'588; // QDate(1970, 1, 1).toJulianDay()
} // namespace

Result<OneShotSchedule> OneShotSchedule::parse(QStringView dateTime)
{
    const QString text = dateTime.trimmed().toString();
    const auto invalid = [&] {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("schedule"),
                         text.isEmpty() ? Tr::tr("@at needs a date and time, e.g. @at 2027-01-01T09:00:00")
                                        : Tr::tr("'%1' is not a date and time; write e.g. 2027-01-01T09:00:00")
                                              .arg(text));
    };
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return invalid();

    OneShotSchedule oneShot;
    oneShot.m_date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    oneShot.m_time = QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!oneShot.m_date.isValid() || !oneShot.m_time.isValid())
        return invalid();

    const QString offset = match.captured(7);
    if (offset.compare(u"Z", Qt::CaseInsensitive) == 0) {
        oneShot.m_offsetSeconds = 0;
    } else if (!offset.isEmpty()) {
        const QString digits = QString(offset).remove(u':');
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.mid(3, 2).toInt();
        if (hours > 14 || minutes > 59)
            return invalid();
        oneShot.m_offsetSeconds = (offset.startsWith(u'-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    return oneShot;
}

qint64 OneShotSchedule::fireTime(const QTimeZone &zone) const
{
    if (!isValid())
        return 0;
    const qint64 wall = (m_date.toJulianDay() - EpochJulianDay) * SecondsPerDay + m_time.msecsSinceStartOfDay() / 1000;
    if (m_offsetSeconds)
        return (wall - *m_offsetSeconds) * 1000;

    // The same rule as a fixed-time cron expression: resolve the wall time from a point safely before
    // any instant that could show it (offsets stay within -12h..+14h).
    const Internal::ZoneTimeline timeline(zone);
    const std::optional<qint64> instant = timeline.firstInstant(
        wall - 15 * 3600, Internal::WallTimeRule::FirstInstant, wall,
        [wall](qint64 from, qint64 to) -> std::optional<qint64> {
            if (wall >= from && wall <= to)
                return wall;
            return std::nullopt;
        });
    return instant ? *instant * 1000 : 0;
}

qint64 OneShotSchedule::nextFireTime(qint64 afterMs, const QTimeZone &zone) const
{
    const qint64 at = fireTime(zone);
    return at > afterMs ? at : 0;
}

QString OneShotSchedule::describe() const
{
    if (!isValid())
        return {};
    const QString format = m_time.second() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
    QString when = QDateTime(m_date, m_time, Qt::UTC).toString(format);
    if (m_offsetSeconds) {
        const int offset = *m_offsetSeconds;
        when = offset == 0 ? Tr::tr("%1 UTC").arg(when)
                           : when + QString::asprintf(" %c%02d:%02d", offset < 0 ? '-' : '+',
                                                      std::abs(offset) / 3600, std::abs(offset) / 60 % 60);
    }
    return Tr::tr("Once at %1").arg(when);
}

} // namespace Takt
