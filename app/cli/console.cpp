#include "console.h"

#include "clitr.h"

#include <engine/core/duration.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Takt::Cli {

void printOutBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printOut(const QString &text)
{
    printOutBytes(text.toUtf8());
}

void printErr(const QString &text)
{
    // stdout may hold earlier lines in its buffer; keep the two streams in order on a terminal.
    std::fflush(stdout);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const QString &command, const QString &message)
{
    printErr(QStringLiteral("takt: %1: %2\n").arg(command, message));
    return ExitFailure;
}

int fail(const QString &command, const Error &error)
{
    return fail(command, error.toString());
}

int usageError(const QString &command, const QString &message, const QString &usage)
{
    printErr(QStringLiteral("takt: %1: %2\n").arg(command, message));
    printErr(Tr::tr("Usage: %1\nRun 'takt %2 --help' for more.\n").arg(usage, command));
    return ExitUsage;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOutBytes(doc.toJson(QJsonDocument::Indented));
}

QString localTime(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString elapsed(qint64 fromMs, qint64 toMs)
{
    if (fromMs == 0 || toMs == 0 || toMs < fromMs)
        return QStringLiteral("-");
    qint64 ms = toMs - fromMs;
    if (ms >= 60'000)
        ms = (ms + 999) / 1000 * 1000;   // "2m3s", not "2m3s417ms"
    return formatDuration(ms);
}

} // namespace Takt::Cli
