// Tests LogViewer end to end over a fake EngineApi serving real files: the latest attempt is
// resolved, stderr lines are marked and timestamps toggle (checked on the rendered pixels),
// follow mode picks up appended lines and ends when scrolling up, copy gives plain text,
// Save As writes plain text or the raw log, and the find bar counts and steps through
// matches from the keyboard. Saves a screenshot to <build>/screenshots/logviewer.png.

#include "fakelogengine.h"

#include <views/log/logdocument.h>
#include <views/log/logpalette.h>
#include <views/log/logsearch.h>
#include <views/log/logsearchbar.h>
#include <views/log/logview.h>
#include <views/log/logviewer.h>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Takt;
using namespace TaktTest;

namespace {

QByteArray plainLog(int lines, const QByteArray &prefix = "line ")
{
    QByteArray out;
    for (int i = 0; i < lines; ++i)
        out += record(baseTime(i), 'O', prefix + QByteArray::number(i));
    return out;
}

QColor pixel(LogView *view, int x, int y)
{
    return view->viewport()->grab().toImage().pixelColor(x, y);
}

} // namespace

class tst_LogViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesTheLatestAttempt();
    void finishedLogOpensAtTheTop();
    void unknownRunFails();
    void waitsForTheFirstAttempt();
    void stderrLinesAreMarked();
    void timestampsToggle();
    void followPicksUpAppendedLines();
    void scrollingUpEndsFollow();
    void copyGivesPlainText();
    void copyOfLinesNotLoadedYet();
    void saveAsPlainTextAndRaw();
    void findBarCountsAndSteps();
    void screenshot();

private:
    bool showAndLoad(LogViewer &viewer, RunId run, int attempt = 0);

    QTemporaryDir m_dir;
};

bool tst_LogViewer::showAndLoad(LogViewer &viewer, RunId run, int attempt)
{
    viewer.resize(900, 400);
    viewer.show();
    if (!QTest::qWaitForWindowExposed(&viewer))
        return false;
    viewer.setRun(run, attempt);
    return waitUntil([&] {
        LogDocument *document = viewer.document();
        return document->source() && (document->isComplete() || !document->isIndexing())
            && document->lineCount() > 0 && viewer.view()->wasViewportComplete();
    });
}

void tst_LogViewer::resolvesTheLatestAttempt()
{
    const QString path = m_dir.filePath(QStringLiteral("attempt.log"));
    QVERIFY(writeFile(path, plainLog(30)));
    FakeLogEngine engine;
    engine.addRun(4, path, true, 3);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 4));
    QCOMPARE(viewer.run(), 4);
    QCOMPARE(viewer.attempt(), 3);
    QCOMPARE(viewer.requestedAttempt(), 0);
    QCOMPARE(viewer.document()->lineCount(), 30);
    // Every read named attempt 3, never "the latest" (0), which could switch files mid-way.
    QVERIFY(!engine.attemptsRead().isEmpty());
    for (int attempt : engine.attemptsRead())
        QCOMPARE(attempt, 3);
    QVERIFY2(viewer.statusText().contains(QStringLiteral("30")), qPrintable(viewer.statusText()));
}

void tst_LogViewer::finishedLogOpensAtTheTop()
{
    const QString path = m_dir.filePath(QStringLiteral("top.log"));
    QVERIFY(writeFile(path, plainLog(5000)));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));
    QVERIFY(waitUntil([&] { return viewer.document()->isComplete(); }));
    QVERIFY(!viewer.isFollowing());
    QCOMPARE(viewer.view()->firstVisibleLine(), 0);
}

void tst_LogViewer::unknownRunFails()
{
    FakeLogEngine engine;
    LogViewer viewer(&engine);
    QSignalSpy failed(&viewer, &LogViewer::loadFailed);
    viewer.setRun(99);
    QVERIFY(waitUntil([&] { return failed.count() == 1; }));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("no run 99")));
    QVERIFY(viewer.messageText().contains(QStringLiteral("no run 99")));
}

