// bench_punctuality: how late a real EngineCore (real SystemClock, real SQLite store, real
// takt-supervisor running /bin/true, 8 slots) starts runs after their due time.
//
// Measured per run, for every run of each scenario:
//   due -> queued : when the engine reports the run queued (runChanged, emitted after the commit
//                   that stores it), on this process's CLOCK_REALTIME in ns, minus its due time.
//                   The scheduler's own lateness: timer + tick + commit.
//   due -> launch : the engine's own stamp of the attempt's start (run.current.startedAt as the
//                   engine sets it in launch(), before it makes the attempt directory and spawns
//                   the supervisor; whole ms), from the "running" runChanged.
//   due -> started: run.current.startedAt, written by takt-supervisor just before it forks the
//                   command (wall clock, whole milliseconds, truncated), minus its due time.
//                   What a user sees; it includes the time a run waits for a free slot.
//
// Scenarios:
//   A  1000 runs due 1 ms apart (1000 runs/s, more than this machine can start: saturated).
//   B  1000 runs due at one instant (1000 jobs "@at <whole second>Z" made with createJob).
//   C  500 runs due 10 ms apart (100 runs/s, under the dispatch capacity: not saturated) —
//      the case the target (p99 <= 2 ms) is about.
// No schedule syntax gives 1000 distinct due times 1 ms or 10 ms apart (@at and cron have
// second precision, @every at least 1 s), so for A and C the jobs' next due times are written
// into the store with millisecond precision (Store::insertJob(spec, now, nextFireAt)) before
// EngineCore::start(), which loads them as it loads any job's next due time; their schedule
// ("@at" in the past) never fires again.
//
// The limit, measured in the same run: a thread sleeping with clock_nanosleep(CLOCK_REALTIME,
// TIMER_ABSTIME) to 1000 deadlines 1 ms apart, alone; and again during A and C to the very
// same due instants as the engine (the limit under the same load). And the floor of the
// supervisor design: a thread that wakes at each of 200 deadlines 10 ms apart and at once
// spawns takt-supervisor itself; the command's recorded start minus the deadline. And the floor
// with a spare supervisor, as ProcessExecutor keeps one: started ahead of time, handed its
// request (sparerequest.h) at each deadline, the next spare started right after.

#include "benchutil.h"

#include <engine/core/clock.h>
#include <engine/executor/processexecutor.h>
#include <engine/executor/statusfile.h>
#include <engine/scheduler/enginecore.h>
#include <engine/store/store.h>
#include <engine/executor/supervisor/sparerequest.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <thread>

#include <sys/socket.h>

using namespace Takt;

namespace {

constexpr int RunCount = 1000;
constexpr int Slots = 8;

/// Wakes at each deadline (epoch ms, CLOCK_REALTIME) and returns how late, in microseconds.
std::vector<double> sleeperLateness(const std::vector<qint64> &deadlinesMs)
{
    std::vector<double> late;
    late.reserve(deadlinesMs.size());
    for (qint64 ms : deadlinesMs) {
        timespec at{};
        at.tv_sec = ms / 1000;
        at.tv_nsec = (ms % 1000) * 1'000'000;
        while (clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &at, nullptr) == EINTR) {
        }
        late.push_back(double(Bench::realtimeNs() - ms * 1'000'000) / 1000.0);
    }
    return late;
}

