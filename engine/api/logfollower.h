#pragma once
// LogFollower: one follow of a run's log as it grows — chunks in order from an offset, then
// the end once the attempt is over. Made by EngineApi::followLog(); PollingLogFollower is the
// default (readLog every few hundred ms), RemoteEngine feeds its own from the events socket.

#include <engine/core/run.h>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Takt {

class EngineApi;

class LogFollower : public QObject
{
    Q_OBJECT
public:
    LogFollower(RunId run, int attempt, qint64 offset, QObject *parent = nullptr);
    ~LogFollower() override;

    RunId runId() const { return m_run; }
    /// The attempt asked for (0 = the latest).
    int requestedAttempt() const { return m_requestedAttempt; }
    /// The attempt being followed now; 0 until it is known.
    int attempt() const { return m_attempt; }
    /// The offset of the next byte expected: every byte before it was delivered once.
    qint64 nextOffset() const { return m_next; }
    bool hasEnded() const { return m_ended; }

Q_SIGNALS:
    /// `data` is the log of `attempt` from `offset` to `next` (exclusive), never repeated.
    void dataArrived(int attempt, qint64 offset, const QByteArray &data, qint64 next);
    /// A retry started: its log is followed from its offset 0 (only when following attempt 0).
    void attemptChanged(int attempt);
    /// The attempt ended and every byte was delivered; `exitCode` is -1 when there is none.
    void ended(int attempt, qint64 size, Takt::RunState state, int exitCode);

protected:
    /// What feeders call: drops what was delivered before and chunks that would leave a gap,
    /// so a source that repeats itself (a replay, a resubscription) delivers each byte once.
    void deliver(int attempt, qint64 offset, const QByteArray &data, qint64 next);
    void deliverEnd(int attempt, qint64 size, RunState state, int exitCode);

private:
    bool acceptAttempt(int attempt);

    RunId m_run;
    int m_requestedAttempt;
    int m_attempt;
    qint64 m_next;
    bool m_ended = false;
};

/// Follows by reading the log through EngineApi::readLog every interval() ms.
class PollingLogFollower final : public LogFollower
{
    Q_OBJECT
public:
    PollingLogFollower(EngineApi *api, RunId run, int attempt, qint64 offset, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const { return m_interval; }

private:
    void poll();
    void finish();

    QPointer<EngineApi> m_api;
    QTimer m_timer;
    int m_interval = 500;
    bool m_busy = false;
};

} // namespace Takt
