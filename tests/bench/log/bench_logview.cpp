// bench_logview: opens a 1 GB attempt log in LogViewer (offscreen) and prints how fast it
// gets on screen, indexed and searched, how much memory that takes, and how fast it jumps and
// scrolls, beside the physical limit measured in the same run: reading the same file with
// plain read() into a 1 MiB buffer and memchr-counting its newlines (memmem for the search).
//
//     bench_logview [LOG] [--size-mb=N] [--search=WORD]
//
// Without LOG it writes a log of N MB (default 1024) in the log format — stdout lines, some
// in ANSI colours, every 10th on stderr — to a temporary directory; a LOG that does not exist
// yet is written the same way and kept. The viewer reads it
// through EngineApi::readLog (4 MiB per call) served by the tests' FakeLogEngine, which reads
// the file from one thread of its own, as LocalEngine's engine thread does.

#include "fakelogengine.h"

#include <views/log/logdocument.h>
#include <views/log/logsearch.h>
#include <views/log/logview.h>
#include <views/log/logviewer.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace Takt;
using namespace TaktTest;

namespace {

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', ns < 10'000'000 ? 1 : 0) + QStringLiteral(" ms");
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', bytes < 10'000'000 ? 2 : 1) + QStringLiteral(" MB");
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Writes `bytes` of log: ~95-byte lines, 1 in 10 on stderr, 1 in 7 with colours, "timeout"
// in 1 line in 997, a Takt line at each end.
qint64 generate(const QString &path, qint64 bytes)
{
    FILE *out = std::fopen(qPrintable(path), "wb");
    if (!out)
        return -1;
    std::string buffer;
    buffer.reserve(8 << 20);
    qint64 written = 0;
    qint64 lines = 0;
    const qint64 start = baseTime();
    const auto add = [&](char stream, const std::string &text) {
        const QByteArray stamp = formatLogTime(start + lines * 3);
        buffer.append(stamp.constData(), size_t(stamp.size()));
        buffer += ' ';
        buffer += stream;
        buffer += ' ';
        buffer += text;
        buffer += '\n';
        ++lines;
        if (buffer.size() >= (4u << 20)) {
            std::fwrite(buffer.data(), 1, buffer.size(), out);
            written += qint64(buffer.size());
            buffer.clear();
        }
    };
    add('T', "started: ./bench-job --records 1000000000 (pid 4242)");
    char text[256];
    while (written + qint64(buffer.size()) < bytes - 64) {
        const qint64 i = lines;
        if (i % 997 == 0) {
            std::snprintf(text, sizeof text, "\x1b[33mwarning:\x1b[0m request %lld hit a timeout after %lld ms, retrying", i, 100 + i % 900);
            add('E', text);
        } else if (i % 10 == 0) {
            std::snprintf(text, sizeof text, "slow response from shard %lld (%lld ms) while writing batch %lld", i % 17, i % 2000, i / 10);
            add('E', text);
        } else if (i % 7 == 0) {
            std::snprintf(text, sizeof text, "\x1b[32mINFO\x1b[0m [worker-%lld] request id=%08llx status=\x1b[1m200\x1b[0m in %lld ms", i % 8, i * 2654435761LL % 0xffffffffLL, i % 97);
            add('O', text);
        } else {
            std::snprintf(text, sizeof text, "[worker-%lld] processed batch %lld: %lld records, checksum %08llx", i % 8, i, 1000 + i % 9000, i * 40503LL % 0xffffffffLL);
            add('O', text);
        }
    }
    add('T', "exited with code 0");
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    written += qint64(buffer.size());
    std::fclose(out);
    return lines;
}

struct RawScan
{
    qint64 ns = 0;
    qint64 newlines = 0;
    qint64 matches = 0;
};

// The physical limit: read() into a 1 MiB buffer, memchr for newlines (or memmem for a word).
RawScan rawScan(const QString &path, const QByteArray &word)
{
    RawScan out;
    QElapsedTimer clock;
    clock.start();
    const int fd = ::open(qPrintable(path), O_RDONLY);
    if (fd < 0)
        return out;
    std::vector<char> buffer(1 << 20);
    ssize_t n = 0;
    std::string carry; // for memmem, a word split between two reads
    while ((n = ::read(fd, buffer.data(), buffer.size())) > 0) {
        const char *p = buffer.data();
        const char *end = p + n;
        if (word.isEmpty()) {
            while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
                ++out.newlines;
                ++p;
            }
        } else {
            carry.append(p, size_t(n));
            const char *q = carry.data();
            const char *qend = q + carry.size();
            while ((q = static_cast<const char *>(memmem(q, size_t(qend - q), word.constData(), size_t(word.size()))))) {
                ++out.matches;
                q += word.size();
            }
            carry.erase(0, carry.size() - std::min<size_t>(carry.size(), size_t(word.size() - 1)));
        }
    }
    ::close(fd);
    out.ns = clock.nsecsElapsed();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QString path;
    qint64 sizeMb = 1024;
    QByteArray word = "timeout";
    for (const QString &arg : app.arguments().mid(1)) {
        if (arg.startsWith(QStringLiteral("--size-mb=")))
            sizeMb = arg.mid(10).toLongLong();
        else if (arg.startsWith(QStringLiteral("--search=")))
            word = arg.mid(9).toUtf8();
        else if (!arg.startsWith(QStringLiteral("-")))
            path = arg;
        else {
            std::fprintf(stderr, "usage: bench_logview [LOG] [--size-mb=N] [--search=WORD]\n");
            return 2;
        }
    }