/// The floor of running a command under takt-supervisor: at each deadline this thread spawns the
/// supervisor itself (nothing else to do in between) and the lateness is the started_at the
/// supervisor records for the command (whole ms, as for the engine) minus the deadline.
/// The same with spare supervisors: each is started ahead of its deadline and at the deadline
/// only reads its request, as ProcessExecutor does it.
std::vector<double> spareLateness(const QString &supervisor, const std::vector<qint64> &deadlinesMs)
{
    const QString dirPath = Bench::newTempDir("bench_punctuality-spare");
    const std::string sup = QFile::encodeName(supervisor).toStdString();
    const std::string base = QFile::encodeName(dirPath).toStdString();
    int running = 0;
    const auto startSpare = [&]() -> int {
        int ends[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
            return -1;
        std::string padding(size_t(TaktSupervisor::SparePadding), ' ');
        std::vector<char *> argv{const_cast<char *>(sup.c_str()), const_cast<char *>(TaktSupervisor::SpareOption),
                                 padding.data(), nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO);
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
        pid_t pid = 0;
        const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
        ::close(ends[1]);
        if (rc != 0) {
            ::close(ends[0]);
            return -1;
        }
        ++running;
        return ends[0];
    };
    int spare = startSpare();
    for (size_t i = 0; i < deadlinesMs.size() && spare >= 0; ++i) {
        const qint64 ms = deadlinesMs[i];
        timespec at{ms / 1000, long(ms % 1000) * 1'000'000};
        while (clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &at, nullptr) == EINTR) {
        }
        std::string payload;
        for (const std::string &field : {base + "/" + std::to_string(i), base, std::string("0"), std::string("10000"),
                                         std::string("1"), std::string("/bin/true"), std::string("PATH=/usr/bin:/bin")}) {
            payload += field;
            payload += '\0';
        }
        const std::uint32_t size = std::uint32_t(payload.size());
        std::string message(TaktSupervisor::SpareMagic, sizeof TaktSupervisor::SpareMagic);
        message.append(reinterpret_cast<const char *>(&size), sizeof size);
        message += payload;
        if (::send(spare, message.data(), message.size(), MSG_NOSIGNAL) != ssize_t(message.size()))
            std::fprintf(stderr, "bench_punctuality: a spare did not take its request\n");
        ::close(spare);
        spare = startSpare();
        while (running > 0 && waitpid(-1, nullptr, WNOHANG) > 0)
            --running;
    }
    if (spare >= 0)
        ::close(spare); // the last spare reads EOF and exits
    while (running > 0 && waitpid(-1, nullptr, 0) > 0)
        --running;
    std::vector<double> late;
    for (size_t i = 0; i < deadlinesMs.size(); ++i) {
        if (const auto outcome = readStatusFile(dirPath + u'/' + QString::number(i)))
            late.push_back(double(outcome->startedAt - deadlinesMs[i]));
    }
    return late;
}

std::vector<double> supervisorLateness(const QString &supervisor, const std::vector<qint64> &deadlinesMs)
{
    const QString dirPath = Bench::newTempDir("bench_punctuality-sup");
    const std::string sup = QFile::encodeName(supervisor).toStdString();
    const std::string base = QFile::encodeName(dirPath).toStdString();
    int running = 0;
    for (size_t i = 0; i < deadlinesMs.size(); ++i) {
        const qint64 ms = deadlinesMs[i];
        timespec at{ms / 1000, long(ms % 1000) * 1'000'000};
        while (clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &at, nullptr) == EINTR) {
        }
        const std::string attemptDir = base + "/" + std::to_string(i);
        std::vector<std::string> args{sup, "--dir", attemptDir, "--workdir", base, "--grace-ms", "10000", "--",
                                      "/bin/true"};
        std::vector<char *> argv;
        for (std::string &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        pid_t pid = 0;
        if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0)
            ++running;
        while (running > 0 && waitpid(-1, nullptr, WNOHANG) > 0)
            --running;
    }
    while (running > 0 && waitpid(-1, nullptr, 0) > 0)
        --running;
    std::vector<double> late;
    for (size_t i = 0; i < deadlinesMs.size(); ++i) {
        if (const auto outcome = readStatusFile(dirPath + u'/' + QString::number(i)))
            late.push_back(double(outcome->startedAt - deadlinesMs[i]));
    }
    return late;
}

std::vector<qint64> spacedDeadlines(qint64 firstMs, int count, int spacingMs)
{
    std::vector<qint64> d;
    for (int i = 0; i < count; ++i)
        d.push_back(firstMs + qint64(i) * spacingMs);
    return d;
}

struct Outcome
{
    std::vector<double> queuedLateUs;   ///< due -> queued, microseconds
    std::vector<double> launchLateMs;   ///< due -> the engine's launch() (its clock, whole ms)
    std::vector<double> startedLateMs;  ///< due -> started, milliseconds (whole ms)
    std::vector<double> sleeperLateUs;  ///< the sleeper thread at the same instants, if run
    int expected = 0;
    int succeeded = 0;
    double drainSeconds = 0;            ///< first due time to last run final
};

