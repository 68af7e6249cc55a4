// bench_dispatch: how fast a real EngineCore turns due runs into finished processes.
//
// N jobs "@at <instant>" (command /bin/true) are made on a temporary data directory with a
// ManualClock just before that instant; setting the clock to it fires them all in one tick.
// Timed: from that tick (every run created and queued in it) to the moment the last run is
// reported final (runChanged, which the engine emits only after the state is committed). Every
// state change goes through the SQLite store as in production (WAL, synchronous=NORMAL), every
// run through takt-supervisor. Commits are counted with EngineCore::storeCommitCount().
// Configurations: 2 and 8 slots; then both again with the process holding 512 MB of touched
// memory (malloc + memset): spawning must not get slower with the engine's size (judged on the
// engine thread's CPU time per run, which holds the parent's side of every posix_spawn and moves
// far less than runs/s with the load others put on the machine).
//
// The limits, measured in the same process and phase, at the same number of children in flight
// as the engine has slots (the disk is synced and left to settle between measurements):
//   - posix_spawn(/bin/true) + waitpid, the bare spawn rate (the target's reference), measured
//     before and after the engine run, the better of the two;
//   - posix_spawn(takt-supervisor --dir D -- /bin/true) + waitpid: two processes per run, the
//     floor of the supervisor design, whatever the engine does;
//   - the floor of a shared runner (one long-lived process starting every run, the design the
//     README weighs against the supervisor): this process posix_spawns /bin/true with stdout and
//     stderr on pipes, polls the pipes and the pidfds, and per run makes the attempt directory and
//     writes output.log and the status file (tmp + rename) as the supervisor does. Shown with the
//     CPU it spends per run and the CPU of the commands themselves, which together with the
//     engine thread's CPU per run tell what 2 cores can reach at all.
// Also shown: posix_spawn one at a time, and fork+exec one at a time (what a forking engine,
// e.g. one using QProcess, would pay at 512 MB).
//
//   bench_dispatch [--runs N]          N runs per configuration (default 1000; the full-size
//                                      figure is --runs 5000: 30-40 s on an idle machine,
//                                      minutes on a busy one)
//   bench_dispatch --engine-only S [--runs N] [--ballast-mb M]
//                                      one engine run with S slots (and M MB touched), for profiling
//   bench_dispatch --runner-only S [--runs N]
//                                      the bare spawn loop and the shared runner's floor, S at a time
// Data goes to $TMPDIR (default /tmp), removed in the background at the end (benchutil.h);
// TAKT_BENCH_KEEP=1 keeps it.

#include "benchutil.h"

#include <engine/core/clock.h>
#include <engine/executor/processexecutor.h>
#include <engine/scheduler/enginecore.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

#include <poll.h>
#include <sys/stat.h>
#include <sys/syscall.h>

using namespace Takt;

