// bench_spawnfloors: what process starts alone cost on this machine, before any engine, store or
// log: the floors under bench_dispatch's throughput figure, each beside the bare spawn rate
// (the target's reference) measured in the same run, 2 and 8 at a time.
//
//   bare      posix_spawn(/bin/true) + waitpid: the reference.
//   exec      posix_spawn of this (small, static) program doing nothing: the price of one more
//             exec per run, i.e. of a per-run supervisor started as a program of its own.
//   resident  this process forks a child that posix_spawns /bin/true and waits for it: a per-run
//             supervisor without an exec of its own (forked from a small resident parent), with
//             no files at all.
//   +files    the same child also makes the attempt directory, opens output.log and writes the
//             status file (tmp + rename), in $TMPDIR (default /tmp), as takt-supervisor does.
// CPU per run is this process's and its children's (user + system) divided by the runs.
// Plain C++ and POSIX, linked statically where possible, so that the fork really is of a small
// process. Data in $TMPDIR/bench_spawnfloors-PID, removed at the end.
//
//   bench_spawnfloors [--runs N]      N runs per figure (default 3000)

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

double monoSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double cpuSeconds()
{
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        getrusage(who, &u);
        total += double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
    }
    return total;
}

struct Figure
{
    double perSec = 0;
    double cpuPerRunUs = 0;
};

pid_t spawn(const char *path, char *const argv[])
{
    pid_t pid = 0;
    if (posix_spawn(&pid, path, nullptr, nullptr, argv, environ) != 0) {
        std::perror("posix_spawn");
        std::exit(1);
    }
    return pid;
}

bool writeFile(const std::string &path, const std::string &text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    return ::close(fd) == 0 && ok;
}

// The forked child of "resident": a supervisor that starts /bin/true and waits; with `dir`,
// it also leaves the attempt's files.
[[noreturn]] void superviseTrue(const std::string &dir)
{
    char *const argv[] = {const_cast<char *>("/bin/true"), nullptr};
    int log = -1;
    if (!dir.empty()) {
        if (::mkdir(dir.c_str(), 0755) != 0)
            _exit(2);
        log = ::open((dir + "/output.log").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (log < 0)
            _exit(2);
    }
    int status = 0;
    const pid_t child = spawn(argv[0], argv);
    while (::waitpid(child, &status, 0) < 0) {
    }
    if (!dir.empty()) {
        const std::string text = "state=succeeded\nexit_code=" + std::to_string(WEXITSTATUS(status)) + "\n";
        if (!writeFile(dir + "/status.tmp", text) || ::rename((dir + "/status.tmp").c_str(), (dir + "/status").c_str()) != 0)
            _exit(2);
        ::close(log);
    }
    _exit(0);
}

enum class Kind { Bare, Exec, Resident, ResidentFiles };

Figure measure(Kind kind, int runs, int inFlight, const char *self, const std::string &base)
{
    char *const trueArgv[] = {const_cast<char *>("/bin/true"), nullptr};
    char *const noopArgv[] = {const_cast<char *>(self), const_cast<char *>("--noop"), nullptr};
    static int round = 0;
    const std::string roundDir = base + "/" + std::to_string(++round);
    if (kind == Kind::ResidentFiles)
        ::mkdir(roundDir.c_str(), 0755);
    const double cpu0 = cpuSeconds();
    const double t0 = monoSeconds();
    int started = 0, running = 0, done = 0;
    while (done < runs) {
        while (running < inFlight && started < runs) {
            switch (kind) {
            case Kind::Bare:
                spawn(trueArgv[0], trueArgv);
                break;
            case Kind::Exec:
                spawn(self, noopArgv);
                break;
            case Kind::Resident:
            case Kind::ResidentFiles: {
                const std::string dir = kind == Kind::ResidentFiles ? roundDir + "/" + std::to_string(started) : std::string();
                const pid_t pid = ::fork();
                if (pid == 0)
                    superviseTrue(dir);
                if (pid < 0) {
                    std::perror("fork");
                    std::exit(1);
                }
                break;
            }
            }
            ++started;
            ++running;
        }
        int status = 0;
        if (::wait(&status) > 0) {
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                std::fprintf(stderr, "bench_spawnfloors: a run failed (status %d)\n", status);
                std::exit(1);
            }
            --running;
            ++done;
        }
    }
    Figure figure;
    figure.perSec = runs / (monoSeconds() - t0);
    figure.cpuPerRunUs = (cpuSeconds() - cpu0) * 1e6 / runs;
    return figure;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "--noop") == 0)
        return 0;
    int runs = 3000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(100, std::atoi(argv[i + 1]));
    }
    const char *tmp = std::getenv("TMPDIR");
    const std::string base = std::string(tmp && *tmp ? tmp : "/tmp") + "/bench_spawnfloors-" + std::to_string(getpid());
    if (::mkdir(base.c_str(), 0755) != 0) {
        std::perror(base.c_str());
        return 1;
    }
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return 1;
    self[n] = '\0';

    std::printf("bench_spawnfloors: %d runs per figure, %ld cores, files in %s\n\n", runs, sysconf(_SC_NPROCESSORS_ONLN),
                base.c_str());
    std::printf("%-78s %-12s %-14s %s\n", "figure", "measured", "CPU per run", "/ bare spawn (same run)");
    for (int inFlight : {2, 8}) {
        // Bare before and after the others; the better of the two is the reference.
        const Figure bare1 = measure(Kind::Bare, runs, inFlight, self, base);
        const Figure exec = measure(Kind::Exec, runs, inFlight, self, base);
        const Figure resident = measure(Kind::Resident, runs, inFlight, self, base);
        ::sync();
        const Figure files = measure(Kind::ResidentFiles, runs, inFlight, self, base);
        const Figure bare2 = measure(Kind::Bare, runs, inFlight, self, base);
        const Figure bare = bare1.perSec >= bare2.perSec ? bare1 : bare2;
        const auto row = [&](const char *what, const Figure &f) {
            char label[128];
            std::snprintf(label, sizeof label, "%s, %d at a time", what, inFlight);
            std::printf("%-78s %7.0f/s    %6.0f us      %.2f\n", label, f.perSec, f.cpuPerRunUs, f.perSec / bare.perSec);
        };
        row("limit: posix_spawn(/bin/true)+waitpid (bare)", bare);
        row("posix_spawn of a static no-op program (one more exec per run)", exec);
        row("resident process forks a supervisor that spawns /bin/true", resident);
        row("  the same, the supervisor also writing dir, output.log, status", files);
    }
    std::printf("\n0.7 x bare leaves (1/0.7 - 1) x bare's CPU per run for everything a run needs beyond "
                "the process start\n");
    const std::string remove = "rm -rf '" + base + "'";
    return std::system(remove.c_str()) == 0 ? 0 : 1;
}
