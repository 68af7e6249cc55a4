#include "linestreamer.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace Takt {

namespace {
constexpr std::size_t MaxReadAhead = 2; // pieces read and waiting beyond those being worked on
}

LineStreamer::LineStreamer(LogSource *source, Worker worker, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_worker(std::move(worker))
{
    if (source)
        connect(source, &LogSource::grown, this, &LineStreamer::onGrown);
}

LineStreamer::~LineStreamer() = default;

void LineStreamer::start(qint64 offset, qint64 firstLine, Mode mode)
{
    stop();
    m_active = true;
    m_mode = mode;
    m_inputDone = false;
    m_readOffset = offset;
    m_position = offset;
    m_nextLine = firstLine;
    m_seenSize = 0;
    const qint64 preferred = m_source ? m_source->preferredReadSize() : 0;
    m_readSize = std::max<qint64>(1, std::min(m_firstReadSize, preferred));
    readNext();
}

void LineStreamer::stop()
{
    ++m_generation; // answers to earlier reads and workers are dropped
    m_active = false;
    m_reading = false;
    m_waiting = false;
    m_queue.clear();
    m_running.clear();
}

void LineStreamer::readNext()
{
    if (!m_active || m_reading || m_waiting || m_inputDone
        || m_queue.size() >= MaxReadAhead + std::size_t(m_workerCount) - m_running.size())
        return;
    if (!m_source) {
        fail(tr("The log is no longer available."));
        return;
    }
    m_reading = true;
    const quint64 generation = m_generation;
    const qint64 offset = m_readOffset;
    m_source->read(offset, m_readSize)
        .then(this, [this, generation, offset](const Result<LogChunk> &result) {
            if (generation != m_generation)
                return;
            m_reading = false;
            onRead(offset, result);
        })
        .onCanceled(this, [this, generation] {
            if (generation != m_generation)
                return;
            m_reading = false;
            fail(tr("Reading the log was cancelled."));
        });
}

void LineStreamer::onRead(qint64 offset, const Result<LogChunk> &result)
{
    if (!result.isOk()) {
        fail(result.error().toString());
        return;
    }
    const LogChunk &chunk = result.value();
    const QByteArray &data = chunk.data;
    m_seenSize = std::max(m_seenSize, chunk.size);
    const bool atEnd = offset + data.size() >= chunk.size;
    const bool ended = atEnd && chunk.finished;

    const void *lastNewline = data.isEmpty() ? nullptr : memrchr(data.constData(), '\n', size_t(data.size()));
    qint64 length = lastNewline ? static_cast<const char *>(lastNewline) - data.constData() + 1 : 0;
    if (ended)
        length = data.size(); // the unterminated last line of an ended log is a line

    if (length == 0 && !ended) {
        if (!atEnd) {
            // One line longer than the read: read more at once.
            m_readSize *= 2;
            readNext();
        } else if (m_mode == Mode::ToEnd) {
            m_inputDone = true; // only part of a record so far: it is not a line yet
            runWorker();
        } else {
            startWaiting();
        }
        return;
    }

    m_queue.push_back(Piece{data, length, offset, 0, ended});
    m_readOffset = offset + length;
    const qint64 preferred = m_source ? m_source->preferredReadSize() : m_readSize;
    m_readSize = std::min(m_readSize * 2, preferred);
    if (ended || (atEnd && m_mode == Mode::ToEnd))
        m_inputDone = true;
    else if (atEnd)
        startWaiting();
    runWorker();
    readNext();
}

void LineStreamer::startWaiting()
{
    m_waiting = true;
    if (!m_source)
        return;
    m_source->watch();
    // Growth reported before we started waiting (by a poll, or by another reader's read).
    if (m_source->knownSize() > m_seenSize || m_source->isFinished()) {
        m_waiting = false;
        readNext();
        return;
    }
    runWorker();
}

void LineStreamer::onGrown()
{
    if (!m_active || !m_waiting)
        return;
    m_waiting = false;
    readNext();
}

void LineStreamer::runWorker()
{
    if (!m_active)
        return;
    while (!m_queue.empty() && m_running.size() < std::size_t(m_workerCount)) {
        Piece piece = std::move(m_queue.front());
        m_queue.pop_front();
        // One worker at a time knows the true line number; parallel ones count from 0.
        piece.firstLine = m_workerCount == 1 ? m_nextLine : 0;
        const quint64 sequence = m_nextPiece++;
        const quint64 generation = m_generation;
        m_running.push_back(Running{sequence, piece.offset + piece.length, false, {}});
        QtConcurrent::run([worker = m_worker, piece = std::move(piece)] { return worker(piece); })
            .then(this, [this, generation, sequence](const Step &step) {
                if (generation != m_generation)
                    return;
                for (Running &running : m_running) {
                    if (running.sequence == sequence) {
                        running.done = true;
                        running.step = step;
                    }
                }
                applyDone();
            });
        if (!m_active)
            return; // the continuation ran at once and ended the stream
    }
    if (m_queue.empty() && m_running.empty() && !m_reading) {
        if (m_inputDone)
            finish();
        else if (m_waiting)
            Q_EMIT waiting();
    }
}

void LineStreamer::applyDone()
{
    const quint64 generation = m_generation;
    while (!m_running.empty() && m_running.front().done) {
        const Running running = std::move(m_running.front());
        m_running.pop_front();
        const qint64 firstLine = m_nextLine;
        m_nextLine += running.step.lines;
        m_position = running.end;
        if (running.step.apply)
            running.step.apply(firstLine);
        if (generation != m_generation)
            return; // apply stopped or restarted us
        Q_EMIT progressed(m_position, std::max(m_seenSize, m_source ? m_source->knownSize() : 0));
        if (generation != m_generation)
            return;
        if (running.step.stop) {
            finish();
            return;
        }
    }
    runWorker();
    readNext();
}

void LineStreamer::fail(const QString &message)
{
    stop();
    Q_EMIT failed(message);
}

void LineStreamer::finish()
{
    stop();
    Q_EMIT finished();
}

} // namespace Takt
