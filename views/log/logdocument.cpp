#include "logdocument.h"

#include "linestreamer.h"
#include "logsource.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace Takt {

namespace {
constexpr int MaxFetches = 3;                  // block reads in flight
constexpr qint64 MaxFetchBytes = 1024 * 1024;  // one read covers up to this much
constexpr qsizetype DefaultCacheBytes = 32 * 1024 * 1024;
} // namespace

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
{
    m_cache.setMaxCost(DefaultCacheBytes);
}

LogDocument::~LogDocument() = default;

void LogDocument::setSource(LogSource *source)
{
    ++m_generation;
    if (m_indexer) {
        m_indexer->stop();
        m_indexer->deleteLater();
        m_indexer = nullptr;
    }
    if (m_source && m_source != source)
        m_source->deleteLater(); // reads may still be on their way back to it
    m_cache.clear();
    m_pending.clear();
    m_fetching = 0;
    m_wantFirst = m_wantLast = -1;
    m_maxColumns = 0;
    m_index.clear();
    m_error.clear();
    m_source = source;
    Q_EMIT reset();
    if (!source)
        return;
    source->setParent(this);

    m_indexer = new LineStreamer(source, [this](const LineStreamer::Piece &piece) {
        // Runs in the pool: only scans; the index is extended in apply, in our thread.
        LogIndex::Extension extension = LogIndex::scan(piece.bytes(), piece.offset, piece.firstLine, piece.last);
        LineStreamer::Step step;
        step.lines = extension.lines;
        step.apply = [this, extension = std::move(extension)](qint64) { applyIndex(extension); };
        return step;
    }, this);
    connect(m_indexer, &LineStreamer::waiting, this, &LogDocument::caughtUp);
    connect(m_indexer, &LineStreamer::finished, this, [this] {
        Q_EMIT caughtUp();
        if (m_index.isSealed())
            Q_EMIT completed();
    });
    connect(m_indexer, &LineStreamer::failed, this, &LogDocument::setError);
    m_indexer->start(0, 0, LineStreamer::Mode::Follow);
}

qint64 LogDocument::size() const
{
    return std::max(m_source ? m_source->knownSize() : 0, m_index.end());
}

bool LogDocument::isIndexing() const
{
    return m_indexer && m_indexer->isActive() && !m_indexer->isWaiting();
}

void LogDocument::applyIndex(const LogIndex::Extension &extension)
{
    const qint64 before = m_index.lineCount();
    m_index.extend(extension);
    const qint64 after = m_index.lineCount();
    if (after > before)
        Q_EMIT linesAdded(before, after);
    Q_EMIT indexProgress(m_index.end(), size());
}

void LogDocument::setError(const QString &message)
{
    m_error = message;
    Q_EMIT failed(message);
}

const DecodedLine *LogDocument::line(qint64 number) const
{
    if (number < 0 || number >= m_index.lineCount())
        return nullptr;
    const qint64 block = LogIndex::blockOf(number);
    const DecodedBlock *decoded = m_cache.object(block);
    if (!decoded)
        return nullptr;
    const qint64 i = number - block * LogIndex::LinesPerBlock;
    // A block cached while it was the growing last block may hold fewer lines than now.
    return i < qint64(decoded->lines.size()) ? &decoded->lines[size_t(i)] : nullptr;
}

bool LogDocument::needsFetch(qint64 block) const
{
    if (m_pending.contains(block))
        return false;
    const DecodedBlock *decoded = m_cache.object(block);
    return !decoded || qint64(decoded->lines.size()) < m_index.blockLineCount(block);
}

void LogDocument::prefetch(qint64 first, qint64 last)
{
    m_wantFirst = first;
    m_wantLast = last;
    const qint64 count = m_index.lineCount();
    if (!m_source || count == 0 || last < first)
        return;
    first = std::clamp<qint64>(first, 0, count - 1);
    last = std::clamp<qint64>(last, 0, count - 1);
    const qint64 span = last - first + 1;
    // What is on screen first, then a screenful below (where scrolling usually goes), then above.
    fetchBlocks(first, last);
    fetchBlocks(last + 1, last + span);
    fetchBlocks(first - span, first - 1);
}

void LogDocument::fetchBlocks(qint64 firstLine, qint64 lastLine)
{
    const qint64 count = m_index.lineCount();
    firstLine = std::max<qint64>(firstLine, 0);
    lastLine = std::min(lastLine, count - 1);
    if (lastLine < firstLine)
        return;
    const qint64 lastBlock = LogIndex::blockOf(lastLine);
    qint64 runStart = -1;
    for (qint64 block = LogIndex::blockOf(firstLine); block <= lastBlock + 1; ++block) {
        const bool missing = block <= lastBlock && needsFetch(block);
        if (missing && runStart < 0)
            runStart = block;
        const bool full = runStart >= 0 && missing
            && m_index.blockEnd(block) - m_index.blockStart(runStart) > MaxFetchBytes && block > runStart;
        if (runStart >= 0 && (!missing || full)) {
            if (m_fetching >= MaxFetches)
                return; // asked again when a fetch comes back
            fetch(runStart, block - 1);
            runStart = missing ? block : -1;
        }
    }
}

