// Tests LogIndex: scanning pieces of a log into block checkpoints, and the index that
// LogDocument builds from a real file read in chunks, whatever the chunk boundaries:
// lines split between 4 MiB reads, reads of a few bytes, CRLF, no final newline, an empty
// file, and lines longer than a read.

#include "fakelogengine.h"

#include <views/log/enginelogsource.h>
#include <views/log/logdocument.h>
#include <views/log/logindex.h>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;
using namespace TaktTest;

namespace {

// Where every line starts, the slow and obvious way.
struct Expected
{
    QList<qint64> starts;
    qint64 end = 0;
};

Expected expectedLines(const QByteArray &content, bool finished)
{
    Expected e;
    qint64 start = 0;
    for (qint64 i = 0; i < content.size(); ++i) {
        if (content[i] == '\n') {
            e.starts.append(start);
            start = i + 1;
            e.end = i + 1;
        }
    }
    if (finished && start < content.size()) {
        e.starts.append(start);
        e.end = content.size();
    }
    return e;
}

void compareIndex(const LogIndex &index, const Expected &expected)
{
    QCOMPARE(index.lineCount(), qint64(expected.starts.size()));
    QCOMPARE(index.end(), expected.end);
    QCOMPARE(index.blockCount(), (qint64(expected.starts.size()) + 63) / 64);
    for (qint64 b = 0; b < index.blockCount(); ++b) {
        QCOMPARE(index.blockStart(b), expected.starts[b * 64]);
        const qint64 nextLine = (b + 1) * 64;
        QCOMPARE(index.blockEnd(b), nextLine < expected.starts.size() ? expected.starts[nextLine] : expected.end);
        QCOMPARE(index.blockLineCount(b), int(std::min<qint64>(64, expected.starts.size() - b * 64)));
    }
}

QByteArray logLines(int count, int seed, const QByteArray &eol = "\n")
{
    QRandomGenerator random{quint32(seed)};
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        QByteArray line = record(baseTime(i), i % 7 == 3 ? 'E' : 'O', "line " + QByteArray::number(i) + ' '
                                     + QByteArray(random.bounded(0, 300), char('a' + i % 26)));
        line.chop(1);
        out += line + eol;
    }
    return out;
}

} // namespace

class tst_LogIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanPieces_data();
    void scanPieces();
    void indexFromSmallReads_data();
    void indexFromSmallReads();
    void linesSplitBetween4MiBReads();
    void emptyFinishedLog();
    void growingLogCountsOnlyEndedLines();
    void memoryIsSmall();

private:
    QTemporaryDir m_dir;
};

void tst_LogIndex::scanPieces_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QList<int>>("cuts");   // piece boundaries
    QTest::addColumn<bool>("finished");

    const QByteArray lines200 = logLines(200, 1);
    QTest::newRow("one piece") << lines200 << QList<int>{} << true;
    QTest::newRow("cuts at line ends") << lines200 << QList<int>{int(lines200.indexOf('\n') + 1)} << true;
    QTest::newRow("empty") << QByteArray() << QList<int>{} << true;
    QTest::newRow("only newlines") << QByteArray(130, '\n') << QList<int>{64, 65, 128} << true;
    QTest::newRow("no trailing newline") << QByteArray("a\nb\nc") << QList<int>{2} << true;
    QTest::newRow("exactly 64 lines") << QByteArray(64, '\n') << QList<int>{} << true;
    QTest::newRow("64 lines and a partial") << QByteArray(64, '\n') + "tail" << QList<int>{64} << true;
    QTest::newRow("127 lines and a partial") << QByteArray(127, '\n') + "tail" << QList<int>{100} << true;
    QTest::newRow("growing: partial not counted") << QByteArray(70, '\n') + "part" << QList<int>{} << false;
}

void tst_LogIndex::scanPieces()
{
    QFETCH(QByteArray, content);
    QFETCH(QList<int>, cuts);
    QFETCH(bool, finished);

    // The pieces a reader hands over hold whole lines, except the last of an ended log.
    const Expected expected = expectedLines(content, finished);
    QList<int> bounds = cuts;
    bounds.append(int(expected.end));
    LogIndex index;
    qint64 offset = 0;
    for (int i = 0; i < bounds.size(); ++i) {
        const bool last = i == bounds.size() - 1;
        const qint64 end = bounds[i];
        const QByteArrayView piece(content.constData() + offset, end - offset);
        index.extend(LogIndex::scan(piece, offset, index.lineCount(), last && finished));
        offset = end;
    }
    compareIndex(index, expected);
    QCOMPARE(index.isSealed(), finished);
}

