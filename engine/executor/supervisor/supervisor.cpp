#include "supervisor.h"
#include "sysutil.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace TaktSupervisor {

namespace {

// After the command exits, a background process of its group may still hold the pipes
// open (`sh -c 'sleep 100 &'`): read what it writes for this long, then kill the group.
constexpr long long DrainAfterExitMs = 200;
// After that kill, how long pipes may stay open (held by processes that left the group
// with setsid) before the supervisor stops reading.
constexpr long long DrainAfterKillMs = 500;
// How long to wait for the killed group to be gone and reaped.
constexpr long long ReapLimitMs = 1000;

// What the forked child reports over the CLOEXEC pipe when it cannot exec.
enum Stage { StageSetup = 1, StageChdir = 2, StageExec = 3 };
struct ExecFailure
{
    int stage;
    int error;
};

sigset_t caughtSignals()
{
    sigset_t set;
    sigemptyset(&set);
    // SIGTERM/SIGINT: cancellation by the engine. SIGCHLD: the command (or an orphan) ended.
    // SIGHUP: read and ignored; the supervisor has no terminal and must outlive the engine.
    for (int sig : {SIGTERM, SIGINT, SIGCHLD, SIGHUP})
        sigaddset(&set, sig);
    return set;
}

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

[[noreturn]] void reportAndExit(int reportFd, Stage stage, int error)
{
    const ExecFailure failure{stage, error};
    [[maybe_unused]] ssize_t ignored = ::write(reportFd, &failure, sizeof failure);
    _exit(127);
}

// Runs in the forked child: only async-signal-safe calls from here to exec.
[[noreturn]] void execChild(const Options &options, int devNull, int outFd, int errFd, int reportFd)
{
    // A process group of its own, so a timeout or cancel reaches everything it starts.
    setpgid(0, 0);

    // The command starts with default dispositions (the supervisor ignores SIGPIPE, and
    // ignored signals survive exec) and nothing blocked (the supervisor blocks the ones
    // it reads through its signalfd).
    struct sigaction dfl{};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (int sig = 1; sig < NSIG; ++sig)
        sigaction(sig, &dfl, nullptr); // fails harmlessly for SIGKILL, SIGSTOP, glibc's own
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);

    if (dup2(devNull, STDIN_FILENO) < 0 || dup2(outFd, STDOUT_FILENO) < 0
        || dup2(errFd, STDERR_FILENO) < 0)
        reportAndExit(reportFd, StageSetup, errno);
    if (!options.workDir.empty() && chdir(options.workDir.c_str()) != 0)
        reportAndExit(reportFd, StageChdir, errno);
    // execvp: PATH lookup with the job's own PATH (the supervisor's environment is the job's,
    // or for a spare the one its request carried).
    if (options.environment)
        environ = options.environment;
    execvp(options.argv[0], options.argv.data());
    reportAndExit(reportFd, StageExec, errno);
}

std::string failureReason(const Options &options, const ExecFailure &failure)
{
    const std::string dir = "'" + options.workDir + "'";
    switch (failure.stage) {
    case StageChdir:
        if (failure.error == ENOENT)
            return "working directory " + dir + " does not exist";
        if (failure.error == ENOTDIR)
            return "working directory " + dir + " is not a directory";
        return "cannot enter working directory " + dir + ": " + errnoText(failure.error);
    case StageExec:
        return std::string("cannot execute '") + options.argv[0] + "': " + errnoText(failure.error);
    default:
        return "cannot set up the command's standard streams: " + errnoText(failure.error);
    }
}

} // namespace

Supervisor::Supervisor(Options options)
    : m_options(std::move(options))
{
}

Supervisor::~Supervisor()
{
    closeFd(m_outFd);
    closeFd(m_errFd);
    closeFd(m_signalFd);
    closeFd(m_logFd);
}

int Supervisor::run()
{
    // Its own session and process group: a signal to the engine's group (Ctrl+C in a
    // terminal, systemd stopping the engine) must not reach the runs. The engine already
    // spawns it with POSIX_SPAWN_SETSID; this covers a supervisor started by hand.
    setsid();
    // Orphans of the command are re-parented to us rather than to init: they are reaped
    // here (so a killed group really disappears) and their CPU time is counted.
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    if (!setUpSignals()) {
        m_startedAt = m_finishedAt = realtimeMs();
        m_reason = "supervisor cannot set up signal handling: " + errnoText(errno);
        return writeStatus();
    }

    if (!makePath(m_options.attemptDir)) {
        m_startedAt = m_finishedAt = realtimeMs();
        m_reason = "cannot create attempt directory '" + m_options.attemptDir
            + "': " + errnoText(errno);
        return writeStatus(); // most likely fails too: ExitNoStatus tells the engine
    }
    // A status file here would be an earlier supervisor's (the same attempt started again
    // after an engine crash): while this one runs, "status exists" must mean "it ended".
    ::unlink((m_options.attemptDir + "/status").c_str());
    ::unlink((m_options.attemptDir + "/status.tmp").c_str());
    m_logPath = m_options.attemptDir + "/output.log";
    m_logFd = ::open(m_logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOCTTY, 0644);
    if (m_logFd < 0) {
        m_startedAt = m_finishedAt = realtimeMs();
        m_reason = "cannot open log '" + m_logPath + "': " + errnoText(errno);
        return writeStatus();
    }
    m_log = std::make_unique<LogWriter>(m_logFd);

    if (startChild())
        superviseChild();
    finish();
    return writeStatus();
}