namespace {

struct EngineFigures
{
    double runsPerSec = 0;
    double commitsPerRun = 0;
    double fireSeconds = 0; ///< the tick that created and queued every run (before any ended)
    double cpuPerRunUs = 0; ///< CPU time of the engine thread per run (user + system)
    int succeeded = 0;
    int finished = 0;
};

EngineFigures runEngine(int slotCount, int runCount, const QString &supervisorPath)
{
    EngineFigures figures;
    const QString dirPath = Bench::newTempDir("bench_dispatch");
    const qint64 start = QDateTime(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    ManualClock clock(start);
    EngineCore::Options options;
    options.dataDir = dirPath;
    options.clock = &clock;
    options.slotCount = slotCount;
    options.supervisorPath = supervisorPath;
    options.timeZone = QStringLiteral("UTC");
    EngineCore core(options);
    if (const auto started = core.start(); !started.isOk())
        qFatal("engine did not start: %s", qPrintable(started.error().toString()));

    // All due at 10:01:00 UTC: one tick makes every run.
    for (int i = 0; i < runCount; ++i) {
        JobSpec spec;
        spec.name = QStringLiteral("noop-%1").arg(i);
        spec.schedule = QStringLiteral("@at 2026-06-01T10:01:00Z");
        spec.timeZone = QStringLiteral("UTC");
        spec.command = {QStringLiteral("/bin/true")};
        if (const auto job = core.createJob(spec); !job.isOk())
            qFatal("createJob: %s", qPrintable(job.error().toString()));
    }

    QEventLoop loop;
    QObject::connect(&core, &EngineCore::runChanged, &loop, [&](const RunRecord &run) {
        if (!isFinal(run.state))
            return;
        ++figures.finished;
        if (run.state == RunState::Succeeded)
            ++figures.succeeded;
        if (figures.finished == runCount)
            loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        std::fprintf(stderr, "bench_dispatch: only %d of %d runs ended within 120 s\n", figures.finished, runCount);
        loop.quit();
    });

    const qint64 commitsBefore = core.storeCommitCount();
    const double cpu0 = Bench::threadCpuSeconds();
    const double t0 = Bench::monoSeconds();
    clock.set(start + 60'000); // the tick: fires every job, queues every run, starts `slotCount`
    figures.fireSeconds = Bench::monoSeconds() - t0;
    if (figures.finished < runCount) {
        guard.start(120'000);
        loop.exec();
    }
    const double elapsed = Bench::monoSeconds() - t0;
    figures.cpuPerRunUs = (Bench::threadCpuSeconds() - cpu0) * 1e6 / std::max(1, figures.finished);
    const qint64 commits = core.storeCommitCount() - commitsBefore;
    figures.runsPerSec = figures.finished / elapsed;
    figures.commitsPerRun = figures.finished > 0 ? double(commits) / figures.finished : 0;
    core.stop();
    return figures;
}

/// posix_spawn(takt-supervisor --dir D -- /bin/true) + waitpid, as the engine calls it: an
/// attempt directory of its own, the work dir, the kill grace.
double supervisorRate(const QString &supervisorPath, int inFlight, int count)
{
    const QString dirPath = Bench::newTempDir("bench_dispatch-sup");
    const std::string base = QFile::encodeName(dirPath).toStdString();
    const std::string sup = QFile::encodeName(supervisorPath).toStdString();
    return Bench::spawnRateOf(
        [&](int i) {
            return std::vector<std::string>{sup, "--dir", base + "/" + std::to_string(i), "--workdir", base,
                                            "--grace-ms", "10000", "--", "/bin/true"};
        },
        count, inFlight);
}

struct RunnerFigures
{
    double runsPerSec = 0;
    double ownCpuPerRunUs = 0;     ///< the runner loop's own CPU per run
    double commandCpuPerRunUs = 0; ///< /bin/true's CPU per run (exec, exit; as the kernel counts it)
};

/// The shared-runner floor (see the file comment); `inFlight` commands at a time.
RunnerFigures runnerFloor(int inFlight, int count)
{
    struct Child
    {
        pid_t pid = 0;
        int pidFd = -1;
        int out = -1;
        int err = -1;
        int log = -1;
        std::string dir;
    };
    const std::string base = QFile::encodeName(Bench::newTempDir("bench_dispatch-runner")).toStdString();
    const auto cpuOf = [](int who) {
        rusage u{};
        getrusage(who, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
    };
    const double own0 = cpuOf(RUSAGE_SELF);
    const double children0 = cpuOf(RUSAGE_CHILDREN);
    const double t0 = Bench::monoSeconds();
    std::vector<Child> running;
    char *const argv[] = {const_cast<char *>("/bin/true"), nullptr};
    int started = 0, done = 0;
    static char buffer[64 * 1024];
    while (done < count) {
        while (int(running.size()) < inFlight && started < count) {
            Child c;
            c.dir = base + "/" + std::to_string(started / 1000) + "/" + std::to_string(started);
            ::mkdir((base + "/" + std::to_string(started / 1000)).c_str(), 0755);
            if (::mkdir(c.dir.c_str(), 0755) != 0)
                return {};
            c.log = ::open((c.dir + "/output.log").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
            int out[2], err[2];
            if (c.log < 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
                return {};
            posix_spawn_file_actions_t actions;
            posix_spawn_file_actions_init(&actions);
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
            posix_spawn_file_actions_adddup2(&actions, out[1], 1);
            posix_spawn_file_actions_adddup2(&actions, err[1], 2);
            posix_spawn_file_actions_addchdir_np(&actions, base.c_str());
            posix_spawnattr_t attr;
            posix_spawnattr_init(&attr);
            posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
            posix_spawnattr_setpgroup(&attr, 0);
            const int rc = posix_spawn(&c.pid, argv[0], &actions, &attr, argv, environ);
            posix_spawn_file_actions_destroy(&actions);
            posix_spawnattr_destroy(&attr);
            ::close(out[1]);
            ::close(err[1]);
            if (rc != 0)
                return {};
            c.out = out[0];
            c.err = err[0];
            c.pidFd = int(::syscall(SYS_pidfd_open, c.pid, 0u));
            char line[128];
            const int n = std::snprintf(line, sizeof line, "2026-06-01T10:01:00.000Z T started: /bin/true in pid %d\n",
                                        int(c.pid));
            if (::write(c.log, line, size_t(n)) != n)
                return {};
            running.push_back(c);
            ++started;
        }
        std::vector<pollfd> fds;
        for (const Child &c : running) {
            fds.push_back({c.pidFd, POLLIN, 0});
            fds.push_back({c.out, c.out >= 0 ? short(POLLIN) : short(0), 0});
            fds.push_back({c.err, c.err >= 0 ? short(POLLIN) : short(0), 0});
        }
        if (::poll(fds.data(), fds.size(), -1) < 0)
            continue;
        for (size_t i = running.size(); i-- > 0;) {
            Child &c = running[i];
            for (int *fd : {&c.out, &c.err}) {
                const pollfd &p = fds[i * 3 + (fd == &c.out ? 1 : 2)];
                if (*fd >= 0 && p.revents != 0 && ::read(*fd, buffer, sizeof buffer) <= 0) {
                    ::close(*fd);
                    *fd = -1;
                }
            }
            if (fds[i * 3].revents == 0 || c.out >= 0 || c.err >= 0)
                continue;
            siginfo_t info{};
            ::waitid(idtype_t(3) /* P_PIDFD */, id_t(c.pidFd), &info, WEXITED);
            ::close(c.pidFd);
            char line[128];
            const int n = std::snprintf(line, sizeof line, "2026-06-01T10:01:00.001Z T exited with code %d\n",
                                        info.si_status);
            struct stat st{};
            if (::write(c.log, line, size_t(n)) != n || ::fstat(c.log, &st) != 0)
                return {};
            ::close(c.log);
            const std::string status = "state=succeeded\nexit_code=0\nsignal=0\nstarted_at=1\nfinished_at=2\ncpu_ms=0\n"
                                       "peak_rss_kb=0\nlog_size=" + std::to_string(st.st_size) + "\npgid=" +
                                       std::to_string(c.pid) + "\nreason=\n";
            const int fd = ::open((c.dir + "/status.tmp").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (fd < 0 || ::write(fd, status.data(), status.size()) != ssize_t(status.size()))
                return {};
            ::close(fd);
            if (::rename((c.dir + "/status.tmp").c_str(), (c.dir + "/status").c_str()) != 0)
                return {};
            running.erase(running.begin() + qsizetype(i));
            ++done;
        }
    }
    RunnerFigures figures;
    figures.runsPerSec = count / (Bench::monoSeconds() - t0);
    figures.ownCpuPerRunUs = (cpuOf(RUSAGE_SELF) - own0) * 1e6 / count;
    figures.commandCpuPerRunUs = (cpuOf(RUSAGE_CHILDREN) - children0) * 1e6 / count;
    return figures;
}

// Keeps the big block alive and touched, so the compiler cannot drop it.
volatile char *g_ballast = nullptr;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::waitForEarlierCleanup();
    int runCount = 1000;
    int onlySlots = 0;
    int ballastMb = 0;
    int runnerSlots = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0)
            runCount = std::max(10, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--engine-only") == 0)
            onlySlots = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--runner-only") == 0)
            runnerSlots = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--ballast-mb") == 0)
            ballastMb = std::max(0, std::atoi(argv[i + 1]));
    }
    const QString supervisorPath = ProcessExecutor().supervisorPath();
    if (supervisorPath.isEmpty())
        qFatal("takt-supervisor not found (set TAKT_SUPERVISOR)");
    if (runnerSlots > 0) { // the floors alone
        Bench::settle();
        const double bare = Bench::spawnRate({"/bin/true"}, runCount, runnerSlots);
        Bench::settle();
        const RunnerFigures r = runnerFloor(runnerSlots, runCount);
        std::printf("%d at a time: bare posix_spawn %.0f/s; shared runner's floor %.0f/s (%.2f x bare), its own CPU "
                    "%.0f us/run, the command's %.0f us/run\n", runnerSlots, bare, r.runsPerSec, r.runsPerSec / bare,
                    r.ownCpuPerRunUs, r.commandCpuPerRunUs);
        Bench::removeTempDirs();
        return 0;
    }
    if (onlySlots > 0) { // for profiling: the engine part alone, no limits
        if (ballastMb > 0) {
            const size_t size = size_t(ballastMb) << 20;
            char *block = static_cast<char *>(std::malloc(size));
            std::memset(block, 1, size);
            g_ballast = block;
        }
        const EngineFigures e = runEngine(onlySlots, runCount, supervisorPath);
        std::printf("engine, %d slots: %.0f runs/s, %.3f commits/run, %d/%d succeeded, tick %.0f ms, "
                    "engine thread %.0f us CPU/run\n", onlySlots, e.runsPerSec, e.commitsPerRun, e.succeeded,
                    runCount, e.fireSeconds * 1000, e.cpuPerRunUs);
        Bench::removeTempDirs();
        return 0;
    }

    std::printf("bench_dispatch: %d no-op runs (/bin/true) per configuration through EngineCore; store and "
                "attempt directories in %s; %d cores\n",
                runCount, qPrintable(QDir::tempPath()), QThread::idealThreadCount());
    std::printf("engine: timed from the tick that queues every run to the last run reported final (reported "
                "only after it is committed)\n");
    std::printf("limits: measured in the same phase at the same number of children in flight; the disk is synced "
                "between measurements\n");
    std::fflush(stdout);

    struct Config
    {
        int slotCount = 0;
        double bare = 0;       ///< posix_spawn(/bin/true) at slotCount in flight
        double supervisor = 0; ///< takt-supervisor running /bin/true at slotCount in flight
        RunnerFigures runner;  ///< the shared-runner floor at slotCount in flight (small phase only)
        EngineFigures engine;
    };
    struct Phase
    {
        double bare1 = 0;
        double fork1 = 0;
        Config configs[2];
    };
    Phase phases[2];
    const double benchStart = Bench::monoSeconds();
    for (int p = 0; p < 2; ++p) {
        Phase &phase = phases[p];
        if (p == 1) {
            const size_t size = size_t(512) << 20;
            char *block = static_cast<char *>(std::malloc(size));
            if (!block)
                qFatal("cannot allocate 512 MB");
            std::memset(block, 1, size);
            g_ballast = block;
        }
        // The bare spawn loops first, on a settled disk: they touch no disk themselves, but the
        // writeback of an engine run just before would slow them down.
        Bench::settle();
        phase.bare1 = Bench::spawnRate({"/bin/true"}, 1000, 1);
        for (int c = 0; c < 2; ++c) {
            Config &config = phase.configs[c];
            config.slotCount = c == 0 ? 2 : 8;
            config.bare = Bench::spawnRate({"/bin/true"}, 1000, config.slotCount);
        }
        for (int c = 0; c < 2; ++c) {
            Config &config = phase.configs[c];
            Bench::settle();
            config.supervisor = supervisorRate(supervisorPath, config.slotCount, config.slotCount == 2 ? 300 : 600);
            if (p == 0) {
                Bench::settle();
                config.runner = runnerFloor(config.slotCount, 1000);
            }
            Bench::settle();
            config.engine = runEngine(config.slotCount, runCount, supervisorPath);
            // The bare rate again after the engine run; the better of the two counts (others' load
            // on a shared machine only ever lowers a rate, and the limit must not be understated).
            Bench::settle();
            config.bare = std::max(config.bare, Bench::spawnRate({"/bin/true"}, 1000, config.slotCount));
            std::printf("%s, %d slots: done (%.1f s so far)\n", p == 0 ? "small" : "+512 MB", config.slotCount,
                        Bench::monoSeconds() - benchStart);
            std::fflush(stdout);
        }
        phase.fork1 = Bench::forkRate("/bin/true", 500, 1.0);
    }

    using Bench::fmt;
    std::vector<Bench::Row> rows;
    for (int p = 0; p < 2; ++p) {
        const Phase &ph = phases[p];
        const std::string tag = p == 0 ? "" : " [+512MB]";
        rows.push_back({"limit: posix_spawn(/bin/true)+waitpid, 1 at a time" + tag, fmt("%.0f/s", ph.bare1), "-", "-", -1});
        for (const Config &c : ph.configs) {
            const std::string n = std::to_string(c.slotCount);
            const EngineFigures &e = c.engine;
            rows.push_back({"limit: posix_spawn(/bin/true)+waitpid, " + n + " at a time" + tag,
                            fmt("%.0f/s", c.bare), "-", "-", -1});
            rows.push_back({"limit: takt-supervisor running /bin/true, " + n + " at a time" + tag,
                            fmt("%.0f/s", c.supervisor), "-", "-", -1});
            if (c.runner.runsPerSec > 0) {
                rows.push_back({"limit: a shared runner's floor (spawn with pipes, log + status), " + n + " at a time",
                                fmt("%.0f/s", c.runner.runsPerSec) + fmt(" (%.2f x bare)", c.runner.runsPerSec / c.bare),
                                "-", "-", -1});
                rows.push_back({"  its own CPU per run; the command's CPU per run",
                                fmt("%.0f us", c.runner.ownCpuPerRunUs) + fmt("; %.0f us", c.runner.commandCpuPerRunUs),
                                "-", "-", -1});
            }
            rows.push_back({"engine, " + n + " slots" + tag, fmt("%.0f runs/s", e.runsPerSec),
                            fmt("%.0f/s", c.bare) + " bare spawn", "-", -1});
            const double ratio = e.runsPerSec / c.bare;
            rows.push_back({"  / bare spawn at " + n + " at a time" + tag, fmt("%.2f", ratio), "1.00", ">= 0.70",
                            ratio >= 0.7 ? 1 : 0});
            rows.push_back({"  / takt-supervisor at " + n + " at a time" + tag,
                            fmt("%.2f", e.runsPerSec / c.supervisor), "1.00", "-", -1});
            rows.push_back({"  commits per run" + tag, fmt("%.4f", e.commitsPerRun), "-", "<= 1",
                            e.commitsPerRun <= 1.0 ? 1 : 0});
            rows.push_back({"  engine thread CPU per run" + tag, fmt("%.0f us", e.cpuPerRunUs), "-", "-", -1});
            rows.push_back({"  the tick that makes and queues " + std::to_string(runCount) + " runs" + tag,
                            fmt("%.0f ms", e.fireSeconds * 1000), "-", "-", -1});
            rows.push_back({"  runs succeeded" + tag, std::to_string(e.succeeded) + "/" + std::to_string(runCount), "-",
                            "all", e.succeeded == runCount ? 1 : 0});
        }
        rows.push_back({"fork+exec(/bin/true)+waitpid, 1 at a time (the engine never forks)" + tag,
                        fmt("%.0f/s", ph.fork1), "-", "-", -1});
    }
    // Size independence. The engine thread's CPU time per run carries the cost of each
    // posix_spawn (the parent's side of it) and depends far less on what else runs on the machine
    // than runs/s does (others' builds on a shared 2-core box move runs/s by 2x), so it is the
    // judged figure. It still moves by up to ~15 % between runs, hence 1.25; the failure this
    // guards against is of another order: fork+exec at 512 MB is 20-30x slower (shown below).
    for (int c = 0; c < 2; ++c) {
        const std::string n = std::to_string(phases[0].configs[c].slotCount);
        const double cpu = phases[1].configs[c].engine.cpuPerRunUs / phases[0].configs[c].engine.cpuPerRunUs;
        rows.push_back({"engine " + n + " slots, +512MB / small: engine thread CPU per run", fmt("%.2f", cpu), "1.00",
                        "<= 1.25", cpu <= 1.25 ? 1 : 0});
        const double rate = phases[1].configs[c].engine.runsPerSec / phases[0].configs[c].engine.runsPerSec;
        rows.push_back({"engine " + n + " slots, +512MB / small: runs/s", fmt("%.2f", rate), "1.00", "-", -1});
    }
    rows.push_back({"bare posix_spawn 1 at a time, +512MB / small", fmt("%.2f", phases[1].bare1 / phases[0].bare1),
                    "-", "-", -1});
    rows.push_back({"fork+exec 1 at a time, +512MB / small", fmt("%.2f", phases[1].fork1 / phases[0].fork1), "-", "-", -1});
    Bench::printTable("bench_dispatch", rows);
    Bench::removeTempDirs();
    return 0;
}