    QTemporaryDir dir;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        // A LOG that does not exist yet is written there and kept, for the next run.
        if (path.isEmpty())
            path = dir.filePath(QStringLiteral("bench.log"));
        QElapsedTimer clock;
        clock.start();
        const qint64 lines = generate(path, sizeMb * 1024 * 1024);
        if (lines < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        print(QStringLiteral("generated: %1 lines, %2 in %3 s (%4)")
                  .arg(QLocale().toString(lines), mb(QFileInfo(path).size()))
                  .arg(seconds(clock.nsecsElapsed()), 0, 'f', 1)
                  .arg(path));
    }
    const qint64 fileSize = QFileInfo(path).size();
    if (fileSize <= 0) {
        std::fprintf(stderr, "no log at %s\n", qPrintable(path));
        return 1;
    }

    // The limit first, on the page cache as it is.
    const RawScan raw = rawScan(path, {});
    const RawScan rawSearch = rawScan(path, word);

    FakeLogEngine engine;
    engine.addRun(1, path, true);
    LogViewer viewer(&engine);
    viewer.resize(1200, 800);
    viewer.show();
    if (!waitUntil([&] { return viewer.windowHandle() && viewer.windowHandle()->isExposed(); }, 10000)) {
        std::fprintf(stderr, "the window was never exposed\n");
        return 1;
    }
    const qint64 rssBeforeKb = statusKb("VmRSS:");
    LogView *view = viewer.view();
    LogDocument *document = viewer.document();

