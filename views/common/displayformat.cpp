#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Takt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
} // namespace

QString displayTime(qint64 utcMs, const QTimeZone &zone)
{
    if (utcMs <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString displayDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 60'000)
        return Tr::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10'000 ? 2 : 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString displaySize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace Takt
