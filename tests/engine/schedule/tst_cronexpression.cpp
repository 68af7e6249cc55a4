// Tests CronExpression: the grammar (fields, names, steps, Quartz forms, aliases), its rejections,
// and next fire times across calendars and DST changes. The expected times were computed by an
// independent brute-force reference (Python zoneinfo, walking every local minute) and spot-checked
// against zdump; they are not the implementation's own output.

#include <engine/schedule/cronexpression.h>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Takt::CronExpression;

namespace {
/// The error text of a failed Result, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QByteArray errorOf(const Takt::Result<T> &result)
{
    return result.isOk() ? QByteArray() : result.error().toString().toUtf8();
}

QString isoIn(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate);
}

qint64 msAt(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}
} // namespace

class tst_CronExpression : public QObject
{
    Q_OBJECT

private slots:
    void defaultConstructedIsInvalid();
    void parse_data();
    void parse();
    void followsWallClock_data();
    void followsWallClock();
    void parseError_data();
    void parseError();
    void nextFireTime_data();
    void nextFireTime();
    void neverFires_data();
    void neverFires();
    void strictlyAfter();
    void copyAndEquality();
};

void tst_CronExpression::defaultConstructedIsInvalid()
{
    const CronExpression cron;
    QVERIFY(!cron.isValid());
    QVERIFY(cron.text().isEmpty());
    QCOMPARE(cron.nextFireTime(0, QTimeZone::utc()), 0);
    QVERIFY(cron.describe().isEmpty());
    QVERIFY(cron.field(CronExpression::Minute).isEmpty());
    QCOMPARE(cron, CronExpression());
}

void tst_CronExpression::parse_data()
{
    // fields: canonical second minute hour day-of-month month day-of-week year
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<int>("written");

    QTest::newRow("5 fields") << u"*/15 * * * *"_s << u"0 */15 * * * * *"_s << 5;
    QTest::newRow("surrounding and inner whitespace") << u"  30\t2  * *   1-5 "_s << u"0 30 2 * * 1-5 *"_s << 5;
    QTest::newRow("6 fields: leading seconds") << u"10 30 2 * * *"_s << u"10 30 2 * * * *"_s << 6;
    QTest::newRow("7 fields: trailing year") << u"0 0 0 1 1 * 2030"_s << u"0 0 0 1 1 * 2030"_s << 7;
    QTest::newRow("month names") << u"0 0 1 JAN,jul,Dec *"_s << u"0 0 0 1 1,7,12 * *"_s << 5;
    QTest::newRow("month name range") << u"0 0 1 mar-MAY *"_s << u"0 0 0 1 3-5 * *"_s << 5;
    QTest::newRow("weekday names") << u"0 0 * * sun,MON,Sat"_s << u"0 0 0 * * 0,1,6 *"_s << 5;
    QTest::newRow("weekday name range") << u"0 0 * * MON-FRI"_s << u"0 0 0 * * 1-5 *"_s << 5;
    QTest::newRow("weekday 7 kept") << u"0 0 * * 7"_s << u"0 0 0 * * 7 *"_s << 5;
    QTest::newRow("step on a value") << u"5/10 * * * *"_s << u"0 5/10 * * * * *"_s << 5;
    QTest::newRow("step on a range") << u"0 9-17/2 * * *"_s << u"0 0 9-17/2 * * * *"_s << 5;
    QTest::newRow("wrap-around hour range") << u"0 22-2 * * *"_s << u"0 0 22-2 * * * *"_s << 5;
    QTest::newRow("wrap-around weekday names") << u"0 0 * * FRI-MON"_s << u"0 0 0 * * 5-1 *"_s << 5;
    QTest::newRow("question marks") << u"0 0 12 ? * MON"_s << u"0 0 12 ? * 1 *"_s << 6;
    QTest::newRow("L") << u"0 0 L * *"_s << u"0 0 0 L * * *"_s << 5;
    QTest::newRow("lower-case l") << u"0 0 l * *"_s << u"0 0 0 L * * *"_s << 5;
    QTest::newRow("L-3") << u"0 0 L-3 * *"_s << u"0 0 0 L-3 * * *"_s << 5;
    QTest::newRow("LW") << u"0 0 LW * *"_s << u"0 0 0 LW * * *"_s << 5;
    QTest::newRow("lower-case lw") << u"0 0 lw * *"_s << u"0 0 0 LW * * *"_s << 5;
    QTest::newRow("nW") << u"0 0 15W * *"_s << u"0 0 0 15W * * *"_s << 5;
    QTest::newRow("lower-case w") << u"0 0 15w * *"_s << u"0 0 0 15W * * *"_s << 5;
    QTest::newRow("L combined with days") << u"0 0 1,15,L * *"_s << u"0 0 0 1,15,L * * *"_s << 5;
    QTest::newRow("n#k") << u"0 0 * * 1#2"_s << u"0 0 0 * * 1#2 *"_s << 5;
    QTest::newRow("name#k") << u"0 0 * * fri#3"_s << u"0 0 0 * * 5#3 *"_s << 5;
    QTest::newRow("nL") << u"0 0 * * 5L"_s << u"0 0 0 * * 5L *"_s << 5;
    QTest::newRow("nameL") << u"0 0 * * FRIL"_s << u"0 0 0 * * 5L *"_s << 5;
    QTest::newRow("year list and range") << u"0 0 0 1 1 * 2025,2027-2029"_s << u"0 0 0 1 1 * 2025,2027-2029"_s << 7;
    QTest::newRow("year step") << u"0 0 0 1 1 * 2024/4"_s << u"0 0 0 1 1 * 2024/4"_s << 7;
    QTest::newRow("@yearly") << u"@yearly"_s << u"0 0 0 1 1 * *"_s << 5;
    QTest::newRow("@annually") << u"@annually"_s << u"0 0 0 1 1 * *"_s << 5;
    QTest::newRow("@monthly") << u"@monthly"_s << u"0 0 0 1 * * *"_s << 5;
    QTest::newRow("@weekly") << u"@weekly"_s << u"0 0 0 * * 0 *"_s << 5;
    QTest::newRow("@daily") << u"@daily"_s << u"0 0 0 * * * *"_s << 5;
    QTest::newRow("@midnight") << u"@midnight"_s << u"0 0 0 * * * *"_s << 5;
    QTest::newRow("@hourly") << u"@hourly"_s << u"0 0 * * * * *"_s << 5;
    QTest::newRow("@HOURLY in capitals") << u"@HOURLY"_s << u"0 0 * * * * *"_s << 5;
    QTest::newRow("leading zeros") << u"05 09 01 01 *"_s << u"0 5 9 1 1 * *"_s << 5;
}

void tst_CronExpression::parse()
{
    QFETCH(QString, expression);
    QFETCH(QString, fields);
    QFETCH(int, written);

    const Takt::Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.isOk(), errorOf(cron).constData());
    QVERIFY(cron->isValid());
    QCOMPARE(cron->text(), expression.trimmed());
    QStringList canonical;
    for (int f = 0; f < CronExpression::FieldCount; ++f)
        canonical << cron->field(CronExpression::Field(f));
    QCOMPARE(canonical.join(u' '), fields);
    QCOMPARE(cron->writtenFieldCount(), written);
    QVERIFY(cron->canFire());
}

void tst_CronExpression::followsWallClock_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("wallClock");

    QTest::newRow("*/5 minutes") << u"*/5 * * * *"_s << true;
    QTest::newRow("* minute, fixed hour") << u"* 2 * * *"_s << true;
    QTest::newRow("fixed minute, * hour") << u"0 * * * *"_s << true;
    QTest::newRow("fixed minute, */2 hour") << u"30 */2 * * *"_s << true;
    QTest::newRow("fixed minute and hour") << u"30 2 * * *"_s << false;
    QTest::newRow("hour range is fixed") << u"0 1-3 * * *"_s << false;
    QTest::newRow("hour list is fixed") << u"0 2,14 * * *"_s << false;
    QTest::newRow("minute step on a value is fixed") << u"0/15 2 * * *"_s << false;
    QTest::newRow("6 fields: * seconds") << u"* 30 2 * * *"_s << true;
    QTest::newRow("6 fields: */10 seconds") << u"*/10 30 2 * * *"_s << true;
    QTest::newRow("6 fields: all fixed") << u"0 30 2 * * *"_s << false;
    QTest::newRow("day fields do not count") << u"30 2 * * *"_s << false;
    QTest::newRow("@hourly") << u"@hourly"_s << true;
    QTest::newRow("@daily") << u"@daily"_s << false;
    QTest::newRow("@weekly") << u"@weekly"_s << false;
}

void tst_CronExpression::followsWallClock()
{
    QFETCH(QString, expression);
    QFETCH(bool, wallClock);
    const Takt::Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.isOk(), errorOf(cron).constData());
    QCOMPARE(cron->followsWallClock(), wallClock);
}

