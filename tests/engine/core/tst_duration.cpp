// Durations and sizes as people write them in job files and on the command line.
#include <engine/core/duration.h>

#include <QTest>

using namespace Takt;

class tst_Duration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("bare seconds") << "30" << qint64(30'000);
        QTest::newRow("ms") << "250ms" << qint64(250);
        QTest::newRow("s") << "90s" << qint64(90'000);
        QTest::newRow("m") << "5m" << qint64(300'000);
        QTest::newRow("h m") << "1h30m" << qint64(5'400'000);
        QTest::newRow("d") << "2d" << qint64(172'800'000);
        QTest::newRow("all units") << "1d2h3m4s5ms" << qint64(93'784'005);
        QTest::newRow("spaces around") << "  10s " << qint64(10'000);
        QTest::newRow("zero") << "0s" << qint64(0);
    }
    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = parseDuration(text, QStringLiteral("timeout"));
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value(), ms);
    }

    void rejectsBadDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("unit only") << "s";
        QTest::newRow("unknown unit") << "5x";
        QTest::newRow("trailing junk") << "5m!";
        QTest::newRow("negative") << "-5";
        QTest::newRow("decimal") << "1.5h";
        QTest::newRow("gap inside") << "1h 30m";
    }
    void rejectsBadDurations()
    {
        QFETCH(QString, text);
        const auto parsed = parseDuration(text, QStringLiteral("timeout"));
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(parsed.error().field, QStringLiteral("timeout"));
    }

    void formatsDurationsShortestExact_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0s";
        QTest::newRow("ms") << qint64(250) << "250ms";
        QTest::newRow("m s") << qint64(90'000) << "1m30s";
        QTest::newRow("d h") << qint64(93'600'000) << "1d2h";
        QTest::newRow("negative") << qint64(-1500) << "-1s500ms";
    }
    void formatsDurationsShortestExact()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ms), text);
        if (ms >= 0)
            QCOMPARE(parseDuration(text, {}).value(), ms); // round trip
    }

    void parsesSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bytes") << "500" << qint64(500);
        QTest::newRow("K") << "64K" << qint64(65'536);
        QTest::newRow("MB") << "500MB" << qint64(524'288'000);
        QTest::newRow("GiB") << "2GiB" << qint64(2147483648LL);
        QTest::newRow("lower case g") << "10g" << qint64(10737418240LL);
    }
    void parsesSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(parseSize(text, QStringLiteral("keep_log_bytes")).value(), bytes);
    }

    void rejectsBadSizes()
    {
        for (const char *bad : {"", "M", "5X", "-1", "1.5G", "99999999999999999T"}) {
            const auto parsed = parseSize(QString::fromLatin1(bad), QStringLiteral("keep_log_bytes"));
            QVERIFY2(!parsed.isOk(), bad);
            QCOMPARE(parsed.error().field, QStringLiteral("keep_log_bytes"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Duration)
#include "tst_duration.moc"
