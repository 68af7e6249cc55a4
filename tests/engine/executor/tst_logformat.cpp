// Tests the attempt log format: parsing, formatting, and that one is the inverse of the other.

#include <engine/executor/logformat.h>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Takt;

class tst_LogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidLines_data();
    void parsesValidLines();
    void rejectsMalformedLines_data();
    void rejectsMalformedLines();
    void formatsTimes_data();
    void formatsTimes();
    void formatAgreesWithQDateTime();
    void roundTrips_data();
    void roundTrips();
    void formatEndsWithNewline();
};

void tst_LogFormat::parsesValidLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<char>("stream");
    QTest::addColumn<QByteArray>("text");

    const qint64 t = QDateTime(QDate(2026, 11, 24), QTime(21, 22, 3, 123), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("stdout") << QByteArray("2026-11-24T21:22:03.123Z O hello world") << t << 'O'
                            << QByteArray("hello world");
    QTest::newRow("stderr") << QByteArray("2026-11-24T21:22:03.123Z E oops") << t << 'E' << QByteArray("oops");
    QTest::newRow("takt") << QByteArray("2026-11-24T21:22:03.123Z T exited with code 3") << t << 'T'
                          << QByteArray("exited with code 3");
    QTest::newRow("empty line") << QByteArray("2026-11-24T21:22:03.123Z O ") << t << 'O' << QByteArray();
    QTest::newRow("empty, no space") << QByteArray("2026-11-24T21:22:03.123Z O") << t << 'O' << QByteArray();
    QTest::newRow("spaces kept") << QByteArray("2026-11-24T21:22:03.123Z O   indented  ") << t << 'O'
                                 << QByteArray("  indented  ");
    QTest::newRow("carriage return kept") << QByteArray("2026-11-24T21:22:03.123Z O dos\r") << t << 'O'
                                          << QByteArray("dos\r");
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00.000Z O x")
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
                              << 'O' << QByteArray("x");
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00.000Z T start") << qint64(0) << 'T'
                           << QByteArray("start");
}

void tst_LogFormat::parsesValidLines()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, timeMs);
    QFETCH(char, stream);
    QFETCH(QByteArray, text);
    const std::optional<LogLine> parsed = parseLogLine(line);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->timeMs, timeMs);
    QCOMPARE(parsed->stream, stream);
    QCOMPARE(parsed->text, text);
}

void tst_LogFormat::rejectsMalformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("too short") << QByteArray("2026-11-24T21:22:03.123Z");
    QTest::newRow("unknown stream") << QByteArray("2026-11-24T21:22:03.123Z X text");
    QTest::newRow("no space after stream") << QByteArray("2026-11-24T21:22:03.123Z Otext");
    QTest::newRow("no Z") << QByteArray("2026-11-24T21:22:03.123+ O text");
    QTest::newRow("no milliseconds") << QByteArray("2026-11-24T21:22:03Z O text");
    QTest::newRow("space for T") << QByteArray("2026-11-24 21:22:03.123Z O text");
    QTest::newRow("letter in year") << QByteArray("2O26-11-24T21:22:03.123Z O text");
    QTest::newRow("month 13") << QByteArray("2026-13-24T21:22:03.123Z O text");
    QTest::newRow("month 0") << QByteArray("2026-00-24T21:22:03.123Z O text");
    QTest::newRow("day 0") << QByteArray("2026-11-00T21:22:03.123Z O text");
    QTest::newRow("31 November") << QByteArray("2026-11-31T21:22:03.123Z O text");
    QTest::newRow("29 February 2026") << QByteArray("2026-02-29T21:22:03.123Z O text");
    QTest::newRow("hour 24") << QByteArray("2026-11-24T24:00:00.000Z O text");
    QTest::newRow("minute 60") << QByteArray("2026-11-24T21:60:03.123Z O text");
    QTest::newRow("second 60") << QByteArray("2026-11-24T21:22:60.123Z O text");
    QTest::newRow("not a log line") << QByteArray("hello, this is not a log line at all");
}

void tst_LogFormat::rejectsMalformedLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!parseLogLine(line).has_value());
}

void tst_LogFormat::formatsTimes_data()
{
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000Z");
    QTest::newRow("one ms before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999Z");
    QTest::newRow("example") << QDateTime(QDate(2026, 11, 24), QTime(21, 22, 3, 123), QTimeZone::utc()).toMSecsSinceEpoch()
                             << QByteArray("2026-11-24T21:22:03.123Z");
    QTest::newRow("leap day") << QDateTime(QDate(2000, 2, 29), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch()
                              << QByteArray("2000-02-29T12:00:00.000Z");
    QTest::newRow("last ms of 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch()
                                     << QByteArray("9999-12-31T23:59:59.999Z");
}

void tst_LogFormat::formatsTimes()
{
    QFETCH(qint64, timeMs);
    QFETCH(QByteArray, text);
    QCOMPARE(formatLogTime(timeMs), text);
}

void tst_LogFormat::formatAgreesWithQDateTime()
{
    // Our own calendar arithmetic against Qt's, over a wide spread of instants.
    qint64 t = QDateTime(QDate(1901, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2400, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 step = 86'400'000LL * 3 + 3'723'457; // not a whole day: hits all times of day
    int checked = 0;
    for (; t < end; t += step, ++checked) {
        const QByteArray expected =
            QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'").toLatin1();
        const QByteArray actual = formatLogTime(t);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2 != %3").arg(t).arg(QLatin1String(actual), QLatin1String(expected))));
        const auto parsed = parseLogLine(actual + " O x");
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->timeMs, t);
    }
    QVERIFY(checked > 50'000);
}

void tst_LogFormat::roundTrips_data()
{
    QTest::addColumn<char>("stream");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << 'O' << QByteArray("hello");
    QTest::newRow("empty") << 'E' << QByteArray();
    QTest::newRow("utf-8") << 'O' << QByteArray("grüße, 你好");
    QTest::newRow("invalid utf-8 and NUL") << 'O' << QByteArray("\xff\xfe\0x", 4);
    QTest::newRow("takt note") << 'T' << QByteArray("timed out after 1m30s");
}

void tst_LogFormat::roundTrips()
{
    QFETCH(char, stream);
    QFETCH(QByteArray, text);
    const LogLine line{1'795'556'118'673, stream, text};
    QByteArray record = formatLogLine(line);
    QVERIFY(record.endsWith('\n'));
    record.chop(1);
    const auto parsed = parseLogLine(record);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, line);
}

void tst_LogFormat::formatEndsWithNewline()
{
    QCOMPARE(formatLogLine(LogLine{0, 'O', "a b"}), QByteArray("1970-01-01T00:00:00.000Z O a b\n"));
    QCOMPARE(formatLogLine(LogLine{0, 'E', {}}), QByteArray("1970-01-01T00:00:00.000Z E \n"));
}

QTEST_GUILESS_MAIN(tst_LogFormat)
#include "tst_logformat.moc"
