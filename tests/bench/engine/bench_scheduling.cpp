// bench_scheduling: what one scheduling decision costs, with 1,000 and with 100,000 jobs of
// which 1 % come due at a time.
//
// Jobs: 6-field cron "S M * * * *" (hourly at a second of its own, phases spread evenly over
// the hour), time zones UTC, Europe/Berlin, America/New_York, Asia/Tokyo in turn. Each round
// moves the clock on by 36 s, so 1 % of the jobs are due.
//
// 1. Direct: DueQueue::takeDue, then per due job Schedule::nextFireTime + DueQueue::set.
//    A decision = one job's next fire time computed and its due-queue entry replaced.
// 2. EngineCore: the same jobs in a real engine (SQLite store, ManualClock). A decision is
//    then a fire: next fire time, due-queue update, the run row and the job's next due time
//    written to the store (the batch's commit is inside the timing), the run queued. The
//    runs must not start (that is bench_dispatch's business): the engine has one slot, held
//    by a job running `sleep` for the whole benchmark, so fired runs wait in the queue.
//    Both sizes make the same number of decisions (2,000), so both end with the same backlog.
//    At 100k jobs the rate is measured once more after 10,000 runs are already queued (shown,
//    not judged: what a backlog of waiting runs does to the cost of each fire).
// The limit: the same number of operations on a bare std::multimap (erase the earliest,
// insert a later time) and on a std::priority_queue (pop, push) of the same size.
//
// Targets: >= 10,000 decisions/s, and 100,000 jobs at most 2x slower per decision than 1,000.
//
//   bench_scheduling [--engine-decisions N]   (default 2000)

#include "benchutil.h"

#include <engine/core/clock.h>
#include <engine/executor/processexecutor.h>
#include <engine/schedule/schedule.h>
#include <engine/scheduler/duequeue.h>
#include <engine/scheduler/enginecore.h>
#include <engine/store/store.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <queue>
#include <random>

using namespace Takt;

