// takt-supervisor: runs one attempt of a Takt job on behalf of the engine and outlives it.
// No Qt, no iostream: a small static program the engine can posix_spawn cheaply.
//
//   takt-supervisor --dir ATTEMPT_DIR [--workdir DIR] [--timeout-ms N] [--grace-ms N] -- COMMAND [ARG]...
//
// The command gets the supervisor's own environment. See supervisor.h for what it does and
// engine/executor/statusfile.h for the status file it leaves in ATTEMPT_DIR.

#include "supervisor.h"
#include "sysutil.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

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
