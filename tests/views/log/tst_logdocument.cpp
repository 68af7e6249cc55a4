// Tests LogDocument: the right lines come back at the start, middle and end of a log that
// takes many engine reads; each line's time, stream and plain text; the cache stays within
// its budget; a growing last block is read again; plain text of a range in the background.

#include "fakelogengine.h"

#include <views/log/enginelogsource.h>
#include <views/log/logdocument.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;
using namespace TaktTest;

namespace {

// Line i of the generated log: stderr every 10th, Takt every 1000th, colour every 7th.
char streamOf(int i)
{
    return i % 1000 == 999 ? 'T' : i % 10 == 3 ? 'E' : 'O';
}

QByteArray rawTextOf(int i)
{
    const QByteArray padding(i % 53, char('a' + i % 26));
    if (i % 7 == 0)
        return "\x1b[32mline " + QByteArray::number(i) + "\x1b[0m " + padding;
    return "line " + QByteArray::number(i) + ' ' + padding;
}

QString plainTextOf(int i)
{
    return QStringLiteral("line %1 %2").arg(i).arg(QString(i % 53, QLatin1Char('a' + i % 26)));
}

} // namespace

class tst_LogDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linesAtStartMiddleEnd_data();
    void linesAtStartMiddleEnd();
    void decodesTimeStreamAndText();
    void crlfAndForeignLines();
    void cacheStaysWithinBudget();
    void blocksDearerThanTheBudgetStillShow();
    void growingLastBlockIsReadAgain();
    void plainTextOfARange();
    void readErrorIsReported();

private:
    bool load(LogDocument &document, FakeLogEngine &engine, RunId run);
    bool lineLoaded(LogDocument &document, qint64 line);

    QTemporaryDir m_dir;
    QString m_bigPath;
    int m_bigLines = 0;
};

void tst_LogDocument::initTestCase()
{
    // ~14 MiB, so the engine serves it in at least four 4 MiB reads.
    QByteArray content;
    int i = 0;
    while (content.size() < 14 * 1024 * 1024) {
        content += record(baseTime(i), streamOf(i), rawTextOf(i));
        ++i;
    }
    m_bigLines = i;
    m_bigPath = m_dir.filePath(QStringLiteral("big.log"));
    QVERIFY(writeFile(m_bigPath, content));
}

bool tst_LogDocument::load(LogDocument &document, FakeLogEngine &engine, RunId run)
{
    document.setSource(new EngineLogSource(&engine, run, 1));
    return waitUntil([&] { return document.isComplete() || !document.errorString().isEmpty(); }, 30000)
        && document.errorString().isEmpty();
}

bool tst_LogDocument::lineLoaded(LogDocument &document, qint64 line)
{
    document.prefetch(line, line + 40);
    return waitUntil([&] { return document.line(line) != nullptr; });
}

void tst_LogDocument::linesAtStartMiddleEnd_data()
{
    QTest::addColumn<double>("where");
    QTest::newRow("start") << 0.0;
    QTest::newRow("middle") << 0.5;
    QTest::newRow("end") << 1.0;
    QTest::newRow("just past the first 4 MiB") << 0.29;
}

void tst_LogDocument::linesAtStartMiddleEnd()
{
    QFETCH(double, where);
    FakeLogEngine engine;
    engine.addRun(1, m_bigPath, true);
    LogDocument document;
    QVERIFY(load(document, engine, 1));
    QCOMPARE(document.lineCount(), m_bigLines);

    const qint64 first = std::min<qint64>(qint64(where * m_bigLines), m_bigLines - 40);
    document.prefetch(first, first + 39);
    QVERIFY(waitUntil([&] {
        for (qint64 n = first; n < first + 40; ++n)
            if (!document.line(n))
                return false;
        return true;
    }));
    for (qint64 n = first; n < first + 40; ++n) {
        const DecodedLine *line = document.line(n);
        QVERIFY(line);
        QCOMPARE(line->text.text, plainTextOf(int(n)));
        QCOMPARE(line->stream, streamOf(int(n)));
        QCOMPARE(line->timeMs, baseTime(n));
    }
    QVERIFY(!document.line(m_bigLines));
    QVERIFY(!document.line(-1));
}

void tst_LogDocument::decodesTimeStreamAndText()
{
    const QString path = m_dir.filePath(QStringLiteral("streams.log"));
    QVERIFY(writeFile(path, record(baseTime(0), 'O', "out") + record(baseTime(1), 'E', "\x1b[31merr\x1b[0m")
                                + record(baseTime(2), 'T', "exited with code 3") + record(baseTime(3), 'O', "")));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    QVERIFY(load(document, engine, 1));
    QCOMPARE(document.lineCount(), 4);
    QVERIFY(lineLoaded(document, 0));
    QCOMPARE(document.line(0)->stream, 'O');
    QCOMPARE(document.line(1)->stream, 'E');
    QCOMPARE(document.line(1)->text.text, QStringLiteral("err"));
    QCOMPARE(document.line(1)->text.spans.size(), 1);
    QCOMPARE(document.line(1)->text.spans[0].style.foreground, AnsiColor::indexed(1));
    QCOMPARE(document.line(2)->stream, 'T');
    QCOMPARE(document.line(2)->timeMs, baseTime(2));
    QVERIFY(document.line(3)->hasTime);
    QCOMPARE(document.line(3)->text.text, QString());
}

