// Tests Schedule: parsing of every kind (cron, @aliases, @every, @at) and its rejections, @every and
// @at fire times, nextFireTimes, describe() and the value semantics. Expected fire times were
// computed independently with Python's zoneinfo (see tst_cronexpression.cpp for the cron tables).

#include <engine/schedule/schedule.h>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Takt::Schedule;

namespace {
/// The error text of a failed Result, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QByteArray errorOf(const Takt::Result<T> &result)
{
    return result.isOk() ? QByteArray() : result.error().toString().toUtf8();
}

QString isoIn(qint64 ms, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    return at.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

qint64 msAt(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}
} // namespace

class tst_Schedule : public QObject
{
    Q_OBJECT

private slots:
    void defaultConstructedIsInvalid();
    void parseKind_data();
    void parseKind();
    void parseError_data();
    void parseError();
    void every_data();
    void every();
    void at_data();
    void at();
    void cronThroughSchedule_data();
    void cronThroughSchedule();
    void nextFireTimes_data();
    void nextFireTimes();
    void describe_data();
    void describe();
    void valueSemantics();
};

void tst_Schedule::defaultConstructedIsInvalid()
{
    const Schedule schedule;
    QVERIFY(!schedule.isValid());
    QVERIFY(schedule.text().isEmpty());
    QCOMPARE(schedule.nextFireTime(0, QTimeZone::utc()), 0);
    QVERIFY(schedule.nextFireTimes(0, QTimeZone::utc(), 10).isEmpty());
    QVERIFY(schedule.describe().isEmpty());
    QVERIFY(!schedule.isCron() && !schedule.isInterval() && !schedule.isOneShot());
    QVERIFY(!schedule.cron().isValid());
    QVERIFY(!schedule.interval().isValid());
    QVERIFY(!schedule.oneShot().isValid());
    QCOMPARE(schedule, Schedule());
}

void tst_Schedule::parseKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("trimmed");

    QTest::newRow("cron 5 fields") << u"*/5 * * * *"_s << u"cron"_s << u"*/5 * * * *"_s;
    QTest::newRow("cron 6 fields") << u"0 */5 * * * *"_s << u"cron"_s << u"0 */5 * * * *"_s;
    QTest::newRow("cron 7 fields") << u"0 0 0 1 1 * 2030"_s << u"cron"_s << u"0 0 0 1 1 * 2030"_s;
    QTest::newRow("cron trimmed") << u"  30 2 * * *\n"_s << u"cron"_s << u"30 2 * * *"_s;
    QTest::newRow("@daily") << u"@daily"_s << u"cron"_s << u"@daily"_s;
    QTest::newRow("@hourly trimmed") << u" @hourly "_s << u"cron"_s << u"@hourly"_s;
    QTest::newRow("@every") << u"@every 90s"_s << u"interval"_s << u"@every 90s"_s;
    QTest::newRow("@every with tab") << u"@every\t5m"_s << u"interval"_s << u"@every\t5m"_s;
    QTest::newRow("@every 1h30m") << u"@every 1h30m"_s << u"interval"_s << u"@every 1h30m"_s;
    QTest::newRow("@every exactly 1s") << u"@every 1000ms"_s << u"interval"_s << u"@every 1000ms"_s;
    QTest::newRow("@at") << u"@at 2027-01-01T09:00:00"_s << u"oneShot"_s << u"@at 2027-01-01T09:00:00"_s;
    QTest::newRow("@at with Z") << u"@at 2027-01-01T09:00:00Z"_s << u"oneShot"_s << u"@at 2027-01-01T09:00:00Z"_s;
    QTest::newRow("@AT in capitals") << u"@AT 2027-01-01T09:00"_s << u"oneShot"_s << u"@AT 2027-01-01T09:00"_s;
}

void tst_Schedule::parseKind()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, trimmed);

    const Takt::Result<Schedule> schedule = Schedule::parse(text);
    QVERIFY2(schedule.isOk(), errorOf(schedule).constData());
    QVERIFY(schedule->isValid());
    QCOMPARE(schedule->text(), trimmed);
    QCOMPARE(schedule->isCron(), kind == u"cron");
    QCOMPARE(schedule->isInterval(), kind == u"interval");
    QCOMPARE(schedule->isOneShot(), kind == u"oneShot");
    QCOMPARE(schedule->cron().isValid(), kind == u"cron");
    QCOMPARE(schedule->interval().isValid(), kind == u"interval");
    QCOMPARE(schedule->oneShot().isValid(), kind == u"oneShot");
    QVERIFY(!schedule->describe().isEmpty());
}