void LogDocument::fetch(qint64 firstBlock, qint64 lastBlock)
{
    std::vector<BlockRange> ranges;
    for (qint64 block = firstBlock; block <= lastBlock; ++block) {
        ranges.push_back({block, m_index.blockStart(block), m_index.blockEnd(block), m_index.blockLineCount(block)});
        m_pending.insert(block);
    }
    ++m_fetching;
    const qint64 start = ranges.front().start;
    const qint64 end = ranges.back().end;
    const quint64 generation = m_generation;
    const auto done = [this, generation, firstBlock, lastBlock] {
        if (generation != m_generation)
            return false;
        --m_fetching;
        for (qint64 block = firstBlock; block <= lastBlock; ++block)
            m_pending.remove(block);
        return true;
    };
    m_source->read(start, end - start)
        .then(this, [this, generation, ranges, start, done](const Result<LogChunk> &chunk) {
            if (generation != m_generation)
                return;
            if (!chunk.isOk()) {
                done();
                setError(chunk.error().toString());
                return;
            }
            QtConcurrent::run(&LogDocument::decodeBlocks, chunk->data, start, ranges)
                .then(this, [this, done](std::vector<DecodedBlock> blocks) {
                    if (!done())
                        return;
                    qint64 firstLine = -1;
                    qint64 lastLine = -1;
                    for (DecodedBlock &block : blocks) {
                        m_maxColumns = std::max(m_maxColumns, block.maxColumns);
                        const qint64 blockFirst = block.block * LogIndex::LinesPerBlock;
                        if (firstLine < 0)
                            firstLine = blockFirst;
                        lastLine = blockFirst + qint64(block.lines.size()) - 1;
                        const qint64 key = block.block;
                        // A block of absurdly long lines must not evict everything else (or
                        // itself: QCache drops an object dearer than its budget), or the
                        // screen would never be complete; such a block may overshoot.
                        const qsizetype cost = std::clamp<qsizetype>(block.cost, 1, std::max<qsizetype>(1, m_cache.maxCost() / 8));
                        m_cache.insert(key, new DecodedBlock(std::move(block)), cost);
                    }
                    if (firstLine >= 0 && lastLine >= firstLine)
                        Q_EMIT linesLoaded(firstLine, lastLine);
                    if (m_wantFirst >= 0)
                        prefetch(m_wantFirst, m_wantLast); // what is wanted now, if still missing
                });
        })
        .onCanceled(this, [done] { done(); });
}

std::vector<DecodedBlock> LogDocument::decodeBlocks(const QByteArray &data, qint64 dataOffset,
                                                    const std::vector<BlockRange> &ranges)
{
    std::vector<DecodedBlock> out;
    out.reserve(ranges.size());
    for (const BlockRange &range : ranges) {
        DecodedBlock block;
        block.block = range.block;
        block.lines.reserve(size_t(range.lines));
        const qint64 from = range.start - dataOffset;
        const qint64 to = std::min<qint64>(range.end - dataOffset, data.size());
        const char *p = data.constData() + std::min<qint64>(from, data.size());
        const char *const end = data.constData() + std::max(to, from);
        for (int i = 0; i < range.lines && p < end; ++i) {
            const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *recordEnd = newline ? newline : end;
            DecodedLine line = decodeLogLine(QByteArrayView(p, recordEnd - p));
            block.cost += line.memoryCost();
            block.maxColumns = std::max(block.maxColumns, int(line.text.text.size()));
            block.lines.push_back(std::move(line));
            p = newline ? newline + 1 : end;
        }
        out.push_back(std::move(block));
    }
    return out;
}

std::optional<LogDocument::Text> LogDocument::cachedPlainText(qint64 first, qint64 last) const
{
    Text out;
    for (qint64 n = first; n <= last; ++n) {
        const DecodedLine *decoded = line(n);
        if (!decoded)
            return std::nullopt;
        if (n > first)
            out.text += QLatin1Char('\n');
        out.text += decoded->text.text;
        ++out.lines;
    }
    return out;
}

QFuture<LogDocument::Text> LogDocument::plainText(qint64 first, qint64 last, qsizetype maxChars)
{
    auto promise = std::make_shared<QPromise<Text>>();
    promise->start();
    QFuture<Text> future = promise->future();
    first = std::max<qint64>(first, 0);
    last = std::min(last, m_index.lineCount() - 1);
    if (!m_source || last < first) {
        promise->addResult(Text());
        promise->finish();
        return future;
    }
    // Workers run one at a time, so they may share this without a lock; it is read here
    // only after the last one is done.
    auto text = std::make_shared<Text>();
    const qint64 block = LogIndex::blockOf(first);
    auto *streamer = new LineStreamer(m_source, [text, first, last, maxChars](const LineStreamer::Piece &piece) {
        LineStreamer::Step step;
        step.lines = LineStreamer::forEachLine(piece, [&](qint64 n, QByteArrayView record) {
            if (n < first)
                return true;
            if (n > last) {
                step.stop = true;
                return false;
            }
            const QString plain = AnsiParser::plainText(splitLogRecord(record).text);
            if (text->text.size() + plain.size() + 1 > maxChars && text->lines > 0) {
                text->truncated = true;
                step.stop = true;
                return false;
            }
            if (text->lines > 0)
                text->text += QLatin1Char('\n');
            text->text += plain;
            ++text->lines;
            if (n == last)
                step.stop = true;
            return n < last;
        });
        return step;
    }, this);
    const auto finish = [promise, text, streamer] {
        if (promise->future().isFinished())
            return;
        streamer->stop();
        promise->addResult(std::move(*text));
        promise->finish();
        streamer->deleteLater();
    };
    connect(streamer, &LineStreamer::finished, this, finish);
    connect(streamer, &LineStreamer::failed, this, finish);
    connect(this, &LogDocument::reset, streamer, [finish] { finish(); });
    streamer->start(m_index.blockStart(block), block * LogIndex::LinesPerBlock, LineStreamer::Mode::ToEnd);
    return future;
}

} // namespace Takt
