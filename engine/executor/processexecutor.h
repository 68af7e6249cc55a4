#pragma once
// ProcessExecutor: starts each attempt as a child process under a small supervisor
// (takt-supervisor) and reports how it ended. The supervisor, not the engine, owns the child:
// it writes the log, enforces the timeout and records the exit status in the attempt's
// directory, so a run outlives an engine that dies and is adopted by the next one. After a
// launch it keeps one supervisor started ahead of time (a spare, waiting for its request), so
// the next run starts without waiting for a process start of its supervisor.

#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QByteArrayList>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace Takt {

class ProcessExecutorPrivate;

/// Everything needed to start one attempt.
struct LaunchRequest
{
    RunId runId = 0;
    int attempt = 1;
    QStringList argv;           ///< argv[0] is looked up in PATH when it has no '/'
    QString workDir;            ///< must exist; otherwise the attempt fails with that reason
    QByteArrayList environment; ///< the complete environment, "K=V" each
    QString attemptDir;         ///< created if missing; holds output.log and the status file
    qint64 timeoutMs = 0;       ///< 0 = none
    qint64 killGraceMs = 10'000;///< SIGTERM to the process group, then SIGKILL after this
};

/// How an attempt ended, as recorded by its supervisor.
struct AttemptOutcome
{
    RunState state = RunState::Failed; ///< Succeeded, Failed, TimedOut, Cancelled or Lost
    int exitCode = -1;
    int signal = 0;
    qint64 startedAt = 0;       ///< UTC epoch ms the child was started
    qint64 finishedAt = 0;
    qint64 cpuMs = 0;
    qint64 peakRssKb = 0;
    qint64 logSize = 0;
    QString reason;             ///< for people: "exit code 3", "timed out after 30s", "cannot execute 'x': No such file or directory"
};

/// The supervisor of a started attempt, as the store keeps it to adopt it later.
struct SupervisorHandle
{
    qint64 pid = 0;
    qint64 pidStart = 0;        ///< /proc/<pid>/stat start time, so a reused pid is not mistaken for it
    QString logPath;
};

class ProcessExecutor final : public QObject
{
    Q_OBJECT
public:
    /// `supervisorPath` empty = find takt-supervisor (TAKT_SUPERVISOR env, next to the
    /// application, ../libexec/takt/, then the build tree).
    explicit ProcessExecutor(const QString &supervisorPath = {}, QObject *parent = nullptr);
    /// Stops watching; never signals a supervisor: the runs go on, and adopt() in a later
    /// ProcessExecutor (or a later engine) collects them. An unused spare ends (it has no run).
    ~ProcessExecutor() override;

    /// Where the supervisor binary was found; empty if nowhere (launch then fails).
    QString supervisorPath() const;

    /// Starts the attempt: hands it to the spare supervisor, or posix_spawns one (never a fork
    /// of this process) when there is no spare or it cannot take the request.
    /// Fails only if the supervisor itself cannot be started; a bad command, a missing working
    /// directory or an unwritable log still "start" and end as a failed attempt with the reason.
    Result<SupervisorHandle> launch(const LaunchRequest &request);

    /// Takes over an attempt started by an earlier engine. Returns true if its supervisor is
    /// still alive (finished() follows later); otherwise the outcome is emitted right away from
    /// the status file, or as Lost (reason says why) when there is none.
    bool adopt(RunId runId, int attempt, const QString &attemptDir, const SupervisorHandle &handle);

    /// Cancels a running attempt: SIGTERM to its process group, SIGKILL after the grace.
    /// finished() follows with state Cancelled. False if the run is not running here.
    bool cancel(RunId runId);

    int runningCount() const;
    bool isRunning(RunId runId) const;

Q_SIGNALS:
    /// Emitted once per launched or adopted attempt, in this object's thread.
    void finished(Takt::RunId runId, int attempt, const Takt::AttemptOutcome &outcome);

private:
    std::unique_ptr<ProcessExecutorPrivate> d;
};

} // namespace Takt