bool Supervisor::setUpSignals()
{
    const sigset_t set = caughtSignals();
    if (sigprocmask(SIG_BLOCK, &set, nullptr) != 0)
        return false;
    m_signalFd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    // Writing to the log must never kill the supervisor (a log on a FIFO, say).
    signal(SIGPIPE, SIG_IGN);
    return m_signalFd >= 0;
}

bool Supervisor::startChild()
{
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    int reportPipe[2] = {-1, -1};
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const auto closeAll = [&] {
        for (int *fd : {&outPipe[0], &outPipe[1], &errPipe[0], &errPipe[1], &reportPipe[0],
                        &reportPipe[1]})
            closeFd(*fd);
        if (devNull >= 0)
            ::close(devNull);
    };
    if (devNull < 0 || pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0
        || pipe2(reportPipe, O_CLOEXEC) != 0) {
        m_reason = "cannot start the command: " + errnoText(errno);
        closeAll();
        m_startedAt = m_finishedAt = realtimeMs();
        m_log->note(m_reason, m_startedAt);
        return false;
    }

    m_startedAt = realtimeMs();
    const long long startedMono = monotonicMs();
    // fork, not posix_spawn: this process is tiny, and the child needs chdir and an error
    // report that tells a missing working directory from a missing command.
    const pid_t pid = fork();
    if (pid < 0) {
        m_reason = "cannot start the command: fork: " + errnoText(errno);
        closeAll();
        m_finishedAt = realtimeMs();
        m_log->note(m_reason, m_finishedAt);
        return false;
    }
    if (pid == 0)
        execChild(m_options, devNull, outPipe[1], errPipe[1], reportPipe[1]);

    // Set on both sides: whichever runs first, no signal can be sent to a group not yet made.
    setpgid(pid, pid);
    closeFd(outPipe[1]);
    closeFd(errPipe[1]);
    closeFd(reportPipe[1]);
    ::close(devNull);

    // EOF = exec succeeded (the CLOEXEC pipe closed); a record = why it did not.
    ExecFailure failure{};
    ssize_t n;
    do {
        n = ::read(reportPipe[0], &failure, sizeof failure);
    } while (n < 0 && errno == EINTR);
    closeFd(reportPipe[0]);

    if (n == static_cast<ssize_t>(sizeof failure)) {
        while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        closeFd(outPipe[0]);
        closeFd(errPipe[0]);
        m_reason = failureReason(m_options, failure);
        m_finishedAt = realtimeMs();
        m_log->note(m_reason, m_finishedAt);
        return false;
    }

    m_child = pid;
    m_outFd = outPipe[0];
    m_errFd = errPipe[0];
    fcntl(m_outFd, F_SETFL, O_NONBLOCK);
    fcntl(m_errFd, F_SETFL, O_NONBLOCK);
    if (m_options.timeoutMs > 0)
        m_timeoutAt = startedMono + m_options.timeoutMs;
    m_log->note("started: " + joinCommand(m_options.argv.data()) + " in pid " + std::to_string(pid),
                m_startedAt);
    m_log->flush();
    return true;
}