void tst_Schedule::parseError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // Error::toString(): "field: message"

    QTest::newRow("empty") << u""_s << u"schedule: the schedule is empty"_s;
    QTest::newRow("blank") << u" \n "_s << u"schedule: the schedule is empty"_s;
    QTest::newRow("unknown alias") << u"@often"_s
        << u"schedule: unknown alias '@often'; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every or @at"_s;
    QTest::newRow("alias with an argument") << u"@weekly MON"_s << u"schedule: @weekly takes no arguments"_s;
    QTest::newRow("wrong field count") << u"0 0 * *"_s << u"schedule: expected 5, 6 or 7 fields, got 4"_s;
    QTest::newRow("cron field error") << u"0 0 32 * *"_s << u"day-of-month: 32 is out of range 1-31"_s;
    QTest::newRow("cron step error") << u"*/0 * * * *"_s << u"minute: step 0 is not allowed; a step must be at least 1"_s;
    QTest::newRow("@every without interval") << u"@every"_s << u"schedule: @every needs an interval, e.g. @every 5m"_s;
    QTest::newRow("@every 250ms") << u"@every 250ms"_s << u"schedule: @every needs an interval of at least 1s, got 250ms"_s;
    QTest::newRow("@every 999ms") << u"@every 999ms"_s << u"schedule: @every needs an interval of at least 1s, got 999ms"_s;
    QTest::newRow("@every 0s") << u"@every 0s"_s << u"schedule: @every needs an interval of at least 1s, got 0s"_s;
    QTest::newRow("@every 0") << u"@every 0"_s << u"schedule: @every needs an interval of at least 1s, got 0"_s;
    QTest::newRow("@every bad unit") << u"@every 5x"_s
        << u"schedule: '5x' is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or 2d"_s;
    QTest::newRow("@every negative") << u"@every -5"_s << u"schedule: a duration cannot be negative"_s;
    QTest::newRow("@every two words") << u"@every 5m 10s"_s
        << u"schedule: '5m 10s' is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or 2d"_s;
    QTest::newRow("@at without time") << u"@at"_s << u"schedule: @at needs a date and time, e.g. @at 2027-01-01T09:00:00"_s;
    QTest::newRow("@at words") << u"@at tomorrow"_s
        << u"schedule: 'tomorrow' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at date only") << u"@at 2027-01-01"_s
        << u"schedule: '2027-01-01' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at month 13") << u"@at 2027-13-01T09:00:00"_s
        << u"schedule: '2027-13-01T09:00:00' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at 30 February") << u"@at 2027-02-30T09:00:00"_s
        << u"schedule: '2027-02-30T09:00:00' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at 29 February of a common year") << u"@at 2027-02-29T09:00:00"_s
        << u"schedule: '2027-02-29T09:00:00' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at hour 25") << u"@at 2027-01-01T25:00:00"_s
        << u"schedule: '2027-01-01T25:00:00' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at offset beyond 14h") << u"@at 2027-01-01T09:00:00+15:00"_s
        << u"schedule: '2027-01-01T09:00:00+15:00' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
    QTest::newRow("@at zone name") << u"@at 2027-01-01T09:00:00 Europe/Berlin"_s
        << u"schedule: '2027-01-01T09:00:00 Europe/Berlin' is not a date and time; write e.g. 2027-01-01T09:00:00"_s;
}

void tst_Schedule::parseError()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    const Takt::Result<Schedule> schedule = Schedule::parse(text);
    QVERIFY(!schedule.isOk());
    QCOMPARE(schedule.error().code, Takt::ErrorCode::InvalidArgument);
    QCOMPARE(schedule.error().toString(), error);
}