void tst_CronExpression::parseError_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    // Out of range, in every field.
    QTest::newRow("day-of-month 32") << u"0 0 32 * *"_s << u"day-of-month"_s << u"32 is out of range 1-31"_s;
    QTest::newRow("day-of-month 0") << u"0 0 0 * *"_s << u"day-of-month"_s << u"0 is out of range 1-31"_s;
    QTest::newRow("minute 60") << u"60 * * * *"_s << u"minute"_s << u"60 is out of range 0-59"_s;
    QTest::newRow("hour 24") << u"* 24 * * *"_s << u"hour"_s << u"24 is out of range 0-23"_s;
    QTest::newRow("month 13") << u"0 0 * 13 *"_s << u"month"_s << u"13 is out of range 1-12"_s;
    QTest::newRow("month 0") << u"0 0 * 0 *"_s << u"month"_s << u"0 is out of range 1-12"_s;
    QTest::newRow("day-of-week 8") << u"0 0 * * 8"_s << u"day-of-week"_s << u"8 is out of range 0-7"_s;
    QTest::newRow("second 61") << u"61 * * * * *"_s << u"second"_s << u"61 is out of range 0-59"_s;
    QTest::newRow("year 1969") << u"0 0 0 1 1 * 1969"_s << u"year"_s << u"1969 is out of range 1970-2199"_s;
    QTest::newRow("year 2200") << u"0 0 0 1 1 * 2200"_s << u"year"_s << u"2200 is out of range 1970-2199"_s;
    QTest::newRow("range end out of range") << u"0 0 1-40 * *"_s << u"day-of-month"_s << u"40 is out of range 1-31"_s;
    QTest::newRow("huge number") << u"0 0 99999999999 * *"_s << u"day-of-month"_s << u"99999999999 is out of range 1-31"_s;
    QTest::newRow("out of range in a list") << u"0,75 * * * *"_s << u"minute"_s << u"75 is out of range 0-59"_s;
    // Steps.
    QTest::newRow("step 0 in minute") << u"*/0 * * * *"_s << u"minute"_s << u"step 0 is not allowed; a step must be at least 1"_s;
    QTest::newRow("step 0 in hour") << u"0 */0 * * *"_s << u"hour"_s << u"step 0 is not allowed; a step must be at least 1"_s;
    QTest::newRow("step 0 on a range") << u"0 1-5/0 * * *"_s << u"hour"_s << u"step 0 is not allowed; a step must be at least 1"_s;
    QTest::newRow("step larger than minutes") << u"*/61 * * * *"_s << u"minute"_s << u"step 61 is out of range 1-60"_s;
    QTest::newRow("step larger than hours") << u"0 */25 * * *"_s << u"hour"_s << u"step 25 is out of range 1-24"_s;
    QTest::newRow("step larger than days") << u"0 0 */32 * *"_s << u"day-of-month"_s << u"step 32 is out of range 1-31"_s;
    QTest::newRow("step larger than months") << u"0 0 * */13 *"_s << u"month"_s << u"step 13 is out of range 1-12"_s;
    QTest::newRow("step larger than a week") << u"0 0 * * */8"_s << u"day-of-week"_s << u"step 8 is out of range 1-7"_s;
    QTest::newRow("step not a number") << u"*/x * * * *"_s << u"minute"_s << u"step 'x' is not a number"_s;
    QTest::newRow("step missing") << u"5/ * * * *"_s << u"minute"_s << u"step '' is not a number"_s;
    QTest::newRow("two steps") << u"1/2/3 * * * *"_s << u"minute"_s << u"'1/2/3' has more than one step"_s;
    // Ranges.
    QTest::newRow("reversed day-of-month range") << u"0 0 20-10 * *"_s << u"day-of-month"_s
                                                 << u"range 20-10 is reversed; write the smaller value first"_s;
    QTest::newRow("reversed year range") << u"0 0 0 1 1 * 2030-2025"_s << u"year"_s
                                         << u"range 2030-2025 is reversed; write the smaller value first"_s;
    QTest::newRow("range without end") << u"1- * * * *"_s << u"minute"_s << u"'1-' is not a valid range; write e.g. 1-5"_s;
    QTest::newRow("range without start") << u"-5 * * * *"_s << u"minute"_s << u"'-5' is not a valid range; write e.g. 1-5"_s;
    QTest::newRow("range with three ends") << u"0 0 1-2-3 * *"_s << u"day-of-month"_s << u"'1-2-3' is not a valid range; write e.g. 1-5"_s;
    // Names and numbers.
    QTest::newRow("letters in minute") << u"x * * * *"_s << u"minute"_s << u"'x' is not a number"_s;
    QTest::newRow("month name in hour") << u"0 JAN * * *"_s << u"hour"_s << u"'JAN' is not a number"_s;
    QTest::newRow("negative number") << u"0 0 * * -1"_s << u"day-of-week"_s << u"'-1' is not a valid range; write e.g. 1-5"_s;
    QTest::newRow("unknown month") << u"0 0 * FOO *"_s << u"month"_s << u"'FOO' is not a month; use 1-12 or JAN-DEC"_s;
    QTest::newRow("unknown month in a range") << u"0 0 * JAN-FOO *"_s << u"month"_s << u"'FOO' is not a month; use 1-12 or JAN-DEC"_s;
    QTest::newRow("full month name") << u"0 0 * January *"_s << u"month"_s << u"'January' is not a month; use 1-12 or JAN-DEC"_s;
    QTest::newRow("unknown weekday") << u"0 0 * * FOO"_s << u"day-of-week"_s << u"'FOO' is not a day of the week; use 0-7 or SUN-SAT"_s;
    QTest::newRow("full weekday name") << u"0 0 * * MONDAY"_s << u"day-of-week"_s << u"'MONDAY' is not a day of the week; use 0-7 or SUN-SAT"_s;
    QTest::newRow("weekday name in month") << u"0 0 * MON *"_s << u"month"_s << u"'MON' is not a month; use 1-12 or JAN-DEC"_s;
    QTest::newRow("empty list item") << u"1,,2 * * * *"_s << u"minute"_s << u"'1,,2' has an empty list item"_s;
    QTest::newRow("trailing comma") << u"1, * * * *"_s << u"minute"_s << u"'1,' has an empty list item"_s;
    // Quartz forms: #.
    QTest::newRow("# occurrence 6") << u"0 0 * * 1#6"_s << u"day-of-week"_s << u"occurrence 6 in '1#6' is out of range 1-5"_s;
    QTest::newRow("# occurrence 0") << u"0 0 * * 1#0"_s << u"day-of-week"_s << u"occurrence 0 in '1#0' is out of range 1-5"_s;
    QTest::newRow("# occurrence not a number") << u"0 0 * * 1#x"_s << u"day-of-week"_s
                                               << u"'1#x' is not a valid # form; write e.g. MON#2 for the second Monday"_s;
    QTest::newRow("# weekday out of range") << u"0 0 * * 8#2"_s << u"day-of-week"_s << u"8 is out of range 0-7"_s;
    QTest::newRow("# two hashes") << u"0 0 * * 1#2#3"_s << u"day-of-week"_s
                                  << u"'1#2#3' is not a valid # form; write e.g. MON#2 for the second Monday"_s;
    QTest::newRow("# in day-of-month") << u"0 0 1#2 * *"_s << u"day-of-month"_s << u"'#' is only allowed in day-of-week"_s;
    QTest::newRow("# in minute") << u"1#2 * * * *"_s << u"minute"_s << u"'#' is only allowed in day-of-week"_s;
    // Quartz forms: L.
    QTest::newRow("L in minute") << u"L * * * *"_s << u"minute"_s << u"'L' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("L in hour") << u"0 L * * *"_s << u"hour"_s << u"'L' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("L in month") << u"0 0 * L *"_s << u"month"_s << u"'L' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("5L in hour") << u"0 5L * * *"_s << u"hour"_s << u"'L' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("L-2 in second") << u"L-2 0 0 * * *"_s << u"second"_s << u"'L' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("L alone in day-of-week") << u"0 0 * * L"_s << u"day-of-week"_s
                                            << u"'L' in day-of-week needs a weekday, e.g. 5L or FRIL for the last Friday"_s;
    QTest::newRow("L with junk") << u"0 0 LX * *"_s << u"day-of-month"_s << u"'LX' is not a valid L form; use L, L-3 or LW"_s;
    QTest::newRow("L-31") << u"0 0 L-31 * *"_s << u"day-of-month"_s << u"31 in 'L-31' is out of range 1-30"_s;
    QTest::newRow("L-0") << u"0 0 L-0 * *"_s << u"day-of-month"_s << u"0 in 'L-0' is out of range 1-30"_s;
    QTest::newRow("L with a step") << u"0 0 L/2 * *"_s << u"day-of-month"_s << u"'L/2' is not a valid L form; use L, L-3 or LW"_s;
    QTest::newRow("nL with bad weekday") << u"0 0 * * 9L"_s << u"day-of-week"_s << u"9 is out of range 0-7"_s;
    // Quartz forms: W.
    QTest::newRow("W alone") << u"0 0 W * *"_s << u"day-of-month"_s << u"'W' is not a valid W form; W needs a single day, e.g. 15W"_s;
    QTest::newRow("W on a range") << u"0 0 1-5W * *"_s << u"day-of-month"_s << u"'1-5W' is not a valid W form; W needs a single day, e.g. 15W"_s;
    QTest::newRow("32W") << u"0 0 32W * *"_s << u"day-of-month"_s << u"32 is out of range 1-31"_s;
    QTest::newRow("W in hour") << u"0 15W * * *"_s << u"hour"_s << u"'W' is only allowed in day-of-month"_s;
    QTest::newRow("W in day-of-week") << u"0 0 * * 5W"_s << u"day-of-week"_s << u"'W' is only allowed in day-of-month"_s;
    QTest::newRow("LW in day-of-week") << u"0 0 * * LW"_s << u"day-of-week"_s << u"'W' is only allowed in day-of-month"_s;
    // Quartz forms: ?.
    QTest::newRow("? in minute") << u"? * * * *"_s << u"minute"_s << u"'?' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("? in hour") << u"0 ? * * *"_s << u"hour"_s << u"'?' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("? in month") << u"0 0 * ? *"_s << u"month"_s << u"'?' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("? in year") << u"0 0 0 1 1 * ?"_s << u"year"_s << u"'?' is only allowed in day-of-month and day-of-week"_s;
    QTest::newRow("? in a day-of-month list") << u"0 0 ?,1 * *"_s << u"day-of-month"_s << u"'?' cannot be combined with other values"_s;
    QTest::newRow("? in a day-of-week list") << u"0 0 1 * ?,1"_s << u"day-of-week"_s << u"'?' cannot be combined with other values"_s;
    QTest::newRow("? with a step") << u"0 0 ?/2 * *"_s << u"day-of-month"_s << u"'?' must stand alone"_s;
    // Whole expression.
    QTest::newRow("4 fields") << u"0 0 * *"_s << u"schedule"_s << u"expected 5, 6 or 7 fields, got 4"_s;
    QTest::newRow("1 field") << u"*"_s << u"schedule"_s << u"expected 5, 6 or 7 fields, got 1"_s;
    QTest::newRow("8 fields") << u"0 0 * * * * * *"_s << u"schedule"_s << u"expected 5, 6 or 7 fields, got 8"_s;
    QTest::newRow("empty") << u""_s << u"schedule"_s << u"the schedule is empty"_s;
    QTest::newRow("blank") << u"  \t "_s << u"schedule"_s << u"the schedule is empty"_s;
    QTest::newRow("unknown alias") << u"@fortnightly"_s << u"schedule"_s
                                   << u"unknown alias '@fortnightly'; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every or @at"_s;
    QTest::newRow("alias with arguments") << u"@daily 5"_s << u"schedule"_s << u"@daily takes no arguments"_s;
    // The first bad field is reported.
    QTest::newRow("first error wins") << u"99 99 * * *"_s << u"minute"_s << u"99 is out of range 0-59"_s;
}