void Supervisor::superviseChild()
{
    bool groupKilled = false;
    for (;;) {
        const long long now = monotonicMs();
        const bool outputOpen = m_outFd >= 0 || m_errFd >= 0;
        if (!m_childExited) {
            if (m_ending == Ending::None && m_timeoutAt > 0 && now >= m_timeoutAt)
                beginTermination(Ending::TimedOut);
            if (m_termSent && !m_killSent && now >= m_killAt) {
                m_log->note("grace period of " + formatDuration(m_options.graceMs)
                                + " is over: sending SIGKILL to process group "
                                + std::to_string(m_child),
                            realtimeMs());
                sendToGroup(SIGKILL);
                m_killSent = true;
            }
        } else if (!groupKilled) {
            if (!outputOpen || now >= m_drainUntil) {
                if (outputOpen)
                    m_log->note("output still open after the command ended: killing process group "
                                    + std::to_string(m_child),
                                realtimeMs());
                // Whatever the command left running in its group ends with it. The group
                // leader is still an unreaped zombie, so its id cannot have been reused.
                sendToGroup(SIGKILL);
                groupKilled = true;
                if (!outputOpen)
                    break;
                m_drainUntil = now + DrainAfterKillMs;
            }
        } else if (!outputOpen || now >= m_drainUntil) {
            break;
        }
        // A log that cannot be written (disk full) fails the run: output nobody can read
        // must not pass for a success, and the command is stopped rather than left blind.
        if (!m_log->flush() && m_ending == Ending::None && !m_childExited)
            beginTermination(Ending::LogFailed);

        long long next = -1;
        if (!m_childExited) {
            if (m_ending == Ending::None && m_timeoutAt > 0)
                next = m_timeoutAt;
            if (m_termSent && !m_killSent)
                next = next < 0 ? m_killAt : std::min(next, m_killAt);
        } else {
            next = m_drainUntil;
        }
        const int timeout = next < 0 ? -1 : static_cast<int>(std::max(0LL, next - monotonicMs()));

        pollfd fds[3];
        nfds_t count = 0;
        fds[count++] = {m_signalFd, POLLIN, 0};
        const int outIndex = m_outFd >= 0 ? static_cast<int>(count) : -1;
        if (m_outFd >= 0)
            fds[count++] = {m_outFd, POLLIN, 0};
        const int errIndex = m_errFd >= 0 ? static_cast<int>(count) : -1;
        if (m_errFd >= 0)
            fds[count++] = {m_errFd, POLLIN, 0};

        if (::poll(fds, count, timeout) <= 0)
            continue; // timeout or EINTR: the deadlines are checked at the top
        const long long arrival = realtimeMs();
        // Bytes that arrived on both pipes since the last turn cannot be ordered: stdout
        // goes first (documented in logformat.h).
        if (outIndex >= 0 && fds[outIndex].revents != 0)
            readPipe(m_outFd, 'O', arrival);
        if (errIndex >= 0 && fds[errIndex].revents != 0)
            readPipe(m_errFd, 'E', arrival);
        if (fds[0].revents != 0)
            handleSignals();
    }
    // Pipes still held open by processes that left the group: keep what they wrote.
    if (m_outFd >= 0) {
        m_log->finishStream('O');
        closeFd(m_outFd);
    }
    if (m_errFd >= 0) {
        m_log->finishStream('E');
        closeFd(m_errFd);
    }
    m_log->flush();
}

void Supervisor::readPipe(int &fd, char stream, long long arrivalMs)
{
    static char buffer[64 * 1024];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
        m_log->append(stream, buffer, static_cast<size_t>(n), arrivalMs);
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    m_log->finishStream(stream);
    closeFd(fd);
}

void Supervisor::handleSignals()
{
    signalfd_siginfo info{};
    while (::read(m_signalFd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
        if ((info.ssi_signo == SIGTERM || info.ssi_signo == SIGINT) && !m_childExited
            && m_ending == Ending::None)
            beginTermination(Ending::Cancelled);
    }
    // SIGCHLD is not queued per child: look at every exited child whatever woke us.
    checkChild();
}

void Supervisor::checkChild()
{
    while (!m_childExited) {
        siginfo_t info{};
        if (waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) != 0 || info.si_pid == 0)
            return;
        if (info.si_pid == m_child) {
            // Left a zombie (WNOWAIT) until the end: it keeps the process group id taken,
            // so the final kill of the group cannot hit a stranger that reused the number.
            m_childExited = true;
            m_finishedAt = realtimeMs();
            // Noted now, so the log stays in time order when output drains after the exit.
            if (info.si_code == CLD_EXITED)
                m_log->note("exited with code " + std::to_string(info.si_status), m_finishedAt);
            else
                m_log->note("killed by signal " + std::to_string(info.si_status), m_finishedAt);
            m_drainUntil = monotonicMs() + DrainAfterExitMs;
            if (m_termSent && !m_killSent)
                m_drainUntil = std::max(m_drainUntil, m_killAt);
            return;
        }
        // An orphan of the command re-parented to us: reap it now so zombies do not pile up.
        waitpid(info.si_pid, nullptr, WNOHANG);
    }
}

void Supervisor::sendToGroup(int sig)
{
    if (m_child > 0)
        ::kill(-m_child, sig);
}