void tst_LogViewer::waitsForTheFirstAttempt()
{
    const QString path = m_dir.filePath(QStringLiteral("later.log"));
    QVERIFY(writeFile(path, plainLog(3)));
    FakeLogEngine engine;
    engine.addRun(5, path, false, 0); // queued: no attempt yet
    LogViewer viewer(&engine);
    viewer.setRun(5);
    QVERIFY(waitUntil([&] { return !viewer.messageText().isEmpty(); }));
    QCOMPARE(viewer.attempt(), 0);
    QCOMPARE(engine.readCount(), 0);

    engine.addRun(5, path, false, 1);
    RunRecord started;
    started.id = 5;
    started.state = RunState::Running;
    started.current.attempt = 1;
    Q_EMIT engine.runChanged(started);
    QCOMPARE(viewer.attempt(), 1);
    QVERIFY(waitUntil([&] { return viewer.document()->lineCount() == 3; }));
    engine.setFinished(5, true);
}

void tst_LogViewer::stderrLinesAreMarked()
{
    const QString path = m_dir.filePath(QStringLiteral("stderr.log"));
    QVERIFY(writeFile(path, record(baseTime(0), 'O', "out") + record(baseTime(1), 'E', "err")
                                + record(baseTime(2), 'O', "out again")));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));
    LogView *view = viewer.view();
    const LogPalette palette = LogPalette::forPalette(view->palette());
    const int h = view->lineHeight();
    const int right = view->viewport()->width() - 10;
    QCOMPARE(pixel(view, right, h / 2), palette.background);       // stdout: plain
    QCOMPARE(pixel(view, right, h + h / 2), palette.stderrBackground); // stderr: tinted row
    QCOMPARE(pixel(view, view->gutterWidth() - 2, h + h / 2), palette.stderrMarker); // and a red bar
    QCOMPARE(pixel(view, right, 2 * h + h / 2), palette.background);
}

void tst_LogViewer::timestampsToggle()
{
    const QString path = m_dir.filePath(QStringLiteral("times.log"));
    QVERIFY(writeFile(path, plainLog(10)));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));
    LogView *view = viewer.view();
    QVERIFY(viewer.showsTimestamps());
    const int withTimes = view->gutterWidth();
    const QImage before = view->viewport()->grab().toImage();

    QToolButton *timestamps = nullptr;
    for (QToolButton *b : viewer.findChildren<QToolButton *>())
        if (b->text() == LogViewer::tr("Timestamps"))
            timestamps = b;
    QVERIFY(timestamps);
    QVERIFY(timestamps->isChecked());
    timestamps->click();
    QVERIFY(!viewer.showsTimestamps());
    QVERIFY(!timestamps->isChecked());
    QVERIFY(view->gutterWidth() < withTimes);
    // The text moved left by the timestamp column: the rendering changed where times were.
    const QImage after = view->viewport()->grab().toImage();
    QVERIFY(before != after);

    viewer.setShowTimestamps(true);
    QVERIFY(timestamps->isChecked());
    QCOMPARE(view->gutterWidth(), withTimes);
    QCOMPARE(view->viewport()->grab().toImage(), before);
}

void tst_LogViewer::followPicksUpAppendedLines()
{
    const QString path = m_dir.filePath(QStringLiteral("follow.log"));
    QVERIFY(writeFile(path, plainLog(10)));
    FakeLogEngine engine;
    engine.addRun(1, path, false);
    LogViewer viewer(&engine);
    viewer.setPollInterval(20);
    QVERIFY(showAndLoad(viewer, 1));
    QVERIFY(viewer.isFollowing()); // a running log is followed
    QCOMPARE(viewer.document()->lineCount(), 10);

    QVERIFY(writeFile(path, plainLog(500, "more "), true));
    QVERIFY(waitUntil([&] { return viewer.document()->lineCount() == 510; }));
    LogView *view = viewer.view();
    QVERIFY(waitUntil([&] { return view->wasViewportComplete() && viewer.document()->line(509); }));
    QVERIFY(viewer.isFollowing());
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    const qint64 lastOnScreen = view->firstVisibleLine() + view->viewport()->height() / view->lineHeight() - 1;
    QCOMPARE(lastOnScreen, 509);
    QCOMPARE(viewer.document()->line(509)->text.text, QStringLiteral("more 499"));

    engine.setFinished(1, true);
    QVERIFY(waitUntil([&] { return viewer.document()->isComplete(); }));
}

