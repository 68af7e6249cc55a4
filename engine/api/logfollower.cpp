#include "logfollower.h"

#include <engine/api/engineapi.h>

namespace Takt {

namespace {
// Enough per poll that a chatty job is followed in a few polls, small enough to stay cheap.
constexpr qint64 PollReadSize = 1024 * 1024;
} // namespace

LogFollower::LogFollower(RunId run, int attempt, qint64 offset, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_requestedAttempt(attempt)
    , m_attempt(attempt)
    , m_next(std::max<qint64>(0, offset))
{
}

LogFollower::~LogFollower() = default;

bool LogFollower::acceptAttempt(int attempt)
{
    // 0 = a source that cannot tell (readLog of "the latest"): it stays with what it follows.
    if (attempt == 0 || attempt == m_attempt)
        return true;
    if (m_attempt == 0) {
        m_attempt = attempt;
        return true;
    }
    if (m_requestedAttempt != 0 || attempt < m_attempt)
        return false;
    // Following the latest attempt and a retry began: its log starts again at 0.
    m_attempt = attempt;
    m_next = 0;
    m_ended = false;
    Q_EMIT attemptChanged(attempt);
    return true;
}

void LogFollower::deliver(int attempt, qint64 offset, const QByteArray &data, qint64 next)
{
    if (!acceptAttempt(attempt) || next <= m_next || offset > m_next)
        return; // a repeat, or a chunk past a gap (the feeder resubscribes from m_next)
    const QByteArray fresh = offset == m_next ? data : data.mid(m_next - offset);
    const qint64 from = m_next;
    m_next = next;
    Q_EMIT dataArrived(m_attempt, from, fresh, next);
}

void LogFollower::deliverEnd(int attempt, qint64 size, RunState state, int exitCode)
{
    if (!acceptAttempt(attempt) || m_ended || size > m_next)
        return; // an end before all bytes arrived is not the end
    m_ended = true;
    Q_EMIT ended(m_attempt, m_next, state, exitCode);
}

PollingLogFollower::PollingLogFollower(EngineApi *api, RunId run, int attempt, qint64 offset, QObject *parent)
    : LogFollower(run, attempt, offset, parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollingLogFollower::poll);
    // The first read at once: the caller wants what is there already.
    QMetaObject::invokeMethod(this, &PollingLogFollower::poll, Qt::QueuedConnection);
}

void PollingLogFollower::setInterval(int ms)
{
    m_interval = std::max(1, ms);
    if (m_timer.isActive())
        m_timer.start(m_interval);
}

void PollingLogFollower::poll()
{
    if (!m_api || m_busy || hasEnded())
        return;
    m_busy = true;
    m_api->readLog(runId(), requestedAttempt(), nextOffset(), PollReadSize)
        .then(this, [this](const Result<LogChunk> &chunk) {
            m_busy = false;
            if (!chunk.isOk()) {
                m_timer.start(m_interval);
                return;
            }
            if (!chunk->data.isEmpty())
                deliver(0, chunk->offset, chunk->data, chunk->offset + chunk->data.size());
            if (chunk->finished && nextOffset() >= chunk->size)
                finish();
            else if (chunk->data.size() >= PollReadSize)
                poll(); // more is waiting: no pause
            else
                m_timer.start(m_interval);
        })
        .onCanceled(this, [this] {
            m_busy = false;
            m_timer.start(m_interval);
        });
}

void PollingLogFollower::finish()
{
    m_api->run(runId()).then(this, [this](const Result<RunRecord> &run) {
        const RunState state = run.isOk() ? run->state : RunState::Lost;
        const int exitCode = run.isOk() ? run->current.exitCode : -1;
        deliverEnd(0, nextOffset(), state, exitCode);
    });
}

} // namespace Takt