void tst_LogDocument::crlfAndForeignLines()
{
    // CRLF output keeps its '\r' in the file; it is not shown. A line that is not in the log
    // format is shown whole, as stdout without a time.
    const QString path = m_dir.filePath(QStringLiteral("crlf.log"));
    QByteArray dos = record(baseTime(0), 'O', "dos line\r");
    QVERIFY(writeFile(path, dos + "not a log record\r\n" + "last, no newline"));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    QVERIFY(load(document, engine, 1));
    QCOMPARE(document.lineCount(), 3);
    QVERIFY(lineLoaded(document, 0));
    QCOMPARE(document.line(0)->text.text, QStringLiteral("dos line"));
    QCOMPARE(document.line(1)->text.text, QStringLiteral("not a log record"));
    QVERIFY(!document.line(1)->hasTime);
    QCOMPARE(document.line(1)->stream, 'O');
    QCOMPARE(document.line(2)->text.text, QStringLiteral("last, no newline"));
}

void tst_LogDocument::cacheStaysWithinBudget()
{
    FakeLogEngine engine;
    engine.addRun(1, m_bigPath, true);
    LogDocument document;
    document.setCacheLimit(256 * 1024);
    QVERIFY(load(document, engine, 1));
    // Look at lines all over the log: the cache keeps what fits, not what was seen.
    for (int step = 0; step < 20; ++step) {
        const qint64 line = qint64(step) * (m_bigLines / 20);
        QVERIFY(lineLoaded(document, line));
        QVERIFY2(document.cacheUsage() <= 256 * 1024, qPrintable(QString::number(document.cacheUsage())));
    }
    QVERIFY(!document.line(0)); // evicted long ago
}

void tst_LogDocument::blocksDearerThanTheBudgetStillShow()
{
    // 130 lines of 200 KB: one block decodes to ~26 MB, far over a 1 MB budget.
    const QString path = m_dir.filePath(QStringLiteral("wide.log"));
    QByteArray content;
    for (int i = 0; i < 130; ++i)
        content += record(baseTime(i), 'O', QByteArray::number(i) + ' ' + QByteArray(200 * 1024, 'w'));
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    document.setCacheLimit(1024 * 1024);
    QVERIFY(load(document, engine, 1));
    QCOMPARE(document.lineCount(), 130);
    for (qint64 line : {0, 70, 129}) {
        QVERIFY(lineLoaded(document, line));
        QVERIFY(document.line(line)->text.text.startsWith(QString::number(line) + QLatin1Char(' ')));
        QCOMPARE(document.line(line)->text.text.size(), 200 * 1024 + QString::number(line).size() + 1);
    }
}

void tst_LogDocument::growingLastBlockIsReadAgain()
{
    const QString path = m_dir.filePath(QStringLiteral("growing.log"));
    QByteArray content;
    for (int i = 0; i < 10; ++i)
        content += record(baseTime(i), 'O', "first " + QByteArray::number(i));
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, false);
    auto *source = new EngineLogSource(&engine, 1, 1);
    source->setPollInterval(10);
    LogDocument document;
    document.setSource(source);
    QVERIFY(waitUntil([&] { return document.lineCount() == 10; }));
    QVERIFY(lineLoaded(document, 9));
    QVERIFY(!document.line(10));

    QByteArray more;
    for (int i = 10; i < 20; ++i)
        more += record(baseTime(i), 'E', "more " + QByteArray::number(i));
    QVERIFY(writeFile(path, more, true));
    QVERIFY(waitUntil([&] { return document.lineCount() == 20; }));
    QVERIFY(!document.line(15)); // the cached block had 10 lines; it is read again
    QVERIFY(lineLoaded(document, 15));
    QCOMPARE(document.line(15)->text.text, QStringLiteral("more 15"));
    QCOMPARE(document.line(9)->text.text, QStringLiteral("first 9"));

    engine.setFinished(1, true);
    QVERIFY(waitUntil([&] { return document.isComplete(); }));
}

void tst_LogDocument::plainTextOfARange()
{
    FakeLogEngine engine;
    engine.addRun(1, m_bigPath, true);
    LogDocument document;
    QVERIFY(load(document, engine, 1));
    const qint64 first = m_bigLines / 3 + 5; // inside a block, nothing cached
    const qint64 last = first + 20000;
    QFuture<LogDocument::Text> future = document.plainText(first, last);
    QVERIFY(waitUntil([&] { return future.isFinished(); }));
    const LogDocument::Text text = future.result();
    QCOMPARE(text.lines, last - first + 1);
    QVERIFY(!text.truncated);
    QStringList expected;
    for (qint64 n = first; n <= last; ++n)
        expected.append(plainTextOf(int(n)));
    QCOMPARE(text.text, expected.join(QLatin1Char('\n')));

    // A cap keeps whole lines and says so.
    QFuture<LogDocument::Text> capped = document.plainText(0, m_bigLines - 1, 1000);
    QVERIFY(waitUntil([&] { return capped.isFinished(); }));
    QVERIFY(capped.result().truncated);
    QVERIFY(capped.result().text.size() <= 1000);
    QVERIFY(capped.result().text.startsWith(plainTextOf(0)));
}

void tst_LogDocument::readErrorIsReported()
{
    FakeLogEngine engine; // serves no run 7
    LogDocument document;
    QSignalSpy failed(&document, &LogDocument::failed);
    document.setSource(new EngineLogSource(&engine, 7, 1));
    QVERIFY(waitUntil([&] { return failed.count() == 1; }));
    QVERIFY(document.errorString().contains(QStringLiteral("no run 7")));
    QCOMPARE(document.lineCount(), 0);
}

QTEST_GUILESS_MAIN(tst_LogDocument)
#include "tst_logdocument.moc"
