#include "cronexpression.h"

#include "crondescriber_p.h"
#include "cronfieldparser_p.h"
#include "zonetimeline_p.h"

#include <engine/core/tr.h>

#include <QDate>
#include <QRegularExpression>

#include <bit>

namespace Takt {

namespace {

constexpr qint64 SecondsPerDay = 86'400;
constexpr qint64 EpochJulianDay = 2'440'588; // QDate(1970, 1, 1).toJulianDay()
constexpr int FirstYear = Internal::CronFieldSpec::FirstYear;
constexpr int LastYear = Internal::CronFieldSpec::LastYear;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 wallSeconds(const QDate &date)
{
    return (date.toJulianDay() - EpochJulianDay) * SecondsPerDay;
}

/// Expands one alias to its 5-field expression; empty if `name` is not an alias.
QString expandAlias(const QString &name)
{
    if (name == u"@yearly" || name == u"@annually")
        return QStringLiteral("0 0 1 1 *");
    if (name == u"@monthly")
        return QStringLiteral("0 0 1 * *");
    if (name == u"@weekly")
        return QStringLiteral("0 0 * * 0");
    if (name == u"@daily" || name == u"@midnight")
        return QStringLiteral("0 0 * * *");
    if (name == u"@hourly")
        return QStringLiteral("0 * * * *");
    return {};
}

} // namespace

Result<CronExpression> CronExpression::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const auto scheduleError = [](const QString &message) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("schedule"), message);
    };
    if (trimmed.isEmpty())
        return scheduleError(Tr::tr("the schedule is empty"));

    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList words = trimmed.split(whitespace, Qt::SkipEmptyParts);
    if (trimmed.startsWith(u'@')) {
        const QString alias = words.first().toLower();
        const QString expanded = expandAlias(alias);
        if (expanded.isEmpty()) {
            return scheduleError(Tr::tr("unknown alias '%1'; use @yearly, @annually, @monthly, @weekly, "
                                        "@daily, @midnight, @hourly, @every or @at")
                                     .arg(words.first()));
        }
        if (words.size() > 1)
            return scheduleError(Tr::tr("%1 takes no arguments").arg(alias));
        words = expanded.split(u' ');
    }

    const qsizetype count = words.size();
    if (count < 5 || count > 7)
        return scheduleError(Tr::tr("expected 5, 6 or 7 fields, got %1").arg(count));

    // Put the written fields into the 7-field order: second … day-of-week, year.
    std::array<QString, FieldCount> fields;
    fields[Second] = count >= 6 ? words[0] : QStringLiteral("0");
    for (int i = 0; i < 5; ++i)
        fields[Minute + i] = words[(count >= 6 ? 1 : 0) + i];
    fields[Year] = count == 7 ? words[6] : QStringLiteral("*");

    CronExpression cron;
    std::array<Internal::ParsedCronField, FieldCount> parsed;
    for (int f = 0; f < FieldCount; ++f) {
        Result<Internal::ParsedCronField> field = Internal::CronFieldParser(Internal::CronFieldSpecs[f], fields[f]).parse();
        if (!field.isOk())
            return field.error();
        parsed[f] = std::move(field).value();
        cron.m_fields[f] = parsed[f].canonical.join(u',');
    }

    cron.m_text = trimmed;
    cron.m_writtenFieldCount = trimmed.startsWith(u'@') ? 5 : int(count);
    for (int v = 0; v < 60; ++v) {
        if (parsed[Second].values.test(v))
            cron.m_seconds |= std::uint64_t(1) << v;
        if (parsed[Minute].values.test(v))
            cron.m_minutes |= std::uint64_t(1) << v;
    }
    for (int v = 0; v < 24; ++v) {
        if (parsed[Hour].values.test(v))
            cron.m_hours |= 1u << v;
    }
    for (int v = 1; v <= 31; ++v) {
        if (parsed[DayOfMonth].values.test(v - 1))
            cron.m_days |= 1u << v;
    }
    cron.m_lastDayOffsets = parsed[DayOfMonth].lastDayOffsets;
    cron.m_nearestWeekdays = parsed[DayOfMonth].nearestWeekdays;
    cron.m_lastWeekday = parsed[DayOfMonth].lastWeekday;
    for (int v = 1; v <= 12; ++v) {
        if (parsed[Month].values.test(v - 1))
            cron.m_months |= std::uint16_t(1u << v);
    }
    for (int v = 0; v < 7; ++v) {
        if (parsed[DayOfWeek].values.test(v))
            cron.m_weekdays |= std::uint8_t(1u << v);
    }
    cron.m_nthWeekdays = parsed[DayOfWeek].nthWeekdays;
    cron.m_lastWeekdays = parsed[DayOfWeek].lastWeekdays;
    cron.m_anyYear = fields[Year] == u"*";
    if (!cron.m_anyYear) {
        for (int y = FirstYear; y <= LastYear; ++y) {
            cron.m_years.set(y - FirstYear, parsed[Year].values.test(y - FirstYear));
            if (cron.m_years.test(y - FirstYear))
                cron.m_lastYear = y;
        }
    }

    // cronie: a field that begins with "*" counts as unrestricted for the day-of-month/day-of-week
    // OR rule (so "*/2" is ANDed); Quartz's "?" says "no restriction" explicitly.
    const auto unrestricted = [](const QString &field) {
        return field.startsWith(u'*') || field == u"?";
    };
    cron.m_dayOfMonthRestricted = !unrestricted(fields[DayOfMonth]);
    cron.m_dayOfWeekRestricted = !unrestricted(fields[DayOfWeek]);
    cron.m_followsWallClock = fields[Second].startsWith(u'*') || fields[Minute].startsWith(u'*')
                              || fields[Hour].startsWith(u'*');
    cron.m_valid = true;

    // Day/month/weekday combinations repeat every 400 years (146097 days = 20871 weeks), so one
    // Gregorian cycle (or the whole year range) tells whether the expression can ever fire.
    const QDate checkFrom = cron.m_anyYear ? QDate(2000, 1, 1) : QDate(FirstYear, 1, 1);
    const QDate checkTo = cron.m_anyYear ? QDate(2400, 1, 1) : QDate(LastYear + 1, 1, 1);
    cron.m_canFire = cron.findWall(wallSeconds(checkFrom), wallSeconds(checkTo) - 1).has_value();
    return cron;
}

