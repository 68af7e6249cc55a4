#include "schedulepreview.h"

#include <engine/schedule/schedule.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace Takt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchedulePreview)
};

/// True when an "@at" text carries its own offset ("…Z", "…+02:00"): the zone does not apply.
bool hasExplicitOffset(const QString &text)
{
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return offset.match(text.trimmed()).hasMatch();
}
} // namespace

SchedulePreview SchedulePreview::describe(const QString &text, const QString &zoneId)
{
    SchedulePreview preview;
    if (text.trimmed().isEmpty()) {
        preview.description = Tr::tr("No schedule: the job runs only when started by hand.");
        return preview;
    }
    const Result<Schedule> schedule = Schedule::parse(text);
    if (!schedule.isOk()) {
        preview.error = schedule.error();
        return preview;
    }
    preview.description = schedule->describe();
    // An interval does not depend on the zone, nor does an @at with its own offset.
    const bool zoned = schedule->isCron() || (schedule->isOneShot() && !hasExplicitOffset(text));
    if (zoned && !zoneId.isEmpty())
        preview.description = Tr::tr("%1, %2", "schedule in words, time zone").arg(preview.description, zoneId);
    return preview;
}

SchedulePreview SchedulePreview::compute(const QString &text, const QString &zoneId, qint64 afterMs, int count)
{
    SchedulePreview preview = describe(text, zoneId);
    if (!preview.isValid() || text.trimmed().isEmpty())
        return preview;
    const Result<Schedule> schedule = Schedule::parse(text);
    preview.fireTimes = schedule->nextFireTimes(afterMs, QTimeZone(zoneId.toUtf8()), count);
    return preview;
}

QString formatFireTime(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const int offset = time.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const QString offsetText = QStringLiteral("%1%2:%3")
                                   .arg(sign)
                                   .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                   .arg(std::abs(offset) / 60 % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 %2 (%3)", "date and time, UTC offset, weekday")
        .arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), offsetText,
             QLocale().dayName(time.date().dayOfWeek(), QLocale::ShortFormat));
}

} // namespace Takt