namespace {

constexpr qint64 RoundMs = 36'000; // 1 % of an hour: 1 % of the jobs per round
const char *const Zones[] = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"};

qint64 startMs()
{
    return QDateTime(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString cronOf(int job, int jobCount)
{
    const int phase = int(qint64(job) * 3600 / jobCount); // second of the hour
    return QStringLiteral("%1 %2 * * * *").arg(phase % 60).arg(phase / 60);
}

QByteArray zoneOf(int job)
{
    return Zones[job % 4];
}

struct Rate
{
    double perSecond = 0;
    qint64 decisions = 0;
};

// ---- 1. DueQueue + Schedule::nextFireTime ----
Rate directDecisions(int jobCount, double minSeconds)
{
    std::vector<Schedule> schedules;
    std::vector<QTimeZone> zones;
    schedules.reserve(size_t(jobCount));
    DueQueue due;
    qint64 now = startMs();
    for (int i = 0; i < jobCount; ++i) {
        schedules.push_back(Schedule::parse(cronOf(i, jobCount)).value());
        zones.emplace_back(zoneOf(i));
        due.set(i + 1, schedules.back().nextFireTime(now, zones.back()));
    }
    Rate r;
    const double t0 = Bench::monoSeconds();
    double elapsed = 0;
    while (elapsed < minSeconds) {
        for (int round = 0; round < 10; ++round) {
            now += RoundMs;
            for (const auto &[job, dueMs] : due.takeDue(now)) {
                const size_t i = size_t(job - 1);
                due.set(job, schedules[i].nextFireTime(std::max(dueMs, now - 1), zones[i]));
                ++r.decisions;
            }
        }
        elapsed = Bench::monoSeconds() - t0;
    }
    r.perSecond = r.decisions / elapsed;
    return r;
}

// ---- the limit: bare containers of the same size, the same number of operations ----
double multimapOpsPerSecond(int size, qint64 ops)
{
    std::mt19937_64 rng(42);
    std::multimap<qint64, qint64> m;
    for (int i = 0; i < size; ++i)
        m.emplace(qint64(rng() % 3'600'000), i);
    const double t0 = Bench::monoSeconds();
    for (qint64 k = 0; k < ops; ++k) {
        auto first = m.begin();
        const auto [t, job] = *first;
        m.erase(first);
        m.emplace(t + 3'600'000, job);
    }
    return ops / (Bench::monoSeconds() - t0);
}

double priorityQueueOpsPerSecond(int size, qint64 ops)
{
    std::mt19937_64 rng(42);
    using Entry = std::pair<qint64, qint64>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> q;
    for (int i = 0; i < size; ++i)
        q.emplace(qint64(rng() % 3'600'000), i);
    const double t0 = Bench::monoSeconds();
    for (qint64 k = 0; k < ops; ++k) {
        const Entry e = q.top();
        q.pop();
        q.emplace(e.first + 3'600'000, e.second);
    }
    return ops / (Bench::monoSeconds() - t0);
}

// ---- 2. EngineCore ----
struct EngineRate
{
    Rate rate;
    Rate withBacklog; ///< the same, once 10,000 runs are already queued (if asked for)
    double seedSeconds = 0;
    double startSeconds = 0;
    bool ok = true;
};

EngineRate engineDecisions(int jobCount, int decisions, bool probeBacklog)
{
    EngineRate result;
    const QString dirPath = Bench::newTempDir("bench_scheduling");
    const qint64 start = startMs();
    {
        // The jobs go into the store in one transaction, as a restart with that many jobs finds
        // them (createJob commits each job on its own: 100,000 commits would be the benchmark).
        const double t0 = Bench::monoSeconds();
        auto opened = Store::open(dirPath + QStringLiteral("/takt.db"), QStringLiteral("bench-seed"));
        if (!opened.isOk())
            qFatal("store: %s", qPrintable(opened.error().toString()));
        const std::unique_ptr<Store> store = std::move(opened).value();
        const Result<void> seeded = store->transaction([&]() -> Result<void> {
            for (int i = 0; i < jobCount; ++i) {
                JobSpec spec;
                spec.name = QStringLiteral("s-%1").arg(i);
                spec.schedule = cronOf(i, jobCount);
                spec.timeZone = QString::fromLatin1(zoneOf(i));
                spec.command = {QStringLiteral("/bin/true")};
                const qint64 next = Schedule::parse(spec.schedule)->nextFireTime(start, QTimeZone(zoneOf(i)));
                if (const auto job = store->insertJob(spec, start, next); !job.isOk())
                    return job.error();
            }
            JobSpec blocker;
            blocker.name = QStringLiteral("blocker");
            blocker.timeZone = QStringLiteral("UTC");
            blocker.command = {QStringLiteral("/bin/sleep"), QStringLiteral("600")};
            if (const auto job = store->insertJob(blocker, start, 0); !job.isOk())
                return job.error();
            return {};
        });
        if (!seeded.isOk())
            qFatal("seed: %s", qPrintable(seeded.error().toString()));
        result.seedSeconds = Bench::monoSeconds() - t0;
    }

    ManualClock clock(start);
    EngineCore::Options options;
    options.dataDir = dirPath;
    options.clock = &clock;
    options.slotCount = 1;
    options.timeZone = QStringLiteral("UTC");
    EngineCore core(options);
    double t0 = Bench::monoSeconds();
    if (const auto started = core.start(); !started.isOk())
        qFatal("engine did not start: %s", qPrintable(started.error().toString()));
    result.startSeconds = Bench::monoSeconds() - t0;

    // The one slot is taken for the whole benchmark: fired runs stay queued, nothing starts.
    const auto blocker = core.runJobNow(QStringLiteral("blocker"));
    if (!blocker.isOk() || blocker->state != RunState::Running || blocker->current.pid <= 0)
        qFatal("the blocker run did not start");

    RunQuery newest;
    newest.limit = 1;
    qint64 now = start;
    // Fires rounds until `count` more runs were made; returns the decisions per second.
    qint64 made = 0;
    const auto fireRounds = [&](qint64 count) {
        const qint64 from = made;
        const double t = Bench::monoSeconds();
        while (made - from < count) {
            now += RoundMs;
            clock.set(now); // tick: fires every job due by now
            // Commits the round's batch (the flush timer would, 5 ms later) and reads the newest run.
            const auto page = core.runs(newest);
            if (!page.isOk() || page->runs.isEmpty())
                qFatal("no runs");
            made = page->runs.first().id - blocker->id; // runs made since the blocker, all queued
        }
        return Rate{(made - from) / (Bench::monoSeconds() - t), made - from};
    };
    result.rate = fireRounds(decisions);
    if (probeBacklog) {
        fireRounds(10'000 - made); // untimed: fill the queue up to 10,000 waiting runs
        result.withBacklog = fireRounds(decisions);
    }
    result.ok = core.runningCount() == 1;

    // Stop first (queued runs then never start), then end the blocker through its supervisor.
    core.stop();
    const pid_t pid = pid_t(blocker->current.pid);
    ::kill(pid, SIGTERM);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::waitForEarlierCleanup();
    int engineDecisionCount = 2'000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--engine-decisions") == 0)
            engineDecisionCount = std::max(100, std::atoi(argv[i + 1]));
    }
    std::printf("bench_scheduling: decisions per second with 1%% of the jobs due per round; 6-field cron, 4 zones\n");
    std::fflush(stdout);

    const Rate d1k = directDecisions(1'000, 0.5);
    const Rate d100k = directDecisions(100'000, 1.0);
    const double mm1k = multimapOpsPerSecond(1'000, d100k.decisions);
    const double mm100k = multimapOpsPerSecond(100'000, d100k.decisions);
    const double pq1k = priorityQueueOpsPerSecond(1'000, d100k.decisions);
    const double pq100k = priorityQueueOpsPerSecond(100'000, d100k.decisions);
    std::printf("direct: done\n");
    std::fflush(stdout);

    const EngineRate e1k = engineDecisions(1'000, engineDecisionCount, false);
    std::printf("engine 1k: done\n");
    std::fflush(stdout);
    const EngineRate e100k = engineDecisions(100'000, engineDecisionCount, true);
    std::printf("engine 100k: done\n");
    std::fflush(stdout);

    using Bench::fmt;
    std::vector<Bench::Row> rows;
    const auto perSec = [](double v) { return fmt("%.0f/s", v); };
    const std::string limit1k = perSec(mm1k) + " multimap, " + perSec(pq1k) + " prio-queue";
    const std::string limit100k = perSec(mm100k) + " multimap, " + perSec(pq100k) + " prio-queue";
    rows.push_back({"DueQueue + Schedule::nextFireTime, 1k jobs", perSec(d1k.perSecond), limit1k, ">= 10000/s",
                    d1k.perSecond >= 10'000 ? 1 : 0});
    rows.push_back({"DueQueue + Schedule::nextFireTime, 100k jobs", perSec(d100k.perSecond), limit100k, ">= 10000/s",
                    d100k.perSecond >= 10'000 ? 1 : 0});
    const double directSlowdown = d1k.perSecond / d100k.perSecond;
    rows.push_back({"  slowdown 1k -> 100k", fmt("%.2fx", directSlowdown),
                    fmt("%.2fx multimap", mm1k / mm100k) + ", " + fmt("%.2fx prio-queue", pq1k / pq100k), "<= 2x",
                    directSlowdown <= 2.0 ? 1 : 0});
    rows.push_back({"EngineCore fires (run stored + queued), 1k jobs", perSec(e1k.rate.perSecond), limit1k,
                    ">= 10000/s", e1k.rate.perSecond >= 10'000 ? 1 : 0});
    rows.push_back({"EngineCore fires (run stored + queued), 100k jobs", perSec(e100k.rate.perSecond), limit100k,
                    ">= 10000/s", e100k.rate.perSecond >= 10'000 ? 1 : 0});
    const double engineSlowdown = e1k.rate.perSecond / e100k.rate.perSecond;
    rows.push_back({"  slowdown 1k -> 100k", fmt("%.2fx", engineSlowdown), "-", "<= 2x", engineSlowdown <= 2.0 ? 1 : 0});
    const double backlogRatio = e100k.withBacklog.perSecond / e100k.rate.perSecond;
    rows.push_back({"EngineCore fires, 100k jobs, 10k runs already queued", perSec(e100k.withBacklog.perSecond),
                    fmt("%.2fx the rate without a backlog", backlogRatio), "-", -1});
    rows.push_back({"  no run started meanwhile (slot held by the blocker)",
                    e1k.ok && e100k.ok ? "yes" : "no", "-", "yes", e1k.ok && e100k.ok ? 1 : 0});
    rows.push_back({"  EngineCore::start() with 100k jobs (load + index)", fmt("%.2f s", e100k.startSeconds), "-", "-", -1});
    rows.push_back({"  seeding 100k jobs into the store (one transaction)", fmt("%.2f s", e100k.seedSeconds), "-", "-", -1});
    Bench::printTable("bench_scheduling", rows);
    Bench::removeTempDirs();
    return 0;
}