void tst_LogViewer::scrollingUpEndsFollow()
{
    const QString path = m_dir.filePath(QStringLiteral("scrollup.log"));
    QVERIFY(writeFile(path, plainLog(300)));
    FakeLogEngine engine;
    engine.addRun(1, path, false);
    LogViewer viewer(&engine);
    viewer.setPollInterval(20);
    QVERIFY(showAndLoad(viewer, 1));
    QVERIFY(viewer.isFollowing());
    LogView *view = viewer.view();
    QVERIFY(view->firstVisibleLine() > 0);

    QSignalSpy following(view, &LogView::followingChanged);
    QTest::keyClick(view, Qt::Key_PageUp); // the user scrolls up
    QVERIFY(!viewer.isFollowing());
    QCOMPARE(following.count(), 1);
    const qint64 top = view->firstVisibleLine();

    QVERIFY(writeFile(path, plainLog(100, "late "), true));
    QVERIFY(waitUntil([&] { return viewer.document()->lineCount() == 400; }));
    QCOMPARE(view->firstVisibleLine(), top); // stays where the user is

    QToolButton *follow = nullptr;
    for (QToolButton *b : viewer.findChildren<QToolButton *>())
        if (b->text() == LogViewer::tr("Follow"))
            follow = b;
    QVERIFY(follow && !follow->isChecked());
    follow->click(); // back to the end
    QVERIFY(viewer.isFollowing());
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    engine.setFinished(1, true);
    QVERIFY(waitUntil([&] { return viewer.document()->isComplete(); }));
}

void tst_LogViewer::copyGivesPlainText()
{
    const QString path = m_dir.filePath(QStringLiteral("copy.log"));
    QVERIFY(writeFile(path, record(baseTime(0), 'O', "\x1b[1;32mPASS\x1b[0m test_one")
                                + record(baseTime(1), 'E', "\x1b[31merror:\x1b[0m \x1b]0;title\x07oops")
                                + record(baseTime(2), 'O', "tab\there")));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));
    LogView *view = viewer.view();

    // Select by dragging from line 1 to line 3.
    const int h = view->lineHeight();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(200, h / 2));
    QMouseEvent move(QEvent::MouseMove, QPointF(200, 2 * h + h / 2), view->viewport()->mapToGlobal(QPointF(200, 2 * h + h / 2)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(200, 2 * h + h / 2));
    QCOMPARE(view->selectionFirst(), 0);
    QCOMPARE(view->selectionLast(), 2);

    QGuiApplication::clipboard()->clear();
    QSignalSpy copied(view, &LogView::copied);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(waitUntil([&] { return copied.count() == 1; }));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("PASS test_one\nerror: oops\ntab     here"));
}

void tst_LogViewer::copyOfLinesNotLoadedYet()
{
    // Select all of a log much larger than the screen: the lines are read in the background.
    const QString path = m_dir.filePath(QStringLiteral("copyall.log"));
    QByteArray content;
    QStringList expected;
    for (int i = 0; i < 20000; ++i) {
        content += record(baseTime(i), i % 3 ? 'O' : 'E', "\x1b[3" + QByteArray::number(i % 8) + "mrow\x1b[0m " + QByteArray::number(i));
        expected.append(QStringLiteral("row %1").arg(i));
    }
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));
    QVERIFY(waitUntil([&] { return viewer.document()->isComplete(); }));
    QTest::keyClick(viewer.view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(viewer.view()->selectionLast(), 19999);
    QSignalSpy copied(viewer.view(), &LogView::copied);
    viewer.copy();
    QVERIFY(waitUntil([&] { return copied.count() == 1; }));
    QCOMPARE(copied.first().at(0).toLongLong(), 20000);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(QLatin1Char('\n')));
}

