#include "processexecutor.h"
#include "processexecutor_p.h"
#include "procstat.h"
#include "statusfile.h"
#include "supervisor/sparerequest.h"

#include <engine/core/tr.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Takt {

namespace {

// Called through syscall(2): glibc 2.36's <sys/pidfd.h> lacks extern "C" for C++.
int pidfdOpen(qint64 pid)
{
    return int(::syscall(SYS_pidfd_open, pid_t(pid), 0u));
}

bool pidfdSendSignal(int pidFd, int sig)
{
    return ::syscall(SYS_pidfd_send_signal, pidFd, sig, nullptr, 0u) == 0;
}

#ifndef P_PIDFD
constexpr idtype_t P_PIDFD = idtype_t(3);
#endif

// The supervisor's exit codes when it could not write the status file (supervisor.h).
constexpr int SupervisorExitUsage = 2;
constexpr int SupervisorExitNoStatus = 3;

// Fallback polling period when pidfd_open is unavailable (old kernel, seccomp).
constexpr int PollIntervalMs = 200;
// How long the destructor waits for an unused spare to see EOF and exit, to reap it.
constexpr int SpareExitWaitMs = 1000;

// Waits up to `ms` for the process behind `pidFd` to exit, reaps it if it is our child.
void reapWithin(int pidFd, int ms)
{
    pollfd pfd{pidFd, POLLIN, 0};
    while (::poll(&pfd, 1, ms) < 0 && errno == EINTR) {
    }
    siginfo_t info{};
    ::waitid(P_PIDFD, id_t(pidFd), &info, WEXITED | WNOHANG);
}

bool isUsableProgram(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

ProcessExecutorPrivate::~ProcessExecutorPrivate()
{
    for (Watch &w : watches)
        dispose(w);
    // An unused spare is no run: closing its socket ends it (EOF before any request), and it
    // is reaped here rather than left a zombie of a process that goes on (tests, the desktop).
    if (spare) {
        ::close(spare->socket);
        reapWithin(spare->pidFd, SpareExitWaitMs);
        ::close(spare->pidFd);
    }
    for (auto it = retired.begin(); it != retired.end(); ++it) {
        it.value()->setEnabled(false);
        it.value()->deleteLater();
        reapWithin(it.key(), SpareExitWaitMs);
        ::close(it.key());
    }
}

Result<qint64> ProcessExecutorPrivate::spawnSupervisor(QByteArrayList args, QByteArrayList environment,
                                                        int stdinFd) const
{
    std::vector<char *> argv;
    argv.reserve(size_t(args.size()) + 1);
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    envp.reserve(size_t(environment.size()) + 1);
    for (QByteArray &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    // posix_spawn (vfork-like in glibc), never fork: the engine may be large. The supervisor
    // starts clean: a session of its own (engine-group signals do not reach it), no signal
    // blocked or ignored, stdio on /dev/null and no other descriptor of the engine.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSID);
    sigset_t noSignals;
    sigemptyset(&noSignals);
    posix_spawnattr_setsigmask(&attr, &noSignals);
    sigset_t allSignals;
    sigfillset(&allSignals);
    posix_spawnattr_setsigdefault(&attr, &allSignals);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdinFd >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdinFd, STDIN_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);

    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0)
        return makeError(ErrorCode::Unavailable, QString(),
                         Tr::tr("cannot start takt-supervisor '%1': %2")
                             .arg(supervisorPath, QString::fromLocal8Bit(std::strerror(rc))));
    return qint64(pid);
}

void ProcessExecutorPrivate::startSpare()
{
    if (spare || supervisorPath.isEmpty() || sparesUnavailable)
        return;
    int ends[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return; // no spare: launches start the supervisor themselves, as before
    // The padding is the room the spare rewrites into "--dir ATTEMPT_DIR -- COMMAND".
    const auto pid = spawnSupervisor({QFile::encodeName(supervisorPath), TaktSupervisor::SpareOption,
                                      QByteArray(TaktSupervisor::SparePadding, ' ')},
                                     {}, ends[1]);
    ::close(ends[1]);
    if (!pid.isOk()) {
        ::close(ends[0]);
        return;
    }
    Spare s;
    s.pid = pid.value();
    s.socket = ends[0];
    s.pidFd = pidfdOpen(s.pid);
    if (const auto stat = Internal::readProcStat(s.pid))
        s.pidStart = stat->startTime;
    if (s.pidFd < 0 || s.pidStart == 0) {
        // Without a pidfd an unused spare could not be reaped without blocking: no spares
        // then, and every launch starts its supervisor itself.
        sparesUnavailable = true;
        ::close(s.socket);
        while (::waitpid(pid_t(s.pid), nullptr, 0) < 0 && errno == EINTR) {
        }
        if (s.pidFd >= 0)
            ::close(s.pidFd);
        return;
    }
    spare = s;
}

std::optional<ProcessExecutorPrivate::Spare> ProcessExecutorPrivate::launchOnSpare(const LaunchRequest &request,
                                                                                   const QString &attemptDir)
{
    if (!spare)
        return std::nullopt;
    const QByteArray dir = QFile::encodeName(attemptDir);
    // It must fit in the command line the spare rewrites, or the run could not be found by it.
    if (dir.size() + 16 > TaktSupervisor::SparePadding)
        return std::nullopt;

    QByteArray payload;
    const auto field = [&payload](const QByteArray &value) {
        payload.append(value);
        payload.append('\0');
    };
    field(dir);
    field(QFile::encodeName(request.workDir));
    field(QByteArray::number(request.timeoutMs));
    field(QByteArray::number(request.killGraceMs));
    field(QByteArray::number(request.argv.size()));
    for (const QString &arg : request.argv)
        field(arg.toUtf8());
    for (const QByteArray &entry : request.environment)
        field(entry);
    if (quint64(payload.size()) > TaktSupervisor::SpareMaxPayload)
        return std::nullopt;
    QByteArray message(TaktSupervisor::SpareMagic, sizeof TaktSupervisor::SpareMagic);
    const std::uint32_t size = std::uint32_t(payload.size());
    message.append(reinterpret_cast<const char *>(&size), sizeof size);
    message.append(payload);

    Spare taken = *spare;
    spare.reset();
    // A spare that has died (killed by someone) is not handed a run: its pidfd is readable.
    pollfd exited{taken.pidFd, POLLIN, 0};
    if (::poll(&exited, 1, 0) != 0) {
        retireSpare(taken);
        return std::nullopt;
    }
    // Never blocks: a request that does not fit in the socket at once (or a spare that died:
    // EPIPE) retires the spare, which then reads an incomplete request and starts nothing.
    qsizetype sent = 0;
    while (sent < message.size()) {
        const ssize_t n = ::send(taken.socket, message.constData() + sent, size_t(message.size() - sent),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            retireSpare(taken);
            return std::nullopt;
        }
        sent += n;
    }
    ::close(taken.socket);
    taken.socket = -1;
    return taken;
}

void ProcessExecutorPrivate::retireSpare(Spare s)
{
    ::close(s.socket);
    auto *notifier = new QSocketNotifier(s.pidFd, QSocketNotifier::Read, q);
    const int pidFd = s.pidFd;
    QObject::connect(notifier, &QSocketNotifier::activated, q, [this, pidFd] { reapRetired(pidFd); });
    retired.insert(pidFd, notifier);
}

void ProcessExecutorPrivate::reapRetired(int pidFd)
{
    QSocketNotifier *notifier = retired.take(pidFd);
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->deleteLater();
    siginfo_t info{};
    ::waitid(P_PIDFD, id_t(pidFd), &info, WEXITED | WNOHANG);
    ::close(pidFd);
}

QString ProcessExecutorPrivate::findSupervisor(const QString &given)
{
    // An explicit choice that does not work is an error, not a reason to pick another binary.
    if (!given.isEmpty())
        return isUsableProgram(given) ? QFileInfo(given).absoluteFilePath() : QString();
    const QString fromEnv = qEnvironmentVariable("TAKT_SUPERVISOR");
    if (!fromEnv.isEmpty())
        return isUsableProgram(fromEnv) ? QFileInfo(fromEnv).absoluteFilePath() : QString();

    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        candidates << appDir + QStringLiteral("/takt-supervisor")
                   << appDir + QStringLiteral("/../libexec/takt/takt-supervisor");
    }
#ifdef TAKT_SUPERVISOR_BUILD_PATH
    candidates << QStringLiteral(TAKT_SUPERVISOR_BUILD_PATH);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (isUsableProgram(candidate))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

void ProcessExecutorPrivate::watch(Watch w)
{
    const RunId runId = w.runId;
    if (w.pidFd >= 0) {
        // A pidfd becomes readable when the process exits, whoever its parent is.
        w.notifier = new QSocketNotifier(w.pidFd, QSocketNotifier::Read, q);
        QObject::connect(w.notifier, &QSocketNotifier::activated, q,
                         [this, runId] { onSupervisorExited(runId); });
    } else {
        w.pollTimer = new QTimer(q);
        w.pollTimer->setInterval(PollIntervalMs);
        const qint64 pid = w.pid;
        const qint64 pidStart = w.pidStart;
        QObject::connect(w.pollTimer, &QTimer::timeout, q, [this, runId, pid, pidStart] {
            const auto stat = Internal::readProcStat(pid);
            if (!stat || stat->startTime != pidStart || stat->isDead())
                onSupervisorExited(runId);
        });
        w.pollTimer->start();
    }
    watches.insert(runId, w);
}

void ProcessExecutorPrivate::dispose(Watch &w)
{
    // Disable before closing the fd: the event dispatcher must forget it first.
    if (w.notifier) {
        w.notifier->setEnabled(false);
        w.notifier->deleteLater();
        w.notifier = nullptr;
    }
    if (w.pollTimer) {
        w.pollTimer->stop();
        w.pollTimer->deleteLater();
        w.pollTimer = nullptr;
    }
    if (w.pidFd >= 0) {
        ::close(w.pidFd);
        w.pidFd = -1;
    }
}

void ProcessExecutorPrivate::onSupervisorExited(RunId runId)
{
    auto it = watches.find(runId);
    if (it == watches.end())
        return;
    Watch w = it.value();
    watches.erase(it);

    // Reap it if it is our child (launched here, or by an earlier ProcessExecutor of this
    // process); for anyone else's child this fails with ECHILD and changes nothing.
    std::optional<ExitInfo> exit;
    siginfo_t info{};
    if (w.pidFd >= 0) {
        if (::waitid(P_PIDFD, id_t(w.pidFd), &info, WEXITED | WNOHANG) == 0 && info.si_pid != 0)
            exit = ExitInfo{};
    } else {
        // No pidfd: the start time was checked by the poll, so the pid is still ours.
        const auto stat = Internal::readProcStat(w.pid);
        if (stat && stat->startTime == w.pidStart
            && ::waitid(P_PID, id_t(w.pid), &info, WEXITED | WNOHANG) == 0 && info.si_pid != 0)
            exit = ExitInfo{};
    }
    if (exit) {
        if (info.si_code == CLD_EXITED)
            exit->exitCode = info.si_status;
        else
            exit->signal = info.si_status;
    }
    dispose(w);

    const AttemptOutcome outcome = outcomeOf(w, exit, false);
    Q_EMIT q->finished(w.runId, w.attempt, outcome);
}

AttemptOutcome ProcessExecutorPrivate::outcomeOf(const Watch &w, const std::optional<ExitInfo> &exit,
                                                 bool adoptedDead) const
{
    if (const std::optional<AttemptOutcome> recorded = readStatusFile(w.attemptDir))
        return *recorded;

    AttemptOutcome outcome;
    outcome.state = RunState::Lost;
    outcome.finishedAt = QDateTime::currentMSecsSinceEpoch();
    outcome.logSize = QFileInfo(w.logPath).size();
    if (adoptedDead) {
        outcome.reason = Tr::tr("supervisor died without recording an exit status "
                                "(was the machine restarted?)");
    } else if (exit && exit->signal != 0) {
        outcome.reason = Tr::tr("supervisor was killed by signal %1 without recording an exit status")
                             .arg(exit->signal);
    } else if (exit && exit->exitCode == SupervisorExitNoStatus) {
        // Nothing ran: the supervisor could not even create its log.
        outcome.state = RunState::Failed;
        outcome.reason = Tr::tr("cannot write to the attempt directory '%1'").arg(w.attemptDir);
    } else if (exit && exit->exitCode == SupervisorExitUsage) {
        outcome.state = RunState::Failed;
        outcome.reason = Tr::tr("takt-supervisor '%1' rejected its arguments").arg(supervisorPath);
    } else {
        outcome.reason = Tr::tr("supervisor died without recording an exit status");
    }
    return outcome;
}

ProcessExecutor::ProcessExecutor(const QString &supervisorPath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ProcessExecutorPrivate>(this))
{
    d->supervisorPath = ProcessExecutorPrivate::findSupervisor(supervisorPath);
}

// Deliberately no signal to any supervisor here (see the header).
ProcessExecutor::~ProcessExecutor() = default;

QString ProcessExecutor::supervisorPath() const
{
    return d->supervisorPath;
}

Result<SupervisorHandle> ProcessExecutor::launch(const LaunchRequest &request)
{
    if (d->supervisorPath.isEmpty())
        return makeError(ErrorCode::Unavailable, QString(),
                         Tr::tr("takt-supervisor was not found; set TAKT_SUPERVISOR to its path"));
    if (request.argv.isEmpty() || request.argv.first().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("command"), Tr::tr("is empty"));
    if (request.attemptDir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("attemptDir"), Tr::tr("is empty"));
    if (request.timeoutMs < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("timeout"), Tr::tr("cannot be negative"));
    if (request.killGraceMs < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("killGrace"), Tr::tr("cannot be negative"));
    if (d->watches.contains(request.runId))
        return makeError(ErrorCode::Conflict, QString(),
                         Tr::tr("run %1 is already running").arg(request.runId));

    // Absolute, so the log path the store keeps does not depend on the engine's directory;
    // an absolute path is kept as given, so it can be found again in /proc/<pid>/cmdline.
    const QString attemptDir = QDir::isAbsolutePath(request.attemptDir)
        ? request.attemptDir
        : QDir::current().absoluteFilePath(request.attemptDir);

    ProcessExecutorPrivate::Watch w;
    w.runId = request.runId;
    w.attempt = request.attempt;
    w.attemptDir = attemptDir;
    w.logPath = attemptDir + QLatin1Char('/') + QLatin1String(AttemptLogFileName);
    if (const auto spare = d->launchOnSpare(request, attemptDir)) {
        // Started ahead of time and still unreaped: its pid and pidfd are surely its own.
        w.pid = spare->pid;
        w.pidStart = spare->pidStart;
        w.pidFd = spare->pidFd;
    } else {
        QByteArrayList args{QFile::encodeName(d->supervisorPath), "--dir", QFile::encodeName(attemptDir)};
        if (!request.workDir.isEmpty())
            args << "--workdir" << QFile::encodeName(request.workDir);
        if (request.timeoutMs > 0)
            args << "--timeout-ms" << QByteArray::number(request.timeoutMs);
        args << "--grace-ms" << QByteArray::number(request.killGraceMs) << "--";
        for (const QString &arg : request.argv)
            args << arg.toUtf8();
        const auto pid = d->spawnSupervisor(args, request.environment, -1);
        if (!pid.isOk())
            return pid.error();
        // Our unreaped child: its pid cannot be reused yet, so these refer to it for sure.
        w.pid = pid.value();
        if (const auto stat = Internal::readProcStat(w.pid))
            w.pidStart = stat->startTime;
        w.pidFd = pidfdOpen(w.pid);
    }
    d->watch(w);

    // The next launch finds a supervisor already started: its exec is off the path from the
    // due time to the command's start. Made from the event loop, after this launch is done.
    if (!d->spare && !d->spareScheduled) {
        d->spareScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                d->spareScheduled = false;
                d->startSpare();
            },
            Qt::QueuedConnection);
    }

