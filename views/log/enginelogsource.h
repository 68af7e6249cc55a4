#pragma once
// EngineLogSource: the log of one attempt of a run, read through EngineApi::readLog (at most
// 4 MiB per call, so longer reads are several calls) and watched through EngineApi::followLog
// (pushed over the events socket by a remote engine, polled for an embedded one).

#include "logsource.h"

#include <engine/core/run.h>

#include <QPointer>

#include <memory>

namespace Takt {

class EngineApi;
class LogFollower;

class EngineLogSource final : public LogSource
{
    Q_OBJECT
public:
    /// `attempt` should be a real attempt number: 0 ("the latest") would switch files under
    /// the reader when a retry starts. The api must outlive reads or fail them (a deleted
    /// api fails every later read).
    EngineLogSource(EngineApi *api, RunId run, int attempt, QObject *parent = nullptr);
    ~EngineLogSource() override;

    RunId runId() const { return m_run; }
    int attempt() const { return m_attempt; }

    /// Answered from the bytes the follower pushed when they cover the range, else by readLog.
    QFuture<Result<LogChunk>> read(qint64 offset, qint64 length) override;
    qint64 preferredReadSize() const override { return MaxReadPerCall; }
    /// Follows the log until it has finished (EngineApi::followLog).
    void watch() override;

    /// How often a polling follower reads; 500 ms by default.
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollInterval; }

    /// The most EngineApi::readLog returns in one call.
    static constexpr qint64 MaxReadPerCall = 4 * 1024 * 1024;
    /// How much of what the follower delivered is kept to answer reads.
    static constexpr qint64 PushedKept = 4 * 1024 * 1024;

private:
    struct PendingRead;
    void readPart(const std::shared_ptr<PendingRead> &read);

    QPointer<EngineApi> m_api;
    RunId m_run = 0;
    int m_attempt = 0;
    int m_pollInterval = 500;
    bool m_watching = false;
    LogFollower *m_follower = nullptr;
    // The latest bytes the follower delivered: reads of the growing end are answered from
    // here instead of asking the engine again for what it has just pushed.
    QByteArray m_pushed;
    qint64 m_pushedStart = 0;
};

} // namespace Takt