void tst_Schedule::every_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected"); // UTC, ISO 8601, space-separated

    QTest::newRow("90 seconds") << u"@every 90s"_s << u"2024-06-01T00:00:00Z"_s << 3 << u"2024-06-01T00:01:30+00:00 2024-06-01T00:03:00+00:00 2024-06-01T00:04:30+00:00"_s;
    QTest::newRow("5 minutes") << u"@every 5m"_s << u"2024-06-01T10:07:13Z"_s << 3 << u"2024-06-01T10:10:00+00:00 2024-06-01T10:15:00+00:00 2024-06-01T10:20:00+00:00"_s;
    QTest::newRow("1h30m") << u"@every 1h30m"_s << u"2024-06-01T10:07:13Z"_s << 3 << u"2024-06-01T10:30:00+00:00 2024-06-01T12:00:00+00:00 2024-06-01T13:30:00+00:00"_s;
    QTest::newRow("1 second") << u"@every 1s"_s << u"2024-06-01T10:07:13.250Z"_s << 3 << u"2024-06-01T10:07:14+00:00 2024-06-01T10:07:15+00:00 2024-06-01T10:07:16+00:00"_s;
    QTest::newRow("1 hour on the hour") << u"@every 1h"_s << u"2024-06-01T10:00:00Z"_s << 2 << u"2024-06-01T11:00:00+00:00 2024-06-01T12:00:00+00:00"_s;
    QTest::newRow("1 day at UTC midnight") << u"@every 1d"_s << u"2024-06-01T10:00:00Z"_s << 2 << u"2024-06-02T00:00:00+00:00 2024-06-03T00:00:00+00:00"_s;
    QTest::newRow("7 minutes since the epoch") << u"@every 7m"_s << u"2024-06-01T00:00:00Z"_s << 3 << u"2024-06-01T00:04:00+00:00 2024-06-01T00:11:00+00:00 2024-06-01T00:18:00+00:00"_s;
    QTest::newRow("1500ms") << u"@every 1500ms"_s << u"2024-06-01T00:00:00Z"_s << 3 << u"2024-06-01T00:00:01.500+00:00 2024-06-01T00:00:03+00:00 2024-06-01T00:00:04.500+00:00"_s;
    QTest::newRow("bare number of seconds") << u"@every 45"_s << u"2024-06-01T00:00:00Z"_s << 2 << u"2024-06-01T00:00:45+00:00 2024-06-01T00:01:30+00:00"_s;
    QTest::newRow("before 1970") << u"@every 1h"_s << u"1969-12-31T20:30:00Z"_s << 3 << u"1969-12-31T21:00:00+00:00 1969-12-31T22:00:00+00:00 1969-12-31T23:00:00+00:00"_s;
    QTest::newRow("upper-case keyword") << u"@EVERY 10m"_s << u"2024-06-01T00:00:00Z"_s << 1 << u"2024-06-01T00:10:00+00:00"_s;
    QTest::newRow("extra spaces") << u"  @every   30s  "_s << u"2024-06-01T00:00:10Z"_s << 2 << u"2024-06-01T00:00:30+00:00 2024-06-01T00:01:00+00:00"_s;
}

void tst_Schedule::every()
{
    QFETCH(QString, text);
    QFETCH(QString, after);
    QFETCH(int, count);
    QFETCH(QString, expected);

    const Takt::Result<Schedule> schedule = Schedule::parse(text);
    QVERIFY2(schedule.isOk(), errorOf(schedule).constData());
    const qint64 afterMs = msAt(after);
    QVERIFY(afterMs != -1);
    // @every does not depend on the zone: it counts from the Unix epoch in UTC.
    for (const char *zone : {"UTC", "Europe/Berlin", "Australia/Lord_Howe"}) {
        QStringList actual;
        for (const qint64 at : schedule->nextFireTimes(afterMs, QTimeZone(zone), count))
            actual << isoIn(at, QTimeZone::utc());
        QCOMPARE(actual.join(u' '), expected);
    }
}

