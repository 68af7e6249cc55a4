#pragma once
// ProcessExecutor's private side: the supervisors it watches and how it learns they ended,
// and the spare supervisor it keeps started ahead of the next launch. Only engine/executor
// includes this.

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

    /// A supervisor started ahead of time (`takt-supervisor --spare`), blocked reading its one
    /// request from `socket`: a launch then costs a write instead of a process start.
    struct Spare
    {
        qint64 pid = 0;
        qint64 pidStart = 0;
        int pidFd = -1;
        int socket = -1;
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

    /// posix_spawn of the supervisor with `args` (argv[0] included) and `environment`, in a
    /// session of its own, stdin on `stdinFd` (-1: /dev/null). Returns the pid or the errno.
    Result<qint64> spawnSupervisor(QByteArrayList args, QByteArrayList environment, int stdinFd) const;
    /// Starts the spare if there is none (after a launch, from the event loop).
    void startSpare();
    /// Hands the request to the spare and returns it, now the attempt's supervisor; nothing
    /// if there is no spare or it cannot take the request (then it is retired).
    std::optional<Spare> launchOnSpare(const LaunchRequest &request, const QString &attemptDir);
    /// Lets an unused spare go: it reads EOF and exits; reaped when it has.
    void retireSpare(Spare spare);
    void reapRetired(int pidFd);

    /// Starts watching `watch.pid`; `pidFd` is already open or -1.
    void watch(Watch watch);
    void onSupervisorExited(RunId runId);
    void dispose(Watch &watch);
    /// The outcome recorded in the status file, or why there is none.
    AttemptOutcome outcomeOf(const Watch &watch, const std::optional<ExitInfo> &exit, bool adoptedDead) const;

    ProcessExecutor *const q;
    QString supervisorPath;
    QHash<RunId, Watch> watches;
    std::optional<Spare> spare;
    bool spareScheduled = false;
    bool sparesUnavailable = false; ///< no pidfd here: launches spawn their supervisor
    QHash<int, QSocketNotifier *> retired; ///< pidfd of a retired spare -> its notifier
};

} // namespace Takt