void tst_CronExpression::parseError()
{
    QFETCH(QString, expression);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const Takt::Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY(!cron.isOk());
    QCOMPARE(cron.error().code, Takt::ErrorCode::InvalidArgument);
    QCOMPARE(cron.error().field, field);
    QCOMPARE(cron.error().message, message);
    QCOMPARE(cron.error().toString(), field + u": "_s + message);
}

void tst_CronExpression::nextFireTime_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected"); // successive fire times in the zone, ISO 8601, space-separated

    QTest::newRow("every 15 min") << u"*/15 * * * *"_s << u"UTC"_s << u"2024-06-01T10:07:00+00:00"_s << 3 << u"2024-06-01T10:15:00+00:00 2024-06-01T10:30:00+00:00 2024-06-01T10:45:00+00:00"_s;
    QTest::newRow("every 15 min exactly on boundary") << u"*/15 * * * *"_s << u"UTC"_s << u"2024-06-01T10:15:00+00:00"_s << 2 << u"2024-06-01T10:30:00+00:00 2024-06-01T10:45:00+00:00"_s;
    QTest::newRow("every minute") << u"* * * * *"_s << u"UTC"_s << u"2024-06-01T10:07:30+00:00"_s << 3 << u"2024-06-01T10:08:00+00:00 2024-06-01T10:09:00+00:00 2024-06-01T10:10:00+00:00"_s;
    QTest::newRow("every minute across midnight") << u"* * * * *"_s << u"UTC"_s << u"2024-12-31T23:58:59+00:00"_s << 3 << u"2024-12-31T23:59:00+00:00 2025-01-01T00:00:00+00:00 2025-01-01T00:01:00+00:00"_s;
    QTest::newRow("hourly at :00") << u"0 * * * *"_s << u"UTC"_s << u"2024-06-01T10:00:00+00:00"_s << 2 << u"2024-06-01T11:00:00+00:00 2024-06-01T12:00:00+00:00"_s;
    QTest::newRow("hourly at :30") << u"30 * * * *"_s << u"UTC"_s << u"2024-06-01T10:45:00+00:00"_s << 2 << u"2024-06-01T11:30:00+00:00 2024-06-01T12:30:00+00:00"_s;
    QTest::newRow("Monday 09:00") << u"0 9 * * MON"_s << u"UTC"_s << u"2024-06-01T12:00:00+00:00"_s << 2 << u"2024-06-03T09:00:00+00:00 2024-06-10T09:00:00+00:00"_s;
    QTest::newRow("weekdays 02:30") << u"30 2 * * 1-5"_s << u"UTC"_s << u"2024-06-07T03:00:00+00:00"_s << 3 << u"2024-06-10T02:30:00+00:00 2024-06-11T02:30:00+00:00 2024-06-12T02:30:00+00:00"_s;
    QTest::newRow("weekdays by name") << u"30 2 * * MON-FRI"_s << u"UTC"_s << u"2024-06-07T03:00:00+00:00"_s << 3 << u"2024-06-10T02:30:00+00:00 2024-06-11T02:30:00+00:00 2024-06-12T02:30:00+00:00"_s;
    QTest::newRow("lower-case names") << u"30 2 * * mon-fri"_s << u"UTC"_s << u"2024-06-07T03:00:00+00:00"_s << 2 << u"2024-06-10T02:30:00+00:00 2024-06-11T02:30:00+00:00"_s;
    QTest::newRow("mixed-case names") << u"0 0 1 jan,Jul *"_s << u"UTC"_s << u"2024-02-01T00:00:00+00:00"_s << 3 << u"2024-07-01T00:00:00+00:00 2025-01-01T00:00:00+00:00 2025-07-01T00:00:00+00:00"_s;
    QTest::newRow("list of minutes") << u"0,20,40 * * * *"_s << u"UTC"_s << u"2024-06-01T10:41:00+00:00"_s << 3 << u"2024-06-01T11:00:00+00:00 2024-06-01T11:20:00+00:00 2024-06-01T11:40:00+00:00"_s;
    QTest::newRow("list of hours") << u"0 8,12,18 * * *"_s << u"UTC"_s << u"2024-06-01T12:00:00+00:00"_s << 4 << u"2024-06-01T18:00:00+00:00 2024-06-02T08:00:00+00:00 2024-06-02T12:00:00+00:00 2024-06-02T18:00:00+00:00"_s;
    QTest::newRow("range of hours") << u"0 9-11 * * *"_s << u"UTC"_s << u"2024-06-01T10:30:00+00:00"_s << 3 << u"2024-06-01T11:00:00+00:00 2024-06-02T09:00:00+00:00 2024-06-02T10:00:00+00:00"_s;
    QTest::newRow("range with step") << u"0 9-17/4 * * *"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 4 << u"2024-06-01T09:00:00+00:00 2024-06-01T13:00:00+00:00 2024-06-01T17:00:00+00:00 2024-06-02T09:00:00+00:00"_s;
    QTest::newRow("value with step a/n") << u"0 5/6 * * *"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 5 << u"2024-06-01T05:00:00+00:00 2024-06-01T11:00:00+00:00 2024-06-01T17:00:00+00:00 2024-06-01T23:00:00+00:00 2024-06-02T05:00:00+00:00"_s;
    QTest::newRow("minute a/n") << u"10/20 * * * *"_s << u"UTC"_s << u"2024-06-01T10:55:00+00:00"_s << 4 << u"2024-06-01T11:10:00+00:00 2024-06-01T11:30:00+00:00 2024-06-01T11:50:00+00:00 2024-06-01T12:10:00+00:00"_s;
    QTest::newRow("every 2 hours") << u"0 */2 * * *"_s << u"UTC"_s << u"2024-06-01T01:00:00+00:00"_s << 3 << u"2024-06-01T02:00:00+00:00 2024-06-01T04:00:00+00:00 2024-06-01T06:00:00+00:00"_s;
    QTest::newRow("every 7 minutes wraps at the hour") << u"*/7 * * * *"_s << u"UTC"_s << u"2024-06-01T10:50:00+00:00"_s << 3 << u"2024-06-01T10:56:00+00:00 2024-06-01T11:00:00+00:00 2024-06-01T11:07:00+00:00"_s;
    QTest::newRow("step 1") << u"*/1 * * * *"_s << u"UTC"_s << u"2024-06-01T10:50:00+00:00"_s << 2 << u"2024-06-01T10:51:00+00:00 2024-06-01T10:52:00+00:00"_s;
    QTest::newRow("hours wrap-around range") << u"0 22-2 * * *"_s << u"UTC"_s << u"2024-06-01T21:00:00+00:00"_s << 6 << u"2024-06-01T22:00:00+00:00 2024-06-01T23:00:00+00:00 2024-06-02T00:00:00+00:00 2024-06-02T01:00:00+00:00 2024-06-02T02:00:00+00:00 2024-06-02T22:00:00+00:00"_s;
    QTest::newRow("minutes wrap-around range") << u"50-10/10 * * * *"_s << u"UTC"_s << u"2024-06-01T10:45:00+00:00"_s << 4 << u"2024-06-01T10:50:00+00:00 2024-06-01T11:00:00+00:00 2024-06-01T11:10:00+00:00 2024-06-01T11:50:00+00:00"_s;
    QTest::newRow("list mixing ranges and values") << u"0 1,3-4,6 * * *"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 5 << u"2024-06-01T01:00:00+00:00 2024-06-01T03:00:00+00:00 2024-06-01T04:00:00+00:00 2024-06-01T06:00:00+00:00 2024-06-02T01:00:00+00:00"_s;
    QTest::newRow("Sunday as 0") << u"0 12 * * 0"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T12:00:00+00:00 2024-06-09T12:00:00+00:00"_s;
    QTest::newRow("Sunday as 7") << u"0 12 * * 7"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T12:00:00+00:00 2024-06-09T12:00:00+00:00"_s;
    QTest::newRow("Sunday as SUN") << u"0 12 * * SUN"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T12:00:00+00:00 2024-06-09T12:00:00+00:00"_s;
    QTest::newRow("range 5-7 is Fri-Sun") << u"0 12 * * 5-7"_s << u"UTC"_s << u"2024-06-03T00:00:00+00:00"_s << 4 << u"2024-06-07T12:00:00+00:00 2024-06-08T12:00:00+00:00 2024-06-09T12:00:00+00:00 2024-06-14T12:00:00+00:00"_s;
    QTest::newRow("weekday wrap FRI-MON") << u"0 12 * * FRI-MON"_s << u"UTC"_s << u"2024-06-04T00:00:00+00:00"_s << 5 << u"2024-06-07T12:00:00+00:00 2024-06-08T12:00:00+00:00 2024-06-09T12:00:00+00:00 2024-06-10T12:00:00+00:00 2024-06-14T12:00:00+00:00"_s;
    QTest::newRow("weekday wrap SAT-SUN") << u"0 12 * * SAT-SUN"_s << u"UTC"_s << u"2024-06-03T00:00:00+00:00"_s << 3 << u"2024-06-08T12:00:00+00:00 2024-06-09T12:00:00+00:00 2024-06-15T12:00:00+00:00"_s;
    QTest::newRow("weekday 7-2 is Sun-Tue") << u"0 12 * * 7-2"_s << u"UTC"_s << u"2024-06-04T00:00:00+00:00"_s << 4 << u"2024-06-04T12:00:00+00:00 2024-06-09T12:00:00+00:00 2024-06-10T12:00:00+00:00 2024-06-11T12:00:00+00:00"_s;
    QTest::newRow("weekday step */2") << u"0 12 * * */2"_s << u"UTC"_s << u"2024-06-02T13:00:00+00:00"_s << 4 << u"2024-06-04T12:00:00+00:00 2024-06-06T12:00:00+00:00 2024-06-08T12:00:00+00:00 2024-06-09T12:00:00+00:00"_s;
    QTest::newRow("weekday 1/2") << u"0 12 * * 1/2"_s << u"UTC"_s << u"2024-06-02T13:00:00+00:00"_s << 4 << u"2024-06-03T12:00:00+00:00 2024-06-05T12:00:00+00:00 2024-06-07T12:00:00+00:00 2024-06-10T12:00:00+00:00"_s;
    QTest::newRow("months by name") << u"0 0 1 JAN,APR,JUL,OCT *"_s << u"UTC"_s << u"2024-05-01T00:00:00+00:00"_s << 3 << u"2024-07-01T00:00:00+00:00 2024-10-01T00:00:00+00:00 2025-01-01T00:00:00+00:00"_s;
    QTest::newRow("month range wrap NOV-FEB") << u"0 0 1 NOV-FEB *"_s << u"UTC"_s << u"2024-03-01T00:00:00+00:00"_s << 5 << u"2024-11-01T00:00:00+00:00 2024-12-01T00:00:00+00:00 2025-01-01T00:00:00+00:00 2025-02-01T00:00:00+00:00 2025-11-01T00:00:00+00:00"_s;
    QTest::newRow("month step") << u"0 0 1 */3 *"_s << u"UTC"_s << u"2024-02-01T00:00:00+00:00"_s << 3 << u"2024-04-01T00:00:00+00:00 2024-07-01T00:00:00+00:00 2024-10-01T00:00:00+00:00"_s;
    QTest::newRow("day-of-month list") << u"0 0 1,15 * *"_s << u"UTC"_s << u"2024-06-02T00:00:00+00:00"_s << 3 << u"2024-06-15T00:00:00+00:00 2024-07-01T00:00:00+00:00 2024-07-15T00:00:00+00:00"_s;
    QTest::newRow("day-of-month range") << u"0 0 1-3 * *"_s << u"UTC"_s << u"2024-06-02T00:00:00+00:00"_s << 4 << u"2024-06-03T00:00:00+00:00 2024-07-01T00:00:00+00:00 2024-07-02T00:00:00+00:00 2024-07-03T00:00:00+00:00"_s;
    QTest::newRow("day-of-month step") << u"0 0 */10 * *"_s << u"UTC"_s << u"2024-06-02T00:00:00+00:00"_s << 4 << u"2024-06-11T00:00:00+00:00 2024-06-21T00:00:00+00:00 2024-07-01T00:00:00+00:00 2024-07-11T00:00:00+00:00"_s;
    QTest::newRow("31st skips short months") << u"0 0 31 * *"_s << u"UTC"_s << u"2024-01-31T00:00:00+00:00"_s << 4 << u"2024-03-31T00:00:00+00:00 2024-05-31T00:00:00+00:00 2024-07-31T00:00:00+00:00 2024-08-31T00:00:00+00:00"_s;
    QTest::newRow("30th skips February") << u"0 0 30 * *"_s << u"UTC"_s << u"2024-01-30T00:00:00+00:00"_s << 2 << u"2024-03-30T00:00:00+00:00 2024-04-30T00:00:00+00:00"_s;
    QTest::newRow("29th in February of a leap year") << u"0 0 29 * *"_s << u"UTC"_s << u"2024-01-29T00:00:00+00:00"_s << 3 << u"2024-02-29T00:00:00+00:00 2024-03-29T00:00:00+00:00 2024-04-29T00:00:00+00:00"_s;
    QTest::newRow("29th in February of a common year") << u"0 0 29 * *"_s << u"UTC"_s << u"2023-01-29T00:00:00+00:00"_s << 2 << u"2023-03-29T00:00:00+00:00 2023-04-29T00:00:00+00:00"_s;
    QTest::newRow("Feb 29 skips to next leap year") << u"0 0 29 2 *"_s << u"UTC"_s << u"2024-03-01T00:00:00+00:00"_s << 2 << u"2028-02-29T00:00:00+00:00 2032-02-29T00:00:00+00:00"_s;
    QTest::newRow("Feb 29 from a leap day") << u"0 0 29 2 *"_s << u"UTC"_s << u"2024-02-29T00:00:00+00:00"_s << 1 << u"2028-02-29T00:00:00+00:00"_s;
    QTest::newRow("Feb 29 skips 2100 (not leap)") << u"0 0 29 2 *"_s << u"UTC"_s << u"2096-03-01T00:00:00+00:00"_s << 1 << u"2104-02-29T00:00:00+00:00"_s;
    QTest::newRow("Feb 29 in 2000 (leap)") << u"0 0 29 2 *"_s << u"UTC"_s << u"1999-01-01T00:00:00+00:00"_s << 1 << u"2000-02-29T00:00:00+00:00"_s;
    QTest::newRow("OR rule: 13th or Friday") << u"0 0 13 * FRI"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 5 << u"2024-09-06T00:00:00+00:00 2024-09-13T00:00:00+00:00 2024-09-20T00:00:00+00:00 2024-09-27T00:00:00+00:00 2024-10-04T00:00:00+00:00"_s;
    QTest::newRow("OR rule: 1st or Monday") << u"0 0 1 * 1"_s << u"UTC"_s << u"2024-06-25T00:00:00+00:00"_s << 3 << u"2024-07-01T00:00:00+00:00 2024-07-08T00:00:00+00:00 2024-07-15T00:00:00+00:00"_s;
    QTest::newRow("AND with * dom") << u"0 0 * * FRI"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 2 << u"2024-09-06T00:00:00+00:00 2024-09-13T00:00:00+00:00"_s;
    QTest::newRow("AND with */1 dom") << u"0 0 */1 * FRI"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 2 << u"2024-09-06T00:00:00+00:00 2024-09-13T00:00:00+00:00"_s;
    QTest::newRow("AND with */2 dom (star-prefixed)") << u"0 0 */2 * MON"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 3 << u"2024-06-03T00:00:00+00:00 2024-06-17T00:00:00+00:00 2024-07-01T00:00:00+00:00"_s;
    QTest::newRow("AND with * dow") << u"0 0 13 * *"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 2 << u"2024-09-13T00:00:00+00:00 2024-10-13T00:00:00+00:00"_s;
    QTest::newRow("AND with */2 dow (star-prefixed)") << u"0 0 13 * */2"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 3 << u"2024-06-13T00:00:00+00:00 2024-07-13T00:00:00+00:00 2024-08-13T00:00:00+00:00"_s;
    QTest::newRow("? in day-of-week means no restriction") << u"0 0 13 * ?"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 2 << u"2024-09-13T00:00:00+00:00 2024-10-13T00:00:00+00:00"_s;
    QTest::newRow("? in day-of-month means no restriction") << u"0 0 ? * FRI"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 2 << u"2024-09-06T00:00:00+00:00 2024-09-13T00:00:00+00:00"_s;
    QTest::newRow("Friday the 13th needs no OR with ?") << u"0 0 ? * 5#2"_s << u"UTC"_s << u"2024-09-01T00:00:00+00:00"_s << 3 << u"2024-09-13T00:00:00+00:00 2024-10-11T00:00:00+00:00 2024-11-08T00:00:00+00:00"_s;
    QTest::newRow("6 fields: every 10 seconds") << u"*/10 * * * * *"_s << u"UTC"_s << u"2024-06-01T10:00:05+00:00"_s << 4 << u"2024-06-01T10:00:10+00:00 2024-06-01T10:00:20+00:00 2024-06-01T10:00:30+00:00 2024-06-01T10:00:40+00:00"_s;
    QTest::newRow("6 fields: second 30 of each minute") << u"30 * * * * *"_s << u"UTC"_s << u"2024-06-01T10:00:31+00:00"_s << 2 << u"2024-06-01T10:01:30+00:00 2024-06-01T10:02:30+00:00"_s;
    QTest::newRow("6 fields: fixed time with seconds") << u"15 30 2 * * *"_s << u"UTC"_s << u"2024-06-01T02:30:15+00:00"_s << 2 << u"2024-06-02T02:30:15+00:00 2024-06-03T02:30:15+00:00"_s;
    QTest::newRow("6 fields: second list") << u"0,20,40 0 12 * * *"_s << u"UTC"_s << u"2024-06-01T12:00:00+00:00"_s << 3 << u"2024-06-01T12:00:20+00:00 2024-06-01T12:00:40+00:00 2024-06-02T12:00:00+00:00"_s;
    QTest::newRow("6 fields: every second") << u"* * * * * *"_s << u"UTC"_s << u"2024-06-01T10:00:59.500+00:00"_s << 3 << u"2024-06-01T10:01:00+00:00 2024-06-01T10:01:01+00:00 2024-06-01T10:01:02+00:00"_s;
    QTest::newRow("6 fields with Quartz ?") << u"0 0 12 ? * MON"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-03T12:00:00+00:00 2024-06-10T12:00:00+00:00"_s;
    QTest::newRow("7 fields: single year") << u"0 0 0 1 1 * 2030"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2030-01-01T00:00:00+00:00"_s;
    QTest::newRow("7 fields: year list") << u"0 0 0 1 1 * 2025,2027"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 3 << u"2025-01-01T00:00:00+00:00 2027-01-01T00:00:00+00:00"_s;
    QTest::newRow("7 fields: year range") << u"0 0 12 25 12 * 2025-2027"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 4 << u"2025-12-25T12:00:00+00:00 2026-12-25T12:00:00+00:00 2027-12-25T12:00:00+00:00"_s;
    QTest::newRow("7 fields: year step") << u"0 0 0 1 1 * 2024/4"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 3 << u"2028-01-01T00:00:00+00:00 2032-01-01T00:00:00+00:00 2036-01-01T00:00:00+00:00"_s;
    QTest::newRow("7 fields: any year") << u"0 0 0 1 1 * *"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2025-01-01T00:00:00+00:00 2026-01-01T00:00:00+00:00"_s;
    QTest::newRow("7 fields: year already past") << u"0 0 0 1 1 * 2020"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 1 << u""_s;
    QTest::newRow("7 fields: last year 2199") << u"0 0 0 31 12 * 2199"_s << u"UTC"_s << u"2199-01-01T00:00:00+00:00"_s << 2 << u"2199-12-31T00:00:00+00:00"_s;
    QTest::newRow("L: last day of month") << u"0 0 L * *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 4 << u"2024-01-31T00:00:00+00:00 2024-02-29T00:00:00+00:00 2024-03-31T00:00:00+00:00 2024-04-30T00:00:00+00:00"_s;
    QTest::newRow("L in February, leap year") << u"0 0 L 2 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-02-29T00:00:00+00:00"_s;
    QTest::newRow("L in February, common year") << u"0 0 L 2 *"_s << u"UTC"_s << u"2023-01-01T00:00:00+00:00"_s << 1 << u"2023-02-28T00:00:00+00:00"_s;
    QTest::newRow("L-3: third-to-last day") << u"0 0 L-3 * *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 3 << u"2024-01-28T00:00:00+00:00 2024-02-26T00:00:00+00:00 2024-03-28T00:00:00+00:00"_s;
    QTest::newRow("L-1 in February") << u"0 0 L-1 2 *"_s << u"UTC"_s << u"2023-01-01T00:00:00+00:00"_s << 2 << u"2023-02-27T00:00:00+00:00 2024-02-28T00:00:00+00:00"_s;
    QTest::newRow("L combined with a day") << u"0 0 1,L * *"_s << u"UTC"_s << u"2024-01-02T00:00:00+00:00"_s << 3 << u"2024-01-31T00:00:00+00:00 2024-02-01T00:00:00+00:00 2024-02-29T00:00:00+00:00"_s;
    QTest::newRow("LW: last weekday of month") << u"0 0 LW * *"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 4 << u"2024-06-28T00:00:00+00:00 2024-07-31T00:00:00+00:00 2024-08-30T00:00:00+00:00 2024-09-30T00:00:00+00:00"_s;
    QTest::newRow("LW when the last day is a Saturday") << u"0 0 LW 8 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-08-30T00:00:00+00:00"_s;
    QTest::newRow("15W: weekday nearest the 15th") << u"0 0 15W * *"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 4 << u"2024-06-14T00:00:00+00:00 2024-07-15T00:00:00+00:00 2024-08-15T00:00:00+00:00 2024-09-16T00:00:00+00:00"_s;
    QTest::newRow("1W on a Saturday stays in the month") << u"0 0 1W 6 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-06-03T00:00:00+00:00"_s;
    QTest::newRow("1W on a Sunday") << u"0 0 1W 9 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-09-02T00:00:00+00:00"_s;
    QTest::newRow("31W on a Sunday stays in the month") << u"0 0 31W 3 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-03-29T00:00:00+00:00"_s;
    QTest::newRow("30W on a Saturday") << u"0 0 30W 11 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-11-29T00:00:00+00:00"_s;
    QTest::newRow("31W skips 30-day months") << u"0 0 31W * *"_s << u"UTC"_s << u"2024-04-01T00:00:00+00:00"_s << 2 << u"2024-05-31T00:00:00+00:00 2024-07-31T00:00:00+00:00"_s;
    QTest::newRow("nW on a weekday") << u"0 0 10W 6 *"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 1 << u"2024-06-10T00:00:00+00:00"_s;
    QTest::newRow("#: second Monday") << u"0 0 * * 1#2"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 3 << u"2024-01-08T00:00:00+00:00 2024-02-12T00:00:00+00:00 2024-03-11T00:00:00+00:00"_s;
    QTest::newRow("#: first Sunday as 0#1") << u"0 0 * * 0#1"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 2 << u"2024-01-07T00:00:00+00:00 2024-02-04T00:00:00+00:00"_s;
    QTest::newRow("#: first Sunday as 7#1") << u"0 0 * * 7#1"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 2 << u"2024-01-07T00:00:00+00:00 2024-02-04T00:00:00+00:00"_s;
    QTest::newRow("#: by name") << u"0 0 * * FRI#3"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 2 << u"2024-01-19T00:00:00+00:00 2024-02-16T00:00:00+00:00"_s;
    QTest::newRow("#: fifth Friday skips months without one") << u"0 0 * * 5#5"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 4 << u"2024-03-29T00:00:00+00:00 2024-05-31T00:00:00+00:00 2024-08-30T00:00:00+00:00 2024-11-29T00:00:00+00:00"_s;
    QTest::newRow("#: two occurrences") << u"0 0 * * MON#1,MON#3"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 4 << u"2024-06-03T00:00:00+00:00 2024-06-17T00:00:00+00:00 2024-07-01T00:00:00+00:00 2024-07-15T00:00:00+00:00"_s;
    QTest::newRow("L: last Friday (5L)") << u"0 0 * * 5L"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 3 << u"2024-01-26T00:00:00+00:00 2024-02-23T00:00:00+00:00 2024-03-29T00:00:00+00:00"_s;
    QTest::newRow("L: last Sunday (0L)") << u"0 0 * * 0L"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 2 << u"2024-01-28T00:00:00+00:00 2024-02-25T00:00:00+00:00"_s;
    QTest::newRow("L: last Sunday (7L)") << u"0 0 * * 7L"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 2 << u"2024-01-28T00:00:00+00:00 2024-02-25T00:00:00+00:00"_s;
    QTest::newRow("L: last Friday by name") << u"0 0 * * FRIL"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 2 << u"2024-01-26T00:00:00+00:00 2024-02-23T00:00:00+00:00"_s;
    QTest::newRow("# with L-dom OR rule") << u"0 0 L * 1#1"_s << u"UTC"_s << u"2024-01-01T00:00:00+00:00"_s << 4 << u"2024-01-31T00:00:00+00:00 2024-02-05T00:00:00+00:00 2024-02-29T00:00:00+00:00 2024-03-04T00:00:00+00:00"_s;
    QTest::newRow("@yearly") << u"@yearly"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2025-01-01T00:00:00+00:00 2026-01-01T00:00:00+00:00"_s;
    QTest::newRow("@annually") << u"@annually"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2025-01-01T00:00:00+00:00 2026-01-01T00:00:00+00:00"_s;
    QTest::newRow("@monthly") << u"@monthly"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-07-01T00:00:00+00:00 2024-08-01T00:00:00+00:00"_s;
    QTest::newRow("@weekly") << u"@weekly"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T00:00:00+00:00 2024-06-09T00:00:00+00:00"_s;
    QTest::newRow("@daily") << u"@daily"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T00:00:00+00:00 2024-06-03T00:00:00+00:00"_s;
    QTest::newRow("@midnight") << u"@midnight"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T00:00:00+00:00 2024-06-03T00:00:00+00:00"_s;
    QTest::newRow("@hourly") << u"@hourly"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-01T01:00:00+00:00 2024-06-01T02:00:00+00:00"_s;
    QTest::newRow("alias upper case") << u"@DAILY"_s << u"UTC"_s << u"2024-06-01T00:00:00+00:00"_s << 1 << u"2024-06-02T00:00:00+00:00"_s;
    QTest::newRow("@daily in Berlin") << u"@daily"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00+02:00"_s << 2 << u"2024-06-02T00:00:00+02:00 2024-06-03T00:00:00+02:00"_s;
    QTest::newRow("@daily in Tokyo") << u"@daily"_s << u"Asia/Tokyo"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T00:00:00+09:00 2024-06-03T00:00:00+09:00"_s;
    QTest::newRow("@hourly in Kolkata (+05:30)") << u"@hourly"_s << u"Asia/Kolkata"_s << u"2024-06-01T00:10:00+00:00"_s << 2 << u"2024-06-01T06:00:00+05:30 2024-06-01T07:00:00+05:30"_s;
    QTest::newRow("@weekly in New York") << u"@weekly"_s << u"America/New_York"_s << u"2024-06-01T00:00:00+00:00"_s << 2 << u"2024-06-02T00:00:00-04:00 2024-06-09T00:00:00-04:00"_s;
    QTest::newRow("before 1970") << u"0 0 1 1 *"_s << u"UTC"_s << u"1960-06-01T00:00:00+00:00"_s << 2 << u"1961-01-01T00:00:00+00:00 1962-01-01T00:00:00+00:00"_s;
    QTest::newRow("far future") << u"0 0 1 1 *"_s << u"UTC"_s << u"2150-06-01T00:00:00+00:00"_s << 1 << u"2151-01-01T00:00:00+00:00"_s;
    QTest::newRow("Berlin wall: */15 over spring gap") << u"*/15 * * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T01:30:00+01:00"_s << 4 << u"2024-03-31T01:45:00+01:00 2024-03-31T03:00:00+02:00 2024-03-31T03:15:00+02:00 2024-03-31T03:30:00+02:00"_s;
    QTest::newRow("Berlin wall: */30 over fall overlap") << u"*/30 * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T01:45:00+02:00"_s << 6 << u"2024-10-27T02:00:00+02:00 2024-10-27T02:30:00+02:00 2024-10-27T02:00:00+01:00 2024-10-27T02:30:00+01:00 2024-10-27T03:00:00+01:00 2024-10-27T03:30:00+01:00"_s;
    QTest::newRow("Berlin wall: hourly over spring gap") << u"0 * * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T00:30:00+01:00"_s << 3 << u"2024-03-31T01:00:00+01:00 2024-03-31T03:00:00+02:00 2024-03-31T04:00:00+02:00"_s;
    QTest::newRow("Berlin wall: hourly over fall overlap") << u"0 * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T01:30:00+02:00"_s << 4 << u"2024-10-27T02:00:00+02:00 2024-10-27T02:00:00+01:00 2024-10-27T03:00:00+01:00 2024-10-27T04:00:00+01:00"_s;
    QTest::newRow("Berlin wall: :30 hourly over fall overlap") << u"30 * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T01:45:00+02:00"_s << 3 << u"2024-10-27T02:30:00+02:00 2024-10-27T02:30:00+01:00 2024-10-27T03:30:00+01:00"_s;
    QTest::newRow("Berlin wall: every 2 hours over spring gap") << u"0 */2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T00:30:00+01:00"_s << 3 << u"2024-03-31T04:00:00+02:00 2024-03-31T06:00:00+02:00 2024-03-31T08:00:00+02:00"_s;
    QTest::newRow("Berlin wall: every minute into the gap") << u"* * * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T01:58:00+01:00"_s << 3 << u"2024-03-31T01:59:00+01:00 2024-03-31T03:00:00+02:00 2024-03-31T03:01:00+02:00"_s;
    QTest::newRow("Berlin wall: every minute into the overlap") << u"* * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:58:30+02:00"_s << 3 << u"2024-10-27T02:59:00+02:00 2024-10-27T02:00:00+01:00 2024-10-27T02:01:00+01:00"_s;
    QTest::newRow("Berlin wall: * in hour, minute fixed") << u"15 * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:20:00+02:00"_s << 3 << u"2024-10-27T02:15:00+01:00 2024-10-27T03:15:00+01:00 2024-10-27T04:15:00+01:00"_s;
    QTest::newRow("Berlin wall: 6 fields */20 s in overlap") << u"*/20 * * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:59:30+02:00"_s << 4 << u"2024-10-27T02:59:40+02:00 2024-10-27T02:00:00+01:00 2024-10-27T02:00:20+01:00 2024-10-27T02:00:40+01:00"_s;
    QTest::newRow("Berlin wall: hour * at 2 only in the gap day") << u"*/30 2 31 3 *"_s << u"Europe/Berlin"_s << u"2024-03-30T00:00:00+01:00"_s << 2 << u"2025-03-31T02:00:00+02:00 2025-03-31T02:30:00+02:00"_s;
    QTest::newRow("Berlin wall: minute * in fixed hour 2 (overlap)") << u"* 2 27 10 *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:58:00+02:00"_s << 3 << u"2024-10-27T02:59:00+02:00 2024-10-27T02:00:00+01:00 2024-10-27T02:01:00+01:00"_s;
    QTest::newRow("Berlin wall: from inside the second pass") << u"*/20 * * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:10:00+01:00"_s << 3 << u"2024-10-27T02:20:00+01:00 2024-10-27T02:40:00+01:00 2024-10-27T03:00:00+01:00"_s;
    QTest::newRow("Berlin fixed: 02:30 in the gap fires at 03:00") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 3 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:30:00+02:00 2024-04-02T02:30:00+02:00"_s;
    QTest::newRow("Berlin fixed: 02:00 in the gap fires at 03:00") << u"0 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 2 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:00:00+02:00"_s;
    QTest::newRow("Berlin fixed: 02:59 in the gap fires at 03:00") << u"59 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 2 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:59:00+02:00"_s;
    QTest::newRow("Berlin fixed: 03:00 after the gap") << u"0 3 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 2 << u"2024-03-31T03:00:00+02:00 2024-04-01T03:00:00+02:00"_s;
    QTest::newRow("Berlin fixed: 01:59 before the gap") << u"59 1 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 2 << u"2024-03-31T01:59:00+01:00 2024-04-01T01:59:00+02:00"_s;
    QTest::newRow("Berlin fixed: 02:00 and 03:00 fire once at 03:00") << u"0 2,3 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 3 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:00:00+02:00 2024-04-01T03:00:00+02:00"_s;
    QTest::newRow("Berlin fixed: 01-03 hours range in the gap") << u"0 1-3 * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T00:00:00+01:00"_s << 3 << u"2024-03-31T01:00:00+01:00 2024-03-31T03:00:00+02:00 2024-04-01T01:00:00+02:00"_s;
    QTest::newRow("Berlin fixed: 02:15 and 02:45 both in the gap") << u"15,45 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 3 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:15:00+02:00 2024-04-01T02:45:00+02:00"_s;
    QTest::newRow("Berlin fixed: 02:30 in the overlap fires once") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2024-10-26T12:00:00+02:00"_s << 3 << u"2024-10-27T02:30:00+02:00 2024-10-28T02:30:00+01:00 2024-10-29T02:30:00+01:00"_s;
    QTest::newRow("Berlin fixed: 02:00 in the overlap fires once") << u"0 2 * * *"_s << u"Europe/Berlin"_s << u"2024-10-26T12:00:00+02:00"_s << 2 << u"2024-10-27T02:00:00+02:00 2024-10-28T02:00:00+01:00"_s;
    QTest::newRow("Berlin fixed: from inside the first pass") << u"45 2 * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:40:00+02:00"_s << 2 << u"2024-10-27T02:45:00+02:00 2024-10-28T02:45:00+01:00"_s;
    QTest::newRow("Berlin fixed: from inside the second pass") << u"45 2 * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:40:00+01:00"_s << 2 << u"2024-10-28T02:45:00+01:00 2024-10-29T02:45:00+01:00"_s;
    QTest::newRow("Berlin fixed: from just after the first pass") << u"15 2 * * *"_s << u"Europe/Berlin"_s << u"2024-10-27T02:30:00+02:00"_s << 2 << u"2024-10-28T02:15:00+01:00 2024-10-29T02:15:00+01:00"_s;
    QTest::newRow("Berlin fixed: 6 fields in the gap") << u"0 30 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-30T12:00:00+01:00"_s << 2 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:30:00+02:00"_s;
    QTest::newRow("Berlin fixed: 6 fields in the overlap") << u"10 30 2 * * *"_s << u"Europe/Berlin"_s << u"2024-10-26T12:00:00+02:00"_s << 2 << u"2024-10-27T02:30:10+02:00 2024-10-28T02:30:10+01:00"_s;
    QTest::newRow("Berlin fixed: gap fire right at the transition") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T01:59:59+01:00"_s << 2 << u"2024-03-31T03:00:00+02:00 2024-04-01T02:30:00+02:00"_s;
    QTest::newRow("Berlin fixed: after the gap fire") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2024-03-31T03:00:00+02:00"_s << 1 << u"2024-04-01T02:30:00+02:00"_s;
    QTest::newRow("Berlin fixed: weekly Sunday 02:30 on DST day") << u"30 2 * * SUN"_s << u"Europe/Berlin"_s << u"2024-03-25T00:00:00+01:00"_s << 2 << u"2024-03-31T03:00:00+02:00 2024-04-07T02:30:00+02:00"_s;
    QTest::newRow("Berlin fixed: fall back daily 01:30 unaffected") << u"30 1 * * *"_s << u"Europe/Berlin"_s << u"2024-10-26T12:00:00+02:00"_s << 2 << u"2024-10-27T01:30:00+02:00 2024-10-28T01:30:00+01:00"_s;
    QTest::newRow("Berlin fixed: 03:30 unaffected by overlap") << u"30 3 * * *"_s << u"Europe/Berlin"_s << u"2024-10-26T12:00:00+02:00"_s << 2 << u"2024-10-27T03:30:00+01:00 2024-10-28T03:30:00+01:00"_s;
    QTest::newRow("Berlin fixed: year 2100 gap (posix rule)") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2100-03-27T12:00:00+01:00"_s << 2 << u"2100-03-28T03:00:00+02:00 2100-03-29T02:30:00+02:00"_s;
    QTest::newRow("New York wall: */30 over spring gap") << u"*/30 * * * *"_s << u"America/New_York"_s << u"2024-03-10T01:15:00-05:00"_s << 4 << u"2024-03-10T01:30:00-05:00 2024-03-10T03:00:00-04:00 2024-03-10T03:30:00-04:00 2024-03-10T04:00:00-04:00"_s;
    QTest::newRow("New York wall: */30 over fall overlap") << u"*/30 * * * *"_s << u"America/New_York"_s << u"2024-11-03T00:45:00-04:00"_s << 6 << u"2024-11-03T01:00:00-04:00 2024-11-03T01:30:00-04:00 2024-11-03T01:00:00-05:00 2024-11-03T01:30:00-05:00 2024-11-03T02:00:00-05:00 2024-11-03T02:30:00-05:00"_s;
    QTest::newRow("New York wall: hourly over fall overlap") << u"0 * * * *"_s << u"America/New_York"_s << u"2024-11-03T00:30:00-04:00"_s << 4 << u"2024-11-03T01:00:00-04:00 2024-11-03T01:00:00-05:00 2024-11-03T02:00:00-05:00 2024-11-03T03:00:00-05:00"_s;
    QTest::newRow("New York wall: hourly over spring gap") << u"0 * * * *"_s << u"America/New_York"_s << u"2024-03-10T00:30:00-05:00"_s << 3 << u"2024-03-10T01:00:00-05:00 2024-03-10T03:00:00-04:00 2024-03-10T04:00:00-04:00"_s;
    QTest::newRow("New York wall: 1:xx every 20 minutes on fall-back day") << u"*/20 1 3 11 *"_s << u"America/New_York"_s << u"2024-11-03T00:00:00-04:00"_s << 7 << u"2024-11-03T01:00:00-04:00 2024-11-03T01:20:00-04:00 2024-11-03T01:40:00-04:00 2024-11-03T01:00:00-05:00 2024-11-03T01:20:00-05:00 2024-11-03T01:40:00-05:00 2025-11-03T01:00:00-05:00"_s;
    QTest::newRow("New York fixed: 02:30 in the gap fires at 03:00") << u"30 2 * * *"_s << u"America/New_York"_s << u"2024-03-09T12:00:00-05:00"_s << 3 << u"2024-03-10T03:00:00-04:00 2024-03-11T02:30:00-04:00 2024-03-12T02:30:00-04:00"_s;
    QTest::newRow("New York fixed: 01:30 in the overlap fires once") << u"30 1 * * *"_s << u"America/New_York"_s << u"2024-11-02T12:00:00-04:00"_s << 3 << u"2024-11-03T01:30:00-04:00 2024-11-04T01:30:00-05:00 2024-11-05T01:30:00-05:00"_s;
    QTest::newRow("New York fixed: 01:00 in the overlap fires once") << u"0 1 * * *"_s << u"America/New_York"_s << u"2024-11-02T12:00:00-04:00"_s << 2 << u"2024-11-03T01:00:00-04:00 2024-11-04T01:00:00-05:00"_s;
    QTest::newRow("New York fixed: 01:59 in the overlap") << u"59 1 * * *"_s << u"America/New_York"_s << u"2024-11-02T12:00:00-04:00"_s << 2 << u"2024-11-03T01:59:00-04:00 2024-11-04T01:59:00-05:00"_s;
    QTest::newRow("New York fixed: 02:00 after the overlap") << u"0 2 * * *"_s << u"America/New_York"_s << u"2024-11-02T12:00:00-04:00"_s << 2 << u"2024-11-03T02:00:00-05:00 2024-11-04T02:00:00-05:00"_s;
    QTest::newRow("New York fixed: from the second pass") << u"45 1 * * *"_s << u"America/New_York"_s << u"2024-11-03T01:30:00-05:00"_s << 1 << u"2024-11-04T01:45:00-05:00"_s;
    QTest::newRow("New York fixed: weekdays 02:30 on spring-forward Sunday") << u"30 2 * * *"_s << u"America/New_York"_s << u"2024-03-10T00:00:00-05:00"_s << 2 << u"2024-03-10T03:00:00-04:00 2024-03-11T02:30:00-04:00"_s;
    QTest::newRow("New York fixed: 2021 gap") << u"30 2 * * *"_s << u"America/New_York"_s << u"2021-03-13T12:00:00-05:00"_s << 2 << u"2021-03-14T03:00:00-04:00 2021-03-15T02:30:00-04:00"_s;
    QTest::newRow("New York fixed: 2030 overlap") << u"30 1 * * *"_s << u"America/New_York"_s << u"2030-11-02T12:00:00-04:00"_s << 2 << u"2030-11-03T01:30:00-04:00 2030-11-04T01:30:00-05:00"_s;
    QTest::newRow("Sydney wall: */30 over fall overlap (April)") << u"*/30 * * * *"_s << u"Australia/Sydney"_s << u"2024-04-07T01:45:00+11:00"_s << 6 << u"2024-04-07T02:00:00+11:00 2024-04-07T02:30:00+11:00 2024-04-07T02:00:00+10:00 2024-04-07T02:30:00+10:00 2024-04-07T03:00:00+10:00 2024-04-07T03:30:00+10:00"_s;
    QTest::newRow("Sydney wall: */30 over spring gap (October)") << u"*/30 * * * *"_s << u"Australia/Sydney"_s << u"2024-10-06T01:15:00+10:00"_s << 4 << u"2024-10-06T01:30:00+10:00 2024-10-06T03:00:00+11:00 2024-10-06T03:30:00+11:00 2024-10-06T04:00:00+11:00"_s;
    QTest::newRow("Sydney wall: hourly over fall overlap") << u"0 * * * *"_s << u"Australia/Sydney"_s << u"2024-04-07T01:30:00+11:00"_s << 4 << u"2024-04-07T02:00:00+11:00 2024-04-07T02:00:00+10:00 2024-04-07T03:00:00+10:00 2024-04-07T04:00:00+10:00"_s;
    QTest::newRow("Sydney wall: hourly over spring gap") << u"0 * * * *"_s << u"Australia/Sydney"_s << u"2024-10-06T00:30:00+10:00"_s << 3 << u"2024-10-06T01:00:00+10:00 2024-10-06T03:00:00+11:00 2024-10-06T04:00:00+11:00"_s;
    QTest::newRow("Sydney fixed: 02:30 in the overlap fires once") << u"30 2 * * *"_s << u"Australia/Sydney"_s << u"2024-04-06T12:00:00+11:00"_s << 3 << u"2024-04-07T02:30:00+11:00 2024-04-08T02:30:00+10:00 2024-04-09T02:30:00+10:00"_s;
    QTest::newRow("Sydney fixed: 02:30 in the gap fires at 03:00") << u"30 2 * * *"_s << u"Australia/Sydney"_s << u"2024-10-05T12:00:00+10:00"_s << 3 << u"2024-10-06T03:00:00+11:00 2024-10-07T02:30:00+11:00 2024-10-08T02:30:00+11:00"_s;
    QTest::newRow("Sydney fixed: 02:00 in the gap") << u"0 2 * * *"_s << u"Australia/Sydney"_s << u"2024-10-05T12:00:00+10:00"_s << 2 << u"2024-10-06T03:00:00+11:00 2024-10-07T02:00:00+11:00"_s;
    QTest::newRow("Sydney fixed: 02:00 in the overlap") << u"0 2 * * *"_s << u"Australia/Sydney"_s << u"2024-04-06T12:00:00+11:00"_s << 2 << u"2024-04-07T02:00:00+11:00 2024-04-08T02:00:00+10:00"_s;
    QTest::newRow("Sydney fixed: from the second pass") << u"45 2 * * *"_s << u"Australia/Sydney"_s << u"2024-04-07T02:50:00+10:00"_s << 1 << u"2024-04-08T02:45:00+10:00"_s;
    QTest::newRow("Sydney fixed: daily 09:00 across both changes") << u"0 9 * * *"_s << u"Australia/Sydney"_s << u"2024-04-06T00:00:00+11:00"_s << 3 << u"2024-04-06T09:00:00+11:00 2024-04-07T09:00:00+10:00 2024-04-08T09:00:00+10:00"_s;
    QTest::newRow("Lord Howe wall: */15 over the 30-minute gap") << u"*/15 * * * *"_s << u"Australia/Lord_Howe"_s << u"2024-10-06T01:40:00+10:30"_s << 4 << u"2024-10-06T01:45:00+10:30 2024-10-06T02:30:00+11:00 2024-10-06T02:45:00+11:00 2024-10-06T03:00:00+11:00"_s;
    QTest::newRow("Lord Howe wall: */15 over the 30-minute overlap") << u"*/15 * * * *"_s << u"Australia/Lord_Howe"_s << u"2024-04-07T01:20:00+11:00"_s << 6 << u"2024-04-07T01:30:00+11:00 2024-04-07T01:45:00+11:00 2024-04-07T01:30:00+10:30 2024-04-07T01:45:00+10:30 2024-04-07T02:00:00+10:30 2024-04-07T02:15:00+10:30"_s;
    QTest::newRow("Lord Howe wall: hourly over the gap") << u"0 * * * *"_s << u"Australia/Lord_Howe"_s << u"2024-10-06T01:30:00+10:30"_s << 2 << u"2024-10-06T03:00:00+11:00 2024-10-06T04:00:00+11:00"_s;
    QTest::newRow("Lord Howe wall: :45 hourly over the overlap") << u"45 * * * *"_s << u"Australia/Lord_Howe"_s << u"2024-04-07T00:50:00+11:00"_s << 3 << u"2024-04-07T01:45:00+11:00 2024-04-07T01:45:00+10:30 2024-04-07T02:45:00+10:30"_s;
    QTest::newRow("Lord Howe wall: every minute into the gap") << u"* * * * *"_s << u"Australia/Lord_Howe"_s << u"2024-10-06T01:58:00+10:30"_s << 3 << u"2024-10-06T01:59:00+10:30 2024-10-06T02:30:00+11:00 2024-10-06T02:31:00+11:00"_s;
    QTest::newRow("Lord Howe fixed: 02:15 in the gap fires at 02:30") << u"15 2 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-10-05T12:00:00+10:30"_s << 3 << u"2024-10-06T02:30:00+11:00 2024-10-07T02:15:00+11:00 2024-10-08T02:15:00+11:00"_s;
    QTest::newRow("Lord Howe fixed: 02:00 in the gap") << u"0 2 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-10-05T12:00:00+10:30"_s << 2 << u"2024-10-06T02:30:00+11:00 2024-10-07T02:00:00+11:00"_s;
    QTest::newRow("Lord Howe fixed: 02:30 after the gap") << u"30 2 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-10-05T12:00:00+10:30"_s << 2 << u"2024-10-06T02:30:00+11:00 2024-10-07T02:30:00+11:00"_s;
    QTest::newRow("Lord Howe fixed: 01:45 in the overlap fires once") << u"45 1 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-04-06T12:00:00+11:00"_s << 3 << u"2024-04-07T01:45:00+11:00 2024-04-08T01:45:00+10:30 2024-04-09T01:45:00+10:30"_s;
    QTest::newRow("Lord Howe fixed: 01:30 in the overlap") << u"30 1 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-04-06T12:00:00+11:00"_s << 2 << u"2024-04-07T01:30:00+11:00 2024-04-08T01:30:00+10:30"_s;
    QTest::newRow("Lord Howe fixed: 02:00 after the overlap") << u"0 2 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-04-06T12:00:00+11:00"_s << 2 << u"2024-04-07T02:00:00+10:30 2024-04-08T02:00:00+10:30"_s;
    QTest::newRow("Lord Howe fixed: from the second pass") << u"50 1 * * *"_s << u"Australia/Lord_Howe"_s << u"2024-04-07T01:40:00+10:30"_s << 1 << u"2024-04-08T01:50:00+10:30"_s;
    QTest::newRow("London wall: */30 over fall overlap") << u"*/30 * * * *"_s << u"Europe/London"_s << u"2024-10-27T00:45:00+01:00"_s << 5 << u"2024-10-27T01:00:00+01:00 2024-10-27T01:30:00+01:00 2024-10-27T01:00:00+00:00 2024-10-27T01:30:00+00:00 2024-10-27T02:00:00+00:00"_s;
    QTest::newRow("London fixed: 01:30 in the gap") << u"30 1 * * *"_s << u"Europe/London"_s << u"2024-03-30T12:00:00+00:00"_s << 2 << u"2024-03-31T02:00:00+01:00 2024-04-01T01:30:00+01:00"_s;
    QTest::newRow("Kolkata: no DST") << u"30 2 * * *"_s << u"Asia/Kolkata"_s << u"2024-03-30T12:00:00+05:30"_s << 2 << u"2024-03-31T02:30:00+05:30 2024-04-01T02:30:00+05:30"_s;
    QTest::newRow("Chatham (+12:45/+13:45) fixed: 02:45 in the gap") << u"45 2 * * *"_s << u"Pacific/Chatham"_s << u"2024-09-28T12:00:00+12:45"_s << 2 << u"2024-09-29T03:45:00+13:45 2024-09-30T02:45:00+13:45"_s;
    QTest::newRow("Invalid zone counts as UTC") << u"30 2 * * *"_s << u"Nowhere/Invalid"_s << u"2024-06-01T00:00:00+00:00"_s << 1 << u"2024-06-01T02:30:00+00:00"_s;
}

