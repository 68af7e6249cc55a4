// Tests LogSearch and LineMatcher: match counts over a log of many reads, case sensitivity,
// matches split by colour codes, the order of next/previous (within a line, across lines,
// wrapping), cancelling, and lines appended while the search follows the log.

#include "fakelogengine.h"

#include <views/log/enginelogsource.h>
#include <views/log/linematcher.h>
#include <views/log/logdocument.h>
#include <views/log/logsearch.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;
using namespace TaktTest;

using Match = LogSearch::Match;

class tst_LogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matcherCounts_data();
    void matcherCounts();
    void countsInALargeLog_data();
    void countsInALargeLog();
    void nextAndPreviousOrder();
    void firstMatchFromALine();
    void cancelKeepsWhatWasFound();
    void followsAppendedLines();
    void newTextStartsOver();

private:
    QTemporaryDir m_dir;
    QString m_bigPath;
    int m_bigLines = 0;
};

void tst_LogSearch::initTestCase()
{
    // Every 1000th line has "needle" once, every 5000th "Needle needle" (two), and every
    // 3000th has "nee" + a colour code + "dle" (one match in the plain text).
    QByteArray content;
    int i = 0;
    while (content.size() < 12 * 1024 * 1024) {
        QByteArray text = "row " + QByteArray::number(i) + " filler text";
        if (i % 5000 == 0)
            text += " Needle needle";
        else if (i % 1000 == 0)
            text += " needle";
        else if (i % 3000 == 1)
            text += " nee\x1b[1mdle\x1b[0m";
        content += record(baseTime(i), i % 2 ? 'O' : 'E', text);
        ++i;
    }
    m_bigLines = i;
    m_bigPath = m_dir.filePath(QStringLiteral("big.log"));
    QVERIFY(writeFile(m_bigPath, content));
}

void tst_LogSearch::matcherCounts_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("count");

    QTest::newRow("plain") << "abc" << true << QByteArray("xabcxabc") << 2;
    QTest::newRow("not overlapping") << "aa" << true << QByteArray("aaaa a") << 2;
    QTest::newRow("case-sensitive") << "Err" << true << QByteArray("err ERR Err") << 1;
    QTest::newRow("case-insensitive") << "Err" << false << QByteArray("err ERR Err") << 3;
    QTest::newRow("across colour codes") << "ab" << true << QByteArray("a\x1b[31mb") << 1;
    QTest::newRow("codes never match") << "31m" << true << QByteArray("\x1b[31mred") << 0;
    QTest::newRow("UTF-8 case-insensitive") << QString::fromUtf8("ÉTÉ") << false << QByteArray("\xc3\xa9t\xc3\xa9") << 1;
    QTest::newRow("tab becomes spaces") << "a  " << true << QByteArray("a\tb") << 1;
    QTest::newRow("longer than the line") << "abcdef" << true << QByteArray("abc") << 0;
    QTest::newRow("empty needle") << "" << true << QByteArray("abc") << 0;
}

void tst_LogSearch::matcherCounts()
{
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(QByteArray, raw);
    QFETCH(int, count);
    const LineMatcher matcher(needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    QCOMPARE(matcher.count(QByteArrayView(raw)), count);
    // The view's count on decoded text agrees with the search's count on raw bytes.
    QCOMPARE(matcher.positions(AnsiParser::plainText(raw)).size(), count);
}

void tst_LogSearch::countsInALargeLog_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("perLine"); // a function of the line number, see below

    QTest::newRow("needle, any case") << "needle" << false << 0;
    QTest::newRow("needle, exact case") << "needle" << true << 1;
    QTest::newRow("Needle, exact case") << "Needle" << true << 2;
    QTest::newRow("absent") << "haystack" << false << 3;
}

void tst_LogSearch::countsInALargeLog()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(int, perLine);
    qint64 expected = 0;
    qint64 expectedLines = 0;
    for (int i = 0; i < m_bigLines; ++i) {
        int n = 0;
        const bool five = i % 5000 == 0;
        const bool thousand = !five && i % 1000 == 0;
        const bool split = !five && !thousand && i % 3000 == 1;
        switch (perLine) {
        case 0: n = five ? 2 : thousand || split ? 1 : 0; break;
        case 1: n = five || thousand || split ? 1 : 0; break;
        case 2: n = five ? 1 : 0; break;
        default: break;
        }
        expected += n;
        expectedLines += n > 0;
    }

    FakeLogEngine engine;
    engine.addRun(1, m_bigPath, true);
    LogDocument document;
    document.setSource(new EngineLogSource(&engine, 1, 1));
    LogSearch search(&document);
    QSignalSpy progressed(&search, &LogSearch::progressed);
    search.start(text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    QVERIFY(search.isSearching());
    QVERIFY(waitUntil([&] { return search.isCaughtUp(); }, 30000));
    QVERIFY(!search.isSearching());
    QCOMPARE(search.matchCount(), expected);
    QCOMPARE(search.matchingLineCount(), expectedLines);
    QVERIFY(progressed.count() >= 3); // reported as it went, not only at the end
    QCOMPARE(progressed.last().at(0).toLongLong(), QFileInfo(m_bigPath).size());
}