void tst_Schedule::at_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // in the zone, ISO 8601; empty: never

    QTest::newRow("local time in Berlin") << u"@at 2027-01-01T09:00:00"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:00+01:00"_s;
    QTest::newRow("local time in New York") << u"@at 2027-01-01T09:00:00"_s << u"America/New_York"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:00-05:00"_s;
    QTest::newRow("local time in UTC") << u"@at 2027-01-01T09:00:00"_s << u"UTC"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:00+00:00"_s;
    QTest::newRow("local time in Kolkata") << u"@at 2027-01-01T09:00:00"_s << u"Asia/Kolkata"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:00+05:30"_s;
    QTest::newRow("without seconds") << u"@at 2027-01-01T09:00"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:00+01:00"_s;
    QTest::newRow("space instead of T") << u"@at 2027-01-01 09:00:00"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:00+01:00"_s;
    QTest::newRow("with seconds") << u"@at 2027-01-01T09:00:30"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T09:00:30+01:00"_s;
    QTest::newRow("summer time") << u"@at 2027-07-01T09:00:00"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-07-01T09:00:00+02:00"_s;
    QTest::newRow("Z ignores the zone") << u"@at 2027-01-01T09:00:00Z"_s << u"America/New_York"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T04:00:00-05:00"_s;
    QTest::newRow("lower-case z") << u"@at 2027-01-01T09:00:00z"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T10:00:00+01:00"_s;
    QTest::newRow("+05:30 ignores the zone") << u"@at 2027-01-01T09:00:00+05:30"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T04:30:00+01:00"_s;
    QTest::newRow("-0500 without colon") << u"@at 2027-01-01T09:00:00-0500"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u"2027-01-01T15:00:00+01:00"_s;
    QTest::newRow("already past") << u"@at 2020-01-01T09:00:00"_s << u"Europe/Berlin"_s << u"2024-06-01T00:00:00Z"_s << u""_s;
    QTest::newRow("exactly at the time is past") << u"@at 2027-01-01T09:00:00Z"_s << u"UTC"_s << u"2027-01-01T09:00:00Z"_s << u""_s;
    QTest::newRow("a millisecond before") << u"@at 2027-01-01T09:00:00Z"_s << u"UTC"_s << u"2027-01-01T08:59:59.999Z"_s << u"2027-01-01T09:00:00+00:00"_s;
    QTest::newRow("Berlin gap fires when the gap ends") << u"@at 2024-03-31T02:30:00"_s << u"Europe/Berlin"_s << u"2024-01-01T00:00:00Z"_s << u"2024-03-31T03:00:00+02:00"_s;
    QTest::newRow("Berlin overlap fires at the first pass") << u"@at 2024-10-27T02:30:00"_s << u"Europe/Berlin"_s << u"2024-01-01T00:00:00Z"_s << u"2024-10-27T02:30:00+02:00"_s;
    QTest::newRow("Berlin overlap after the first pass is past") << u"@at 2024-10-27T02:30:00"_s << u"Europe/Berlin"_s << u"2024-10-27T00:30:00Z"_s << u""_s;
    QTest::newRow("New York gap") << u"@at 2024-03-10T02:15:00"_s << u"America/New_York"_s << u"2024-01-01T00:00:00Z"_s << u"2024-03-10T03:00:00-04:00"_s;
    QTest::newRow("New York overlap") << u"@at 2024-11-03T01:15:00"_s << u"America/New_York"_s << u"2024-01-01T00:00:00Z"_s << u"2024-11-03T01:15:00-04:00"_s;
    QTest::newRow("Sydney gap") << u"@at 2024-10-06T02:30:00"_s << u"Australia/Sydney"_s << u"2024-01-01T00:00:00Z"_s << u"2024-10-06T03:00:00+11:00"_s;
    QTest::newRow("Sydney overlap") << u"@at 2024-04-07T02:30:00"_s << u"Australia/Sydney"_s << u"2024-01-01T00:00:00Z"_s << u"2024-04-07T02:30:00+11:00"_s;
    QTest::newRow("Lord Howe gap (30 minutes)") << u"@at 2024-10-06T02:10:00"_s << u"Australia/Lord_Howe"_s << u"2024-01-01T00:00:00Z"_s << u"2024-10-06T02:30:00+11:00"_s;
    QTest::newRow("Lord Howe overlap (30 minutes)") << u"@at 2024-04-07T01:45:00"_s << u"Australia/Lord_Howe"_s << u"2024-01-01T00:00:00Z"_s << u"2024-04-07T01:45:00+11:00"_s;
    QTest::newRow("leap day") << u"@at 2028-02-29T12:00:00"_s << u"UTC"_s << u"2024-01-01T00:00:00Z"_s << u"2028-02-29T12:00:00+00:00"_s;
    QTest::newRow("before 1970") << u"@at 1969-07-20T20:17:40Z"_s << u"UTC"_s << u"1960-01-01T00:00:00Z"_s << u"1969-07-20T20:17:40+00:00"_s;
}