void tst_CronExpression::nextFireTime()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(int, count);
    QFETCH(QString, expected);

    const Takt::Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.isOk(), errorOf(cron).constData());
    const QTimeZone timeZone(zone.toUtf8());
    qint64 at = msAt(after);
    QVERIFY(at != -1);
    QStringList actual;
    for (int i = 0; i < count; ++i) {
        at = cron->nextFireTime(at, timeZone);
        if (at == 0)
            break;
        actual << isoIn(at, timeZone);
    }
    QCOMPARE(actual.join(u' '), expected);
}

void tst_CronExpression::neverFires_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("canFire"); // false: no date ever matches; true: only no date after 2024

    QTest::newRow("30 February") << u"0 0 30 2 *"_s << false;
    QTest::newRow("31 February") << u"0 0 31 2 *"_s << false;
    QTest::newRow("31 April") << u"0 0 31 4 *"_s << false;
    QTest::newRow("31 of all 30-day months") << u"0 0 31 2,4,6,9,11 *"_s << false;
    QTest::newRow("31W in April") << u"0 0 31W 4 *"_s << false;
    QTest::newRow("fifth Monday of February in a past year") << u"0 0 0 ? 2 1#5 2021"_s << false;
    QTest::newRow("30 February with seconds and year") << u"0 0 0 30 2 * 2024-2199"_s << false;
    QTest::newRow("past year") << u"0 0 0 1 1 * 2020"_s << true;
    QTest::newRow("past years") << u"0 0 0 * * * 1970-2023"_s << true;
}

