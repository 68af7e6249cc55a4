#include "duration.h"

#include <engine/core/tr.h>

#include <QRegularExpression>

#include <limits>

namespace Takt {

Result<qint64> parseDuration(QStringView text, const QString &field)
{
    const QString trimmed = text.trimmed().toString();
    const auto invalid = [&] {
        return makeError(ErrorCode::InvalidArgument, field,
                         Tr::tr("'%1' is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or 2d")
                             .arg(trimmed));
    };
    if (trimmed.isEmpty())
        return invalid();

    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return makeError(ErrorCode::InvalidArgument, field, Tr::tr("a duration cannot be negative"));
        return seconds * 1000;
    }

    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|d|h|m|s)"));
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() != pos)
            return invalid();
        pos = match.capturedEnd();
        const qint64 n = match.captured(1).toLongLong();
        const QString unit = match.captured(2);
        const qint64 factor = unit == u"ms" ? 1
                            : unit == u"s"  ? 1000
                            : unit == u"m"  ? 60'000
                            : unit == u"h"  ? 3'600'000
                                            : 86'400'000;
        if (n > (std::numeric_limits<qint64>::max() / 4) / factor)
            return makeError(ErrorCode::InvalidArgument, field, Tr::tr("'%1' is too long").arg(trimmed));
        total += n * factor;
    }
    if (pos != trimmed.size())
        return invalid();
    return total;
}

Result<qint64> parseSize(QStringView text, const QString &field)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+)\\s*([KMGT]?)(i?B)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed().toString();
    const auto match = form.match(trimmed);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidArgument, field,
                         Tr::tr("'%1' is not a size; write e.g. 500M, 10G or a number of bytes").arg(trimmed));
    const QChar unit = match.captured(2).toUpper().isEmpty() ? QChar() : match.captured(2).toUpper().at(0);
    const int shift = unit == u'K' ? 10 : unit == u'M' ? 20 : unit == u'G' ? 30 : unit == u'T' ? 40 : 0;
    const qint64 n = match.captured(1).toLongLong();
    if (n > (std::numeric_limits<qint64>::max() >> (shift + 1)))
        return makeError(ErrorCode::InvalidArgument, field, Tr::tr("'%1' is too large").arg(trimmed));
    return n << shift;
}

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    if (ms < 0)
        return u'-' + formatDuration(-ms);
    QString out;
    const struct { qint64 factor; const char *unit; } units[] = {
        {86'400'000, "d"}, {3'600'000, "h"}, {60'000, "m"}, {1000, "s"}, {1, "ms"}};
    for (const auto &u : units) {
        if (ms >= u.factor) {
            out += QString::number(ms / u.factor) + QLatin1String(u.unit);
            ms %= u.factor;
        }
    }
    return out;
}

} // namespace Takt
