#pragma once
// Small helpers shared by the engine benchmarks: clocks, percentiles, the result table, and
// the bare process-spawn loops that give the physical limit a benchmark is compared with.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Bench {

inline double monoSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

/// Wall clock (what the engine schedules by) in nanoseconds since the epoch.
inline long long realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1'000'000'000LL + ts.tv_nsec;
}

/// Writes back what earlier steps left dirty and lets the disk settle, so that their writeback
/// (and on some disks, their discards) does not fall into the next measurement. Not timed.
inline void settle()
{
    ::sync();
    usleep(200'000);
}

/// CPU seconds (user + system) of the calling thread so far.
inline double threadCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
    size_t count = 0;
};

/// Nearest-rank percentiles of `values` (any unit).
inline Percentiles percentiles(std::vector<double> values)
{
    Percentiles p;
    p.count = values.size();
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    const auto rank = [&](double q) {
        const size_t i = size_t(std::ceil(q * double(values.size()))) - 1;
        return values[std::min(i, values.size() - 1)];
    };
    p.p50 = rank(0.50);
    p.p99 = rank(0.99);
    p.max = values.back();
    return p;
}

/// One line of a benchmark's result table: what was measured, its limit, the target, PASS/MISS.
struct Row
{
    std::string figure;
    std::string measured;
    std::string limit;
    std::string target;
    int verdict = -1; ///< 1 PASS, 0 MISS, -1 information only
};

inline std::string fmt(const char *format, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

inline void printTable(const char *title, const std::vector<Row> &rows)
{
    size_t w0 = 6, w1 = 8, w2 = 5, w3 = 6;
    for (const Row &r : rows) {
        w0 = std::max(w0, r.figure.size());
        w1 = std::max(w1, r.measured.size());
        w2 = std::max(w2, r.limit.size());
        w3 = std::max(w3, r.target.size());
    }
    std::printf("\n== %s ==\n", title);
    std::printf("%-*s  %-*s  %-*s  %-*s  %s\n", int(w0), "figure", int(w1), "measured", int(w2), "limit",
                int(w3), "target", "verdict");
    for (const Row &r : rows)
        std::printf("%-*s  %-*s  %-*s  %-*s  %s\n", int(w0), r.figure.c_str(), int(w1), r.measured.c_str(),
                    int(w2), r.limit.c_str(), int(w3), r.target.c_str(),
                    r.verdict == 1 ? "PASS" : r.verdict == 0 ? "MISS" : "-");
    std::fflush(stdout);
}

/// Spawns `argsOf(i)` for i = 0 .. count-1 with posix_spawn, keeping `inFlight` children alive at
/// once, and reaps each with waitpid. Returns spawns per second (0 on error). The caller must have
/// no other children running: finished children are reaped with waitpid(-1).
template<typename ArgsOf>
double spawnRateOf(ArgsOf argsOf, int count, int inFlight)
{
    int started = 0, reaped = 0, running = 0;
    const double t0 = monoSeconds();
    while (reaped < count) {
        while (running < inFlight && started < count) {
            const std::vector<std::string> args = argsOf(started);
            std::vector<char *> argv;
            for (const std::string &a : args)
                argv.push_back(const_cast<char *>(a.c_str()));
            argv.push_back(nullptr);
            pid_t pid = 0;
            if (const int rc = posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ); rc != 0) {
                std::fprintf(stderr, "posix_spawn %s: %s\n", argv[0], std::strerror(rc));
                return 0;
            }
            ++started;
            ++running;
        }
        int status = 0;
        if (waitpid(-1, &status, 0) < 0) {
            if (errno == EINTR)
                continue;
            std::perror("waitpid");
            return 0;
        }
        --running;
        ++reaped;
    }
    return count / (monoSeconds() - t0);
}

/// posix_spawn + waitpid of one fixed command line.
inline double spawnRate(const std::vector<std::string> &args, int count, int inFlight)
{
    return spawnRateOf([&](int) { return args; }, count, inFlight);
}

/// The same with fork + execv, one at a time, for at most `maxCount` children or `maxSeconds`:
/// what a large process pays when it forks (QProcess does).
inline double forkRate(const char *path, int maxCount, double maxSeconds)
{
    const double t0 = monoSeconds();
    int n = 0;
    while (n < maxCount && monoSeconds() - t0 < maxSeconds) {
        const pid_t pid = fork();
        if (pid == 0) {
            char *const argv[] = {const_cast<char *>(path), nullptr};
            execv(path, argv);
            _exit(127);
        }
        if (pid < 0)
            return 0;
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        ++n;
    }
    return n / (monoSeconds() - t0);
}

/// A temporary directory (under $TMPDIR, else /tmp) kept until removeTempDirs().
inline std::vector<std::unique_ptr<QTemporaryDir>> &tempDirs()
{
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    return dirs;
}

inline QString newTempDir(const char *name)
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + QLatin1String(name) + QStringLiteral("-XXXXXX"));
    if (!dir->isValid())
        qFatal("cannot create a temporary directory in %s", qPrintable(QDir::tempPath()));
    dir->setAutoRemove(false); // removeTempDirs() does it
    const QString path = dir->path();
    tempDirs().push_back(std::move(dir));
    return path;
}

/// The lock a background removal holds until it is done (see removeTempDirs()).
inline QByteArray cleanupLockPath()
{
    return QFile::encodeName(QDir::tempPath() + QStringLiteral("/takt-bench-cleanup.lock"));
}

/// Called first: waits until the removal an earlier benchmark left running in the background
/// is done, so its disk I/O does not fall into this benchmark's measurements.
inline void waitForEarlierCleanup()
{
    const int fd = ::open(cleanupLockPath().constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        std::printf("waiting for an earlier benchmark's temporary directories to be removed...\n");
        std::fflush(stdout);
        flock(fd, LOCK_EX);
    }
    ::close(fd);
}

/// Called last, after the results are printed. Removing thousands of attempt directories can
/// take from under a second to a minute on this kind of disk (the time goes to the disk's
/// discards), so a detached `rm -rf` does it while the lock of waitForEarlierCleanup() is held.
/// TAKT_BENCH_KEEP=1 keeps them instead, to look at what the engine wrote.
inline void removeTempDirs()
{
    std::vector<std::string> paths;
    for (const auto &dir : tempDirs())
        paths.push_back(QFile::encodeName(dir->path()).toStdString());
    tempDirs().clear();
    if (paths.empty())
        return;
    if (qEnvironmentVariableIsSet("TAKT_BENCH_KEEP")) {
        for (const std::string &p : paths)
            std::printf("kept %s\n", p.c_str());
        return;
    }
    // Not CLOEXEC: rm inherits the locked descriptor, so the lock lasts as long as rm runs.
    const int fd = ::open(cleanupLockPath().constData(), O_RDWR | O_CREAT, 0644);
    if (fd >= 0)
        flock(fd, LOCK_EX);
    std::vector<char *> argv{const_cast<char *>("/bin/rm"), const_cast<char *>("-rf"), const_cast<char *>("--")};
    for (std::string &p : paths)
        argv.push_back(p.data());
    argv.push_back(nullptr);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, &attr, argv.data(), environ) == 0)
        std::printf("removing %zu temporary directories in the background (pid %d; the next benchmark waits for it)\n",
                    paths.size(), int(pid));
    posix_spawnattr_destroy(&attr);
    std::fflush(stdout);
}

} // namespace Bench