void tst_Schedule::at()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, expected);

    const Takt::Result<Schedule> schedule = Schedule::parse(text);
    QVERIFY2(schedule.isOk(), errorOf(schedule).constData());
    const QTimeZone timeZone(zone.toUtf8());
    const qint64 afterMs = msAt(after);
    QVERIFY(afterMs != -1);
    const qint64 next = schedule->nextFireTime(afterMs, timeZone);
    QCOMPARE(next == 0 ? QString() : isoIn(next, timeZone), expected);
    // It fires once: nothing after its own time.
    if (next != 0)
        QCOMPARE(schedule->nextFireTime(next, timeZone), 0);
    QCOMPARE(schedule->nextFireTimes(afterMs, timeZone, 5).size(), next == 0 ? 0 : 1);
}

void tst_Schedule::cronThroughSchedule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("weekdays at 02:30 over the Berlin gap") << u"30 2 * * MON-FRI"_s << u"Europe/Berlin"_s
        << u"2024-03-29T12:00:00+01:00"_s << u"2024-04-01T02:30:00+02:00"_s;
    QTest::newRow("daily at 02:30 in the Berlin gap") << u"30 2 * * *"_s << u"Europe/Berlin"_s
        << u"2024-03-30T12:00:00+01:00"_s << u"2024-03-31T03:00:00+02:00"_s;
    QTest::newRow("@daily in Sydney") << u"@daily"_s << u"Australia/Sydney"_s
        << u"2024-04-06T12:00:00+11:00"_s << u"2024-04-07T00:00:00+11:00"_s;
    QTest::newRow("@hourly in the New York overlap") << u"@hourly"_s << u"America/New_York"_s
        << u"2024-11-03T01:30:00-04:00"_s << u"2024-11-03T01:00:00-05:00"_s;
    QTest::newRow("never") << u"0 0 30 2 *"_s << u"UTC"_s << u"2024-01-01T00:00:00Z"_s << QString();
}

void tst_Schedule::cronThroughSchedule()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, expected);

    const Takt::Result<Schedule> schedule = Schedule::parse(text);
    QVERIFY2(schedule.isOk(), errorOf(schedule).constData());
    const QTimeZone timeZone(zone.toUtf8());
    const qint64 next = schedule->nextFireTime(msAt(after), timeZone);
    QCOMPARE(next == 0 ? QString() : isoIn(next, timeZone), expected);
    QCOMPARE(next, schedule->cron().nextFireTime(msAt(after), timeZone));
}

void tst_Schedule::nextFireTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expectedCount");

    QTest::newRow("cron, 10") << u"*/5 * * * *"_s << 10 << 10;
    QTest::newRow("cron, 1000") << u"0 9 * * MON-FRI"_s << 1000 << 1000;
    QTest::newRow("count 0") << u"*/5 * * * *"_s << 0 << 0;
    QTest::newRow("negative count") << u"*/5 * * * *"_s << -3 << 0;
    QTest::newRow("year field runs out") << u"0 0 0 1 * * 2025"_s << 100 << 12;
    QTest::newRow("never") << u"0 0 31 4 *"_s << 5 << 0;
    QTest::newRow("@every") << u"@every 1h"_s << 48 << 48;
    QTest::newRow("@at gives one") << u"@at 2030-01-01T00:00:00"_s << 5 << 1;
    QTest::newRow("@at in the past gives none") << u"@at 2020-01-01T00:00:00"_s << 5 << 0;
}

void tst_Schedule::nextFireTimes()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, expectedCount);

    const Schedule schedule = Schedule::parse(text).value();
    const QTimeZone zone("Europe/Berlin");
    const qint64 after = msAt(u"2024-06-01T00:00:00Z"_s);
    const QList<qint64> times = schedule.nextFireTimes(after, zone, count);
    QCOMPARE(times.size(), expectedCount);
    qint64 previous = after;
    for (const qint64 at : times) {
        QVERIFY(at > previous);
        QCOMPARE(at, schedule.nextFireTime(previous, zone));
        previous = at;
    }
}

