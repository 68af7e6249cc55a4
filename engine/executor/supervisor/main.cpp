// takt-supervisor: runs one attempt of a Takt job on behalf of the engine and outlives it.
// No Qt, no iostream: a small static program the engine can posix_spawn cheaply.
//
//   takt-supervisor --dir ATTEMPT_DIR [--workdir DIR] [--timeout-ms N] [--grace-ms N] -- COMMAND [ARG]...
//   takt-supervisor --spare PADDING      (the same, with everything read from stdin: sparerequest.h)
//
// The command gets the supervisor's own environment (a spare: the one in its request). See
// supervisor.h for what it does and engine/executor/statusfile.h for the status file it
// leaves in ATTEMPT_DIR.

#include "sparerequest.h"
#include "supervisor.h"
#include "sysutil.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace TaktSupervisor;

namespace {

int usage(const char *problem)
{
    std::string text = "takt-supervisor: ";
    text += problem;
    text += "\nusage: takt-supervisor --dir ATTEMPT_DIR [--workdir DIR] [--timeout-ms N] "
            "[--grace-ms N] -- COMMAND [ARG]...\n";
    writeAll(STDERR_FILENO, text);
    return ExitUsage;
}

bool parseMs(const char *text, long long &out)
{
    char *end = nullptr;
    errno = 0;
    const long long value = std::strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < 0)
        return false;
    out = value;
    return true;
}

// Reads exactly `size` bytes from fd 0; false on EOF or error before that.
bool readExactly(char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(STDIN_FILENO, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Writes "--dir DIR -- COMMAND..." over the argument area after argv[0] (as much as fits, the
// rest zeroed): /proc/<pid>/cmdline is what an engine that lost the pid searches for.
void showArguments(int argc, char **argv, const Options &options)
{
    char *const begin = argv[1];
    char *const end = argv[argc - 1] + std::strlen(argv[argc - 1]); // keep the final NUL
    std::string text = "--dir";
    text += '\0';
    text += options.attemptDir;
    text += '\0';
    text += "--";
    for (char *arg : options.argv) {
        if (arg) {
            text += '\0';
            text += arg;
        }
    }
    const size_t room = size_t(end - begin);
    const size_t size = std::min(text.size(), room);
    std::memcpy(begin, text.data(), size);
    std::memset(begin + size, 0, room - size);
}

// A spare: started ahead of time, it waits for its one request on stdin, then is an ordinary
// supervisor for that attempt.
int runSpare(int argc, char **argv)
{
    // The engine that started this spare; it hands over requests and records their pids.
    const pid_t engine = getppid();
    char header[8];
    if (!readExactly(header, sizeof header))
        return ExitStatusWritten; // the engine closed it unused: nothing to do, nothing to record
    std::uint32_t size = 0;
    std::memcpy(&size, header + 4, sizeof size);
    if (std::memcmp(header, SpareMagic, sizeof SpareMagic) != 0 || size == 0 || size > SpareMaxPayload)
        return usage("malformed spare request");
    // Kept for the whole run: the options point into it.
    static std::vector<char> payload;
    payload.resize(size);
    if (!readExactly(payload.data(), size))
        return ExitStatusWritten; // incomplete: the engine gave up on this spare
    if (payload.back() != '\0')
        return usage("malformed spare request");

    std::vector<char *> fields;
    for (size_t at = 0; at < payload.size(); at += std::strlen(payload.data() + at) + 1)
        fields.push_back(payload.data() + at);
    Options options;
    long long argCount = 0;
    if (fields.size() < 6 || !parseMs(fields[2], options.timeoutMs) || !parseMs(fields[3], options.graceMs)
        || !parseMs(fields[4], argCount) || argCount < 1 || fields.size() < size_t(5 + argCount))
        return usage("malformed spare request");
    options.attemptDir = fields[0];
    options.workDir = fields[1];
    if (options.attemptDir.empty() || fields[5][0] == '\0')
        return usage("malformed spare request");
    for (long long i = 0; i < argCount; ++i)
        options.argv.push_back(fields[size_t(5 + i)]);
    options.argv.push_back(nullptr);
    static std::vector<char *> environment;
    environment.assign(fields.begin() + 5 + argCount, fields.end());
    environment.push_back(nullptr);
    options.environment = environment.data();

    // An engine killed after writing the request never recorded this attempt as started: the
    // next engine finds its directory without a log and queues the run again, so starting it
    // here too would run it twice.
    if (getppid() != engine)
        return ExitStatusWritten;
    if (argc >= 3)
        showArguments(argc, argv, options);
    // The request is read: stdin goes back to /dev/null, as for a supervisor started directly.
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (devNull >= 0 && devNull != STDIN_FILENO) {
        dup2(devNull, STDIN_FILENO);
        ::close(devNull);
    }
    return Supervisor(std::move(options)).run();
}

} // namespace

int main(int argc, char **argv)
{
    // Start from a clean descriptor table: 0-2 open (on /dev/null if the caller closed
    // them, so the pipes made later never land there), nothing else inherited.
    for (int fd = 0; fd <= 2; ++fd) {
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF)
            ::open("/dev/null", O_RDWR);
    }
    close_range(3, ~0U, 0);

    if (argc >= 2 && std::strcmp(argv[1], SpareOption) == 0)
        return runSpare(argc, argv);

    Options options;
    int i = 1;
    for (; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0) {
            ++i;
            break;
        }
        if (i + 1 >= argc)
            return usage("missing value or command after the options");
        const char *value = argv[++i];
        if (std::strcmp(arg, "--dir") == 0)
            options.attemptDir = value;
        else if (std::strcmp(arg, "--workdir") == 0)
            options.workDir = value;
        else if (std::strcmp(arg, "--timeout-ms") == 0) {
            if (!parseMs(value, options.timeoutMs))
                return usage("--timeout-ms needs a number of milliseconds");
        } else if (std::strcmp(arg, "--grace-ms") == 0) {
            if (!parseMs(value, options.graceMs))
                return usage("--grace-ms needs a number of milliseconds");
        } else {
            return usage("unknown option");
        }
    }
    if (options.attemptDir.empty())
        return usage("--dir is required");
    if (i >= argc || argv[i][0] == '\0')
        return usage("no command after --");
    for (; i < argc; ++i)
        options.argv.push_back(argv[i]);
    options.argv.push_back(nullptr);

    return Supervisor(std::move(options)).run();
}