void tst_LogViewer::saveAsPlainTextAndRaw()
{
    const QString path = m_dir.filePath(QStringLiteral("save.log"));
    QByteArray content;
    QByteArray plain;
    for (int i = 0; i < 50000; ++i) {
        content += record(baseTime(i), i % 5 ? 'O' : 'E', "\x1b[33mwarn\x1b[0m " + QByteArray::number(i) + "\r");
        plain += "warn " + QByteArray::number(i) + '\n';
    }
    content += "2026-11-24T21:22:03.123Z T exited with code 0"; // no final newline
    plain += "exited with code 0\n";
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));

    QSignalSpy finished(&viewer, &LogViewer::saveFinished);
    const QString plainPath = m_dir.filePath(QStringLiteral("out.txt"));
    QVERIFY(viewer.saveTo(plainPath, LogSaver::Format::PlainText));
    QVERIFY(waitUntil([&] { return finished.count() == 1; }));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QFile plainFile(plainPath);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QCOMPARE(plainFile.readAll(), plain);

    const QString rawPath = m_dir.filePath(QStringLiteral("out.log"));
    QVERIFY(viewer.saveTo(rawPath, LogSaver::Format::Raw));
    QVERIFY(waitUntil([&] { return finished.count() == 2; }));
    QVERIFY(finished.last().first().toBool());
    QFile rawFile(rawPath);
    QVERIFY(rawFile.open(QIODevice::ReadOnly));
    QCOMPARE(rawFile.readAll(), content);

    // Stopping a save leaves no file behind.
    const QString stoppedPath = m_dir.filePath(QStringLiteral("stopped.txt"));
    QVERIFY(viewer.saveTo(stoppedPath, LogSaver::Format::PlainText));
    QToolButton *stop = nullptr;
    for (QToolButton *b : viewer.findChildren<QToolButton *>())
        if (b->text() == LogViewer::tr("Stop") && b->toolTip() == LogViewer::tr("Stop saving"))
            stop = b;
    QVERIFY(stop && stop->isVisibleTo(&viewer));
    stop->click();
    QCOMPARE(finished.count(), 3);
    QVERIFY(!finished.last().first().toBool());
    QVERIFY(waitUntil([&] { return !QFile::exists(stoppedPath); }));
    const auto leftovers = [&] {
        return QDir(m_dir.path()).entryList({QStringLiteral("stopped.txt*")}, QDir::Files | QDir::Hidden);
    };
    QVERIFY2(waitUntil([&] { return leftovers().isEmpty(); }), qPrintable(leftovers().join(u' ')));

    // A file that cannot be created says why and changes nothing.
    QVERIFY(!viewer.saveTo(m_dir.filePath(QStringLiteral("no/such/dir/x.txt")), LogSaver::Format::PlainText));
    QVERIFY(!viewer.messageText().isEmpty());
    QCOMPARE(finished.count(), 3);
}

