#include "crondescriber_p.h"

#include <engine/core/tr.h>

#include <QStringList>

#include <algorithm>

namespace Takt::Internal {

namespace {

using Item = CronDescriber::Item;

constexpr int FieldMax[CronExpression::FieldCount] = {59, 59, 23, 31, 12, 6, 2199};

QList<Item> parseItems(const QString &field, int fieldMax)
{
    QList<Item> items;
    for (const QString &text : field.split(u',')) {
        Item item;
        const qsizetype slash = text.indexOf(u'/');
        const QString base = slash < 0 ? text : text.left(slash);
        if (slash >= 0)
            item.step = text.mid(slash + 1).toInt();
        if (base == u"*" || base == u"?") {
            item.kind = Item::Any;
        } else if (base == u"L") {
            item.kind = Item::Last;
        } else if (base == u"LW") {
            item.kind = Item::LastWeekday;
        } else if (base.startsWith(u"L-")) {
            item.kind = Item::Last;
            item.from = base.mid(2).toInt();
        } else if (base.endsWith(u'W')) {
            item.kind = Item::NearestWeekday;
            item.from = base.chopped(1).toInt();
        } else if (base.contains(u'#')) {
            item.kind = Item::Nth;
            item.from = base.section(u'#', 0, 0).toInt();
            item.to = base.section(u'#', 1, 1).toInt();
        } else if (base.endsWith(u'L')) {
            item.kind = Item::LastOf;
            item.from = base.chopped(1).toInt();
        } else if (base.contains(u'-')) {
            item.kind = Item::Range;
            item.from = base.section(u'-', 0, 0).toInt();
            item.to = base.section(u'-', 1, 1).toInt();
        } else if (slash >= 0) {
            item.kind = Item::Range; // "a/n": from a to the end of the field
            item.from = base.toInt();
            item.to = fieldMax;
        } else {
            item.kind = Item::Value;
            item.from = base.toInt();
        }
        items << item;
    }
    return items;
}

/// "a", "a and b", "a, b and c".
QString joinList(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return Tr::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(Tr::tr(", ")), parts.last());
}

bool isSingle(const QList<Item> &items, Item::Kind kind, int step = 1)
{
    return items.size() == 1 && items.first().kind == kind && items.first().step == step;
}

bool isUnrestricted(const QList<Item> &items)
{
    return isSingle(items, Item::Any);
}

bool allValues(const QList<Item> &items)
{
    return std::all_of(items.begin(), items.end(), [](const Item &item) { return item.kind == Item::Value; });
}

QString weekdayName(int weekday)
{
    switch (weekday % 7) {
    case 0: return Tr::tr("Sunday");
    case 1: return Tr::tr("Monday");
    case 2: return Tr::tr("Tuesday");
    case 3: return Tr::tr("Wednesday");
    case 4: return Tr::tr("Thursday");
    case 5: return Tr::tr("Friday");
    default: return Tr::tr("Saturday");
    }
}

QString monthName(int month)
{
    switch (month) {
    case 1: return Tr::tr("January");
    case 2: return Tr::tr("February");
    case 3: return Tr::tr("March");
    case 4: return Tr::tr("April");
    case 5: return Tr::tr("May");
    case 6: return Tr::tr("June");
    case 7: return Tr::tr("July");
    case 8: return Tr::tr("August");
    case 9: return Tr::tr("September");
    case 10: return Tr::tr("October");
    case 11: return Tr::tr("November");
    default: return Tr::tr("December");
    }
}

QString ordinal(int n)
{
    switch (n) {
    case 1: return Tr::tr("first");
    case 2: return Tr::tr("second");
    case 3: return Tr::tr("third");
    case 4: return Tr::tr("fourth");
    default: return Tr::tr("fifth");
    }
}

QString clockTime(int hour, int minute, int second = 0)
{
    return second == 0 ? QString::asprintf("%02d:%02d", hour, minute)
                       : QString::asprintf("%02d:%02d:%02d", hour, minute, second);
}

QString twoDigits(int value)
{
    return QString::asprintf("%02d", value);
}

/// The plain listing of a field's items: "0, 15 and 30", "10 through 20", "30 through 50 every 10".
QString listing(const QList<Item> &items, QString (*name)(int))
{
    QStringList parts;
    for (const Item &item : items) {
        switch (item.kind) {
        case Item::Value:
            parts << name(item.from);
            break;
        case Item::Range:
            parts << (item.step == 1 ? Tr::tr("%1 through %2").arg(name(item.from), name(item.to))
                                     : Tr::tr("%1 through %2 every %3")
                                           .arg(name(item.from), name(item.to))
                                           .arg(item.step));
            break;
        default: // Any with a step; the Quartz kinds never reach a listing
            parts << Tr::tr("every %1").arg(item.step);
            break;
        }
    }
    return joinList(parts);
}

/// The values a field's plain items (Value, Range, Any with step) select, in ascending order.
/// Ranges wrap around in cyclic fields; day-of-week 7 counts as 0.
QList<int> expand(const QList<Item> &items, int min, int max, int cycle)
{
    QList<int> values;
    for (const Item &item : items) {
        int from = item.from;
        int to = item.to;
        if (item.kind == Item::Any) {
            from = min;
            to = max;
        } else if (item.kind == Item::Value) {
            to = from;
        } else if (item.kind != Item::Range) {
            continue;
        }
        const int count = to >= from ? to - from : to + cycle - from;
        for (int i = 0; i <= count; i += item.step) {
            int value = from + i;
            if (value > max)
                value -= cycle;
            if (cycle == 7)
                value %= 7;
            if (!values.contains(value))
                values << value;
        }
    }
    std::sort(values.begin(), values.end());
    return values;
}

QString number(int value)
{
    return QString::number(value);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

CronDescriber::CronDescriber(const std::array<QString, CronExpression::FieldCount> &fields)
{
    for (int f = 0; f < CronExpression::FieldCount; ++f)
        m_items[f] = parseItems(fields[f], FieldMax[f]);
}

QString CronDescriber::describe() const
{
    bool fixedTime = false;
    const QString time = timeOfDay(&fixedTime);

    QStringList days;
    const QString byMonthDay = daysOfMonth();
    if (!byMonthDay.isEmpty() && !daysOfWeek(false).isEmpty()
        && m_items[CronExpression::DayOfMonth].first().kind != Item::Any
        && m_items[CronExpression::DayOfWeek].first().kind != Item::Any) {
        // Both restricted: cron fires on a day matching either.
        days << Tr::tr("%1 or %2").arg(byMonthDay, daysOfWeek(true));
    } else {
        days << byMonthDay << daysOfWeek(false);
    }
    days << months() << years();
    days.removeAll(QString());

    if (fixedTime && days.isEmpty())
        return Tr::tr("Every day at %1").arg(time);
    QStringList parts = {fixedTime ? Tr::tr("At %1").arg(time) : time};
    parts << days;
    return capitalized(parts.join(Tr::tr(", ")));
}

QString CronDescriber::timeOfDay(bool *fixed) const
{
    const Items &seconds = m_items[CronExpression::Second];
    const Items &minutes = m_items[CronExpression::Minute];
    const Items &hours = m_items[CronExpression::Hour];

    // A short list of exact times reads best as clock times: "08:00 and 18:00".
    *fixed = allValues(seconds) && allValues(minutes) && allValues(hours)
             && seconds.size() * minutes.size() * hours.size() <= 12;
    if (*fixed) {
        QList<int> times;
        for (const Item &h : hours) {
            for (const Item &m : minutes) {
                for (const Item &s : seconds)
                    times << h.from * 3600 + m.from * 60 + s.from;
            }
        }
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        QStringList texts;
        for (const int t : times)
            texts << clockTime(t / 3600, t / 60 % 60, t % 60);
        return joinList(texts);
    }

    QStringList parts;
    const bool secondZero = seconds.size() == 1 && seconds.first().kind == Item::Value && seconds.first().from == 0;
    if (!secondZero) {
        if (isUnrestricted(seconds))
            parts << Tr::tr("every second");
        else if (seconds.size() == 1 && seconds.first().kind == Item::Any)
            parts << Tr::tr("every %1 seconds").arg(seconds.first().step);
        else if (seconds.size() == 1 && seconds.first().kind == Item::Range && seconds.first().step > 1)
            parts << Tr::tr("every %1 seconds from second %2 through %3")
                         .arg(seconds.first().step)
                         .arg(seconds.first().from)
                         .arg(seconds.first().to);
        else if (isSingle(seconds, Item::Value))
            parts << (seconds.first().from == 1 ? Tr::tr("at 1 second past the minute")
                                                : Tr::tr("at %1 seconds past the minute").arg(seconds.first().from));
        else
            parts << Tr::tr("at seconds %1").arg(listing(seconds, number));
    }

    bool hoursDone = false;
    if (isUnrestricted(minutes)) {
        if (secondZero)
            parts << Tr::tr("every minute");
    } else if (minutes.size() == 1 && minutes.first().kind == Item::Any) {
        parts << Tr::tr("every %1 minutes").arg(minutes.first().step);
    } else if (minutes.size() == 1 && minutes.first().kind == Item::Range && minutes.first().step > 1) {
        parts << Tr::tr("every %1 minutes from minute %2 through %3")
                     .arg(minutes.first().step)
                     .arg(minutes.first().from)
                     .arg(minutes.first().to);
    } else if (isSingle(minutes, Item::Value) && minutes.first().from == 0 && secondZero) {
        // On the hour: say which hours in the same phrase.
        hoursDone = true;
        const Item &h = hours.first();
        if (isUnrestricted(hours))
            parts << Tr::tr("every hour");
        else if (hours.size() == 1 && h.kind == Item::Any)
            parts << Tr::tr("every %1 hours").arg(h.step);
        else if (hours.size() == 1 && h.kind == Item::Range && h.step == 1)
            parts << Tr::tr("every hour from %1 through %2").arg(clockTime(h.from, 0), clockTime(h.to, 0));
        else if (hours.size() == 1 && h.kind == Item::Range)
            parts << Tr::tr("every %1 hours from %2 through %3")
                         .arg(h.step)
                         .arg(clockTime(h.from, 0), clockTime(h.to, 0));
        else
            parts << Tr::tr("on the hour, during hours %1").arg(listing(hours, twoDigits));
    } else if (isSingle(minutes, Item::Value)) {
        parts << (minutes.first().from == 1 ? Tr::tr("at 1 minute past the hour")
                                            : Tr::tr("at %1 minutes past the hour").arg(minutes.first().from));
    } else {
        parts << Tr::tr("at minutes %1").arg(listing(minutes, number));
    }

    if (!hoursDone && !isUnrestricted(hours)) {
        const Item &h = hours.first();
        if (hours.size() == 1 && h.kind == Item::Any)
            parts << Tr::tr("every %1 hours").arg(h.step);
        else if (hours.size() == 1 && h.kind == Item::Value)
            parts << Tr::tr("between %1 and %2").arg(clockTime(h.from, 0), clockTime(h.from, 59));
        else if (hours.size() == 1 && h.kind == Item::Range && h.step == 1)
            parts << Tr::tr("between %1 and %2").arg(clockTime(h.from, 0), clockTime(h.to, 59));
        else
            parts << Tr::tr("during hours %1").arg(listing(hours, twoDigits));
    }
    return parts.join(Tr::tr(", "));
}

QString CronDescriber::daysOfMonth() const
{
    const Items &items = m_items[CronExpression::DayOfMonth];
    if (isUnrestricted(items))
        return {};
    if (items.size() == 1 && items.first().kind == Item::Any)
        return Tr::tr("every %1 days of the month, starting on day 1").arg(items.first().step);
    if (items.size() == 1 && items.first().kind == Item::Range && items.first().step > 1) {
        return Tr::tr("every %1 days from day %2 through %3 of the month")
            .arg(items.first().step)
            .arg(items.first().from)
            .arg(items.first().to);
    }

    QStringList fragments;
    QStringList values;
    qsizetype valuesAt = -1; // plain days are listed together where the first of them stood
    for (const Item &item : items) {
        switch (item.kind) {
        case Item::Value:
            if (valuesAt < 0)
                valuesAt = fragments.size(), fragments << QString();
            values << QString::number(item.from);
            break;
        case Item::Range:
            fragments << (item.step == 1 ? Tr::tr("days %1 through %2").arg(item.from).arg(item.to)
                                         : Tr::tr("every %1 days from day %2 through %3")
                                               .arg(item.step)
                                               .arg(item.from)
                                               .arg(item.to));
            break;
        case Item::Last:
            fragments << (item.from == 0   ? Tr::tr("the last day")
                          : item.from == 1 ? Tr::tr("the day before the last day")
                                           : Tr::tr("the day %1 days before the last day").arg(item.from));
            break;
        case Item::LastWeekday:
            fragments << Tr::tr("the last weekday");
            break;
        case Item::NearestWeekday:
            fragments << Tr::tr("the weekday nearest day %1").arg(item.from);
            break;
        default:
            fragments << Tr::tr("every %1 days").arg(item.step);
            break;
        }
    }
    if (valuesAt >= 0)
        fragments[valuesAt] = values.size() == 1 ? Tr::tr("day %1").arg(values.first())
                                                 : Tr::tr("days %1").arg(joinList(values));
    return Tr::tr("on %1 of the month").arg(joinList(fragments));
}

QString CronDescriber::daysOfWeek(bool alternative) const
{
    const Items &items = m_items[CronExpression::DayOfWeek];
    if (isUnrestricted(items))
        return {};
    if (isSingle(items, Item::Range)) {
        const QString range = Tr::tr("%1 through %2").arg(weekdayName(items.first().from),
                                                        weekdayName(items.first().to));
        return alternative ? Tr::tr("on %1").arg(range) : range;
    }

    const bool plain = std::all_of(items.begin(), items.end(), [](const Item &item) {
        return item.kind == Item::Value || item.kind == Item::Range || item.kind == Item::Any;
    });
    if (plain) {
        // Lists and steps read best as the days themselves, Monday first: "only on Monday and Friday".
        const QList<int> days = expand(items, 0, 6, 7);
        QStringList names;
        for (const int weekday : {1, 2, 3, 4, 5, 6, 0}) {
            if (days.contains(weekday))
                names << weekdayName(weekday);
        }
        return alternative ? Tr::tr("on %1").arg(joinList(names)) : Tr::tr("only on %1").arg(joinList(names));
    }

    QStringList fragments;
    QList<Item> plainItems;
    for (const Item &item : items) {
        switch (item.kind) {
        case Item::Nth:
            fragments << Tr::tr("the %1 %2 of the month").arg(ordinal(item.to), weekdayName(item.from));
            break;
        case Item::LastOf:
            fragments << Tr::tr("the last %1 of the month").arg(weekdayName(item.from));
            break;
        default:
            plainItems << item;
            break;
        }
    }
    for (const int weekday : expand(plainItems, 0, 6, 7))
        fragments << Tr::tr("every %1").arg(weekdayName(weekday));
    return Tr::tr("on %1").arg(joinList(fragments));
}

QString CronDescriber::months() const
{
    const Items &items = m_items[CronExpression::Month];
    if (isUnrestricted(items))
        return {};
    if (isSingle(items, Item::Range))
        return Tr::tr("%1 through %2").arg(monthName(items.first().from), monthName(items.first().to));
    QStringList names;
    for (const int month : expand(items, 1, 12, 12))
        names << monthName(month);
    return Tr::tr("only in %1").arg(joinList(names));
}

QString CronDescriber::years() const
{
    const Items &items = m_items[CronExpression::Year];
    if (isUnrestricted(items))
        return {};
    if (items.size() == 1 && items.first().kind == Item::Any)
        return Tr::tr("every %1 years, starting in 1970").arg(items.first().step);
    if (allValues(items))
        return Tr::tr("only in %1").arg(listing(items, number));
    return Tr::tr("in %1").arg(listing(items, number));
}

} // namespace Takt::Internal