QString CronExpression::field(Field field) const
{
    return field >= 0 && field < FieldCount ? m_fields[field] : QString();
}

int CronExpression::nextYear(int year) const
{
    if (m_anyYear)
        return year;
    for (int y = std::max(year, FirstYear); y <= LastYear; ++y) {
        if (m_years.test(y - FirstYear))
            return y;
    }
    return 0;
}

std::uint32_t CronExpression::matchingDays(int year, int month) const
{
    const QDate first(year, month, 1);
    const int length = first.daysInMonth();
    const int firstWeekday = first.dayOfWeek() % 7; // Qt: Monday = 1 … Sunday = 7; cron: Sunday = 0
    const std::uint32_t all = ((std::uint32_t(1) << length) - 1) << 1;
    const auto weekdayOf = [&](int day) { return (firstWeekday + day - 1) % 7; };

    std::uint32_t byMonthDay = m_days & all;
    for (std::uint32_t offsets = m_lastDayOffsets; offsets; offsets &= offsets - 1) {
        const int day = length - std::countr_zero(offsets);
        if (day >= 1)
            byMonthDay |= 1u << day;
    }
    if (m_lastWeekday) {
        const int weekday = weekdayOf(length);
        const int day = length - (weekday == 6 ? 1 : weekday == 0 ? 2 : 0);
        byMonthDay |= 1u << day;
    }
    for (std::uint32_t nearest = m_nearestWeekdays; nearest; nearest &= nearest - 1) {
        // Quartz: the weekday nearest day n, never leaving the month (1W on a Saturday is Monday 3rd).
        const int n = std::countr_zero(nearest);
        if (n > length)
            continue;
        const int weekday = weekdayOf(n);
        int day = n;
        if (weekday == 6)
            day = n == 1 ? n + 2 : n - 1;
        else if (weekday == 0)
            day = n == length ? n - 2 : n + 1;
        byMonthDay |= 1u << day;
    }

    std::uint32_t byWeekday = 0;
    for (int weekday = 0; weekday < 7; ++weekday) {
        const int firstDay = 1 + (weekday - firstWeekday + 7) % 7;
        if (m_weekdays & (1u << weekday)) {
            for (int day = firstDay; day <= length; day += 7)
                byWeekday |= 1u << day;
        }
        for (int nth = 1; nth <= 5; ++nth) {
            const int day = firstDay + 7 * (nth - 1);
            if ((m_nthWeekdays[weekday] & (1u << nth)) && day <= length)
                byWeekday |= 1u << day;
        }
        if (m_lastWeekdays & (1u << weekday))
            byWeekday |= 1u << (firstDay + 7 * ((length - firstDay) / 7));
    }

    if (m_dayOfMonthRestricted && m_dayOfWeekRestricted)
        return (byMonthDay | byWeekday) & all;
    return byMonthDay & byWeekday & all;
}

