#include "logformat.h"

namespace Takt {

namespace {

// Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar and
// much cheaper than QDateTime, which matters when a reader parses a log of millions of lines.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads `count` decimal digits at `pos`; -1 if any is not a digit.
int digits(QByteArrayView s, int pos, int count)
{
    int value = 0;
    for (int i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

void putDigits(char *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

std::optional<LogLine> parseLogLine(QByteArrayView line)
{
    constexpr int stampLength = 24; // "2026-11-24T21:22:03.123Z"
    if (line.size() < stampLength + 2)
        return std::nullopt;
    if (line[4] != '-' || line[7] != '-' || line[10] != 'T' || line[13] != ':' || line[16] != ':'
        || line[19] != '.' || line[23] != 'Z' || line[24] != ' ')
        return std::nullopt;
    const int year = digits(line, 0, 4);
    const int month = digits(line, 5, 2);
    const int day = digits(line, 8, 2);
    const int hour = digits(line, 11, 2);
    const int minute = digits(line, 14, 2);
    const int second = digits(line, 17, 2);
    const int ms = digits(line, 20, 3);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    if (unsigned(day) > daysInMonth(year, unsigned(month)))
        return std::nullopt;

    const char stream = line[25];
    if (stream != 'O' && stream != 'E' && stream != 'T')
        return std::nullopt;
    if (line.size() > 26 && line[26] != ' ')
        return std::nullopt;

    LogLine out;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    out.timeMs = ((days * 24 + hour) * 60 + minute) * 60'000 + qint64(second) * 1000 + ms;
    out.stream = stream;
    if (line.size() > LogLinePrefixLength)
        out.text = line.sliced(LogLinePrefixLength).toByteArray();
    return out;
}

QByteArray formatLogTime(qint64 timeMs)
{
    // Floor division so that times before 1970 still format correctly.
    qint64 days = timeMs / 86'400'000;
    qint64 msOfDay = timeMs % 86'400'000;
    if (msOfDay < 0) {
        msOfDay += 86'400'000;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);

    QByteArray out(24, Qt::Uninitialized);
    char *p = out.data();
    putDigits(p, int(y), 4);
    p[4] = '-';
    putDigits(p + 5, int(m), 2);
    p[7] = '-';
    putDigits(p + 8, int(d), 2);
    p[10] = 'T';
    putDigits(p + 11, int(msOfDay / 3'600'000), 2);
    p[13] = ':';
    putDigits(p + 14, int(msOfDay / 60'000 % 60), 2);
    p[16] = ':';
    putDigits(p + 17, int(msOfDay / 1000 % 60), 2);
    p[19] = '.';
    putDigits(p + 20, int(msOfDay % 1000), 3);
    p[23] = 'Z';
    return out;
}

QByteArray formatLogLine(const LogLine &line)
{
    QByteArray out;
    out.reserve(LogLinePrefixLength + line.text.size() + 1);
    out += formatLogTime(line.timeMs);
    out += ' ';
    out += line.stream;
    out += ' ';
    out += line.text;
    out += '\n';
    return out;
}

} // namespace Takt