/// Runs one scenario. `dueMs` empty = B: `count` jobs "@at instant" made through createJob.
Outcome runScenario(const std::vector<qint64> &dueMs, bool withSleeper, int count = RunCount)
{
    Outcome out;
    const QString dirPath = Bench::newTempDir("bench_punctuality");
    const QString supervisor = ProcessExecutor().supervisorPath();

    JobSpec base;
    base.timeZone = QStringLiteral("UTC");
    base.command = {QStringLiteral("/bin/true")};
    if (!dueMs.empty()) {
        // The due times go into the store with millisecond precision (see the header).
        auto opened = Store::open(dirPath + QStringLiteral("/takt.db"), QStringLiteral("bench-seed"));
        if (!opened.isOk())
            qFatal("store: %s", qPrintable(opened.error().toString()));
        const std::unique_ptr<Store> store = std::move(opened).value();
        const Result<void> seeded = store->transaction([&]() -> Result<void> {
            for (size_t i = 0; i < dueMs.size(); ++i) {
                JobSpec spec = base;
                spec.name = QStringLiteral("p-%1").arg(i);
                spec.schedule = QStringLiteral("@at 2020-01-01T00:00:00Z"); // never again after this run
                if (const auto job = store->insertJob(spec, QDateTime::currentMSecsSinceEpoch(), dueMs[i]);
                    !job.isOk())
                    return job.error();
            }
            return {};
        });
        if (!seeded.isOk())
            qFatal("seed: %s", qPrintable(seeded.error().toString()));
    }

    EngineCore::Options options;
    options.dataDir = dirPath;
    options.slotCount = Slots;
    options.supervisorPath = supervisor;
    options.timeZone = QStringLiteral("UTC");
    EngineCore core(options); // the real SystemClock
    if (const auto started = core.start(); !started.isOk())
        qFatal("engine did not start: %s", qPrintable(started.error().toString()));

    qint64 firstDue = dueMs.empty() ? 0 : dueMs.front();
    qint64 lastDue = dueMs.empty() ? 0 : dueMs.back();
    if (dueMs.empty()) {
        // B: the next whole second at least 1.5 s away, the same for every job.
        const qint64 at = (QDateTime::currentMSecsSinceEpoch() + 2500) / 1000 * 1000;
        const QString text = QStringLiteral("@at ")
            + QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + u'Z';
        for (int i = 0; i < count; ++i) {
            JobSpec spec = base;
            spec.name = QStringLiteral("b-%1").arg(i);
            spec.schedule = text;
            const auto job = core.createJob(spec);
            if (!job.isOk() || job->nextFireAt != at)
                qFatal("createJob: %s", job.isOk() ? "unexpected due time" : qPrintable(job.error().toString()));
        }
        if (QDateTime::currentMSecsSinceEpoch() >= at)
            qFatal("creating the jobs took too long");
        firstDue = lastDue = at;
    }

    std::thread sleeper;
    if (withSleeper)
        sleeper = std::thread([&] { out.sleeperLateUs = sleeperLateness(dueMs); });

    QEventLoop loop;
    int finished = 0;
    qint64 lastFinalNs = 0;
    const int expected = dueMs.empty() ? count : int(dueMs.size());
    out.expected = expected;
    QObject::connect(&core, &EngineCore::runChanged, &loop, [&](const RunRecord &run) {
        if (run.state == RunState::Queued && run.current.attempt == 0) {
            out.queuedLateUs.push_back(double(Bench::realtimeNs() - run.scheduledAt * 1'000'000) / 1000.0);
            return;
        }
        if (run.state == RunState::Running && run.current.attempt == 1) {
            // The engine's own stamp, taken in launch() before the attempt directory and the spawn.
            out.launchLateMs.push_back(double(run.current.startedAt - run.scheduledAt));
            return;
        }
        if (!isFinal(run.state))
            return;
        ++finished;
        if (run.state == RunState::Succeeded)
            ++out.succeeded;
        if (run.current.startedAt > 0)
            out.startedLateMs.push_back(double(run.current.startedAt - run.scheduledAt));
        if (finished == expected) {
            lastFinalNs = Bench::realtimeNs();
            loop.quit();
        }
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        std::fprintf(stderr, "bench_punctuality: only %d of %d runs ended in time\n", finished, expected);
        loop.quit();
    });
    guard.start(int(std::max<qint64>(0, lastDue - QDateTime::currentMSecsSinceEpoch()) + 60'000));
    loop.exec();
    if (sleeper.joinable())
        sleeper.join();
    out.drainSeconds = double(lastFinalNs - firstDue * 1'000'000) * 1e-9;
    core.stop();
    return out;
}

std::string triple(const Bench::Percentiles &p, double scale, const char *unit, const char *format = "%.2f")
{
    return Bench::fmt(format, p.p50 * scale) + " / " + Bench::fmt(format, p.p99 * scale) + " / "
         + Bench::fmt(format, p.max * scale) + " " + unit;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::waitForEarlierCleanup();
    const double benchStart = Bench::monoSeconds();
    std::printf("bench_punctuality: lateness of run starts after their due time, EngineCore with the system "
                "clock, %d slots, /bin/true under takt-supervisor, store in %s\n",
                Slots, qPrintable(QDir::tempPath()));
    std::printf("figures are p50 / p99 / max over the runs of a scenario (%d in A and B); due->started has whole-ms resolution (supervisor "
                "clock, truncated)\n", RunCount);
    std::fflush(stdout);

    // The limit alone: an idle thread sleeping to absolute deadlines 1 ms apart.
    Bench::settle();
    const qint64 soon = QDateTime::currentMSecsSinceEpoch() + 50;
    const Bench::Percentiles limitIdle = Bench::percentiles(sleeperLateness(spacedDeadlines(soon, RunCount, 1)));
    // The floor of the supervisor design, not saturated: 200 supervisors started 10 ms apart.
    std::printf("sleeper done (%.1f s so far)\n", Bench::monoSeconds() - benchStart);
    const Bench::Percentiles limitSupervisor = Bench::percentiles(supervisorLateness(
        ProcessExecutor().supervisorPath(), spacedDeadlines(QDateTime::currentMSecsSinceEpoch() + 50, 200, 10)));

    const Bench::Percentiles limitSpare = Bench::percentiles(spareLateness(
        ProcessExecutor().supervisorPath(), spacedDeadlines(QDateTime::currentMSecsSinceEpoch() + 50, 200, 10)));
    std::printf("supervisor floors done (%.1f s so far)\n", Bench::monoSeconds() - benchStart);
    std::fflush(stdout);
    const qint64 leadMs = 1500; // engine start-up before the first due time
    Bench::settle();
    const Outcome a = runScenario(spacedDeadlines(QDateTime::currentMSecsSinceEpoch() + leadMs, RunCount, 1), true);
    std::printf("A done (%.1f s so far)\n", Bench::monoSeconds() - benchStart);
    std::fflush(stdout);
    Bench::settle();
    const Outcome b = runScenario({}, false);
    std::printf("B done (%.1f s so far)\n", Bench::monoSeconds() - benchStart);
    std::fflush(stdout);
    Bench::settle();
    const Outcome c = runScenario(spacedDeadlines(QDateTime::currentMSecsSinceEpoch() + leadMs, RunCount / 2, 10), true);
    std::printf("C done (%.1f s so far)\n", Bench::monoSeconds() - benchStart);
    std::fflush(stdout);

    using Bench::percentiles;
    const auto ms = [](const std::vector<double> &us) {
        std::vector<double> out;
        for (double v : us)
            out.push_back(v / 1000.0);
        return out;
    };
    const std::string limitText = triple(limitIdle, 1e-3, "ms", "%.3f");
    std::vector<Bench::Row> rows;
    rows.push_back({"limit: clock_nanosleep(TIMER_ABSTIME) wake-up, idle, 1000 x 1 ms", limitText, "-", "-", -1});
    rows.push_back({"limit: deadline -> command started by a bare takt-supervisor, 200 x 10 ms",
                    triple(limitSupervisor, 1.0, "ms", "%.0f"), "-", "-", -1});
    rows.push_back({"limit: deadline -> command started by a spare takt-supervisor, 200 x 10 ms",
                    triple(limitSpare, 1.0, "ms", "%.0f"), "-", "-", -1});

    const auto scenarioRows = [&](const char *name, const Outcome &o, bool judged) {
        const Bench::Percentiles q = percentiles(ms(o.queuedLateUs));
        const Bench::Percentiles s = percentiles(o.startedLateMs);
        const std::string sleeper = o.sleeperLateUs.empty()
            ? limitText + " (idle)"
            : triple(percentiles(ms(o.sleeperLateUs)), 1.0, "ms", "%.3f") + " (same instants, same load)";
        rows.push_back({std::string(name) + ": due -> queued", triple(q, 1.0, "ms"), sleeper, "-", -1});
        rows.push_back({std::string(name) + ": due -> launch() begins (engine clock)",
                        triple(percentiles(o.launchLateMs), 1.0, "ms", "%.0f"), sleeper, "-", -1});
        rows.push_back({std::string(name) + ": due -> started", triple(s, 1.0, "ms", "%.0f"), sleeper,
                        judged ? "p99 <= 2 ms" : "- (saturated)",
                        judged ? (s.p99 <= 2.0 && s.count == size_t(o.expected) ? 1 : 0) : -1});
        rows.push_back({std::string(name) + ": runs succeeded; first due to last final",
                        std::to_string(o.succeeded) + "/" + std::to_string(o.expected) + "; "
                            + Bench::fmt("%.2f s", o.drainSeconds),
                        "-", "all", o.succeeded == o.expected ? 1 : 0});
    };
    scenarioRows("A 1000 due 1 ms apart", a, false);
    scenarioRows("B 1000 due at one instant", b, false);
    scenarioRows("C 500 due 10 ms apart", c, true);
    Bench::printTable("bench_punctuality", rows);
    Bench::removeTempDirs();
    return 0;
}