    SupervisorHandle handle;
    handle.pid = w.pid;
    handle.pidStart = w.pidStart;
    handle.logPath = w.logPath;
    return handle;
}

bool ProcessExecutor::adopt(RunId runId, int attempt, const QString &attemptDir,
                            const SupervisorHandle &handle)
{
    if (d->watches.contains(runId))
        return true;

    ProcessExecutorPrivate::Watch w;
    w.runId = runId;
    w.attempt = attempt;
    w.attemptDir = attemptDir;
    w.logPath = handle.logPath.isEmpty()
        ? QDir(attemptDir).filePath(QLatin1String(AttemptLogFileName))
        : handle.logPath;
    w.pid = handle.pid;
    w.pidStart = handle.pidStart;

    // A store that lost the start time (0) still has the pid: then the process is ours if
    // it is a takt-supervisor working in this attempt directory.
    if (w.pidStart == 0) {
        const QByteArrayList args = Internal::readProcCmdline(w.pid);
        const qsizetype dirArg = args.indexOf(QByteArray("--dir"));
        const auto stat = Internal::readProcStat(w.pid);
        if (stat && !args.isEmpty() && args.first().endsWith("takt-supervisor") && dirArg > 0
            && args.value(dirArg + 1) == QFile::encodeName(attemptDir))
            w.pidStart = stat->startTime;
    }
    // Alive means: a process with that pid AND that start time, not yet a zombie. A pid
    // with another start time is a stranger that reused the number: ours is gone.
    const auto isOurs = [&w] {
        const auto stat = Internal::readProcStat(w.pid);
        return stat && w.pidStart != 0 && stat->startTime == w.pidStart;
    };
    std::optional<ProcessExecutorPrivate::ExitInfo> exit;
    if (isOurs()) {
        const int pidFd = pidfdOpen(w.pid);
        // Checked again after opening: the pidfd now pins the process the check saw.
        const auto stat = Internal::readProcStat(w.pid);
        if (stat && stat->startTime == w.pidStart && !stat->isDead()) {
            w.pidFd = pidFd;
            d->watch(w);
            return true;
        }
        // Already exited. If it is a child of this process (an earlier ProcessExecutor
        // here launched it), reap it so it does not stay a zombie.
        if (pidFd >= 0) {
            siginfo_t info{};
            if (::waitid(P_PIDFD, id_t(pidFd), &info, WEXITED | WNOHANG) == 0 && info.si_pid != 0) {
                exit = ProcessExecutorPrivate::ExitInfo{};
                if (info.si_code == CLD_EXITED)
                    exit->exitCode = info.si_status;
                else
                    exit->signal = info.si_status;
            }
            ::close(pidFd);
        }
    }

    const AttemptOutcome outcome = d->outcomeOf(w, exit, !exit.has_value());
    // Queued: the caller may be iterating its runs and must not be re-entered from here.
    QMetaObject::invokeMethod(
        this, [this, runId, attempt, outcome] { Q_EMIT finished(runId, attempt, outcome); },
        Qt::QueuedConnection);
    return false;
}

bool ProcessExecutor::cancel(RunId runId)
{
    const auto it = d->watches.constFind(runId);
    if (it == d->watches.constEnd())
        return false;
    // The supervisor turns SIGTERM into TERM → grace → KILL of the command's group. Through
    // the pidfd when there is one, so a reused pid can never be hit.
    if (it->pidFd >= 0)
        return pidfdSendSignal(it->pidFd, SIGTERM) || errno == ESRCH;
    return ::kill(pid_t(it->pid), SIGTERM) == 0 || errno == ESRCH;
}

int ProcessExecutor::runningCount() const
{
    return int(d->watches.size());
}

bool ProcessExecutor::isRunning(RunId runId) const
{
    return d->watches.contains(runId);
}

} // namespace Takt
