#pragma once
// CronDescriber: puts a parsed cron expression into words ("At 02:30, Monday through Friday").
// Internal to engine/schedule; works on CronExpression's canonical fields (numbers, no names).

#include "cronexpression.h"

#include <QList>
#include <QString>

#include <array>

namespace Takt::Internal {

class CronDescriber final
{
public:
    explicit CronDescriber(const std::array<QString, CronExpression::FieldCount> &fields);

    /// Good English for the common shapes, a plain but correct listing for the rest; never empty.
    QString describe() const;

    /// One comma-separated item of a canonical field.
    struct Item
    {
        enum Kind {
            Any,            // "*" or "?", with `step`
            Value,          // from
            Range,          // from-to with `step`; "a/n" is a range to the field's end
            Last,           // "L-from" (from = 0 for plain "L")
            LastWeekday,    // "LW"
            NearestWeekday, // "fromW"
            Nth,            // "from#to": the to-th weekday `from` of the month
            LastOf,         // "fromL": the last weekday `from` of the month
        };
        Kind kind = Any;
        int from = 0;
        int to = 0;
        int step = 1;
    };

private:
    using Items = QList<Item>;

    QString timeOfDay(bool *fixed) const;
    QString daysOfMonth() const;
    QString daysOfWeek(bool alternative) const;
    QString months() const;
    QString years() const;

    std::array<Items, CronExpression::FieldCount> m_items;
};

} // namespace Takt::Internal