void tst_LogViewer::findBarCountsAndSteps()
{
    const QString path = m_dir.filePath(QStringLiteral("find.log"));
    QByteArray content;
    for (int i = 0; i < 3000; ++i) {
        QByteArray text = "step " + QByteArray::number(i);
        if (i == 10 || i == 1500 || i == 2900)
            text += " Timeout";
        if (i == 1500)
            text += " timeout again";
        content += record(baseTime(i), 'O', text);
    }
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    QVERIFY(showAndLoad(viewer, 1));
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    LogView *view = viewer.view();
    view->setFocus();

    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    LogSearchBar *bar = viewer.searchBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("timeout"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    LogSearch *search = viewer.search();
    QVERIFY(waitUntil([&] { return search->isCaughtUp() && search->current().isValid(); }));
    QCOMPARE(search->matchCount(), 4);
    QCOMPARE(search->current(), (LogSearch::Match{10, 0, 0}));
    QCOMPARE(bar->status(), QStringLiteral("1 of 4 matches"));

    const auto currentLineOnScreen = [&] {
        const qint64 line = search->current().line;
        return line >= view->firstVisibleLine() && line < view->firstVisibleLine() + view->visibleLineCount();
    };
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(search->current(), (LogSearch::Match{1500, 0, 1}));
    QVERIFY(currentLineOnScreen());
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(search->current(), (LogSearch::Match{1500, 1, 2}));
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(search->current(), (LogSearch::Match{2900, 0, 3}));
    QVERIFY(currentLineOnScreen());
    QTest::keyClick(view, Qt::Key_F3); // wraps
    QCOMPARE(search->current(), (LogSearch::Match{10, 0, 0}));
    QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(search->current(), (LogSearch::Match{2900, 0, 3}));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(search->current(), (LogSearch::Match{1500, 1, 2}));
    QCOMPARE(bar->status(), QStringLiteral("3 of 4 matches"));

    // Case toggle: "timeout" in lower case is only in line 1500's "timeout again".
    bar->setCaseSensitivity(Qt::CaseSensitive);
    QVERIFY(waitUntil([&] { return search->isCaughtUp() && search->matchCount() == 1; }));
    QCOMPARE(search->current(), (LogSearch::Match{1500, 0, 0}));

    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(search->matchCount(), 0);
}

void tst_LogViewer::screenshot()
{
    const QString path = m_dir.filePath(QStringLiteral("screenshot.log"));
    const QList<QPair<char, QByteArray>> lines = {
        {'T', "started: ./ci.sh --release (pid 48213)"},
        {'O', "\x1b[1mBuilding\x1b[0m takt 0.1.0 (release)"},
        {'O', "\x1b[32m\xe2\x9c\x93\x1b[0m compiled \x1b[1mengine/core\x1b[0m (14 files)"},
        {'O', "\x1b[32m\xe2\x9c\x93\x1b[0m compiled \x1b[1mengine/schedule\x1b[0m (9 files)"},
        {'E', "\x1b[33mwarning:\x1b[0m unused variable 'retries' [-Wunused-variable]"},
        {'O', "\x1b[38;5;39m\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\x1b[38;5;240m\xe2\x96\x91\xe2\x96\x91\xe2\x96\x91\xe2\x96\x91\xe2\x96\x91\x1b[0m 67% linking"},
        {'O', "running 128 tests"},
        {'O', "test schedule::cron_every_15_min ... \x1b[32mok\x1b[0m"},
        {'O', "test schedule::dst_spring_forward ... \x1b[32mok\x1b[0m"},
        {'O', "test store::migrations ... \x1b[32mok\x1b[0m"},
        {'E', "\x1b[1;31merror:\x1b[0m test executor::timeout_kills_group failed: child still alive after 5s"},
        {'E', "  at tests/engine/executor/tst_processexecutor.cpp:412"},
        {'O', "test scheduler::misfire_policy ... \x1b[31mFAILED\x1b[0m"},
        {'O', "\x1b[44;97m SUMMARY \x1b[0m 126 passed, \x1b[31m2 failed\x1b[0m, \x1b[90m0 skipped\x1b[0m"},
        {'E', "error: 2 tests failed"},
        {'T', "exited with code 1"},
    };
    QByteArray content;
    for (int i = 0; i < lines.size(); ++i)
        content += record(baseTime(i * 731), lines[i].first, lines[i].second);
    QVERIFY(writeFile(path, content));
    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    viewer.resize(980, 420);
    QVERIFY(showAndLoad(viewer, 1));
    viewer.find(QStringLiteral("error"));
    QVERIFY2(waitUntil([&] { return viewer.search()->isCaughtUp() && viewer.search()->current().isValid(); }, 3000),
             qPrintable(QStringLiteral("count %1 caughtUp %2 searching %3 current %4 text %5")
                            .arg(viewer.search()->matchCount()).arg(viewer.search()->isCaughtUp())
                            .arg(viewer.search()->isSearching()).arg(viewer.search()->current().line).arg(viewer.search()->text())));
    viewer.findNext();
    viewer.view()->setSelection(7, 8);
    QVERIFY(waitUntil([&] { return viewer.view()->wasViewportComplete(); }));

    const QImage image = viewer.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    // The ANSI colours are really drawn: the palette's red and green appear.
    const LogPalette palette = LogPalette::forPalette(viewer.view()->palette());
    QVERIFY(colours.contains(palette.stderrBackground.rgb()));
    QVERIFY(colours.contains(palette.currentMatch.rgb()));

    QVERIFY(QDir().mkpath(QStringLiteral(TAKT_BINARY_DIR "/screenshots")));
    QVERIFY(image.save(QStringLiteral(TAKT_BINARY_DIR "/screenshots/logviewer.png")));

    // The same under a dark palette: the view switches to colours that read on it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::PlaceholderText, QColor(0x86, 0x8a, 0x91));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    viewer.setPalette(dark);
    const QImage darkImage = viewer.grab().toImage();
    const LogPalette darkColours = LogPalette::forPalette(viewer.view()->palette());
    QVERIFY(darkColours.dark);
    QCOMPARE(darkImage.pixelColor(viewer.view()->mapTo(&viewer, QPoint(viewer.view()->width() - 30, 5))), darkColours.background);
    QVERIFY(darkImage.save(QStringLiteral(TAKT_BINARY_DIR "/screenshots/logviewer-dark.png")));
}

QTEST_MAIN(tst_LogViewer)
#include "tst_logviewer.moc"
