#include "enginelogsource.h"

#include <engine/api/engineapi.h>
#include <engine/api/logfollower.h>

#include <QPromise>

namespace Takt {

struct EngineLogSource::PendingRead
{
    QPromise<Result<LogChunk>> promise;
    LogChunk chunk; // what was read so far
    qint64 end = 0; // offset the caller asked to read up to
};

EngineLogSource::EngineLogSource(EngineApi *api, RunId run, int attempt, QObject *parent)
    : LogSource(parent)
    , m_api(api)
    , m_run(run)
    , m_attempt(attempt)
{
}

EngineLogSource::~EngineLogSource() = default;

QFuture<Result<LogChunk>> EngineLogSource::read(qint64 offset, qint64 length)
{
    auto pending = std::make_shared<PendingRead>();
    pending->promise.start();
    pending->chunk.offset = offset;
    pending->end = offset + std::max<qint64>(length, 1);
    QFuture<Result<LogChunk>> future = pending->promise.future();

    const qint64 end = std::min(pending->end, knownSize());
    const qint64 pushedEnd = m_pushedStart + m_pushed.size();
    if (!m_pushed.isEmpty() && offset >= m_pushedStart && offset < end && end <= pushedEnd) {
        pending->chunk.data = m_pushed.mid(offset - m_pushedStart, end - offset);
        pending->chunk.size = knownSize();
        pending->chunk.finished = isFinished() && end == knownSize();
        // Still through the event loop, as an engine's answer would come.
        QMetaObject::invokeMethod(this, [pending] {
            pending->promise.addResult(Result<LogChunk>(std::move(pending->chunk)));
            pending->promise.finish();
        }, Qt::QueuedConnection);
        return future;
    }
    readPart(pending);
    return future;
}

void EngineLogSource::readPart(const std::shared_ptr<PendingRead> &pending)
{
    if (!m_api) {
        pending->promise.addResult(Result<LogChunk>(
            makeError(ErrorCode::Unavailable, {}, tr("The engine is no longer connected."))));
        pending->promise.finish();
        return;
    }
    const qint64 at = pending->chunk.offset + pending->chunk.data.size();
    const qint64 want = std::min(MaxReadPerCall, pending->end - at);
    m_api->readLog(m_run, m_attempt, at, want).then(this, [this, pending](const Result<LogChunk> &part) {
        if (!part.isOk()) {
            pending->promise.addResult(part);
            pending->promise.finish();
            return;
        }
        reportSize(part->size, part->finished);
        LogChunk &chunk = pending->chunk;
        if (chunk.data.isEmpty())
            chunk.data = part->data; // shares the buffer: no copy for the usual single call
        else
            chunk.data += part->data;
        chunk.size = part->size;
        chunk.finished = part->finished;
        const qint64 reached = chunk.offset + chunk.data.size();
        if (part->data.isEmpty() || reached >= pending->end || reached >= part->size) {
            pending->promise.addResult(Result<LogChunk>(std::move(chunk)));
            pending->promise.finish();
            return;
        }
        readPart(pending);
    });
}

void EngineLogSource::watch()
{
    if (m_watching)
        return;
    m_watching = true;
    if (isFinished() || !m_api)
        return;
    // Only the sizes matter here: the reader reads what it shows through read().
    m_follower = m_api->followLog(m_run, m_attempt, knownSize(), this);
    if (auto *polling = qobject_cast<PollingLogFollower *>(m_follower))
        polling->setInterval(m_pollInterval);
    connect(m_follower, &LogFollower::dataArrived, this,
            [this](int, qint64 offset, const QByteArray &data, qint64 next) {
                if (m_pushed.isEmpty() || m_pushedStart + m_pushed.size() != offset || next != offset + data.size()) {
                    m_pushed = data;
                    m_pushedStart = offset;
                } else {
                    m_pushed += data;
                }
                if (m_pushed.size() > PushedKept) {
                    const qint64 drop = m_pushed.size() - PushedKept;
                    m_pushed.remove(0, drop);
                    m_pushedStart += drop;
                }
                if (next != m_pushedStart + m_pushed.size()) {
                    m_pushed.clear(); // bytes not as long as announced: read them from the engine
                    m_pushedStart = 0;
                }
                reportSize(next, false);
            });
    connect(m_follower, &LogFollower::ended, this, [this](int, qint64 size) {
        reportSize(size, true);
        m_follower->deleteLater(); // unsubscribes
        m_follower = nullptr;
    });
}

void EngineLogSource::setPollInterval(int ms)
{
    m_pollInterval = std::max(1, ms);
    if (auto *polling = qobject_cast<PollingLogFollower *>(m_follower))
        polling->setInterval(m_pollInterval);
}

} // namespace Takt