void tst_LogSearch::nextAndPreviousOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("order.log"));
    QByteArray content;
    for (int i = 0; i < 300; ++i) {
        QByteArray text = "line " + QByteArray::number(i);
        if (i == 5)
            text += " x x x";
        else if (i == 100 || i == 250)
            text += " x";
        content += record(baseTime(i), 'O', text);
    }
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    document.setSource(new EngineLogSource(&engine, 1, 1));
    LogSearch search(&document);
    search.start(QStringLiteral("x"), Qt::CaseSensitive);
    QVERIFY(waitUntil([&] { return search.isCaughtUp(); }));
    QCOMPARE(search.matchCount(), 5);
    QCOMPARE(search.countInLine(5), 3);
    QCOMPARE(search.countInLine(6), 0);

    const QList<Match> order = {{5, 0, 0}, {5, 1, 1}, {5, 2, 2}, {100, 0, 3}, {250, 0, 4}};
    Match m = search.next(Match()); // from nothing: the first
    for (int i = 0; i < order.size(); ++i) {
        QCOMPARE(m, order[i]);
        m = search.next(m);
    }
    QCOMPARE(m, order.first()); // wraps to the start
    m = search.previous(m);
    QCOMPARE(m, order.last()); // and back to the end
    for (int i = order.size() - 1; i >= 0; --i) {
        QCOMPARE(m, order[i]);
        m = search.previous(m);
    }
    QCOMPARE(m, order.last());
    QCOMPARE(search.previous(Match()), order.last());

    QSignalSpy current(&search, &LogSearch::currentChanged);
    search.setCurrent(order[3]);
    QCOMPARE(search.current(), order[3]);
    QCOMPARE(current.count(), 1);
}

void tst_LogSearch::firstMatchFromALine()
{
    const QString path = m_dir.filePath(QStringLiteral("from.log"));
    QByteArray content;
    for (int i = 0; i < 100; ++i)
        content += record(baseTime(i), 'O', i == 20 || i == 70 ? "hit" : "miss");
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    document.setSource(new EngineLogSource(&engine, 1, 1));
    LogSearch search(&document);
    search.start(QStringLiteral("hit"), Qt::CaseInsensitive);
    QVERIFY(waitUntil([&] { return search.isCaughtUp(); }));
    QCOMPARE(search.firstMatchFrom(0).line, 20);
    QCOMPARE(search.firstMatchFrom(20).line, 20);
    QCOMPARE(search.firstMatchFrom(21).line, 70);
    QCOMPARE(search.firstMatchFrom(71).line, 20); // wraps
}

void tst_LogSearch::cancelKeepsWhatWasFound()
{
    FakeLogEngine engine;
    engine.addRun(1, m_bigPath, true);
    LogDocument document;
    document.setSource(new EngineLogSource(&engine, 1, 1));
    LogSearch search(&document);
    search.start(QStringLiteral("needle"), Qt::CaseInsensitive);
    QVERIFY(waitUntil([&] { return search.matchCount() > 0; }));
    search.cancel();
    QVERIFY(!search.isSearching());
    QVERIFY(search.wasCancelled());
    const qint64 found = search.matchCount();
    QVERIFY(found > 0);
    QTest::qWait(100);
    QCOMPARE(search.matchCount(), found); // nothing more arrives
    QVERIFY(!search.isCaughtUp());
}

void tst_LogSearch::followsAppendedLines()
{
    const QString path = m_dir.filePath(QStringLiteral("live.log"));
    QVERIFY(writeFile(path, record(baseTime(0), 'O', "ERROR one") + record(baseTime(1), 'O', "fine")));
    FakeLogEngine engine;
    engine.addRun(1, path, false);
    auto *source = new EngineLogSource(&engine, 1, 1);
    source->setPollInterval(10);
    LogDocument document;
    document.setSource(source);
    LogSearch search(&document);
    search.start(QStringLiteral("error"), Qt::CaseInsensitive);
    QVERIFY(waitUntil([&] { return search.isCaughtUp() && search.matchCount() == 1; }));
    QVERIFY(writeFile(path, record(baseTime(2), 'E', "error two") + record(baseTime(3), 'E', "error three"), true));
    QVERIFY(waitUntil([&] { return search.matchCount() == 3; }));
    QCOMPARE(search.firstMatchFrom(1).line, 2);
    engine.setFinished(1, true);
    QVERIFY(waitUntil([&] { return document.isComplete(); }));
}

void tst_LogSearch::newTextStartsOver()
{
    FakeLogEngine engine;
    engine.addRun(1, m_bigPath, true);
    LogDocument document;
    document.setSource(new EngineLogSource(&engine, 1, 1));
    LogSearch search(&document);
    search.start(QStringLiteral("row"), Qt::CaseSensitive);
    QVERIFY(waitUntil([&] { return search.matchCount() > 0; }));
    search.start(QStringLiteral("Needle"), Qt::CaseSensitive);
    QVERIFY(waitUntil([&] { return search.isCaughtUp(); }, 30000));
    QCOMPARE(search.matchCount(), (m_bigLines + 4999) / 5000);
    search.clear();
    QCOMPARE(search.matchCount(), 0);
    QVERIFY(!search.current().isValid());
    QVERIFY(search.text().isEmpty());
}

QTEST_GUILESS_MAIN(tst_LogSearch)
#include "tst_logsearch.moc"
