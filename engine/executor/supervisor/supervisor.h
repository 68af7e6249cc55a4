#pragma once
// takt-supervisor's work for one attempt: start the command in its own process group,
// log its output, enforce the timeout and cancellation, and record how it ended in
// <attemptDir>/status (format: engine/executor/statusfile.h). Plain C++/POSIX, no Qt.

#include "logwriter.h"

#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace TaktSupervisor {

struct Options
{
    std::string attemptDir;
    std::string workDir;          ///< empty = stay in the inherited working directory
    long long timeoutMs = 0;      ///< 0 = none
    long long graceMs = 10'000;   ///< SIGTERM to the group, SIGKILL this long after
    std::vector<char *> argv;     ///< the command, null-terminated
    char **environment = nullptr; ///< the command's, null-terminated; null = the supervisor's own
};

/// Exit codes of takt-supervisor (the engine reads them when the status file is missing).
enum ExitCode {
    ExitStatusWritten = 0,   ///< <attemptDir>/status holds the outcome, whatever it is
    ExitUsage = 2,           ///< bad arguments; nothing was started
    ExitNoStatus = 3,        ///< the attempt dir is unusable: neither log nor status written
};

class Supervisor
{
public:
    explicit Supervisor(Options options);
    ~Supervisor();

    /// Does the whole attempt and returns the process exit code (ExitCode).
    int run();

private:
    enum class Ending { None, TimedOut, Cancelled, LogFailed };

    bool setUpSignals();
    bool startChild();
    void superviseChild();
    void readPipe(int &fd, char stream, long long arrivalMs);
    void handleSignals();
    void checkChild();
    void sendToGroup(int sig);
    void beginTermination(Ending why);
    void reapEverything();
    void finish();
    int writeStatus();

    Options m_options;
    std::string m_logPath;
    int m_logFd = -1;
    int m_signalFd = -1;
    int m_outFd = -1;
    int m_errFd = -1;
    std::unique_ptr<LogWriter> m_log;

    pid_t m_child = 0;            ///< also the id of its process group
    bool m_childExited = false;   ///< seen with WNOWAIT: still a zombie holding the group id
    Ending m_ending = Ending::None;
    bool m_termSent = false;
    bool m_killSent = false;
    long long m_timeoutAt = 0;    ///< monotonic ms; 0 = none
    long long m_killAt = 0;
    long long m_drainUntil = 0;

    // The outcome, as written to the status file.
    std::string m_state = "failed";
    int m_exitCode = -1;
    int m_signal = 0;
    long long m_startedAt = 0;
    long long m_finishedAt = 0;
    long long m_cpuMs = 0;
    long long m_peakRssKb = 0;
    std::string m_reason;
};

} // namespace TaktSupervisor