void Supervisor::beginTermination(Ending why)
{
    m_ending = why;
    const std::string group = std::to_string(m_child);
    if (why == Ending::TimedOut)
        m_log->note("timed out after " + formatDuration(m_options.timeoutMs)
                        + ": sending SIGTERM to process group " + group,
                    realtimeMs());
    else if (why == Ending::Cancelled)
        m_log->note("cancel requested: sending SIGTERM to process group " + group, realtimeMs());
    sendToGroup(SIGTERM);
    sendToGroup(SIGCONT); // a stopped process would otherwise not see the SIGTERM until killed
    m_termSent = true;
    m_killAt = monotonicMs() + std::max(0LL, m_options.graceMs);
}

void Supervisor::reapEverything()
{
    const long long deadline = monotonicMs() + ReapLimitMs;
    for (;;) {
        pid_t pid;
        while ((pid = waitpid(-1, nullptr, WNOHANG)) > 0) {
        }
        const bool noChildren = pid < 0 && errno == ECHILD;
        // ESRCH: not even a zombie of the group is left.
        if (::kill(-m_child, 0) != 0 && errno == ESRCH)
            return;
        if (noChildren || monotonicMs() >= deadline)
            return;
        pollfd pfd{m_signalFd, POLLIN, 0};
        ::poll(&pfd, 1, 10);
        signalfd_siginfo info{};
        while (::read(m_signalFd, &info, sizeof info) > 0) {
        }
    }
}

void Supervisor::finish()
{
    if (m_child > 0) {
        int status = 0;
        while (wait4(m_child, &status, 0, nullptr) < 0 && errno == EINTR) {
        }
        reapEverything();

        // Same facts as the note checkChild() wrote at the exit, now from the reaped status.
        std::string ended;
        if (WIFEXITED(status)) {
            m_exitCode = WEXITSTATUS(status);
            ended = "exited with code " + std::to_string(m_exitCode);
        } else if (WIFSIGNALED(status)) {
            m_signal = WTERMSIG(status);
            ended = "killed by signal " + std::to_string(m_signal);
        }
        const long long now = realtimeMs();
        if (m_finishedAt == 0)
            m_finishedAt = now;

        switch (m_ending) {
        case Ending::TimedOut:
            m_state = "timed_out";
            m_reason = "timed out after " + formatDuration(m_options.timeoutMs);
            m_log->note(m_reason, now);
            break;
        case Ending::Cancelled:
            m_state = "cancelled";
            m_reason = "cancelled";
            m_log->note(m_reason, now);
            break;
        case Ending::LogFailed:
        case Ending::None:
            m_state = WIFEXITED(status) && m_exitCode == 0 ? "succeeded" : "failed";
            if (m_state != "succeeded")
                m_reason = ended;
            break;
        }
        m_log->flush();
        if (m_log->hasFailed()) {
            m_state = "failed";
            m_reason = std::string("cannot write the log: ") + std::strerror(m_log->failureErrno());
        }
    }
    // Every child of ours is reaped by now (the command and the orphans re-parented to us),
    // so this is the CPU time of the process tree and the largest peak RSS in it.
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0) {
        m_cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
        m_peakRssKb = usage.ru_maxrss;
    }
    m_log->flush();
    // No fsync here or below: what the status file guards against is the engine dying, and the
    // page cache outlives any process. After a power loss the attempt is lost and retried like
    // any other (the engine's own SQLite commits are not synced one by one either), and three
    // syncs per run would cost more than the run itself on a busy disk.
}

int Supervisor::writeStatus()
{
    long long logSize = 0;
    struct stat st{};
    if (m_logFd >= 0 && fstat(m_logFd, &st) == 0)
        logSize = st.st_size;
    std::string reason = m_reason;
    std::replace(reason.begin(), reason.end(), '\n', ' ');

    std::string text;
    const auto put = [&text](const char *key, const std::string &value) {
        text += key;
        text += '=';
        text += value;
        text += '\n';
    };
    put("state", m_state);
    put("exit_code", std::to_string(m_exitCode));
    put("signal", std::to_string(m_signal));
    put("started_at", std::to_string(m_startedAt));
    put("finished_at", std::to_string(m_finishedAt));
    put("cpu_ms", std::to_string(m_cpuMs));
    put("peak_rss_kb", std::to_string(m_peakRssKb));
    put("log_size", std::to_string(logSize));
    put("pgid", std::to_string(m_child));
    put("reason", reason);

    // Atomic by rename: a reader sees the whole file or none, even if we die halfway.
    const std::string tmpPath = m_options.attemptDir + "/status.tmp";
    const std::string path = m_options.attemptDir + "/status";
    const int fd = ::open(tmpPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return ExitNoStatus;
    const bool written = writeAll(fd, text);
    ::close(fd);
    if (!written || ::rename(tmpPath.c_str(), path.c_str()) != 0) {
        ::unlink(tmpPath.c_str());
        return ExitNoStatus;
    }
    return ExitStatusWritten;
}

} // namespace TaktSupervisor