    QElapsedTimer clock;
    clock.start();
    qint64 firstPaint = -1;
    qint64 paintedAt = -1; // the last complete paint
    QObject::connect(view, &LogView::painted, view, [&](bool complete) {
        if (!complete || document->lineCount() == 0)
            return;
        paintedAt = clock.nsecsElapsed();
        if (firstPaint < 0)
            firstPaint = paintedAt;
    });
    viewer.setRun(1, 1);
    if (!waitUntil([&] { return firstPaint >= 0; }, 60000)) {
        std::fprintf(stderr, "nothing was painted within a minute\n");
        return 1;
    }
    const qint64 linesAtFirstPaint = document->lineCount();
    if (!waitUntil([&] { return document->isComplete() || !document->errorString().isEmpty(); }, 600000)) {
        std::fprintf(stderr, "indexing did not finish\n");
        return 1;
    }
    const qint64 fullIndex = clock.nsecsElapsed();
    if (!document->errorString().isEmpty()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(document->errorString()));
        return 1;
    }
    const qint64 lines = document->lineCount();

    // Jumps: from the top to the middle, then to the end; done when painted complete.
    const auto jump = [&](qint64 line) -> qint64 {
        paintedAt = -1;
        const qint64 from = clock.nsecsElapsed();
        view->verticalScrollBar()->setValue(int(line));
        const int target = view->verticalScrollBar()->value();
        if (!waitUntil([&] { return paintedAt >= 0 && view->firstVisibleLine() == target && view->wasViewportComplete(); }, 30000))
            return -1;
        return paintedAt - from;
    };
    const qint64 toMiddle = jump(lines / 2);
    const qint64 toEnd = jump(lines);
    // Scrolling: page after page down from a quarter, and random drags of the scroll bar.
    jump(lines / 4);
    std::vector<qint64> pages;
    for (int i = 0; i < 300; ++i)
        pages.push_back(jump(view->firstVisibleLine() + view->verticalScrollBar()->pageStep()));
    std::vector<qint64> drags;
    QRandomGenerator random(7);
    for (int i = 0; i < 100; ++i)
        drags.push_back(jump(random.bounded(lines)));
    const auto percentile = [](std::vector<qint64> v, double q) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(q * double(v.size())))];
    };

    // Search the whole log in the background.
    LogSearch *search = viewer.search();
    const qint64 searchStart = clock.nsecsElapsed();
    search->start(QString::fromUtf8(word), Qt::CaseSensitive);
    waitUntil([&] { return search->isCaughtUp(); }, 600000);
    const qint64 searchTime = clock.nsecsElapsed() - searchStart;

    const qint64 peakKb = statusKb("VmHWM:");
    const qint64 indexBytes = document->index().memoryUsage();

    print(QStringLiteral("log: %1 lines, %2 (%3)").arg(QLocale().toString(lines), mb(fileSize), path));
    if (raw.newlines != lines)
        print(QStringLiteral("WARNING: the viewer counts %1 lines, memchr %2").arg(lines).arg(raw.newlines));
    print(QStringLiteral("first paint: %1 with %2 lines indexed (limit: n/a; target < 1000 ms) %3")
              .arg(ms(firstPaint), QLocale().toString(linesAtFirstPaint), verdict(firstPaint < 1'000'000'000)));
    print(QStringLiteral("full index: %1 s vs raw read+memchr %2 s (%3x the limit)")
              .arg(seconds(fullIndex), 0, 'f', 2)
              .arg(seconds(raw.ns), 0, 'f', 2)
              .arg(double(fullIndex) / double(std::max<qint64>(raw.ns, 1)), 0, 'f', 1));
    print(QStringLiteral("index memory: %1 for %2 lines (target < 100 MB) %3")
              .arg(mb(indexBytes), QLocale().toString(lines), verdict(indexBytes < 100'000'000)));
    print(QStringLiteral("block cache: %1 (budget 33.6 MB)").arg(mb(document->cacheUsage())));
    print(QStringLiteral("peak RSS: %1 (VmHWM; %2 before opening the log)").arg(mb(peakKb * 1024), mb(rssBeforeKb * 1024)));
    print(QStringLiteral("jump to the middle: %1 (limit: n/a; target < 100 ms) %2").arg(ms(toMiddle), verdict(toMiddle >= 0 && toMiddle < 100'000'000)));
    print(QStringLiteral("jump to the end: %1 (limit: n/a; target < 100 ms) %2").arg(ms(toEnd), verdict(toEnd >= 0 && toEnd < 100'000'000)));
    print(QStringLiteral("page down x%1: p50 %2, p99 %3, max %4 (target p99 < 50 ms) %5")
              .arg(pages.size())
              .arg(ms(percentile(pages, 0.5)), ms(percentile(pages, 0.99)), ms(percentile(pages, 1.0)),
                   verdict(percentile(pages, 0.99) < 50'000'000)));
    print(QStringLiteral("random scroll-bar jumps x%1: p50 %2, p99 %3, max %4 (target p99 < 100 ms) %5")
              .arg(drags.size())
              .arg(ms(percentile(drags, 0.5)), ms(percentile(drags, 0.99)), ms(percentile(drags, 1.0)),
                   verdict(percentile(drags, 0.99) < 100'000'000)));
    print(QStringLiteral("search \"%1\": %2 matches in %3 s vs raw read+memmem %4 s (%5 matches; %6x the limit)")
              .arg(QString::fromUtf8(word), QLocale().toString(search->matchCount()))
              .arg(seconds(searchTime), 0, 'f', 2)
              .arg(seconds(rawSearch.ns), 0, 'f', 2)
              .arg(QLocale().toString(rawSearch.matches))
              .arg(double(searchTime) / double(std::max<qint64>(rawSearch.ns, 1)), 0, 'f', 1));
    return 0;
}
