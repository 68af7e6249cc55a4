#pragma once
// ProcessExecutor's private side: the supervisors it watches and how it learns they ended.
// Only engine/executor includes this.

#include "processexecutor.h"

#include <QHash>
#include <QString>

#include <optional>

class QSocketNotifier;
class QTimer;

namespace Takt {

class ProcessExecutorPrivate
{
public:
    /// One supervisor being watched.
    struct Watch
    {
        RunId runId = 0;
        int attempt = 0;
        QString attemptDir;
        QString logPath;
        qint64 pid = 0;
        qint64 pidStart = 0;
        int pidFd = -1;                       ///< -1: no pidfd, pollTimer watches instead
        QSocketNotifier *notifier = nullptr;  ///< on pidFd: readable once the process exited
        QTimer *pollTimer = nullptr;          ///< fallback when pidfd_open is unavailable
    };

    /// How a supervisor we reaped ended; only known for our own children.
    struct ExitInfo
    {
        int exitCode = -1;
        int signal = 0;
    };

    explicit ProcessExecutorPrivate(ProcessExecutor *owner) : q(owner) {}
    ~ProcessExecutorPrivate();

    static QString findSupervisor(const QString &given);

    /// Starts watching `watch.pid`; `pidFd` is already open or -1.
    void watch(Watch watch);
    void onSupervisorExited(RunId runId);
    void dispose(Watch &watch);
    /// The outcome recorded in the status file, or why there is none.
    AttemptOutcome outcomeOf(const Watch &watch, const std::optional<ExitInfo> &exit, bool adoptedDead) const;

    ProcessExecutor *const q;
    QString supervisorPath;
    QHash<RunId, Watch> watches;
};

} // namespace Takt
