#pragma once
// LineStreamer: hands the whole lines of a log, in order and piece by piece (about one read
// each), to a function that runs in the thread pool, and applies what that function returns
// in the streamer's own thread. Index building, search, copy and save all read a log this
// way, so none of them ever holds more than a couple of pieces of it.

#include "logsource.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QPointer>

#include <algorithm>

#include <cstring>
#include <deque>
#include <functional>

namespace Takt {

class LineStreamer : public QObject
{
    Q_OBJECT
public:
    /// Whole lines of the log: `length` bytes of `data` from byte `offset`, the first one
    /// being line `firstLine` (0-based; 0 for every piece when workers run in parallel, see
    /// setWorkerCount()). Every line ends with '\n', except the last one of a log that has
    /// ended (`last`).
    struct Piece
    {
        QByteArray data;
        qint64 length = 0;
        qint64 offset = 0;
        qint64 firstLine = 0;
        bool last = false;

        QByteArrayView bytes() const { return QByteArrayView(data.constData(), length); }
    };

    /// What the worker did with a piece: how many lines it held, something to run in the
    /// streamer's thread (may be empty; it is given the piece's true first line number), and
    /// whether to stop streaming after it. Steps are applied in the order of the pieces.
    struct Step
    {
        qint64 lines = 0;
        std::function<void(qint64 firstLine)> apply;
        bool stop = false;
    };

    /// Runs in the thread pool; must not touch QObjects of the GUI thread (put that in
    /// Step::apply). One piece at a time and in order, unless setWorkerCount() allows more.
    using Worker = std::function<Step(const Piece &)>;

    enum class Mode {
        ToEnd,  ///< stop at the end of the log as it is when reached
        Follow, ///< keep going while the log grows, until it has finished
    };

    LineStreamer(LogSource *source, Worker worker, QObject *parent = nullptr);
    ~LineStreamer() override;

    /// Starts at byte `offset`, which must be the start of line `firstLine`.
    void start(qint64 offset = 0, qint64 firstLine = 0, Mode mode = Mode::ToEnd);
    /// Stops at once: no further Step is applied and no signal follows.
    void stop();

    bool isActive() const { return m_active; }
    /// Caught up with a log that is still growing (Follow mode).
    bool isWaiting() const { return m_waiting; }
    /// The end of the lines applied so far, and the number of the next line.
    qint64 position() const { return m_position; }
    qint64 nextLine() const { return m_nextLine; }

    /// The first read asks for this much (default 256 KiB), later reads for twice the
    /// previous, up to the source's preferred size: the first lines come quickly even over
    /// a slow link.
    void setFirstReadSize(qint64 bytes) { m_firstReadSize = bytes; }
    /// Lets up to `count` workers run at once (default 1). Their pieces then all have
    /// firstLine 0, so a worker that needs true line numbers must leave them to apply().
    void setWorkerCount(int count) { m_workerCount = std::max(1, count); }

    /// Calls `fn(lineNumber, record)` for each line of `piece` (record without '\n'); stops
    /// early when fn returns false. Returns the number of lines visited.
    template<typename Fn>
    static qint64 forEachLine(const Piece &piece, Fn &&fn);

Q_SIGNALS:
    void progressed(qint64 position, qint64 size);
    /// Caught up with a log that is still growing; streaming goes on when it grows.
    void waiting();
    /// Done: the end was reached (the log has ended, or Mode::ToEnd) or a Step said stop.
    void finished();
    void failed(const QString &message);

private:
    void readNext();
    void onRead(qint64 offset, const Result<LogChunk> &result);
    void onGrown();
    void startWaiting();
    void runWorker();
    void applyDone();
    void fail(const QString &message);
    void finish();

    QPointer<LogSource> m_source;
    Worker m_worker;
    Mode m_mode = Mode::ToEnd;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_reading = false;
    int m_workerCount = 1;
    quint64 m_nextPiece = 0;     // sequence number of the next piece handed to a worker
    bool m_waiting = false;
    bool m_inputDone = false;  // nothing more will be read
    qint64 m_readOffset = 0;   // where the next read starts
    qint64 m_readSize = 0;     // how much it asks for
    qint64 m_firstReadSize = 256 * 1024;
    qint64 m_seenSize = 0;     // the log's size at the last read
    qint64 m_position = 0;
    qint64 m_nextLine = 0;
    std::deque<Piece> m_queue; // read, not yet handed to a worker
    struct Running
    {
        quint64 sequence = 0;
        qint64 end = 0;
        bool done = false;
        Step step;
    };
    std::deque<Running> m_running; // handed to workers, in order; applied from the front
};

template<typename Fn>
qint64 LineStreamer::forEachLine(const Piece &piece, Fn &&fn)
{
    const char *p = piece.data.constData();
    const char *const end = p + piece.length;
    qint64 line = piece.firstLine;
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *recordEnd = newline ? newline : end;
        const bool more = fn(line, QByteArrayView(p, recordEnd - p));
        ++line;
        if (!more)
            break;
        p = newline ? newline + 1 : end;
    }
    return line - piece.firstLine;
}

} // namespace Takt
