#pragma once
// LogSubscription: follows one run's log for one events socket — from a byte offset of one
// attempt, then attempt after attempt when the run is retried — and turns what is new into
// "log" frames of whole lines, then one "logEnd" frame once the run has ended.

#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Takt {

class EngineCore;

class LogSubscription final
{
public:
    /// Starts at `offset` of `attempt` (0 = the latest) and goes on with later attempts, so a
    /// client that reconnects can resume exactly where it was, whatever happened meanwhile.
    LogSubscription(RunId run, int attempt, qint64 offset);

    /// Checks the run exists and the attempt is known; the error names the field.
    Result<void> start(EngineCore *core);

    /// Something about the run changed (state, a new attempt): look even if the file did not grow.
    void markDirty() { m_dirty = true; }

    /// The frames that are due now (JSON text): log chunks, at most `maxBytes` of log in all,
    /// and a final logEnd. Cheap when nothing changed: one stat() of the log file.
    QList<QByteArray> poll(EngineCore *core, qint64 maxBytes);

    bool isFinished() const { return m_finished; }
    RunId run() const { return m_run; }

private:
    QByteArray logEnd(const RunRecord &run, const AttemptRecord &attempt) const;

    RunId m_run;
    bool m_followLatest;    ///< attempt 0 was asked for
    int m_attempt;          ///< the attempt being read; 0 = not started yet
    qint64 m_offset;
    QString m_logPath;      ///< known once the attempt has started
    qint64 m_seenSize = -1; ///< the file size at the last read
    bool m_dirty = true;
    bool m_finished = false;
};

} // namespace Takt
