#pragma once
// LogSource: where a log viewer's bytes come from: random-access reads of one log that may
// still be growing, and a signal when it grows. EngineLogSource reads through EngineApi and
// polls; a source fed by a push channel (WebSocket) would call reportSize() as data arrives.

#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QFuture>
#include <QObject>

namespace Takt {

class LogSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LogSource() override;

    /// Reads `length` bytes from `offset`, fewer only at the end of the log. The chunk also
    /// tells the log's size when read and whether it has finished (will not grow).
    /// Returns at once; continue with QFuture::then(context, …). The future may be cancelled
    /// when the source goes away: chain onCanceled() to notice.
    virtual QFuture<Result<LogChunk>> read(qint64 offset, qint64 length) = 0;

    /// The largest read that costs one round trip. Readers ask for about this much at a time.
    virtual qint64 preferredReadSize() const { return 4 * 1024 * 1024; }

    /// Starts watching the log for growth: grown() is emitted when it gets longer or
    /// finishes, until it has finished. Calling it again does nothing.
    virtual void watch() = 0;

    /// The largest size seen so far, and whether the log was seen finished.
    qint64 knownSize() const { return m_size; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void grown(qint64 size, bool finished);

protected:
    /// Subclasses report every size they learn (reads, polls, pushes); grown() follows
    /// when something changed.
    void reportSize(qint64 size, bool finished);

private:
    qint64 m_size = 0;
    bool m_finished = false;
};

} // namespace Takt