std::optional<qint64> CronExpression::findWall(qint64 from, qint64 to) const
{
    const qint64 fromDay = floorDiv(from, SecondsPerDay);
    const int secondOfDay = int(from - fromDay * SecondsPerDay);
    const qint64 lastJulianDay = floorDiv(to, SecondsPerDay) + EpochJulianDay;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(fromDay + EpochJulianDay).getDate(&year, &month, &day);
    int hour = secondOfDay / 3600;
    int minute = secondOfDay / 60 % 60;
    int second = secondOfDay % 60;

    const auto startOfDay = [&] { hour = minute = second = 0; };
    const auto nextMonth = [&] {
        if (++month > 12) {
            month = 1;
            ++year;
        }
        day = 1;
        startOfDay();
    };
    const auto nextDay = [&] {
        if (++day > QDate(year, month, 1).daysInMonth())
            nextMonth();
        else
            startOfDay();
    };

    // Each pass moves to the next candidate of the coarsest field that does not match yet and
    // resets the finer ones, so a search costs a handful of passes per month it crosses.
    for (;;) {
        const int matchingYear = nextYear(year);
        if (matchingYear == 0)
            return std::nullopt;
        if (matchingYear != year) {
            year = matchingYear;
            month = day = 1;
            startOfDay();
        }
        if (QDate(year, month, day).toJulianDay() > lastJulianDay)
            return std::nullopt;

        const std::uint32_t months = m_months & ~((std::uint32_t(1) << month) - 1);
        if (months == 0) {
            month = 12;
            nextMonth(); // January of the next year
            continue;
        }
        if (const int m = std::countr_zero(months); m != month) {
            month = m;
            day = 1;
            startOfDay();
            continue;
        }

        const std::uint32_t days = matchingDays(year, month) & ~((std::uint32_t(1) << day) - 1);
        if (days == 0) {
            nextMonth();
            continue;
        }
        if (const int d = std::countr_zero(days); d != day) {
            day = d;
            startOfDay();
            continue; // re-check the bound for the new day
        }

        const std::uint32_t hours = m_hours & ~((std::uint32_t(1) << hour) - 1);
        if (hours == 0) {
            nextDay();
            continue;
        }
        if (const int h = std::countr_zero(hours); h != hour) {
            hour = h;
            minute = second = 0;
        }
        const std::uint64_t minutes = m_minutes & ~((std::uint64_t(1) << minute) - 1);
        if (minutes == 0) {
            ++hour;
            minute = second = 0;
            if (hour == 24)
                nextDay();
            continue;
        }
        if (const int m = std::countr_zero(minutes); m != minute) {
            minute = m;
            second = 0;
        }
        const std::uint64_t seconds = m_seconds & ~((std::uint64_t(1) << second) - 1);
        if (seconds == 0) {
            ++minute;
            second = 0;
            if (minute == 60) {
                minute = 0;
                if (++hour == 24)
                    nextDay();
            }
            continue;
        }
        second = std::countr_zero(seconds);
        const qint64 wall = wallSeconds(QDate(year, month, day)) + hour * 3600 + minute * 60 + second;
        if (wall > to)
            return std::nullopt;
        return wall;
    }
}

qint64 CronExpression::nextFireTime(qint64 afterMs, const QTimeZone &zone) const
{
    if (!m_valid || !m_canFire)
        return 0;
    // Beyond year 9999 there is nothing useful to schedule, and the wall arithmetic stays far
    // from overflowing.
    constexpr qint64 MaxMs = 253'402'300'799'000; // 9999-12-31T23:59:59Z
    if (afterMs >= MaxMs)
        return 0;
    // Searches start no earlier than 1900, which keeps the Gregorian arithmetic away from year 0
    // (QDate has none) without changing any answer a scheduler can ask for.
    constexpr qint64 MinSeconds = -2'208'988'800; // 1900-01-01T00:00:00Z
    const qint64 fromUtc = std::max(floorDiv(afterMs, 1000) + 1, MinSeconds);

    // A day early and late, to be sure the zone's offset cannot move the start across a year.
    const int startYear = QDate::fromJulianDay(floorDiv(fromUtc, SecondsPerDay) - 1 + EpochJulianDay).year();
    if (!m_anyYear && startYear > m_lastYear)
        return 0;
    // Without a year field the calendar repeats every 400 years: searching one cycle is enough.
    const int limitYear = m_anyYear ? startYear + 401 : m_lastYear;
    const qint64 wallLimit = wallSeconds(QDate(limitYear + 1, 1, 1)) - 1;

    const Internal::ZoneTimeline timeline(zone);
    const Internal::WallTimeRule rule = m_followsWallClock ? Internal::WallTimeRule::EveryInstant
                                                           : Internal::WallTimeRule::FirstInstant;
    const std::optional<qint64> instant = timeline.firstInstant(
        fromUtc, rule, wallLimit, [this](qint64 wallFrom, qint64 wallTo) { return findWall(wallFrom, wallTo); });
    return instant ? *instant * 1000 : 0;
}

QString CronExpression::describe() const
{
    if (!m_valid)
        return {};
    return Internal::CronDescriber(m_fields).describe();
}

} // namespace Takt