void tst_LogIndex::indexFromSmallReads_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("readSize");

    const QByteArray lines = logLines(300, 2);
    QTest::newRow("7-byte reads") << lines << qint64(7);
    QTest::newRow("reads of 1000") << lines << qint64(1000);
    QTest::newRow("1-byte reads") << logLines(70, 3) << qint64(1);
    QTest::newRow("CRLF") << logLines(300, 4, "\r\n") << qint64(333);
    QTest::newRow("no trailing newline") << logLines(129, 5).chopped(1) << qint64(100);
    QTest::newRow("no newline at all") << QByteArray(5000, 'x') << qint64(64);
    QTest::newRow("line longer than a read") << logLines(10, 6) + QByteArray(100000, 'y') + '\n' + logLines(100, 7) << qint64(512);
    QTest::newRow("empty lines") << QByteArray(200, '\n') << qint64(3);
}

void tst_LogIndex::indexFromSmallReads()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, readSize);
    const QString path = m_dir.filePath(QStringLiteral("small-%1.log").arg(QTest::currentDataTag()));
    QVERIFY(writeFile(path, content));

    LogDocument document;
    document.setSource(new TestFileSource(path, readSize, true));
    QVERIFY(waitUntil([&] { return document.isComplete(); }));
    compareIndex(document.index(), expectedLines(content, true));
}

void tst_LogIndex::linesSplitBetween4MiBReads()
{
    // ~10 MiB: engine reads of 4 MiB (and the smaller first ones) end inside lines.
    QByteArray content;
    QRandomGenerator random(42);
    for (int i = 0; content.size() < 10 * 1024 * 1024; ++i) {
        content += record(baseTime(i), 'O', "row " + QByteArray::number(i) + ' ' + QByteArray(random.bounded(0, 400), 'z'));
    }
    content += "last line without newline";
    const QString path = m_dir.filePath(QStringLiteral("big.log"));
    QVERIFY(writeFile(path, content));
    const Expected expected = expectedLines(content, true);
    for (qint64 boundary : {qint64(4) << 20, qint64(8) << 20})
        QVERIFY2(content[boundary - 1] != '\n', "a read boundary should fall inside a line");

    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    document.setSource(new EngineLogSource(&engine, 1, 1));
    QVERIFY(waitUntil([&] { return document.isComplete(); }, 30000));
    compareIndex(document.index(), expected);
    QCOMPARE(document.size(), qint64(content.size()));
}

void tst_LogIndex::emptyFinishedLog()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.log"));
    QVERIFY(writeFile(path, QByteArray()));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogDocument document;
    QSignalSpy completed(&document, &LogDocument::completed);
    document.setSource(new EngineLogSource(&engine, 1, 1));
    QVERIFY(waitUntil([&] { return completed.count() == 1; }));
    QCOMPARE(document.lineCount(), 0);
    QCOMPARE(document.index().blockCount(), 0);
    QVERIFY(document.errorString().isEmpty());
}

void tst_LogIndex::growingLogCountsOnlyEndedLines()
{
    // While the run writes, a record without its '\n' is not a line yet.
    const QString path = m_dir.filePath(QStringLiteral("growing.log"));
    QVERIFY(writeFile(path, logLines(100, 8) + "2026-11-24T21:22:03.123Z O part"));
    auto *source = new TestFileSource(path, 4096, false);
    LogDocument document;
    document.setSource(source);
    QVERIFY(waitUntil([&] { return document.lineCount() == 100; }));
    QVERIFY(!document.isComplete());
    QVERIFY(writeFile(path, "ial\n" + logLines(50, 9), true));
    QVERIFY(waitUntil([&] { return document.lineCount() == 151; }));
    QVERIFY(writeFile(path, "end", true));
    source->setFinished(true);
    QVERIFY(waitUntil([&] { return document.isComplete(); }));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    compareIndex(document.index(), expectedLines(file.readAll(), true));
}

void tst_LogIndex::memoryIsSmall()
{
    // 64 lines per checkpoint of 8 bytes: 10 million lines take about 1.25 MB.
    LogIndex index;
    const QByteArray lines(1 << 20, '\n');
    for (int i = 0; i < 10; ++i)
        index.extend(LogIndex::scan(lines, qint64(i) << 20, index.lineCount(), false));
    QCOMPARE(index.lineCount(), 10 << 20);
    QVERIFY2(index.memoryUsage() <= 2 * 8 * (10 << 20) / 64 + 64, qPrintable(QString::number(index.memoryUsage())));
}

QTEST_GUILESS_MAIN(tst_LogIndex)
#include "tst_logindex.moc"