void tst_Schedule::describe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");

    // Time of day.
    QTest::newRow("every minute") << u"* * * * *"_s << u"Every minute"_s;
    QTest::newRow("every 15 minutes") << u"*/15 * * * *"_s << u"Every 15 minutes"_s;
    QTest::newRow("*/1") << u"*/1 * * * *"_s << u"Every minute"_s;
    QTest::newRow("every hour") << u"0 * * * *"_s << u"Every hour"_s;
    QTest::newRow("quarter past") << u"15 * * * *"_s << u"At 15 minutes past the hour"_s;
    QTest::newRow("one minute past") << u"1 * * * *"_s << u"At 1 minute past the hour"_s;
    QTest::newRow("every 2 hours") << u"0 */2 * * *"_s << u"Every 2 hours"_s;
    QTest::newRow("half past, every 2 hours") << u"30 */2 * * *"_s << u"At 30 minutes past the hour, every 2 hours"_s;
    QTest::newRow("hourly in office hours") << u"0 9-17 * * *"_s << u"Every hour from 09:00 through 17:00"_s;
    QTest::newRow("every 2 hours in a range") << u"0 9-17/2 * * *"_s << u"Every 2 hours from 09:00 through 17:00"_s;
    QTest::newRow("fixed time") << u"30 2 * * *"_s << u"Every day at 02:30"_s;
    QTest::newRow("two times") << u"0 0,12 * * *"_s << u"Every day at 00:00 and 12:00"_s;
    QTest::newRow("three times") << u"0 8,12,18 * * *"_s << u"Every day at 08:00, 12:00 and 18:00"_s;
    QTest::newRow("times from two lists") << u"0,30 8,18 * * *"_s << u"Every day at 08:00, 08:30, 18:00 and 18:30"_s;
    QTest::newRow("many hours") << u"0 0-13 * * *"_s << u"Every hour from 00:00 through 13:00"_s;
    QTest::newRow("every 10 minutes in one hour") << u"*/10 9 * * *"_s << u"Every 10 minutes, between 09:00 and 09:59"_s;
    QTest::newRow("every 10 minutes in two hours") << u"*/10 9,17 * * *"_s << u"Every 10 minutes, during hours 09 and 17"_s;
    QTest::newRow("minute range") << u"0-30 * * * *"_s << u"At minutes 0 through 30"_s;
    QTest::newRow("minute range with step") << u"10-40/10 * * * *"_s << u"Every 10 minutes from minute 10 through 40"_s;
    QTest::newRow("minute a/n") << u"10/20 * * * *"_s << u"Every 20 minutes from minute 10 through 59"_s;
    // Days.
    QTest::newRow("weekdays") << u"30 2 * * 1-5"_s << u"At 02:30, Monday through Friday"_s;
    QTest::newRow("weekdays by name") << u"30 2 * * MON-FRI"_s << u"At 02:30, Monday through Friday"_s;
    QTest::newRow("office hours") << u"*/5 9-17 * * MON-FRI"_s << u"Every 5 minutes, between 09:00 and 17:59, Monday through Friday"_s;
    QTest::newRow("Sunday as 0") << u"0 0 * * 0"_s << u"At 00:00, only on Sunday"_s;
    QTest::newRow("Sunday as 7") << u"0 0 * * 7"_s << u"At 00:00, only on Sunday"_s;
    QTest::newRow("weekday list") << u"0 0 * * 1,3,5"_s << u"At 00:00, only on Monday, Wednesday and Friday"_s;
    QTest::newRow("weekday list, Monday first") << u"0 0 * * FRI,SUN,MON"_s << u"At 00:00, only on Monday, Friday and Sunday"_s;
    QTest::newRow("weekday range to 7") << u"0 0 * * 5-7"_s << u"At 00:00, Friday through Sunday"_s;
    QTest::newRow("weekday wrap-around") << u"0 0 * * FRI-MON"_s << u"At 00:00, Friday through Monday"_s;
    QTest::newRow("weekday step") << u"0 0 * * */2"_s << u"At 00:00, only on Tuesday, Thursday, Saturday and Sunday"_s;
    QTest::newRow("second Monday") << u"0 0 * * 1#2"_s << u"At 00:00, on the second Monday of the month"_s;
    QTest::newRow("fifth Friday") << u"0 0 * * FRI#5"_s << u"At 00:00, on the fifth Friday of the month"_s;
    QTest::newRow("last Friday") << u"0 0 * * 5L"_s << u"At 00:00, on the last Friday of the month"_s;
    QTest::newRow("first and third Monday") << u"0 0 * * MON#1,MON#3"_s
        << u"At 00:00, on the first Monday of the month and the third Monday of the month"_s;
    QTest::newRow("day 1") << u"0 0 1 * *"_s << u"At 00:00, on day 1 of the month"_s;
    QTest::newRow("days 1 and 15") << u"0 0 1,15 * *"_s << u"At 00:00, on days 1 and 15 of the month"_s;
    QTest::newRow("days 1-7") << u"0 0 1-7 * *"_s << u"At 00:00, on days 1 through 7 of the month"_s;
    QTest::newRow("every 2 days") << u"0 0 */2 * *"_s << u"At 00:00, every 2 days of the month, starting on day 1"_s;
    QTest::newRow("every 2 days in a range") << u"0 0 1-15/2 * *"_s << u"At 00:00, every 2 days from day 1 through 15 of the month"_s;
    QTest::newRow("L") << u"0 0 L * *"_s << u"At 00:00, on the last day of the month"_s;
    QTest::newRow("L-1") << u"0 0 L-1 * *"_s << u"At 00:00, on the day before the last day of the month"_s;
    QTest::newRow("L-3") << u"0 0 L-3 * *"_s << u"At 00:00, on the day 3 days before the last day of the month"_s;
    QTest::newRow("LW") << u"0 0 LW * *"_s << u"At 00:00, on the last weekday of the month"_s;
    QTest::newRow("15W") << u"0 0 15W * *"_s << u"At 00:00, on the weekday nearest day 15 of the month"_s;
    QTest::newRow("1 and L") << u"0 0 1,L * *"_s << u"At 00:00, on day 1 and the last day of the month"_s;
    QTest::newRow("OR rule") << u"0 0 13 * FRI"_s << u"At 00:00, on day 13 of the month or on Friday"_s;
    QTest::newRow("OR rule with a range") << u"0 0 1,15 * MON-FRI"_s
        << u"At 00:00, on days 1 and 15 of the month or on Monday through Friday"_s;
    QTest::newRow("AND with a star step") << u"0 0 */2 * MON"_s
        << u"At 00:00, every 2 days of the month, starting on day 1, only on Monday"_s;
    QTest::newRow("? in day-of-month") << u"0 0 ? * MON"_s << u"At 00:00, only on Monday"_s;
    QTest::newRow("? in day-of-week") << u"0 0 13 * ?"_s << u"At 00:00, on day 13 of the month"_s;
    // Months and years.
    QTest::newRow("January") << u"0 0 1 1 *"_s << u"At 00:00, on day 1 of the month, only in January"_s;
    QTest::newRow("month names") << u"0 0 1 JAN,JUL *"_s << u"At 00:00, on day 1 of the month, only in January and July"_s;
    QTest::newRow("month range") << u"0 0 1 MAR-MAY *"_s << u"At 00:00, on day 1 of the month, March through May"_s;
    QTest::newRow("month step") << u"0 0 1 */3 *"_s << u"At 00:00, on day 1 of the month, only in January, April, July and October"_s;
    QTest::newRow("month wrap-around") << u"0 0 1 NOV-FEB *"_s << u"At 00:00, on day 1 of the month, November through February"_s;
    QTest::newRow("month only") << u"0 12 * 12 *"_s << u"At 12:00, only in December"_s;
    QTest::newRow("year") << u"0 0 0 1 1 * 2030"_s << u"At 00:00, on day 1 of the month, only in January, only in 2030"_s;
    QTest::newRow("year list") << u"0 0 0 1 1 * 2025,2027"_s
        << u"At 00:00, on day 1 of the month, only in January, only in 2025 and 2027"_s;
    QTest::newRow("year range") << u"0 0 12 25 12 * 2025-2027"_s
        << u"At 12:00, on day 25 of the month, only in December, in 2025 through 2027"_s;
    // Seconds.
    QTest::newRow("every second") << u"* * * * * *"_s << u"Every second"_s;
    QTest::newRow("every 10 seconds") << u"*/10 * * * * *"_s << u"Every 10 seconds"_s;
    QTest::newRow("second 30") << u"30 * * * * *"_s << u"At 30 seconds past the minute"_s;
    QTest::newRow("second 1") << u"1 * * * * *"_s << u"At 1 second past the minute"_s;
    QTest::newRow("second 0 of every minute") << u"0 * * * * *"_s << u"Every minute"_s;
    QTest::newRow("fixed time with seconds") << u"15 30 2 * * *"_s << u"Every day at 02:30:15"_s;
    QTest::newRow("seconds list") << u"0,20,40 0 12 * * *"_s << u"Every day at 12:00, 12:00:20 and 12:00:40"_s;
    QTest::newRow("seconds range") << u"10-20 * * * * *"_s << u"At seconds 10 through 20"_s;
    QTest::newRow("6 fields with ?") << u"0 0 12 ? * MON"_s << u"At 12:00, only on Monday"_s;
    // Aliases.
    QTest::newRow("@yearly") << u"@yearly"_s << u"At 00:00, on day 1 of the month, only in January"_s;
    QTest::newRow("@annually") << u"@annually"_s << u"At 00:00, on day 1 of the month, only in January"_s;
    QTest::newRow("@monthly") << u"@monthly"_s << u"At 00:00, on day 1 of the month"_s;
    QTest::newRow("@weekly") << u"@weekly"_s << u"At 00:00, only on Sunday"_s;
    QTest::newRow("@daily") << u"@daily"_s << u"Every day at 00:00"_s;
    QTest::newRow("@midnight") << u"@midnight"_s << u"Every day at 00:00"_s;
    QTest::newRow("@hourly") << u"@hourly"_s << u"Every hour"_s;
    // @every.
    QTest::newRow("@every 90s") << u"@every 90s"_s << u"Every 1m30s"_s;
    QTest::newRow("@every 1s") << u"@every 1s"_s << u"Every second"_s;
    QTest::newRow("@every 15m") << u"@every 15m"_s << u"Every 15 minutes"_s;
    QTest::newRow("@every 60s") << u"@every 60s"_s << u"Every minute"_s;
    QTest::newRow("@every 1h") << u"@every 1h"_s << u"Every hour"_s;
    QTest::newRow("@every 2h") << u"@every 2h"_s << u"Every 2 hours"_s;
    QTest::newRow("@every 90m") << u"@every 90m"_s << u"Every 1h30m"_s;
    QTest::newRow("@every 1d") << u"@every 1d"_s << u"Every day"_s;
    QTest::newRow("@every 25h") << u"@every 25h"_s << u"Every 1d1h"_s;
    QTest::newRow("@every 1500ms") << u"@every 1500ms"_s << u"Every 1s500ms"_s;
    // @at.
    QTest::newRow("@at") << u"@at 2027-01-01T09:00:00"_s << u"Once at 2027-01-01 09:00"_s;
    QTest::newRow("@at with seconds") << u"@at 2027-01-01T09:00:30"_s << u"Once at 2027-01-01 09:00:30"_s;
    QTest::newRow("@at Z") << u"@at 2027-01-01T09:00:00Z"_s << u"Once at 2027-01-01 09:00 UTC"_s;
    QTest::newRow("@at +05:30") << u"@at 2027-01-01T09:00:00+05:30"_s << u"Once at 2027-01-01 09:00 +05:30"_s;
    QTest::newRow("@at -0500") << u"@at 2027-01-01T09:00:00-0500"_s << u"Once at 2027-01-01 09:00 -05:00"_s;
    QTest::newRow("@at with a space") << u"@at 2027-01-01 09:00"_s << u"Once at 2027-01-01 09:00"_s;
}

void tst_Schedule::describe()
{
    QFETCH(QString, text);
    QFETCH(QString, description);
    const Takt::Result<Schedule> schedule = Schedule::parse(text);
    QVERIFY2(schedule.isOk(), errorOf(schedule).constData());
    QCOMPARE(schedule->describe(), description);
}

void tst_Schedule::valueSemantics()
{
    const Schedule daily = Schedule::parse(u"@daily").value();
    const Schedule copy = daily;
    QCOMPARE(copy, daily);
    QCOMPARE(copy.text(), u"@daily"_s);
    QCOMPARE(Schedule::parse(u"  @daily ").value(), daily); // trimmed text is what counts
    // Same fire times, different text: a user sees two different schedules.
    QVERIFY(Schedule::parse(u"0 0 * * *").value() != daily);
    QVERIFY(Schedule() != daily);

    Schedule assigned;
    assigned = Schedule::parse(u"@every 5m").value();
    QVERIFY(assigned.isInterval());
    QCOMPARE(assigned.interval().intervalMs(), 300'000);
    assigned = daily;
    QVERIFY(assigned.isCron());
    QCOMPARE(assigned, daily);
}

QTEST_GUILESS_MAIN(tst_Schedule)
#include "tst_schedule.moc"