void tst_CronExpression::neverFires()
{
    QFETCH(QString, expression);
    QFETCH(bool, canFire);
    const Takt::Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.isOk(), errorOf(cron).constData());
    QCOMPARE(cron->canFire(), canFire);
    QStringList afters = {u"2024-01-01T00:00:00Z"_s, u"2100-06-01T00:00:00Z"_s};
    if (!canFire)
        afters << u"1950-01-01T00:00:00Z"_s;
    for (const char *zone : {"UTC", "Europe/Berlin", "Australia/Lord_Howe"}) {
        for (const QString &after : afters)
            QCOMPARE(cron->nextFireTime(msAt(after), QTimeZone(zone)), 0);
    }
}

void tst_CronExpression::strictlyAfter()
{
    const CronExpression cron = CronExpression::parse(u"0 12 * * *").value();
    const QTimeZone utc = QTimeZone::utc();
    const qint64 noon = msAt(u"2024-06-01T12:00:00Z"_s);
    QCOMPARE(cron.nextFireTime(noon - 1, utc), noon);
    QCOMPARE(cron.nextFireTime(noon, utc), noon + 86'400'000);
    QCOMPARE(cron.nextFireTime(noon + 999, utc), noon + 86'400'000);
    const CronExpression everySecond = CronExpression::parse(u"* * * * * *").value();
    QCOMPARE(everySecond.nextFireTime(noon, utc), noon + 1000);
    QCOMPARE(everySecond.nextFireTime(noon + 1, utc), noon + 1000);
    QCOMPARE(everySecond.nextFireTime(noon - 1, utc), noon);
    // Before 1970: floor, not truncation, of negative milliseconds.
    QCOMPARE(everySecond.nextFireTime(-1500, utc), -1000);
    // Far in the past, the search starts in 1900; far in the future (after 9999) nothing fires.
    const CronExpression newYear = CronExpression::parse(u"0 0 1 1 *").value();
    QCOMPARE(newYear.nextFireTime(std::numeric_limits<qint64>::min(), utc), msAt(u"1900-01-01T00:00:00Z"_s));
    QCOMPARE(newYear.nextFireTime(-100'000'000'000'000, QTimeZone("Europe/Berlin")),
             msAt(u"1901-01-01T00:00:00+01:00"_s)); // 1900-01-01T00:00Z is 01:00 in Berlin
    QCOMPARE(newYear.nextFireTime(std::numeric_limits<qint64>::max(), utc), 0);
    QCOMPARE(newYear.nextFireTime(msAt(u"9999-12-31T23:59:59Z"_s), utc), 0);
}

void tst_CronExpression::copyAndEquality()
{
    const CronExpression a = CronExpression::parse(u"30 2 * * MON-FRI").value();
    const CronExpression copy = a;
    QCOMPARE(copy, a);
    QCOMPARE(copy.describe(), a.describe());
    QCOMPARE(copy.nextFireTime(0, QTimeZone::utc()), a.nextFireTime(0, QTimeZone::utc()));
    QVERIFY(CronExpression::parse(u"30 2 * * 1-5").value() != a); // same times, other text
    QVERIFY(CronExpression::parse(u"31 2 * * MON-FRI").value() != a);
    QVERIFY(CronExpression() != a);
}

QTEST_GUILESS_MAIN(tst_CronExpression)
#include "tst_cronexpression.moc"
