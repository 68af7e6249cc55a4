#include "cronfieldparser_p.h"

#include <engine/core/tr.h>

#include <QRegularExpression>

#include <limits>

namespace Takt::Internal {

namespace {
bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

Result<ParsedCronField> CronFieldParser::parse()
{
    const QStringList items = m_text.split(u',');
    for (const QString &item : items) {
        if (item.isEmpty())
            return error(Tr::tr("'%1' has an empty list item").arg(m_text));
        if (item == u"?") {
            if (!isDayField())
                return error(Tr::tr("'?' is only allowed in day-of-month and day-of-week"));
            if (items.size() > 1)
                return error(Tr::tr("'?' cannot be combined with other values"));
            setRange(m_spec.min, m_spec.field == CronExpression::DayOfWeek ? 6 : m_spec.max, 1);
            m_result.canonical << QStringLiteral("?");
            continue;
        }
        if (const std::optional<Error> failed = parseItem(item))
            return *failed;
    }
    return m_result;
}

bool CronFieldParser::isDayField() const
{
    return m_spec.field == CronExpression::DayOfMonth || m_spec.field == CronExpression::DayOfWeek;
}

Error CronFieldParser::error(const QString &message) const
{
    return makeError(ErrorCode::InvalidArgument, QString::fromLatin1(m_spec.name), message);
}

void CronFieldParser::set(int value)
{
    if (m_spec.field == CronExpression::DayOfWeek)
        value %= 7;
    m_result.values.set(value - m_spec.min);
}

void CronFieldParser::setRange(int from, int to, int step)
{
    const int count = to >= from ? to - from : to + m_spec.cycle - from;
    for (int i = 0; i <= count; i += step) {
        int value = from + i;
        if (value > m_spec.max)
            value -= m_spec.cycle;
        set(value);
    }
}

std::optional<Error> CronFieldParser::parseValue(const QString &token, int *value) const
{
    if (token.isEmpty())
        return error(Tr::tr("'%1' is missing a number").arg(m_text));
    if (isDigits(token)) {
        const int number = token.size() > 6 ? std::numeric_limits<int>::max() : token.toInt();
        if (number < m_spec.min || number > m_spec.max) {
            return error(Tr::tr("%1 is out of range %2-%3")
                             .arg(token.size() > 6 ? token : QString::number(number))
                             .arg(m_spec.min)
                             .arg(m_spec.max));
        }
        *value = number;
        return std::nullopt;
    }
    static const QStringList months = {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                                       QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                                       QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                       QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    static const QStringList weekdays = {QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                                         QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                                         QStringLiteral("SAT")};
    if (m_spec.field == CronExpression::Month) {
        const qsizetype index = months.indexOf(token.toUpper());
        if (index < 0)
            return error(Tr::tr("'%1' is not a month; use 1-12 or JAN-DEC").arg(token));
        *value = int(index) + 1;
        return std::nullopt;
    }
    if (m_spec.field == CronExpression::DayOfWeek) {
        const qsizetype index = weekdays.indexOf(token.toUpper());
        if (index < 0)
            return error(Tr::tr("'%1' is not a day of the week; use 0-7 or SUN-SAT").arg(token));
        *value = int(index);
        return std::nullopt;
    }
    return error(Tr::tr("'%1' is not a number").arg(token));
}

std::optional<Error> CronFieldParser::parseQuartzForm(const QString &item, bool *handled)
{
    static const QRegularExpression lastForm(QStringLiteral("^(L|L-\\d+|LW|\\d+L)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekdayForm(QStringLiteral("^(LW|\\d*W)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    *handled = false;
    if (item.front().isDigit() && item.back().isDigit() && !item.contains(u'#'))
        return std::nullopt; // the common case: plain numbers, ranges and steps
    *handled = true;
    const bool dayOfMonth = m_spec.field == CronExpression::DayOfMonth;
    const bool dayOfWeek = m_spec.field == CronExpression::DayOfWeek;

    if (item.contains(u'#')) {
        if (!dayOfWeek)
            return error(Tr::tr("'#' is only allowed in day-of-week"));
        const QStringList parts = item.split(u'#');
        if (parts.size() != 2)
            return error(Tr::tr("'%1' is not a valid # form; write e.g. MON#2 for the second Monday")
                             .arg(item));
        int weekday = 0;
        if (std::optional<Error> failed = parseValue(parts[0], &weekday))
            return failed;
        if (!isDigits(parts[1]))
            return error(Tr::tr("'%1' is not a valid # form; write e.g. MON#2 for the second Monday")
                             .arg(item));
        const int nth = parts[1].size() > 2 ? 99 : parts[1].toInt();
        if (nth < 1 || nth > 5)
            return error(Tr::tr("occurrence %1 in '%2' is out of range 1-5").arg(parts[1], item));
        m_result.nthWeekdays[weekday % 7] |= std::uint8_t(1u << nth);
        m_result.canonical << QStringLiteral("%1#%2").arg(weekday).arg(nth);
        return std::nullopt;
    }
    if (dayOfMonth && item.startsWith(u'L', Qt::CaseInsensitive)) {
        if (item.compare(u"L", Qt::CaseInsensitive) == 0) {
            m_result.lastDayOffsets |= 1u;
            m_result.canonical << QStringLiteral("L");
            return std::nullopt;
        }
        if (item.compare(u"LW", Qt::CaseInsensitive) == 0) {
            m_result.lastWeekday = true;
            m_result.canonical << QStringLiteral("LW");
            return std::nullopt;
        }
        if (item.size() > 2 && item.at(1) == u'-' && isDigits(QStringView(item).mid(2))) {
            const QString digits = item.mid(2);
            const int offset = digits.size() > 2 ? 99 : digits.toInt();
            if (offset < 1 || offset > 30)
                return error(Tr::tr("%1 in '%2' is out of range 1-30").arg(digits, item));
            m_result.lastDayOffsets |= 1u << offset;
            m_result.canonical << QStringLiteral("L-%1").arg(offset);
            return std::nullopt;
        }
        return error(Tr::tr("'%1' is not a valid L form; use L, L-3 or LW").arg(item));
    }
    if (dayOfMonth && item.endsWith(u'W', Qt::CaseInsensitive)) {
        const QString day = item.chopped(1);
        if (!isDigits(day))
            return error(Tr::tr("'%1' is not a valid W form; W needs a single day, e.g. 15W").arg(item));
        int value = 0;
        if (std::optional<Error> failed = parseValue(day, &value))
            return failed;
        m_result.nearestWeekdays |= 1u << value;
        m_result.canonical << QStringLiteral("%1W").arg(value);
        return std::nullopt;
    }
    if (dayOfWeek && item.compare(u"L", Qt::CaseInsensitive) == 0)
        return error(Tr::tr("'L' in day-of-week needs a weekday, e.g. 5L or FRIL for the last Friday"));
    if (dayOfWeek && item.size() > 1 && item.endsWith(u'L', Qt::CaseInsensitive)) {
        int weekday = 0;
        if (std::optional<Error> failed = parseValue(item.chopped(1), &weekday))
            return failed;
        m_result.lastWeekdays |= std::uint8_t(1u << (weekday % 7));
        m_result.canonical << QStringLiteral("%1L").arg(weekday);
        return std::nullopt;
    }
    if (item.contains(u'?')) {
        return error(isDayField() ? Tr::tr("'?' must stand alone")
                                  : Tr::tr("'?' is only allowed in day-of-month and day-of-week"));
    }
    // Month and weekday names contain L and W (JUL, WED), so only whole Quartz forms count.
    if (!dayOfMonth && weekdayForm.match(item).hasMatch())
        return error(Tr::tr("'W' is only allowed in day-of-month"));
    if (!isDayField() && lastForm.match(item).hasMatch())
        return error(Tr::tr("'L' is only allowed in day-of-month and day-of-week"));
    *handled = false;
    return std::nullopt;
}

std::optional<Error> CronFieldParser::parseItem(const QString &item)
{
    bool handled = false;
    if (std::optional<Error> failed = parseQuartzForm(item, &handled))
        return failed;
    if (handled)
        return std::nullopt;

    const QStringList stepParts = item.split(u'/');
    if (stepParts.size() > 2)
        return error(Tr::tr("'%1' has more than one step").arg(item));
    const QString base = stepParts[0];
    int step = 1;
    const bool hasStep = stepParts.size() == 2;
    const int valueCount = m_spec.field == CronExpression::DayOfWeek ? 7 : m_spec.max - m_spec.min + 1;
    if (hasStep) {
        const QString &stepText = stepParts[1];
        if (!isDigits(stepText))
            return error(Tr::tr("step '%1' is not a number").arg(stepText));
        step = stepText.size() > 6 ? std::numeric_limits<int>::max() : stepText.toInt();
        if (step == 0)
            return error(Tr::tr("step 0 is not allowed; a step must be at least 1"));
        if (step > valueCount)
            return error(Tr::tr("step %1 is out of range 1-%2").arg(stepText).arg(valueCount));
    }
    const QString stepSuffix = hasStep ? QStringLiteral("/%1").arg(step) : QString();
    // "*" in day-of-week is 0-6: counting 7 too would step onto Sunday twice.
    const int fieldMax = m_spec.field == CronExpression::DayOfWeek ? 6 : m_spec.max;

    if (base == u"*") {
        setRange(m_spec.min, fieldMax, step);
        m_result.canonical << QStringLiteral("*") + stepSuffix;
        return std::nullopt;
    }
    if (base.contains(u'-')) {
        const QStringList ends = base.split(u'-');
        if (ends.size() != 2 || ends[0].isEmpty() || ends[1].isEmpty())
            return error(Tr::tr("'%1' is not a valid range; write e.g. 1-5").arg(base));
        int from = 0;
        int to = 0;
        if (std::optional<Error> failed = parseValue(ends[0], &from))
            return failed;
        if (std::optional<Error> failed = parseValue(ends[1], &to))
            return failed;
        if (from > to && m_spec.cycle == 0) {
            return error(Tr::tr("range %1-%2 is reversed; write the smaller value first")
                             .arg(from)
                             .arg(to));
        }
        setRange(from, to, step);
        m_result.canonical << QStringLiteral("%1-%2").arg(from).arg(to) + stepSuffix;
        return std::nullopt;
    }
    int value = 0;
    if (std::optional<Error> failed = parseValue(base, &value))
        return failed;
    if (hasStep) {
        // "a/n": from a to the field's end by n (cronie and Quartz agree).
        if (m_spec.field == CronExpression::DayOfWeek)
            value %= 7;
        setRange(value, fieldMax, step);
    } else {
        set(value);
    }
    m_result.canonical << QString::number(value) + stepSuffix;
    return std::nullopt;
}

} // namespace Takt::Internal
