#include "enginecore.h"

#include "duequeue.h"
#include "runqueue.h"

#include <engine/cluster/clusternode.h>
#include <engine/core/clock.h>
#include <engine/core/duration.h>
#include <engine/core/tr.h>
#include <engine/executor/logformat.h>
#include <engine/executor/processexecutor.h>
#include <engine/executor/procstat.h>
#include <engine/executor/statusfile.h>
#include <engine/schedule/schedule.h>
#include <engine/store/store.h>
#include <engine/workflow/workflow.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace Takt {

namespace {

// A job's name is used in URLs, file names and shell commands: keep it plain.
const QRegularExpression &jobNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return re;
}

// Deleting thousands of attempt directories can take seconds on a busy disk: never in the
// engine thread. Run ids are never reused, so nothing new can appear in them meanwhile.
void removeDirectoriesInBackground(const QStringList &dirs)
{
    if (dirs.isEmpty())
        return;
    (void)QtConcurrent::run([dirs] {
        for (const QString &dir : dirs)
            QDir(dir).removeRecursively();
    });
}

Error notStarted()
{
    return makeError(ErrorCode::Unavailable, {}, Tr::tr("the engine is not running"));
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The longest the due timer sleeps: it re-checks the wall clock at least this often, so a
// clock change (NTP step, suspend) delays a due time by no more than this.
constexpr qint64 MaxTimerSleepMs = 30'000;
// How early the due timer wakes before a due time (see tick()).
constexpr qint64 EarlyWakeMs = 2;
// How often retention looks for history to delete.
constexpr int PruneIntervalMs = 10 * 60 * 1000;
// State changes are grouped into one commit for at most this long (see write()).
constexpr int FlushDelayMs = 20;
// Reading a log never returns more than this in one call.
constexpr qint64 MaxLogChunk = 4 * 1024 * 1024;

// The supervisors in /proc whose attempt directory `matches`, with that directory: the way to
// re-find an attempt whose pid never reached the store because the engine died right after
// launching it, and the attempts an earlier life of a cluster node left running.
QList<std::pair<QString, SupervisorHandle>> findSupervisors(const std::function<bool(const QByteArray &)> &matches)
{
    QList<std::pair<QString, SupervisorHandle>> found;
    for (const qint64 pid : Internal::processIds()) {
        const QByteArrayList args = Internal::readProcCmdline(pid);
        if (args.isEmpty() || !args.first().endsWith("takt-supervisor"))
            continue;
        const auto dir = std::find_if(args.cbegin(), args.cend(), matches);
        if (dir == args.cend())
            continue;
        const auto stat = Internal::readProcStat(pid);
        if (!stat)
            continue;
        SupervisorHandle handle;
        handle.pid = pid;
        handle.pidStart = stat->startTime;
        found.append({QFile::decodeName(*dir), handle});
    }
    return found;
}

SupervisorHandle findSupervisorByDir(const QString &attemptDir)
{
    const QByteArray needle = QFile::encodeName(attemptDir);
    const auto found = findSupervisors([&](const QByteArray &arg) { return arg == needle; });
    return found.isEmpty() ? SupervisorHandle{} : found.first().second;
}

} // namespace

class EngineCorePrivate
{
public:
    EngineCorePrivate(EngineCore *q, const EngineCore::Options &options);

    EngineCore *q;
    EngineCore::Options options;
    Clock *clock = nullptr;
    std::unique_ptr<SystemClock> ownClock;
    std::unique_ptr<Store> store;
    ProcessExecutor *executor = nullptr;
    QTimer *dueTimer = nullptr;            // child of the core, so it follows it to its thread
    QTimer *flushTimer = nullptr;          // commits the open batch FlushDelayMs after its first write
    QTimer *pruneTimer = nullptr;          // retention, every PruneIntervalMs
    QList<std::function<void()>> afterCommit; // signals that wait for the batch to be committed
    bool inWork = false;                   // inside write(): flush() would commit half a change
    bool started = false;
    bool stopping = false;
    int slotCount = 0;

    QHash<JobId, Job> jobs;
    QHash<QString, JobId> jobIdsByName;
    QHash<JobId, Schedule> schedules;      // parsed schedules of the jobs that have one
    DueQueue due;                          // next fire time of each active scheduled job
    QHash<RunId, qint64> retryWaits;       // runs in Scheduled state waiting for notBefore
    RunQueue queue;                        // queued runs waiting for a slot
    QHash<RunId, RunRecord> active;        // queued and running runs, as last committed
    QHash<JobId, int> runningPerJob;
    QHash<JobId, int> activePerJob;        // queued, waiting and running runs of each job
    QSet<RunId> cancelRequested;

    // Cluster mode (a PostgreSQL store shared by several engines): the queue lives in the
    // database, the leader alone fires due times, and every node claims runs to execute.
    ClusterNode *cluster = nullptr;        // null = a single engine
    QTimer *claimTimer = nullptr;          // asks the database for claimable runs
    QHash<RunId, RunPlacement> placements; // of the runs this node executes
    QString clusterSecret;

    qint64 now() const { return clock->nowMs(); }
    QString runDir(RunId id) const { return options.dataDir + QStringLiteral("/runs/") + QString::number(id); }
    /// Started, with every state change so far committed: what a caller reads or changes
    /// through the public API is never a state a crash could still take back.
    Result<void> startedAndCommitted();
    /// Removes the run directories of this data directory whose runs the store no longer has.
    void removeOrphanRunDirs();
    QString attemptDir(RunId id, int attempt) const { return runDir(id) + u'/' + QString::number(attempt); }

    Result<JobSpec> validate(const JobSpec &spec) const;
    qint64 nextFireAfter(JobId job, qint64 afterMs) const;
    void indexJob(const Job &job);
    void unindexJob(JobId id);

    Result<void> write(const std::function<Result<void>()> &work);
    Result<void> flush();
    void notifyAfterCommit(std::function<void()> notify);
    void resync(const Error &why);
    Result<void> recover();
    void recoverAttempts(RunRecord &run);
    bool neverStarted(const QString &attemptDir) const;
    void requeueUnstarted(RunRecord &run, const QString &attemptDir);
    void catchUp(Job &job);
    void tick();
    void planTimer();
    qint64 nextWake() const;   ///< the next due time or retry, 0 = none
    void fire(JobId jobId, qint64 dueMs);
    void dispatch();
    Result<void> launch(RunRecord &run);
    void onFinished(RunId id, int attempt, const AttemptOutcome &outcome);
    qint64 retryDelay(const Job &job, int attemptDone) const;
    bool shouldRetry(const Job &job, const RunRecord &run, const AttemptOutcome &outcome) const;
    Result<void> commitRun(const RunRecord &run);
    void track(const RunRecord &run);
    Result<RunRecord> cancel(RunId id);
    void untrack(RunId id);
    int activeCount(JobId job) const;
    Result<RunRecord> enqueue(const Job &job, RunTrigger trigger, qint64 scheduledAt, bool emitChange = true,
                              const RunRecord &links = {});
    QString attemptDirFor(RunId id, int attempt) const { return attemptDir(id, attempt); }

    // ---- workflows (the section "Workflows" below) ----
    /// A running workflow run: the spec of its job version and its task runs so far.
    struct WorkflowRun
    {
        RunRecord run;                  // as last committed
        JobSpec job;                    // the spec of the run's job version
        WorkflowGraph graph;
        QList<int> order;               // tasks, each after its upstreams
        QHash<QString, int> taskIndex;
        QList<RunRecord> tasks;         // by task index; id 0 = not reached yet
        bool hasOutputs = false;        // a task wrote outputs: downstream env needs its ancestors
    };
    QHash<RunId, WorkflowRun> workflows;      // running workflow runs
    QHash<RunId, int> runningPerParent;       // running task runs of each workflow run
    QHash<JobId, int> runningBackfillPerJob;
    mutable QHash<std::pair<JobId, int>, JobSpec> versionSpecs; // specs of older job versions

    Result<JobSpec> specOfVersion(JobId job, int version) const;
    bool isWorkflowRun(const RunRecord &run) const;
    const TaskSpec *taskSpecOf(const RunRecord &taskRun) const;
    Result<void> startWorkflow(RunRecord &run);
    Result<void> loadWorkflow(const RunRecord &run);
    void evaluateWorkflow(RunId id);
    bool branchAllows(const WorkflowRun &wf, int branch, int task) const;
    Result<RunRecord> makeTaskRun(WorkflowRun &wf, int task, RunState state, const QString &reason);
    void taskEnded(const RunRecord &task);
    void finishWorkflow(RunId id, bool failed, const QStringList &failedTasks);
    Result<void> launchSubWorkflow(RunRecord &task);
    void subWorkflowEnded(const RunRecord &child);
    Result<RunRecord> cancelWorkflow(RunId id);
    void recoverWorkflows();
    void dispatchSoon();
    bool dispatchQueued = false;
    void addTaskEnvironment(const RunRecord &run, QProcessEnvironment &env, LaunchRequest &request) const;
    void collectOutputs(RunRecord &run);
    // ---- cluster mode ----
    Result<void> startCluster();
    void refreshJobs();
    QList<PlacedRun> placedRuns(const Job &job, RunTrigger trigger, RunState state, const QList<qint64> &dueTimes,
                                const QString &reason = {});
    bool fireInCluster(Job &job, const QList<PlacedRun> &runs, qint64 next);
    void fireDueInCluster(JobId jobId, qint64 dueMs);
    void claim();
    Result<void> commitClaimed(const RunRecord &run);
    void dropClaims(const char *why);
    void recoverCluster();
    void onBeat();
    void onRunsChangedElsewhere(const QList<RunId> &ids);
    Result<RunRecord> cancelInCluster(RunId id);
    Result<LogChunk> readRemoteLog(const QString &apiUrl, RunId id, int attempt, qint64 offset, qint64 maxBytes) const;
};

EngineCorePrivate::EngineCorePrivate(EngineCore *q, const EngineCore::Options &options)
    : q(q)
    , options(options)
{
    if (options.clock) {
        clock = options.clock;
    } else {
        ownClock = std::make_unique<SystemClock>();
        clock = ownClock.get();
    }
    slotCount = options.slotCount > 0 ? options.slotCount : std::max(2, QThread::idealThreadCount() * 2);
}

Result<JobSpec> EngineCorePrivate::validate(const JobSpec &input) const
{
    JobSpec spec = input;
    spec.name = spec.name.trimmed();
    if (spec.name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"name"_qs, Tr::tr("a job needs a name"));
    if (!jobNamePattern().match(spec.name).hasMatch())
        return makeError(ErrorCode::InvalidArgument, u"name"_qs,
                         Tr::tr("'%1' is not a valid name: use letters, digits, '.', '_' and '-' "
                                "(up to 100, starting with a letter or digit)").arg(spec.name));
    // A workflow's task runs are driven by the engine that holds its run; nodes of a cluster
    // would each claim tasks of runs they do not hold. Refused until that is built.
    if (cluster && spec.workflow)
        return makeError(ErrorCode::InvalidArgument, u"workflow"_qs,
                         Tr::tr("workflows run on a single engine; this engine is a node of a cluster"));
    spec.schedule = spec.schedule.trimmed();
    if (!spec.schedule.isEmpty()) {
        const auto schedule = Schedule::parse(spec.schedule);
        if (!schedule.isOk()) {
            Error error = schedule.error();
            // The cron field goes into the message, so "schedule: day-of-month: 32 is out of range".
            error.message = error.toString();
            error.field = u"schedule"_qs;
            return error;
        }
    }
    if (spec.timeZone.isEmpty())
        spec.timeZone = options.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                                   : options.timeZone;
    if (!QTimeZone(spec.timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidArgument, u"timezone"_qs,
                         Tr::tr("unknown time zone '%1'").arg(spec.timeZone));
    if (spec.workflow) {
        if (!spec.command.isEmpty())
            return makeError(ErrorCode::InvalidArgument, u"command"_qs,
                             Tr::tr("a workflow runs its tasks: give either \"command\" or \"workflow\", not both"));
        if (const Result<void> dag = validateWorkflow(*spec.workflow, spec.name); !dag.isOk())
            return dag.error();
    } else if (spec.command.isEmpty() || spec.command.first().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"command"_qs, Tr::tr("a job needs a command to run"));
    if (!spec.workDir.isEmpty() && QDir::isRelativePath(spec.workDir))
        return makeError(ErrorCode::InvalidArgument, u"workdir"_qs,
                         Tr::tr("'%1' is not an absolute path").arg(spec.workDir));
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'=') || it.key().contains(QChar(0)))
            return makeError(ErrorCode::InvalidArgument, u"env"_qs,
                             Tr::tr("'%1' is not a valid variable name").arg(it.key()));
    }
    if (spec.timeoutMs < 0)
        return makeError(ErrorCode::InvalidArgument, u"timeout"_qs, Tr::tr("a duration cannot be negative"));
    if (spec.retry.maxRetries < 0)
        return makeError(ErrorCode::InvalidArgument, u"retries"_qs, Tr::tr("cannot be negative"));
    if (spec.placement == Placement::Sharded && (spec.shards < 1 || spec.shards > 1000))
        return makeError(ErrorCode::InvalidArgument, u"shards"_qs,
                         Tr::tr("placement 'sharded' needs the number of shards (1 to 1000)"));
    if (spec.placement != Placement::Sharded && spec.shards != 0)
        return makeError(ErrorCode::InvalidArgument, u"shards"_qs, Tr::tr("only a job with placement 'sharded' has shards"));
    for (const QString &label : std::as_const(spec.labels)) {
        if (label.trimmed().isEmpty() || label.contains(u',') || label.contains(u' '))
            return makeError(ErrorCode::InvalidArgument, u"labels"_qs,
                             Tr::tr("'%1' is not a label: use no spaces or ','").arg(label));
    }
    return spec;
}

qint64 EngineCorePrivate::nextFireAfter(JobId jobId, qint64 afterMs) const
{
    const auto it = schedules.constFind(jobId);
    if (it == schedules.constEnd())
        return 0;
    return it->nextFireTime(afterMs, QTimeZone(jobs.value(jobId).spec.timeZone.toUtf8()));
}

void EngineCorePrivate::indexJob(const Job &job)
{
    jobs.insert(job.id, job);
    jobIdsByName.insert(job.spec.name, job.id);
    if (job.spec.schedule.isEmpty()) {
        schedules.remove(job.id);
    } else {
        const auto schedule = Schedule::parse(job.spec.schedule);
        if (schedule.isOk())
            schedules.insert(job.id, schedule.value());
        else
            schedules.remove(job.id);
    }
    due.set(job.id, job.paused ? 0 : job.nextFireAt);
}

void EngineCorePrivate::unindexJob(JobId id)
{
    jobIdsByName.remove(jobs.value(id).spec.name);
    jobs.remove(id);
    schedules.remove(id);
    due.remove(id);
}

int EngineCorePrivate::activeCount(JobId job) const
{
    return activePerJob.value(job);
}

void EngineCorePrivate::track(const RunRecord &run)
{
    const bool wasRunning = active.contains(run.id) && active.value(run.id).state == RunState::Running;
    const bool isRunning = run.state == RunState::Running;
    if (wasRunning != isRunning) {
        // A task run counts against its workflow run's maxParallel, not against its job.
        if (run.isTaskRun()) {
            if ((runningPerParent[run.parentRunId] += isRunning ? 1 : -1) <= 0)
                runningPerParent.remove(run.parentRunId);
        } else {
            runningPerJob[run.jobId] += isRunning ? 1 : -1;
            if (run.trigger == RunTrigger::Backfill)
                runningBackfillPerJob[run.jobId] += isRunning ? 1 : -1;
        }
    }
    if (run.isTaskRun()) {
        const auto wf = workflows.find(run.parentRunId);
        if (wf != workflows.end() && wf->taskIndex.contains(run.task)) {
            wf->tasks[wf->taskIndex.value(run.task)] = run;
            wf->hasOutputs = wf->hasOutputs || !run.outputs.isEmpty();
        }
    } else if (const auto wf = workflows.find(run.id); wf != workflows.end()) {
        wf->run = run;
    }

    queue.remove(run.id);
    retryWaits.remove(run.id);
    const bool wasActive = active.contains(run.id);
    if (isFinal(run.state)) {
        if (wasActive && --activePerJob[run.jobId] <= 0)
            activePerJob.remove(run.jobId);
        active.remove(run.id);
        cancelRequested.remove(run.id);
        return;
    }
    if (!wasActive)
        ++activePerJob[run.jobId];
    active.insert(run.id, run);
    if (run.state == RunState::Queued)
        queue.push(run.id, run.priority, run.scheduledAt);
    else if (run.state == RunState::Scheduled)
        retryWaits.insert(run.id, run.notBefore);
}

Result<RunRecord> EngineCorePrivate::cancel(RunId id)
{
    // Part of a batch like any state change: callers inside a transaction (overlap "replace"
    // while firing) must not commit half of it, so this never flushes.
    if (workflows.contains(id))
        return cancelWorkflow(id);
    if (cluster && !active.contains(id))
        return cancelInCluster(id);
    RunRecord run = active.value(id);
    cancelRequested.insert(id);
    if (run.state == RunState::Running && executor->cancel(id))
        return run; // the supervisor stops the process group; finished() records the end
    if (run.state == RunState::Running && run.isTaskRun() && run.current.attempt == 0) {
        // A sub-workflow task: its child run is cancelled with it.
        const auto children = store->childRuns(run.id);
        if (children.isOk()) {
            for (const RunRecord &child : children.value()) {
                if (active.contains(child.id))
                    (void)cancel(child.id);
            }
        }
    }
    run.state = RunState::Cancelled;
    run.current.reason = Tr::tr("cancelled before it started");
    if (run.current.attempt > 0)
        run.current.state = RunState::Cancelled;
    const Result<void> saved = commitRun(run);
    if (!saved.isOk())
        return saved.error();
    if (run.isTaskRun())
        taskEnded(run);
    return run;
}

void EngineCorePrivate::untrack(RunId id)
{
    RunRecord gone = active.value(id);
    if (!gone.isValid())
        return;
    gone.state = RunState::Cancelled;
    track(gone); // a final state removes it from every queue and count
}

Result<void> EngineCorePrivate::write(const std::function<Result<void>()> &work)
{
    // Every state change joins one open transaction that is committed FlushDelayMs after its
    // first write, or at once when a caller needs it durable (flush()). Hundreds of runs
    // starting and ending then cost one commit, and nothing is announced before it is stored.
    if (!store->isInBatch()) {
        if (const Result<void> begun = store->beginBatch(); !begun.isOk())
            return begun;
        flushTimer->start(FlushDelayMs);
    }
    // Nested writes join the outer one; `inWork` guards against committing from inside.
    const bool outer = !inWork;
    inWork = true;
    const Result<void> result = store->transaction(work);
    if (outer)
        inWork = false;
    return result;
}

void EngineCorePrivate::notifyAfterCommit(std::function<void()> notify)
{
    afterCommit.append(std::move(notify));
}

Result<void> EngineCorePrivate::startedAndCommitted()
{
    if (!started)
        return notStarted();
    return flush();
}

Result<void> EngineCorePrivate::flush()
{
    if (!store || !store->isInBatch())
        return {};
    Q_ASSERT_X(!inWork, "flush", "a batch cannot be committed from inside one of its own transactions");
    flushTimer->stop();
    const Result<void> committed = store->commitBatch();
    if (!committed.isOk()) {
        resync(committed.error());
        return committed;
    }
    const QList<std::function<void()>> notifications = std::exchange(afterCommit, {});
    for (const auto &notify : notifications)
        notify();
    return {};
}

void EngineCorePrivate::resync(const Error &why)
{
    // The batch is gone (disk full, database locked …): what this engine holds in memory is
    // ahead of the store. Forget it and read the store again, as a restart would; attempts
    // that started meanwhile are found again by their directories.
    qWarning("takt: the store refused a commit (%s); reloading the engine state from it",
             qPrintable(why.toString()));
    store->rollbackBatch();
    afterCommit.clear();
    jobs.clear();
    jobIdsByName.clear();
    schedules.clear();
    due = DueQueue();
    queue = RunQueue();
    retryWaits.clear();
    active.clear();
    runningPerJob.clear();
    activePerJob.clear();
    const auto stored = store->jobs();
    if (stored.isOk()) {
        for (const Job &job : stored.value())
            indexJob(job);
    }
    workflows.clear();
    runningPerParent.clear();
    runningBackfillPerJob.clear();
    (void)recover();
    recoverWorkflows();
}

Result<void> EngineCorePrivate::commitRun(const RunRecord &run)
{
    if (cluster)
        return commitClaimed(run);
    const Result<void> written = write([&] { return store->updateRun(run); });
    if (!written.isOk()) {
        qWarning("takt: could not record run %lld: %s", run.id, qPrintable(written.error().toString()));
        return written;
    }
    track(run);
    notifyAfterCommit([this, run] { Q_EMIT q->runChanged(run); });
    return {};
}

Result<RunRecord> EngineCorePrivate::enqueue(const Job &job, RunTrigger trigger, qint64 scheduledAt, bool emitChange,
                                             const RunRecord &links)
{
    RunRecord run;
    // A workflow run's parameters are its declared defaults with the given values on top.
    if (job.spec.workflow)
        run.params = job.spec.workflow->params;
    for (auto it = links.params.cbegin(); it != links.params.cend(); ++it)
        run.params.insert(it.key(), it.value());
    run.parentRunId = links.parentRunId;
    run.rerunOf = links.rerunOf;
    run.parallelLimit = links.parallelLimit;
    run.jobId = job.id;
    run.jobName = job.spec.name;
    run.jobVersion = job.version;
    run.trigger = trigger;
    run.priority = job.spec.priority;
    run.scheduledAt = scheduledAt;
    run.queuedAt = now();
    run.maxAttempts = job.spec.retry.maxRetries + 1;
    run.state = RunState::Queued;

    // Overlap policy: decided when the run comes due, against the runs still active.
    // Only due times meet the overlap policy: whoever asks (a person, a backfill, a workflow)
    // gets the run.
    const bool due = trigger == RunTrigger::Schedule || trigger == RunTrigger::Catchup;
    if (due && activeCount(job.id) > 0) {
        switch (job.spec.overlap) {
        case OverlapPolicy::Allow:
        case OverlapPolicy::Queue:
            break;
        case OverlapPolicy::Skip:
            run.state = RunState::Skipped;
            run.current.reason = Tr::tr("skipped: the previous run was still active (overlap policy skip)");
            break;
        case OverlapPolicy::Replace: {
            QList<RunId> previous;
            for (const RunRecord &other : std::as_const(active)) {
                if (other.jobId == job.id && !other.isTaskRun()) // a workflow run takes its tasks along
                    previous.append(other.id);
            }
            for (RunId id : std::as_const(previous))
                (void)cancel(id);
            break;
        }
        }
    }

    Result<RunRecord> inserted = Error{};
    const Result<void> written = write([&]() -> Result<void> {
        inserted = store->insertRun(run);
        return inserted.isOk() ? Result<void>() : Result<void>(inserted.error());
    });
    if (!written.isOk())
        return written.error();
    track(inserted.value());
    if (emitChange) {
        const RunRecord made = inserted.value();
        notifyAfterCommit([this, made] { Q_EMIT q->runChanged(made); });
    }
    return inserted;
}

Result<void> EngineCorePrivate::recover()
{
    if (cluster) {
        recoverCluster();
        return {};
    }
    // Runs an earlier engine left running: adopt their supervisors, collect what they
    // recorded, or mark them lost. Queued and retry-waiting runs go back into the queues.
    const auto leftovers = store->runsInStates({RunState::Scheduled, RunState::Queued, RunState::Running});
    if (!leftovers.isOk())
        return leftovers.error();
    for (RunRecord run : leftovers.value()) {
        recoverAttempts(run);
        // Running without an attempt: a workflow run or a sub-workflow task, which have no
        // process of their own (recoverWorkflows() takes them up).
        if (run.state != RunState::Running || run.current.attempt == 0) {
            track(run);
            continue;
        }
        if (executor->isRunning(run.id)) {
            track(run); // still watched (a resync, not a restart)
            continue;
        }
        SupervisorHandle handle{run.current.pid, run.current.pidStart, run.current.logPath};
        const QString dir = attemptDir(run.id, run.current.attempt);
        if (handle.pid == 0)
            handle = findSupervisorByDir(dir);
        if (handle.pid == 0 && neverStarted(dir)) {
            requeueUnstarted(run, dir);
            track(run);
            continue;
        }
        if (handle.logPath.isEmpty())
            handle.logPath = run.current.logPath;
        track(run);
        executor->adopt(run.id, run.current.attempt, dir, handle);
    }
    return {};
}

// The figures of an ended attempt, as its supervisor recorded them.
static void applyOutcome(AttemptRecord &a, const AttemptOutcome &outcome)
{
    a.state = outcome.state;
    if (outcome.startedAt > 0)
        a.startedAt = outcome.startedAt;
    a.finishedAt = outcome.finishedAt;
    a.exitCode = outcome.exitCode;
    a.signal = outcome.signal;
    a.cpuMs = outcome.cpuMs;
    a.peakRssKb = outcome.peakRssKb;
    a.logSize = outcome.logSize > 0 ? outcome.logSize : QFileInfo(a.logPath).size();
    a.reason = outcome.reason;
}

// A supervisor opens its attempt's log before it starts the command, and a spare whose engine
// died before it read its request starts nothing: an attempt directory with neither a log nor
// a status, and no supervisor, is one whose command never ran.
bool EngineCorePrivate::neverStarted(const QString &dir) const
{
    return !QFileInfo::exists(dir + QStringLiteral("/output.log")) && !readStatusFile(dir).has_value();
}

void EngineCorePrivate::requeueUnstarted(RunRecord &run, const QString &dir)
{
    // The engine died between making the attempt's directory and its command starting. Nothing
    // ran, so nothing was lost: the run goes back to the queue and the attempt starts afresh.
    qInfo("takt: attempt %d of run %lld never started; it goes back to the queue", run.current.attempt, run.id);
    const int unstarted = run.current.attempt;
    QDir(dir).removeRecursively();
    AttemptRecord previous;
    previous.attempt = unstarted - 1;
    if (previous.attempt > 0) {
        if (const auto attempts = store->attempts(run.id); attempts.isOk()) {
            for (const AttemptRecord &a : attempts.value()) {
                if (a.attempt == previous.attempt)
                    previous = a;
            }
        }
    }
    run.current = previous;
    run.state = RunState::Queued;
    run.queuedAt = now();
    (void)write([&] { return store->updateRun(run); });
}

void EngineCorePrivate::recoverAttempts(RunRecord &run)
{
    // Attempts the store never heard of: an engine that died within a batch had started them
    // (their directories exist) without committing it. Every attempt but the newest has ended,
    // since an attempt starts only after the one before it; the newest is adopted as running.
    int newest = run.current.attempt;
    while (QFileInfo::exists(attemptDir(run.id, newest + 1)))
        ++newest;
    if (newest == run.current.attempt)
        return;
    const int firstUnrecorded = run.state == RunState::Running ? run.current.attempt : run.current.attempt + 1;
    for (int attempt = std::max(1, firstUnrecorded); attempt < newest; ++attempt) {
        const QString dir = attemptDir(run.id, attempt);
        AttemptRecord ended;
        ended.attempt = attempt;
        ended.logPath = dir + QStringLiteral("/output.log");
        if (const auto outcome = readStatusFile(dir)) {
            applyOutcome(ended, *outcome);
        } else {
            ended.state = RunState::Lost;
            ended.finishedAt = now();
            ended.reason = Tr::tr("the attempt ended without recording an exit status");
        }
        run.current = ended;
        (void)write([&] { return store->updateRun(run); });
    }
    AttemptRecord current;
    current.attempt = newest;
    current.state = RunState::Running;
    current.startedAt = now();
    current.logPath = attemptDir(run.id, newest) + QStringLiteral("/output.log");
    run.current = current;
    run.state = RunState::Running;
    (void)write([&] { return store->updateRun(run); });
}

void EngineCorePrivate::catchUp(Job &job)
{
    // Due times missed while the engine was down or the job paused: the misfire policy says
    // whether none, the latest or all of them run now. Each runs (or is recorded skipped) at
    // most once, because the store refuses a second run for the same due time.
    const qint64 nowMs = now();
    if (job.paused || job.nextFireAt == 0 || job.nextFireAt > nowMs)
        return;
    QList<qint64> missed;
    const int limit = job.spec.misfire == MisfirePolicy::All ? job.spec.misfireLimit : 1000;
    for (qint64 t = job.nextFireAt; t != 0 && t <= nowMs && missed.size() < limit; t = nextFireAfter(job.id, t))
        missed.append(t);

    QList<qint64> toRun;
    if (job.spec.misfire == MisfirePolicy::All)
        toRun = missed;
    else if (job.spec.misfire == MisfirePolicy::Once && !missed.isEmpty())
        toRun = {missed.last()};

    if (cluster) {
        // One fenced transaction for all of it: a leader that lost its term makes nothing.
        QList<qint64> skippedTimes;
        for (qint64 t : std::as_const(missed)) {
            if (!toRun.contains(t))
                skippedTimes << t;
        }
        QList<PlacedRun> runs = placedRuns(job, RunTrigger::Catchup, RunState::Queued, toRun);
        runs += placedRuns(job, RunTrigger::Catchup, RunState::Skipped, skippedTimes,
                           Tr::tr("missed while the engine was stopped or the job paused (misfire policy %1)")
                               .arg(misfirePolicyName(job.spec.misfire)));
        const qint64 last = missed.isEmpty() ? nowMs : std::max(missed.last(), nowMs);
        fireInCluster(job, runs, nextFireAfter(job.id, last));
        return;
    }
    for (qint64 t : std::as_const(missed)) {
        if (toRun.contains(t)) {
            const auto run = enqueue(job, RunTrigger::Catchup, t);
            if (!run.isOk() && run.error().code != ErrorCode::AlreadyExists)
                qWarning("takt: catch-up of %s failed: %s", qPrintable(job.spec.name), qPrintable(run.error().toString()));
            continue;
        }
        RunRecord skipped;
        skipped.jobId = job.id;
        skipped.jobName = job.spec.name;
        skipped.jobVersion = job.version;
        skipped.trigger = RunTrigger::Catchup;
        skipped.state = RunState::Skipped;
        skipped.priority = job.spec.priority;
        skipped.scheduledAt = t;
        skipped.queuedAt = nowMs;
        skipped.current.reason = Tr::tr("missed while the engine was stopped or the job paused (misfire policy %1)")
                                     .arg(misfirePolicyName(job.spec.misfire));
        Result<RunRecord> inserted = Error{};
        (void)write([&]() -> Result<void> {
            inserted = store->insertRun(skipped);
            return inserted.isOk() ? Result<void>() : Result<void>(inserted.error());
        });
        if (inserted.isOk()) {
            const RunRecord made = inserted.value();
            notifyAfterCommit([this, made] { Q_EMIT q->runChanged(made); });
        }
    }
    const qint64 last = missed.isEmpty() ? nowMs : std::max(missed.last(), nowMs);
    job.nextFireAt = nextFireAfter(job.id, last);
    const Result<void> saved = write([&] { return store->setNextFireAt(job.id, job.nextFireAt); });
    if (!saved.isOk())
        qWarning("takt: %s", qPrintable(saved.error().toString()));
    indexJob(job);
}

void EngineCorePrivate::fire(JobId jobId, qint64 dueMs)
{
    if (cluster) {
        fireDueInCluster(jobId, dueMs);
        return;
    }
    auto it = jobs.find(jobId);
    if (it == jobs.end() || it->paused)
        return;
    Job &job = it.value();
    // The run and the job's next due time are written together: after a crash the engine
    // neither forgets this due time nor fires it twice.
    const qint64 next = nextFireAfter(jobId, std::max(dueMs, now() - 1));
    Result<RunRecord> run = Error{};
    const Result<void> written = write([&]() -> Result<void> {
        run = enqueue(job, RunTrigger::Schedule, dueMs, false);
        if (!run.isOk() && run.error().code != ErrorCode::AlreadyExists)
            return run.error();
        return store->setNextFireAt(jobId, next);
    });
    if (!written.isOk()) {
        qWarning("takt: could not fire %s: %s", qPrintable(job.spec.name), qPrintable(written.error().toString()));
        // Nothing was committed: forget the run and try the due time again on the next tick.
        if (run.isOk())
            untrack(run->id);
        due.set(jobId, dueMs);
        return;
    }
    job.nextFireAt = next;
    due.set(jobId, next);
    const Job changed = job;
    const std::optional<RunRecord> made = run.isOk() ? std::optional<RunRecord>(run.value()) : std::nullopt;
    notifyAfterCommit([this, made, changed] {
        if (made)
            Q_EMIT q->runChanged(*made);
        Q_EMIT q->jobChanged(changed);
    });
}

void EngineCorePrivate::tick()
{
    if (!started || stopping)
        return;
    // The timer woke up to EarlyWakeMs early (planTimer): wait out the rest to the instant,
    // which a millisecond-counting timer cannot hit.
    const qint64 earliest = nextWake();
    if (!clock->isManual() && earliest > 0) {
        const qint64 early = earliest - now();
        if (early > 0 && early <= EarlyWakeMs)
            std::this_thread::sleep_until(std::chrono::system_clock::time_point(std::chrono::milliseconds(earliest)));
    }
    const qint64 nowMs = now();
    for (const auto &[jobId, dueMs] : due.takeDue(nowMs))
        fire(jobId, dueMs);

    // Retries whose back-off has passed join the queue.
    QList<RunId> ready;
    for (auto it = retryWaits.cbegin(); it != retryWaits.cend(); ++it) {
        if (it.value() <= nowMs)
            ready.append(it.key());
    }
    for (RunId id : std::as_const(ready)) {
        RunRecord run = active.value(id);
        run.state = RunState::Queued;
        run.queuedAt = nowMs;
        commitRun(run);
    }
    dispatch();
    planTimer();
}

qint64 EngineCorePrivate::nextWake() const
{
    if (cluster && !cluster->isLeader())
        return 0; // only the leader fires; retries wait in the database
    qint64 next = due.earliest();
    for (qint64 t : std::as_const(retryWaits))
        next = next == 0 ? t : std::min(next, t);
    return next;
}

void EngineCorePrivate::planTimer()
{
    if (!started || stopping)
        return;
    const qint64 next = nextWake();
    if (clock->isManual()) {
        // A manual clock moves only by jumps, which call tick(); only what is already due
        // (a retry without back-off) needs the timer.
        if (next != 0 && next <= now())
            dueTimer->start(0);
        else
            dueTimer->stop();
        return;
    }
    // Qt's timers count whole milliseconds and fire up to one late; waking early and letting
    // tick() sleep to the exact instant starts runs on time.
    const qint64 wait = next == 0 ? MaxTimerSleepMs : std::clamp<qint64>(next - now() - EarlyWakeMs, 0, MaxTimerSleepMs);
    dueTimer->start(int(wait));
}

Result<void> EngineCorePrivate::launch(RunRecord &run)
{
    if (isWorkflowRun(run))
        return startWorkflow(run);
    if (run.isTaskRun()) {
        const TaskSpec *task = taskSpecOf(run);
        if (task && task->kind == TaskKind::Workflow)
            return launchSubWorkflow(run);
    }
    const Job job = jobs.value(run.jobId);
    const int previousAttempt = run.current.attempt;
    run.state = RunState::Running;
    run.current = AttemptRecord{};
    run.current.attempt = previousAttempt + 1;
    run.current.state = RunState::Running;
    run.current.startedAt = now();
    const QString dir = attemptDir(run.id, run.current.attempt);
    run.current.logPath = dir + QStringLiteral("/output.log");

    // The attempt's directory exists before its process does: an engine that dies before the
    // "running" state is committed finds the attempt by its directory on the next start
    // (recoverAttempts) and adopts it rather than starting it a second time.
    if (!QDir().mkpath(dir)) {
        AttemptOutcome outcome;
        outcome.state = RunState::Failed;
        outcome.startedAt = run.current.startedAt;
        outcome.finishedAt = now();
        outcome.reason = Tr::tr("cannot create the attempt directory '%1'").arg(dir);
        active.insert(run.id, run);
        const Result<void> marked = commitRun(run);
        if (marked.isOk())
            onFinished(run.id, run.current.attempt, outcome);
        return marked;
    }

    LaunchRequest request;
    request.runId = run.id;
    request.attempt = run.current.attempt;
    request.argv = job.spec.command;
    request.workDir = job.spec.workDir.isEmpty() ? options.dataDir + QStringLiteral("/work") : job.spec.workDir;
    request.attemptDir = dir;
    request.timeoutMs = job.spec.timeoutMs;
    request.killGraceMs = job.spec.killGraceMs;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = job.spec.env.cbegin(); it != job.spec.env.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("TAKT_JOB"), job.spec.name);
    env.insert(QStringLiteral("TAKT_RUN_ID"), QString::number(run.id));
    env.insert(QStringLiteral("TAKT_ATTEMPT"), QString::number(run.current.attempt));
    env.insert(QStringLiteral("TAKT_SCHEDULED_TIME"), isoUtc(run.scheduledAt));
    env.insert(QStringLiteral("TAKT_TRIGGER"), runTriggerName(run.trigger));
    for (auto it = run.params.cbegin(); it != run.params.cend(); ++it)
        env.insert(paramEnvName(it.key()), it.value());
    if (run.isTaskRun())
        addTaskEnvironment(run, env, request);
    if (cluster) {
        env.insert(QStringLiteral("TAKT_NODE"), cluster->options().name);
        const RunPlacement placement = placements.value(run.id);
        if (placement.shardTotal > 0) {
            env.insert(QStringLiteral("TAKT_SHARD_INDEX"), QString::number(placement.shardIndex));
            env.insert(QStringLiteral("TAKT_SHARD_TOTAL"), QString::number(placement.shardTotal));
        }
    }
    for (const QString &entry : env.toStringList())
        request.environment.append(entry.toLocal8Bit());

    const auto handle = executor->launch(request);
    if (handle.isOk()) {
        run.current.pid = handle->pid;
        run.current.pidStart = handle->pidStart;
        if (!handle->logPath.isEmpty())
            run.current.logPath = handle->logPath;
    }
    const Result<void> marked = commitRun(run);
    if (!handle.isOk()) {
        // The supervisor itself could not start: the attempt fails with that reason and the
        // retry policy decides, as for any failed attempt.
        AttemptOutcome outcome;
        outcome.state = RunState::Failed;
        outcome.startedAt = run.current.startedAt;
        outcome.finishedAt = now();
        outcome.reason = handle.error().toString();
        onFinished(run.id, run.current.attempt, outcome);
    }
    return marked;
}

void EngineCorePrivate::dispatch()
{
    if (cluster) {
        claim();
        return;
    }
    if (!started || stopping || queue.isEmpty())
        return;
    const int free = slotCount - executor->runningCount();
    if (free <= 0)
        return;
    QList<RunId> chosen;
    QHash<JobId, int> chosenPerJob;
    QHash<RunId, int> chosenPerParent;
    QHash<JobId, int> chosenBackfills;
    queue.forEachInOrder([&](RunId id) {
        const RunRecord &run = active[id];
        if (run.isTaskRun()) {
            // Tasks are limited by their workflow run's maxParallel, not by their job's limits.
            const auto wf = workflows.constFind(run.parentRunId);
            const int limit = wf == workflows.constEnd() ? 0 : wf->job.workflow->maxParallel;
            if (limit > 0 && runningPerParent.value(run.parentRunId) + chosenPerParent.value(run.parentRunId) >= limit)
                return true;
            chosen.append(id);
            ++chosenPerParent[run.parentRunId];
            return chosen.size() < free;
        }
        if (run.trigger == RunTrigger::Backfill && run.parallelLimit > 0
            && runningBackfillPerJob.value(run.jobId) + chosenBackfills.value(run.jobId) >= run.parallelLimit)
            return true;
        if (run.trigger == RunTrigger::Backfill)
            ++chosenBackfills[run.jobId];
        const JobSpec &spec = jobs[run.jobId].spec;
        int limit = spec.maxConcurrent;
        if (spec.overlap == OverlapPolicy::Queue)
            limit = 1;
        if (limit > 0 && runningPerJob.value(run.jobId) + chosenPerJob.value(run.jobId) >= limit)
            return true; // this job is at its limit: later runs of other jobs may go first
        chosen.append(id);
        ++chosenPerJob[run.jobId];
        return chosen.size() < free;
    });
    if (chosen.isEmpty())
        return;
    // What the store does not have yet (the runs just made, the attempts just ended) is
    // committed before any process starts: after a crash the engine can then never start a
    // run again that it had already started but not yet stored. One commit serves the round.
    if (!flush().isOk())
        return;
    for (RunId id : std::as_const(chosen)) {
        if (!active.contains(id) || active.value(id).state != RunState::Queued)
            continue; // cancelled by whoever heard of the commit
        RunRecord run = active.value(id);
        if (!launch(run).isOk())
            break; // the store failed; the next tick tries again
    }
}

qint64 EngineCorePrivate::retryDelay(const Job &job, int attemptDone) const
{
    const RetryPolicy &policy = job.spec.retry;
    double delay = double(policy.delayMs);
    if (policy.backoff == RetryPolicy::Backoff::Exponential)
        delay = std::min(double(policy.maxDelayMs), delay * std::pow(2.0, std::max(0, attemptDone - 1)));
    if (policy.jitter > 0) {
        const double spread = delay * policy.jitter;
        delay += (QRandomGenerator::global()->generateDouble() * 2 - 1) * spread;
    }
    return std::max<qint64>(0, qint64(delay));
}

bool EngineCorePrivate::shouldRetry(const Job &job, const RunRecord &run, const AttemptOutcome &outcome) const
{
    if (outcome.state == RunState::Succeeded || outcome.state == RunState::Cancelled)
        return false;
    if (cancelRequested.contains(run.id) || run.current.attempt >= run.maxAttempts)
        return false;
    const QList<int> &codes = job.spec.retry.retryExitCodes;
    if (!codes.isEmpty() && outcome.state == RunState::Failed && !codes.contains(outcome.exitCode))
        return false;
    return true;
}

void EngineCorePrivate::onFinished(RunId id, int attempt, const AttemptOutcome &outcome)
{
    auto it = active.find(id);
    if (it == active.end() || it->current.attempt != attempt)
        return; // an attempt this engine no longer tracks (the job was deleted)
    RunRecord run = it.value();
    AttemptRecord &a = run.current;
    applyOutcome(a, outcome);
    if (cancelRequested.contains(id) && outcome.state != RunState::Succeeded)
        a.state = RunState::Cancelled;
    if (a.finishedAt <= 0)
        a.finishedAt = now();

    Job job = jobs.value(run.jobId);
    if (run.isTaskRun()) {
        if (const TaskSpec *task = taskSpecOf(run))
            job.spec.retry = task->retry;
        collectOutputs(run);
        // A branch that names a task it does not lead to has failed: nothing would run.
        const TaskSpec *task = taskSpecOf(run);
        if (task && task->kind == TaskKind::Branch && a.state == RunState::Succeeded) {
            const WorkflowRun &wf = workflows[run.parentRunId];
            QStringList downstream;
            for (int d : wf.graph.downstream(wf.taskIndex.value(run.task)))
                downstream << wf.job.workflow->tasks.at(d).name;
            for (const QString &chosen : branchChoice(run.outputs)) {
                if (!downstream.contains(chosen)) {
                    a.state = RunState::Failed;
                    a.reason = Tr::tr("branch chose \"%1\", which is not a task right after it (%2)")
                                   .arg(chosen, downstream.join(u", "));
                    break;
                }
            }
        }
    }
    AttemptOutcome decided = outcome;
    decided.state = a.state;
    if (shouldRetry(job, run, decided)) {
        run.state = RunState::Scheduled;
        run.notBefore = now() + retryDelay(job, a.attempt);
    } else {
        run.state = a.state;
    }
    // The attempt row keeps this attempt's figures; the run row moves on.
    commitRun(run);
    if (run.isTaskRun() && isFinal(run.state))
        taskEnded(run);
    if (!stopping) {
        dispatch();
        planTimer();
    }
}

// ---- cluster mode ----

namespace {
// A run waits this long for a less loaded matching node before any matching node takes it.
constexpr qint64 ClaimGraceMs = 1000;
// How often a node asks for claimable runs besides the notifications that new ones exist.
constexpr int ClaimPollMs = 250;
// A log read from another node waits no longer than this for its answer.
constexpr int RemoteLogTimeoutMs = 5000;
} // namespace

Result<void> EngineCorePrivate::startCluster()
{
    ClusterNode::Options node;
    node.storeUrl = options.store;
    // By default the host name and the data directory: two nodes on one machine differ, and a
    // node restarted on its data directory rejoins as itself.
    node.name = options.cluster.nodeName;
    if (node.name.isEmpty()) {
        const QByteArray dir = QFile::encodeName(QFileInfo(options.dataDir).absoluteFilePath());
        node.name = QStringLiteral("%1-%2").arg(QHostInfo::localHostName(),
                                                QString::fromLatin1(QCryptographicHash::hash(dir, QCryptographicHash::Sha1)
                                                                        .toHex().left(6)));
    }
    node.labels = options.cluster.labels;
    node.slotCount = slotCount;
    node.heartbeatMs = std::max(50, options.cluster.heartbeatMs);
    node.nodeTimeoutMs = std::max(node.heartbeatMs * 2, options.cluster.nodeTimeoutMs);
    cluster = new ClusterNode(node, q);
    if (const Result<void> joined = cluster->start(); !joined.isOk()) {
        delete cluster;
        cluster = nullptr;
        return joined;
    }
    if (const Result<QString> secret = cluster->store()->clusterSecret(); secret.isOk())
        clusterSecret = secret.value();
    if (!claimTimer) {
        claimTimer = new QTimer(q);
        claimTimer->setSingleShot(true);
        QObject::connect(claimTimer, &QTimer::timeout, q, [this] { claim(); });
    }
    QObject::connect(cluster, &ClusterNode::beat, q, [this] { onBeat(); });
    QObject::connect(cluster, &ClusterNode::leadershipGained, q, [this] {
        // Like an engine starting: what fell due while nobody led follows the misfire policy.
        refreshJobs();
        const QList<JobId> ids = jobs.keys();
        for (JobId id : ids) {
            if (!jobs.contains(id))
                continue;
            Job job = jobs.value(id);
            catchUp(job);
        }
        tick();
    });
    QObject::connect(cluster, &ClusterNode::leadershipLost, q, [this] { planTimer(); });
    QObject::connect(cluster, &ClusterNode::fenced, q, [this] { dropClaims("declared dead"); });
    QObject::connect(cluster, &ClusterNode::rejoined, q, [this] {
        recoverCluster();
        claim();
    });
    QObject::connect(cluster->store(), &ClusterStore::runsChangedElsewhere, q,
                     [this](const QList<RunId> &ids) { onRunsChangedElsewhere(ids); });
    return {};
}

void EngineCorePrivate::refreshJobs()
{
    const auto stored = store->jobs();
    if (!stored.isOk())
        return;
    QSet<JobId> seen;
    for (const Job &job : stored.value()) {
        seen.insert(job.id);
        if (!jobs.contains(job.id) || !(jobs.value(job.id) == job)) {
            const bool resumed = jobs.contains(job.id) && jobs.value(job.id).paused && !job.paused;
            indexJob(job);
            Q_EMIT q->jobChanged(job);
            // Resumed on another node: what the pause missed follows the misfire policy here,
            // where the due times are fired.
            if (resumed && cluster->isLeader()) {
                Job resumedJob = job;
                catchUp(resumedJob);
            }
        } else if (!job.paused) {
            due.set(job.id, job.nextFireAt); // re-arms a due time whose firing failed
        }
    }
    const QList<JobId> known = jobs.keys();
    for (JobId id : known) {
        if (seen.contains(id))
            continue;
        const QString name = jobs.value(id).spec.name;
        unindexJob(id);
        Q_EMIT q->jobRemoved(name);
    }
    planTimer();
}

QList<PlacedRun> EngineCorePrivate::placedRuns(const Job &job, RunTrigger trigger, RunState state,
                                               const QList<qint64> &dueTimes, const QString &reason)
{
    QList<qint64> targets{0};
    if (job.spec.placement == Placement::Broadcast) {
        // One run for each live node that offers the job's labels, bound to that node.
        targets.clear();
        const auto nodes = cluster->store()->nodes();
        for (const NodeInfo &node : nodes.isOk() ? nodes.value() : QList<NodeInfo>()) {
            const bool matches = std::all_of(job.spec.labels.cbegin(), job.spec.labels.cend(),
                                             [&](const QString &label) { return node.labels.contains(label); });
            if (node.alive && matches)
                targets << node.id;
        }
    }
    const int shards = job.spec.placement == Placement::Sharded ? std::max(1, job.spec.shards) : 0;
    QList<PlacedRun> list;
    for (qint64 t : dueTimes) {
        for (qint64 target : std::as_const(targets)) {
            for (int shard = 0; shard < std::max(1, shards); ++shard) {
                PlacedRun placed;
                RunRecord &run = placed.run;
                run.jobId = job.id;
                run.jobName = job.spec.name;
                run.jobVersion = job.version;
                run.trigger = trigger;
                run.state = state;
                run.priority = job.spec.priority;
                run.scheduledAt = t;
                run.queuedAt = now();
                run.maxAttempts = job.spec.retry.maxRetries + 1;
                run.current.reason = reason;
                placed.placement = RunPlacement{job.spec.labels, shard, shards, target};
                list << placed;
            }
        }
    }
    return list;
}

bool EngineCorePrivate::fireInCluster(Job &job, const QList<PlacedRun> &runs, qint64 next)
{
    if (!cluster->isLeader())
        return false;
    const auto made = cluster->store()->fire(cluster->term(), job.id, job.nextFireAt, next, runs);
    if (!made.isOk()) {
        // A passed term: another node leads now and this one must not fire. A changed job:
        // read it again; the next heartbeat re-arms its due time either way.
        qWarning("takt: could not fire %s: %s", qPrintable(job.spec.name), qPrintable(made.error().toString()));
        if (made.error().field == u"job")
            refreshJobs();
        return false;
    }
    job.nextFireAt = next;
    indexJob(job);
    for (const RunRecord &run : made.value())
        Q_EMIT q->runChanged(run);
    Q_EMIT q->jobChanged(job);
    claimTimer->start(0);
    return true;
}

void EngineCorePrivate::fireDueInCluster(JobId jobId, qint64 dueMs)
{
    const auto it = jobs.constFind(jobId);
    if (it == jobs.constEnd() || it->paused || !cluster->isLeader())
        return;
    Job job = it.value();
    // Every due time up to now, in one transaction: a leader held up for longer than the
    // interval (a busy machine) still makes each of them exactly once.
    const qint64 nowMs = now();
    QList<qint64> times;
    for (qint64 t = dueMs; t != 0 && t <= nowMs && times.size() < std::max(1, job.spec.misfireLimit);
         t = nextFireAfter(jobId, t))
        times << t;
    if (times.isEmpty())
        times << dueMs;
    RunState state = RunState::Queued;
    QString reason;
    if (job.spec.overlap == OverlapPolicy::Skip) {
        const Result<int> active = cluster->store()->activeRunCount(jobId);
        if (active.isOk() && active.value() > 0) {
            state = RunState::Skipped;
            reason = Tr::tr("skipped: the previous run was still active (overlap policy skip)");
        }
    } else if (job.spec.overlap == OverlapPolicy::Replace) {
        // Wherever they are: a queued one is cancelled in the database, a running one by its
        // node at its next heartbeat.
        const Result<QList<RunId>> previous = cluster->store()->activeRuns(jobId);
        if (previous.isOk()) {
            for (RunId id : previous.value())
                (void)cancelInCluster(id);
        }
    }
    fireInCluster(job, placedRuns(job, RunTrigger::Schedule, state, times, reason), nextFireAfter(jobId, times.last()));
}

void EngineCorePrivate::claim()
{
    if (!cluster || !started || stopping)
        return;
    const NodeMembership me = cluster->membership();
    const int running = int(active.size());
    const int free = slotCount - std::max(running, executor->runningCount());
    if (!me.isValid() || free <= 0)
        return;
    const auto claimed = cluster->store()->claim(me, cluster->options().labels, slotCount, running, free, now(),
                                                 ClaimGraceMs, cluster->options().nodeTimeoutMs);
    if (!claimed.isOk()) {
        qWarning("takt: %s", qPrintable(claimed.error().toString()));
    } else {
        for (const PlacedRun &placed : claimed.value()) {
            RunRecord run = placed.run;
            placements.insert(run.id, placed.placement);
            if (!jobs.contains(run.jobId) || jobs.value(run.jobId).version < run.jobVersion)
                refreshJobs();
            if (!launch(run).isOk())
                break;
        }
    }
    claimTimer->start(ClaimPollMs);
}

Result<void> EngineCorePrivate::commitClaimed(const RunRecord &run)
{
    // Written at once and fenced by this node's incarnation (no write-behind batch): once the
    // cluster has given this node up, nothing it still believes about a run is recorded.
    const Result<bool> written = cluster->store()->updateClaimedRun(cluster->membership(), run);
    if (!written.isOk()) {
        qWarning("takt: could not record run %lld: %s", run.id, qPrintable(written.error().toString()));
        if (run.state == RunState::Running)
            track(run); // still ours: its end is recorded when the database is back
        return written.error();
    }
    if (!written.value()) {
        qWarning("takt: run %lld is no longer this node's; stopping its attempt", run.id);
        executor->cancel(run.id);
        if (active.contains(run.id))
            untrack(run.id);
        placements.remove(run.id);
        return makeError(ErrorCode::Conflict, u"node"_qs, Tr::tr("run %1 was given to another node").arg(run.id));
    }
    if (run.state == RunState::Running) {
        track(run);
    } else {
        // Ended or waiting for a retry: either way no longer this node's to keep.
        if (active.contains(run.id))
            untrack(run.id);
        placements.remove(run.id);
    }
    Q_EMIT q->runChanged(run);
    return {};
}

void EngineCorePrivate::dropClaims(const char *why)
{
    // The cluster has retried (or will retry) these runs elsewhere: stop their attempts here
    // and forget them without writing anything.
    qWarning("takt: this node was %s: stopping its %lld attempt(s)", why, qint64(active.size()));
    for (RunId id : active.keys())
        executor->cancel(id);
    active.clear();
    runningPerJob.clear();
    activePerJob.clear();
    cancelRequested.clear();
    placements.clear();
}

void EngineCorePrivate::recoverCluster()
{
    // A new incarnation owns no run yet: every attempt still running under this data
    // directory was started by an earlier life of this node (killed, or declared dead), and
    // the cluster retries its run elsewhere, so it must not go on here.
    const QByteArray prefix = QFile::encodeName(options.dataDir + QStringLiteral("/runs/"));
    const auto orphans = findSupervisors([&](const QByteArray &arg) { return arg.startsWith(prefix); });
    for (auto [dir, handle] : orphans) {
        handle.logPath = dir + QStringLiteral("/output.log");
        const QStringList parts = dir.mid(prefix.size()).split(u'/');
        const RunId id = parts.value(0).toLongLong();
        const int attempt = parts.value(1).toInt();
        if (id <= 0 || attempt <= 0 || active.contains(id))
            continue;
        if (executor->isRunning(id) || executor->adopt(id, attempt, dir, handle)) {
            qInfo("takt: stopping attempt %d of run %lld left by an earlier life of this node", attempt, id);
            executor->cancel(id);
        }
    }
}

void EngineCorePrivate::onBeat()
{
    if (!started || stopping)
        return;
    refreshJobs();
    if (cluster->isLeader()) {
        const NodeMembership me = cluster->membership();
        const auto swept = cluster->store()->sweep(
            cluster->term(), me.nodeId, cluster->options().nodeTimeoutMs, [this](RunRecord &run) {
                const Job job = jobs.value(run.jobId);
                if (run.current.attempt == 0) {
                    run.state = RunState::Queued; // claimed, never started: nothing was lost
                } else if (run.current.attempt < run.maxAttempts) {
                    run.state = RunState::Scheduled;
                    run.notBefore = now() + retryDelay(job, run.current.attempt);
                } else {
                    run.state = RunState::Lost;
                }
            });
        if (swept.isOk()) {
            for (const RunRecord &run : swept.value()) {
                qInfo("takt: run %lld was lost with its node; now %s", run.id, qPrintable(runStateName(run.state)));
                Q_EMIT q->runChanged(run);
            }
        }
    }
    const auto requests = cluster->store()->cancelRequests(cluster->membership());
    if (requests.isOk()) {
        for (RunId id : requests.value()) {
            if (active.contains(id) && !cancelRequested.contains(id)) {
                cancelRequested.insert(id);
                executor->cancel(id);
            }
        }
    }
    claim();
}

void EngineCorePrivate::onRunsChangedElsewhere(const QList<RunId> &ids)
{
    for (RunId id : ids) {
        const auto run = store->run(id);
        if (run.isOk())
            Q_EMIT q->runChanged(run.value());
    }
    // New runs may be claimable: ask now rather than at the next poll.
    claimTimer->start(0);
}

Result<RunRecord> EngineCorePrivate::cancelInCluster(RunId id)
{
    const auto stored = store->run(id);
    if (!stored.isOk())
        return stored;
    const Result<bool> cancelled = cluster->store()->cancelUnclaimed(id, Tr::tr("cancelled before it started"));
    if (!cancelled.isOk())
        return cancelled.error();
    if (cancelled.value()) {
        const auto after = store->run(id);
        if (after.isOk())
            Q_EMIT q->runChanged(after.value());
        return after;
    }
    // Another node runs it: that node stops it when it sees the request (next heartbeat).
    if (const Result<void> asked = cluster->store()->requestCancel(id); !asked.isOk())
        return asked.error();
    return stored;
}

Result<LogChunk> EngineCorePrivate::readRemoteLog(const QString &apiUrl, RunId id, int attempt, qint64 offset,
                                                  qint64 maxBytes) const
{
    QUrl url(apiUrl);
    url.setPath(QStringLiteral("/api/v1/runs/%1/log").arg(id));
    QUrlQuery query;
    query.addQueryItem(u"attempt"_qs, QString::number(attempt));
    query.addQueryItem(u"offset"_qs, QString::number(offset));
    query.addQueryItem(u"max"_qs, QString::number(std::clamp<qint64>(maxBytes, 1, MaxLogChunk)));
    url.setQuery(query);
    const QByteArray secret = clusterSecret.toUtf8();
    // In a thread of its own with its own event loop: the engine thread waits (bounded by the
    // timeout) but never runs a nested event loop that could re-enter it.
    auto reading = QtConcurrent::run([url, secret]() -> Result<LogChunk> {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + secret);
        request.setTransferTimeout(RemoteLogTimeoutMs);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return makeError(ErrorCode::Unavailable, u"log"_qs,
                             Tr::tr("cannot read the log from node %1: %2").arg(url.authority(), reply->errorString()));
        LogChunk chunk;
        chunk.data = reply->readAll();
        chunk.offset = reply->rawHeader("X-Takt-Log-Offset").toLongLong();
        chunk.size = reply->rawHeader("X-Takt-Log-Size").toLongLong();
        chunk.finished = reply->rawHeader("X-Takt-Log-Finished") == "true";
        return chunk;
    });
    return reading.result();
}

EngineCore::EngineCore(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<EngineCorePrivate>(this, options))
{
    d->dueTimer = new QTimer(this);
    d->dueTimer->setSingleShot(true);
    d->dueTimer->setTimerType(Qt::PreciseTimer);
    connect(d->dueTimer, &QTimer::timeout, this, [this] { d->tick(); });
    d->flushTimer = new QTimer(this);
    d->flushTimer->setSingleShot(true);
    connect(d->flushTimer, &QTimer::timeout, this, [this] { (void)d->flush(); });
    d->pruneTimer = new QTimer(this);
    d->pruneTimer->setInterval(PruneIntervalMs);
    connect(d->pruneTimer, &QTimer::timeout, this, [this] { (void)pruneHistory(); });
    connect(d->clock, &Clock::jumped, this, [this] { d->tick(); });
}

EngineCore::~EngineCore()
{
    stop();
}

Result<void> EngineCore::start()
{
    if (d->started)
        return {};
    const QString dataDir = d->options.dataDir;
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir) || !QDir().mkpath(dataDir + QStringLiteral("/runs"))
        || !QDir().mkpath(dataDir + QStringLiteral("/work")))
        return makeError(ErrorCode::Unavailable, u"data"_qs,
                         Tr::tr("cannot create the data directory '%1'").arg(dataDir));

    const QString location = d->options.store.isEmpty() ? dataDir + QStringLiteral("/takt.db") : d->options.store;
    auto store = Store::open(location, QStringLiteral("takt-engine-%1").arg(quintptr(this)));
    if (!store.isOk())
        return store.error();
    d->store = std::move(store).value();

    d->executor = new ProcessExecutor(d->options.supervisorPath, this);
    connect(d->executor, &ProcessExecutor::finished, this,
            [this](RunId id, int attempt, const AttemptOutcome &outcome) { d->onFinished(id, attempt, outcome); });

    const auto jobs = d->store->jobs();
    if (!jobs.isOk())
        return jobs.error();
    for (const Job &job : jobs.value())
        d->indexJob(job);

    if (ClusterStore::isClusterLocation(location)) {
        if (const Result<void> joined = d->startCluster(); !joined.isOk()) {
            delete d->executor;
            d->executor = nullptr;
            d->store.reset();
            return joined;
        }
    }

    d->started = true;
    d->stopping = false;
    const Result<void> recovered = d->recover();
    if (!recovered.isOk())
        return recovered;
    d->recoverWorkflows();
    // In a cluster the leader catches up, when it takes the lead.
    if (!d->cluster) {
        for (Job job : jobs.value())
            d->catchUp(job);
    }
    d->tick();
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed;
    (void)pruneHistory();
    d->pruneTimer->start();
    return {};
}

void EngineCore::stop()
{
    if (!d->started)
        return;
    // Running attempts stay with their supervisors; the next start() adopts them.
    d->stopping = true;
    (void)d->flush();
    d->dueTimer->stop();
    d->pruneTimer->stop();
    d->started = false;
    if (d->cluster) {
        // A node that stops gives its runs back: its attempts are stopped, and the leader
        // retries them elsewhere at once (a restarted node does not adopt them).
        d->dropClaims("stopped");
        d->claimTimer->stop();
        delete d->cluster;
        d->cluster = nullptr;
        d->placements.clear();
    }
    delete d->executor;
    d->executor = nullptr;
    d->store.reset();
    d->jobs.clear();
    d->jobIdsByName.clear();
    d->schedules.clear();
    d->due = DueQueue();
    d->queue = RunQueue();
    d->retryWaits.clear();
    d->active.clear();
    d->runningPerJob.clear();
    d->activePerJob.clear();
    d->cancelRequested.clear();
    d->workflows.clear();
    d->runningPerParent.clear();
    d->runningBackfillPerJob.clear();
}

bool EngineCore::isStarted() const
{
    return d->started;
}

QString EngineCore::dataDir() const
{
    return d->options.dataDir;
}

int EngineCore::runningCount() const
{
    return d->executor ? d->executor->runningCount() : 0;
}

// API tokens: written outside the engine's batch, so a token works (or is revoked) at once.
Result<void> EngineCore::addApiToken(const ApiToken &token)
{
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    return d->store->insertApiToken(token);
}

Result<QList<ApiToken>> EngineCore::apiTokens() const
{
    if (!d->started)
        return notStarted();
    return d->store->apiTokens();
}

Result<ApiToken> EngineCore::apiTokenByHash(const QByteArray &hash) const
{
    if (!d->started)
        return notStarted();
    return d->store->apiTokenByHash(hash);
}

Result<void> EngineCore::removeApiToken(const QString &name)
{
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    return d->store->deleteApiToken(name);
}

Result<void> EngineCore::noteApiTokenUsed(const QString &name)
{
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    return d->store->setApiTokenUsed(name, d->now());
}

Result<int> EngineCore::pruneHistory()
{
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    const RetentionPolicy &global = d->options.retention;
    const qint64 nowMs = d->now();
    QSet<RunId> doomed;
    QSet<JobId> ownAge; // jobs whose age limit is their own, not the engine's
    // A job with a policy of its own, or any job when the engine limits the count, is looked
    // at run by run (newest first, so what goes is always the oldest history). The engine's
    // age limit alone — the default — takes one index scan for all jobs together.
    for (const Job &job : std::as_const(d->jobs)) {
        const RetentionPolicy &own = job.spec.retention;
        if (own.keepForMs > 0)
            ownAge.insert(job.id);
        if (own == RetentionPolicy{} && global.keepRuns == 0)
            continue;
        const int keepRuns = own.keepRuns > 0 ? own.keepRuns : global.keepRuns;
        const qint64 keepFor = own.keepForMs > 0 ? own.keepForMs : global.keepForMs;
        const qint64 keepBytes = own.keepLogBytes;
        const auto runs = d->store->finishedRuns(job.id);
        if (!runs.isOk())
            return runs.error();
        qint64 bytes = 0;
        for (qsizetype i = 0; i < runs->size(); ++i) {
            const FinishedRun &run = runs->at(i);
            bytes += run.logBytes;
            if ((keepRuns > 0 && i >= keepRuns)
                || (keepFor > 0 && run.finishedAt > 0 && run.finishedAt < nowMs - keepFor)
                || (keepBytes > 0 && bytes > keepBytes))
                doomed.insert(run.id);
        }
    }
    if (global.keepForMs > 0) {
        const auto old = d->store->runsFinishedBefore(nowMs - global.keepForMs);
        if (!old.isOk())
            return old.error();
        for (const auto &[run, job] : old.value()) {
            if (!ownAge.contains(job))
                doomed.insert(run);
        }
    }
    if (global.keepLogBytes > 0) {
        const auto runs = d->store->finishedRuns(0);
        if (!runs.isOk())
            return runs.error();
        qint64 bytes = 0;
        for (const FinishedRun &run : runs.value()) {
            if (doomed.contains(run.id))
                continue;
            bytes += run.logBytes;
            if (bytes > global.keepLogBytes)
                doomed.insert(run.id);
        }
    }
    // In a cluster another node may delete a run whose log is here: its directory goes when
    // this node looks next.
    if (d->cluster)
        d->removeOrphanRunDirs();
    if (doomed.isEmpty())
        return 0;
    const QList<RunId> ids(doomed.cbegin(), doomed.cend());
    QList<RunId> taskRunsOfDoomed;
    for (RunId id : ids) {
        const auto children = d->store->childRuns(id);
        if (!children.isOk())
            return children.error();
        for (const RunRecord &child : children.value()) {
            if (child.isTaskRun())
                taskRunsOfDoomed.append(child.id);
        }
    }
    const Result<void> deleted = d->store->deleteRuns(ids);
    if (!deleted.isOk())
        return deleted.error();
    // The rows are gone first: a crash in between leaves orphan files, never rows without logs.
    // A workflow run's task runs go with it (Store::deleteRuns), and so do their directories.
    QStringList dirs;
    for (RunId id : ids)
        dirs << d->runDir(id);
    for (RunId id : std::as_const(taskRunsOfDoomed))
        dirs << d->runDir(id);
    removeDirectoriesInBackground(dirs);
    qInfo("takt: retention deleted %lld finished run(s) and their logs", qint64(ids.size()));
    return int(ids.size());
}

void EngineCorePrivate::removeOrphanRunDirs()
{
    const QDir runs(options.dataDir + QStringLiteral("/runs"));
    QList<RunId> here;
    for (const QString &name : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isId = false;
        const RunId id = name.toLongLong(&isId);
        if (isId && id > 0 && !active.contains(id))
            here.append(id);
    }
    if (here.isEmpty())
        return;
    const Result<QSet<RunId>> existing = store->existingRuns(here);
    if (!existing.isOk())
        return; // the database is away: nothing is removed on a guess
    QStringList orphans;
    for (RunId id : std::as_const(here)) {
        if (!existing->contains(id))
            orphans << runDir(id);
    }
    if (orphans.isEmpty())
        return;
    removeDirectoriesInBackground(orphans);
    qInfo("takt: removed the logs of %lld run(s) deleted by other nodes", qint64(orphans.size()));
}

qint64 EngineCore::storeCommitCount() const
{
    return d->store ? d->store->commitCount() : 0;
}

int EngineCore::slotCount() const
{
    return d->slotCount;
}


Result<JobSpec> EngineCore::validateJobSpec(const JobSpec &spec) const
{
    return d->validate(spec);
}

Result<QList<Job>> EngineCore::jobs() const
{
    if (!d->started)
        return notStarted();
    if (d->cluster)
        d->refreshJobs(); // other nodes change jobs too
    QList<Job> list = d->jobs.values();
    std::sort(list.begin(), list.end(), [](const Job &a, const Job &b) { return a.spec.name < b.spec.name; });
    return list;
}

Result<Job> EngineCore::job(const QString &name) const
{
    if (!d->started)
        return notStarted();
    if (d->cluster && !d->jobIdsByName.contains(name))
        d->refreshJobs(); // made on another node a moment ago?
    const auto it = d->jobIdsByName.constFind(name);
    if (it != d->jobIdsByName.constEnd())
        return d->jobs.value(it.value());
    return makeError(ErrorCode::NotFound, u"name"_qs, Tr::tr("no job named '%1'").arg(name));
}

Result<Job> EngineCore::createJob(const JobSpec &input)
{
    if (!d->started)
        return notStarted();
    const auto spec = d->validate(input);
    if (!spec.isOk())
        return spec.error();
    if (job(spec->name).isOk())
        return makeError(ErrorCode::AlreadyExists, u"name"_qs, Tr::tr("a job named '%1' already exists").arg(spec->name));
    qint64 next = 0;
    if (!spec->schedule.isEmpty()) {
        const auto schedule = Schedule::parse(spec->schedule);
        next = schedule->nextFireTime(d->now(), QTimeZone(spec->timeZone.toUtf8()));
    }
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    auto created = d->store->insertJob(spec.value(), d->now(), next);
    if (!created.isOk())
        return created.error();
    d->indexJob(created.value());
    d->planTimer();
    Q_EMIT jobChanged(created.value());
    return created;
}

Result<Job> EngineCore::applyJob(const JobSpec &input)
{
    if (!d->started)
        return notStarted();
    const auto spec = d->validate(input);
    if (!spec.isOk())
        return spec.error();
    const auto existing = job(spec->name);
    if (!existing.isOk())
        return createJob(spec.value());
    const Job &old = existing.value();
    qint64 next = old.nextFireAt;
    if (spec->schedule != old.spec.schedule || spec->timeZone != old.spec.timeZone) {
        next = 0;
        if (!spec->schedule.isEmpty())
            next = Schedule::parse(spec->schedule)->nextFireTime(d->now(), QTimeZone(spec->timeZone.toUtf8()));
    }
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    auto updated = d->store->updateJobSpec(old.id, spec.value(), d->now(), next);
    if (!updated.isOk())
        return updated.error();
    d->indexJob(updated.value());
    d->planTimer();
    Q_EMIT jobChanged(updated.value());
    return updated;
}

Result<void> EngineCore::deleteJob(const QString &name)
{
    const auto existing = job(name);
    if (!existing.isOk())
        return existing.error();
    int active = d->activeCount(existing->id);
    if (d->cluster) {
        const Result<int> inCluster = d->cluster->store()->activeRunCount(existing->id);
        if (!inCluster.isOk())
            return inCluster.error();
        active = inCluster.value();
    }
    if (active > 0)
        return makeError(ErrorCode::Conflict, u"name"_qs,
                         Tr::tr("job '%1' has %n active run(s); cancel them first", nullptr, active).arg(name));
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    // The logs go with the runs: collect their directories before the rows are gone.
    QStringList runDirs;
    RunQuery query;
    query.jobName = name;
    query.limit = 1000;
    query.includeTasks = true;
    do {
        const auto page = d->store->runs(query);
        if (!page.isOk())
            return page.error();
        for (const RunRecord &run : page->runs)
            runDirs.append(d->runDir(run.id));
        query.beforeId = page->nextBeforeId;
    } while (query.beforeId != 0);
    const Result<void> deleted = d->store->deleteJob(existing->id);
    if (!deleted.isOk())
        return deleted;
    d->unindexJob(existing->id);
    removeDirectoriesInBackground(runDirs);
    Q_EMIT jobRemoved(name);
    return {};
}

Result<Job> EngineCore::setJobPaused(const QString &name, bool paused)
{
    const auto existing = job(name);
    if (!existing.isOk())
        return existing.error();
    Job job = existing.value();
    if (job.paused == paused)
        return job;
    // The due time is kept while paused, so resuming knows what was missed.
    const Result<void> saved = d->write([&] { return d->store->setJobPaused(job.id, paused, d->now(), job.nextFireAt); });
    if (!saved.isOk())
        return saved.error();
    job.paused = paused;
    job.updatedAt = d->now();
    d->indexJob(job);
    // A leader fires on a connection of its own, which must see the job resumed.
    if (d->cluster) {
        if (const Result<void> flushed = d->flush(); !flushed.isOk())
            return flushed.error();
    }
    if (!paused) {
        d->catchUp(job);
        job = d->jobs.value(job.id);
    }
    d->tick();
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    Q_EMIT jobChanged(job);
    return job;
}

Result<RunRecord> EngineCore::runJobNow(const QString &name)
{
    const auto existing = job(name);
    if (!existing.isOk())
        return existing.error();
    if (d->cluster) {
        // Any matching node claims it (every matching node for broadcast, one run per shard).
        RunRecord first;
        for (const PlacedRun &placed : d->placedRuns(existing.value(), RunTrigger::Manual, RunState::Queued, {d->now()})) {
            const Result<RunRecord> made = d->cluster->store()->insertRun(placed);
            if (!made.isOk())
                return made;
            if (!first.isValid())
                first = made.value();
            Q_EMIT runChanged(made.value());
        }
        if (!first.isValid())
            return makeError(ErrorCode::Unavailable, u"labels"_qs,
                             Tr::tr("no live node offers the labels of job '%1'").arg(name));
        d->claim();
        const auto stored = d->store->run(first.id);
        return stored.isOk() ? stored.value() : first;
    }
    auto run = d->enqueue(existing.value(), RunTrigger::Manual, d->now());
    if (!run.isOk())
        return run;
    d->dispatch();
    // The caller is told of the run only once it is stored.
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    return d->active.contains(run->id) ? d->active.value(run->id) : run.value();
}

Result<RunPage> EngineCore::runs(const RunQuery &query) const
{
    // Readers see only what is committed, never a state a crash could still take back.
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    return d->store->runs(query);
}

Result<RunRecord> EngineCore::run(RunId id) const
{
    // Readers see only what is committed, never a state a crash could still take back.
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    return d->store->run(id);
}

Result<QList<AttemptRecord>> EngineCore::attempts(RunId id) const
{
    // Readers see only what is committed, never a state a crash could still take back.
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    const auto exists = d->store->run(id);
    if (!exists.isOk())
        return exists.error();
    return d->store->attempts(id);
}

Result<RunRecord> EngineCore::cancelRun(RunId id)
{
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    const auto stored = d->store->run(id);
    if (!stored.isOk())
        return stored;
    if (d->cluster && !isFinal(stored->state))
        return d->cancel(id);
    if (!d->active.contains(id))
        return makeError(ErrorCode::Conflict, u"id"_qs,
                         Tr::tr("run %1 has already ended (%2)").arg(id).arg(runStateName(stored->state)));
    const auto cancelled = d->cancel(id);
    if (!cancelled.isOk())
        return cancelled;
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    return cancelled;
}

Result<LogChunk> EngineCore::readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes) const
{
    // Readers see only what is committed, never a state a crash could still take back.
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    const auto run = d->store->run(id);
    if (!run.isOk())
        return run.error();
    if (offset < 0)
        return makeError(ErrorCode::InvalidArgument, u"offset"_qs, Tr::tr("cannot be negative"));
    AttemptRecord record = run->current;
    if (attempt > 0 && attempt != record.attempt) {
        const auto all = d->store->attempts(id);
        if (!all.isOk())
            return all.error();
        const auto found = std::find_if(all->begin(), all->end(), [&](const AttemptRecord &a) { return a.attempt == attempt; });
        if (found == all->end())
            return makeError(ErrorCode::NotFound, u"attempt"_qs, Tr::tr("run %1 has no attempt %2").arg(id).arg(attempt));
        record = *found;
    }
    LogChunk chunk;
    chunk.offset = offset;
    chunk.finished = record.attempt == 0 || isFinal(record.state)
                  || (record.attempt == run->current.attempt && isFinal(run->state));
    if (d->cluster && record.attempt > 0) {
        // The log lives on the node that ran the attempt: ask that node for it.
        const auto node = d->cluster->store()->attemptNode(id, record.attempt);
        if (node.isOk() && node->first != 0 && node->first != d->cluster->membership().nodeId) {
            if (node->second.isEmpty())
                return makeError(ErrorCode::Unavailable, u"log"_qs,
                                 Tr::tr("the node that ran attempt %1 of run %2 serves no API").arg(record.attempt).arg(id));
            auto remote = d->readRemoteLog(node->second, id, record.attempt, offset, maxBytes);
            if (remote.isOk())
                remote.value().finished = remote->finished || chunk.finished;
            return remote;
        }
    }
    if (record.logPath.isEmpty())
        return chunk; // never started: an empty log
    QFile file(record.logPath);
    if (!file.exists())
        return chunk;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable, u"log"_qs,
                         Tr::tr("cannot read '%1': %2").arg(record.logPath, file.errorString()));
    chunk.size = file.size();
    if (offset < chunk.size) {
        file.seek(offset);
        chunk.data = file.read(std::clamp<qint64>(maxBytes, 1, MaxLogChunk));
    }
    return chunk;
}

bool EngineCore::isCluster() const
{
    return d->cluster != nullptr;
}

Result<QList<NodeInfo>> EngineCore::nodes() const
{
    if (!d->started)
        return notStarted();
    if (!d->cluster)
        return makeError(ErrorCode::NotFound, u"cluster"_qs,
                         Tr::tr("this engine is not part of a cluster (its store is not PostgreSQL)"));
    return d->cluster->store()->nodes();
}

void EngineCore::setApiUrl(const QString &url)
{
    if (d->cluster)
        d->cluster->setApiUrl(url);
}

QString EngineCore::clusterSecret() const
{
    return d->clusterSecret;
}

} // namespace Takt

// ---- Workflows ----
//
// A workflow run is a run of the workflow's job that has no process of its own: it is Running
// (attempt 0) while its tasks run. Each task that is reached gets a task run (parentRunId,
// task) — made lazily, when its trigger rule decides: queued to run, or straight away
// skipped / upstream_failed. A task without a task run is pending. The task runs are the whole
// state of a workflow run, so after a restart it is rebuilt from them (recoverWorkflows) and
// carries on; the store's unique (parent_run_id, task) key makes a task run at most once.
// The workflow run succeeds when no task failed (skipped tasks are fine) and fails otherwise;
// its handlers run after that is decided and never change it.

namespace Takt {

namespace {

bool failedLike(RunState state)
{
    return state == RunState::Failed || state == RunState::TimedOut || state == RunState::Cancelled
        || state == RunState::Lost;
}

} // namespace

Result<JobSpec> EngineCorePrivate::specOfVersion(JobId jobId, int version) const
{
    const auto job = jobs.constFind(jobId);
    if (job != jobs.constEnd() && job->version == version)
        return job->spec;
    const auto cached = versionSpecs.constFind({jobId, version});
    if (cached != versionSpecs.constEnd())
        return cached.value();
    const auto versions = store->jobVersions(jobId);
    if (!versions.isOk())
        return versions.error();
    for (const JobVersion &v : versions.value()) {
        if (v.version == version) {
            versionSpecs.insert({jobId, version}, v.spec);
            return v.spec;
        }
    }
    return makeError(ErrorCode::NotFound, u"job_version"_qs,
                     Tr::tr("job %1 has no version %2").arg(jobId).arg(version));
}

bool EngineCorePrivate::isWorkflowRun(const RunRecord &run) const
{
    if (run.isTaskRun())
        return false;
    const auto spec = specOfVersion(run.jobId, run.jobVersion);
    return spec.isOk() && spec->workflow.has_value();
}

const TaskSpec *EngineCorePrivate::taskSpecOf(const RunRecord &taskRun) const
{
    const auto wf = workflows.constFind(taskRun.parentRunId);
    if (wf == workflows.constEnd())
        return nullptr;
    const int index = wf->taskIndex.value(taskRun.task, -1);
    return index < 0 ? nullptr : &wf->job.workflow->tasks.at(index);
}

Result<void> EngineCorePrivate::loadWorkflow(const RunRecord &run)
{
    const auto spec = specOfVersion(run.jobId, run.jobVersion);
    if (!spec.isOk())
        return spec.error();
    if (!spec->workflow)
        return makeError(ErrorCode::InvalidArgument, u"id"_qs, Tr::tr("run %1 is not a workflow run").arg(run.id));
    WorkflowRun wf;
    wf.run = run;
    wf.job = spec.value();
    wf.graph = WorkflowGraph(*wf.job.workflow);
    wf.order = wf.graph.topologicalOrder();
    const QList<TaskSpec> &tasks = wf.job.workflow->tasks;
    for (int i = 0; i < tasks.size(); ++i)
        wf.taskIndex.insert(tasks.at(i).name, i);
    wf.tasks.resize(tasks.size());
    // The task runs made so far: by an earlier engine, or copied by a re-run.
    const auto children = store->childRuns(run.id);
    if (!children.isOk())
        return children.error();
    for (const RunRecord &child : children.value()) {
        const int index = wf.taskIndex.value(child.task, -1);
        if (child.isTaskRun() && index >= 0)
            wf.tasks[index] = active.contains(child.id) ? active.value(child.id) : child;
        wf.hasOutputs = wf.hasOutputs || !child.outputs.isEmpty();
    }
    workflows.insert(run.id, wf);
    return {};
}

Result<void> EngineCorePrivate::startWorkflow(RunRecord &run)
{
    run.state = RunState::Running;
    run.current.state = RunState::Running;
    run.current.startedAt = now();
    const Result<void> loaded = loadWorkflow(run);
    if (!loaded.isOk()) {
        run.state = RunState::Failed;
        run.current.state = RunState::Failed;
        run.current.finishedAt = now();
        run.current.reason = loaded.error().toString();
        return commitRun(run);
    }
    const Result<void> marked = commitRun(run);
    if (!marked.isOk()) {
        workflows.remove(run.id);
        return marked;
    }
    evaluateWorkflow(run.id);
    return {};
}

bool EngineCorePrivate::branchAllows(const WorkflowRun &wf, int branch, int task) const
{
    // Airflow's rule: a branch lets through the tasks it names and everything downstream of
    // them; its other direct downstream tasks are skipped.
    for (const QString &name : branchChoice(wf.tasks.at(branch).outputs)) {
        const int chosen = wf.taskIndex.value(name, -1);
        if (chosen < 0)
            continue;
        if (chosen == task || wf.graph.descendants(chosen).contains(task))
            return true;
    }
    return false;
}

Result<RunRecord> EngineCorePrivate::makeTaskRun(WorkflowRun &wf, int task, RunState state, const QString &reason)
{
    const TaskSpec &spec = wf.job.workflow->tasks.at(task);
    RunRecord run;
    run.jobId = wf.run.jobId;
    run.jobName = wf.run.jobName;
    run.jobVersion = wf.run.jobVersion;
    run.trigger = RunTrigger::Task;
    run.state = state;
    run.priority = wf.run.priority;
    run.scheduledAt = wf.run.scheduledAt;
    run.queuedAt = now();
    run.maxAttempts = spec.kind == TaskKind::Workflow ? 1 : spec.retry.maxRetries + 1;
    run.parentRunId = wf.run.id;
    run.task = spec.name;
    run.current.reason = reason;
    if (isFinal(state))
        run.current.state = state;
    Result<RunRecord> inserted = Error{};
    const Result<void> written = write([&]() -> Result<void> {
        inserted = store->insertRun(run);
        return inserted.isOk() ? Result<void>() : Result<void>(inserted.error());
    });
    if (!written.isOk()) {
        qWarning("takt: could not make the run of task %s: %s", qPrintable(spec.name),
                 qPrintable(written.error().toString()));
        return written.error();
    }
    const RunRecord made = inserted.value();
    wf.tasks[task] = made;
    track(made);
    if (state == RunState::Queued)
        dispatchSoon();
    notifyAfterCommit([this, made] { Q_EMIT q->runChanged(made); });
    return made;
}

void EngineCorePrivate::evaluateWorkflow(RunId id)
{
    if (!workflows.contains(id))
        return;
    WorkflowRun &wf = workflows[id];
    const WorkflowSpec &spec = *wf.job.workflow;
    // One pass in topological order settles every task whose upstreams allow it, so a
    // failure or a skip travels down the whole graph at once.
    for (int t : std::as_const(wf.order)) {
        const TaskSpec &task = spec.tasks.at(t);
        if (task.kind == TaskKind::Handler || wf.tasks.at(t).id != 0)
            continue;
        UpstreamStates upstream;
        QString notChosenBy;
        for (int u : wf.graph.upstream(t)) {
            const RunRecord &up = wf.tasks.at(u);
            upstream.add(up.id == 0 ? RunState::Scheduled : up.state);
            if (up.id != 0 && up.state == RunState::Succeeded && spec.tasks.at(u).kind == TaskKind::Branch
                && !branchAllows(wf, u, t))
                notChosenBy = spec.tasks.at(u).name;
        }
        const TriggerDecision decision = notChosenBy.isEmpty() ? evaluateTrigger(task.trigger, upstream)
                                                               : TriggerDecision::Skip;
        Result<RunRecord> made = Error{};
        switch (decision) {
        case TriggerDecision::Wait:
            continue;
        case TriggerDecision::Run:
            made = makeTaskRun(wf, t, RunState::Queued, {});
            break;
        case TriggerDecision::Skip:
            made = makeTaskRun(wf, t, RunState::Skipped,
                               notChosenBy.isEmpty()
                                   ? Tr::tr("skipped by its trigger rule %1").arg(triggerRuleName(task.trigger))
                                   : Tr::tr("skipped: branch \"%1\" did not choose it").arg(notChosenBy));
            break;
        case TriggerDecision::UpstreamFailed:
            made = makeTaskRun(wf, t, RunState::UpstreamFailed,
                               Tr::tr("an upstream task failed (trigger rule %1)").arg(triggerRuleName(task.trigger)));
            break;
        }
        if (!made.isOk())
            return; // the store failed; resync() rebuilds the workflow from what was stored
    }

    bool done = true;
    QStringList failedTasks;
    bool failed = false;
    for (int t = 0; t < spec.tasks.size(); ++t) {
        if (spec.tasks.at(t).kind == TaskKind::Handler)
            continue;
        const RunRecord &task = wf.tasks.at(t);
        if (task.id == 0 || !isFinal(task.state)) {
            done = false;
            break;
        }
        if (failedLike(task.state))
            failedTasks << spec.tasks.at(t).name;
        failed = failed || failedLike(task.state) || task.state == RunState::UpstreamFailed;
    }
    if (!done)
        return;
    for (int t = 0; t < spec.tasks.size(); ++t) {
        const RunRecord &task = wf.tasks.at(t);
        if (task.id != 0 && !isFinal(task.state))
            return; // a handler still runs
    }
    // The final handler comes last, after the tasks' own handlers have undone what they could.
    const int finalHandler = spec.onFailure.isEmpty() ? -1 : wf.taskIndex.value(spec.onFailure, -1);
    if (failed && finalHandler >= 0 && wf.tasks.at(finalHandler).id == 0) {
        (void)makeTaskRun(wf, finalHandler, RunState::Queued, Tr::tr("the workflow's failure handler"));
        return;
    }
    finishWorkflow(id, failed, failedTasks);
}

void EngineCorePrivate::taskEnded(const RunRecord &task)
{
    const auto it = workflows.find(task.parentRunId);
    if (it == workflows.end())
        return; // its workflow run has ended (cancelled) or is not this engine's
    WorkflowRun &wf = it.value();
    const int index = wf.taskIndex.value(task.task, -1);
    if (index < 0)
        return;
    wf.tasks[index] = task;
    // Compensation: the handlers a failed task names run once each, beside the rest.
    if (failedLike(task.state)) {
        for (const QString &handler : wf.job.workflow->tasks.at(index).onFailure) {
            const int h = wf.taskIndex.value(handler, -1);
            if (h >= 0 && wf.tasks.at(h).id == 0)
                (void)makeTaskRun(wf, h, RunState::Queued, Tr::tr("compensating for failed task \"%1\"").arg(task.task));
        }
    }
    evaluateWorkflow(task.parentRunId);
}

void EngineCorePrivate::finishWorkflow(RunId id, bool failed, const QStringList &failedTasks)
{
    RunRecord run = workflows.value(id).run;
    workflows.remove(id);
    run.state = failed ? RunState::Failed : RunState::Succeeded;
    run.current.state = run.state;
    run.current.finishedAt = now();
    run.current.reason = !failed ? QString()
                       : failedTasks.isEmpty() ? Tr::tr("a task could not run because an upstream task failed")
                                               : Tr::tr("failed task(s): %1").arg(failedTasks.join(u", "));
    if (!commitRun(run).isOk())
        return;
    if (run.trigger == RunTrigger::Workflow && run.parentRunId != 0)
        subWorkflowEnded(run);
}

Result<RunRecord> EngineCorePrivate::cancelWorkflow(RunId id)
{
    // The workflow run ends cancelled at once; its task runs are cancelled (running ones
    // are stopped by their supervisors) and no further task is started.
    RunRecord run = workflows.value(id).run;
    const QList<RunRecord> tasks = workflows.value(id).tasks;
    workflows.remove(id);
    cancelRequested.insert(id);
    for (const RunRecord &task : tasks) {
        if (task.id != 0 && active.contains(task.id))
            (void)cancel(task.id);
    }
    run.state = RunState::Cancelled;
    run.current.state = RunState::Cancelled;
    run.current.finishedAt = now();
    run.current.reason = Tr::tr("cancelled");
    const Result<void> saved = commitRun(run);
    if (!saved.isOk())
        return saved.error();
    if (run.trigger == RunTrigger::Workflow && run.parentRunId != 0)
        subWorkflowEnded(run);
    return run;
}

Result<void> EngineCorePrivate::launchSubWorkflow(RunRecord &task)
{
    const WorkflowRun &wf = workflows[task.parentRunId];
    const TaskSpec &spec = *taskSpecOf(task);
    task.state = RunState::Running;
    task.current.state = RunState::Running;
    task.current.startedAt = now();
    const auto fail = [&](const QString &reason) {
        task.state = RunState::Failed;
        task.current.state = RunState::Failed;
        task.current.finishedAt = now();
        task.current.reason = reason;
        const Result<void> saved = commitRun(task);
        if (saved.isOk())
            taskEnded(task);
        return saved;
    };
    const auto childId = jobIdsByName.constFind(spec.workflow);
    if (childId == jobIdsByName.constEnd())
        return fail(Tr::tr("there is no job named \"%1\" to run as a sub-workflow").arg(spec.workflow));
    const Job child = jobs.value(childId.value());
    if (!child.spec.workflow)
        return fail(Tr::tr("job \"%1\" is not a workflow").arg(spec.workflow));
    // A workflow that (through others) runs itself would never end.
    QStringList chain{wf.job.name};
    RunRecord up = wf.run;
    while (up.trigger == RunTrigger::Workflow && up.parentRunId != 0) {
        const RunRecord caller = active.value(up.parentRunId);
        if (!caller.isValid() || !workflows.contains(caller.parentRunId))
            break;
        up = workflows.value(caller.parentRunId).run;
        chain.prepend(workflows.value(caller.parentRunId).job.name);
    }
    if (chain.contains(child.spec.name))
        return fail(Tr::tr("recursion: %1 → %2 would run itself").arg(chain.join(u" → "), child.spec.name));

    const Result<void> marked = commitRun(task);
    if (!marked.isOk())
        return marked;
    RunRecord links;
    links.parentRunId = task.id;
    // The child gets the parent's parameters that it declares too.
    for (auto it = wf.run.params.cbegin(); it != wf.run.params.cend(); ++it) {
        if (child.spec.workflow->params.contains(it.key()))
            links.params.insert(it.key(), it.value());
    }
    const auto made = enqueue(child, RunTrigger::Workflow, now(), true, links);
    if (!made.isOk())
        return fail(Tr::tr("cannot start the sub-workflow \"%1\": %2").arg(spec.workflow, made.error().toString()));
    task.current.reason = Tr::tr("waits for run %1 of \"%2\"").arg(made->id).arg(spec.workflow);
    dispatchSoon();
    return commitRun(task);
}

void EngineCorePrivate::subWorkflowEnded(const RunRecord &child)
{
    RunRecord task = active.value(child.parentRunId);
    if (!task.isValid() || !task.isTaskRun())
        return; // the task was cancelled first, or is not this engine's
    task.state = child.state == RunState::Succeeded ? RunState::Succeeded
               : child.state == RunState::Cancelled ? RunState::Cancelled
                                                    : RunState::Failed;
    task.current.state = task.state;
    task.current.finishedAt = now();
    task.current.reason = Tr::tr("sub-workflow run %1 of \"%2\": %3")
                              .arg(child.id)
                              .arg(child.jobName, runStateName(child.state));
    if (!commitRun(task).isOk())
        return;
    taskEnded(task);
}

void EngineCorePrivate::dispatchSoon()
{
    // Tasks are queued from inside dispatch() and onFinished(): start them from the event
    // loop, once, rather than re-entering dispatch().
    if (dispatchQueued)
        return;
    dispatchQueued = true;
    QMetaObject::invokeMethod(q, [this] {
        dispatchQueued = false;
        dispatch();
    }, Qt::QueuedConnection);
}

void EngineCorePrivate::recoverWorkflows()
{
    // Workflow runs left running by an earlier engine carry on from their task runs.
    const QList<RunRecord> running = active.values();
    QList<RunId> loaded;
    for (const RunRecord &run : running) {
        if (run.state != RunState::Running || run.current.attempt != 0 || run.isTaskRun())
            continue;
        const Result<void> ok = loadWorkflow(run);
        if (!ok.isOk()) {
            qWarning("takt: cannot resume workflow run %lld: %s", run.id, qPrintable(ok.error().toString()));
            continue;
        }
        loaded.append(run.id);
    }
    // Sub-workflow tasks whose child run ended (or was never made) meanwhile.
    for (const RunRecord &run : running) {
        if (run.state != RunState::Running || run.current.attempt != 0 || !run.isTaskRun())
            continue;
        const auto children = store->childRuns(run.id);
        if (!children.isOk())
            continue;
        if (children->isEmpty()) {
            RunRecord task = run;
            if (taskSpecOf(task))
                (void)launchSubWorkflow(task);
        } else if (isFinal(children->constLast().state)) {
            subWorkflowEnded(children->constLast());
        }
    }
    for (RunId id : std::as_const(loaded))
        evaluateWorkflow(id);
}

void EngineCorePrivate::addTaskEnvironment(const RunRecord &run, QProcessEnvironment &env, LaunchRequest &request) const
{
    const auto it = workflows.constFind(run.parentRunId);
    if (it == workflows.constEnd())
        return;
    const WorkflowRun &wf = it.value();
    const int index = wf.taskIndex.value(run.task, -1);
    if (index < 0)
        return;
    const TaskSpec &task = wf.job.workflow->tasks.at(index);
    request.argv = task.command;
    if (!task.workDir.isEmpty())
        request.workDir = task.workDir;
    if (task.timeoutMs > 0)
        request.timeoutMs = task.timeoutMs;
    for (auto e = wf.job.env.cbegin(); e != wf.job.env.cend(); ++e)
        env.insert(e.key(), e.value());
    for (auto e = task.env.cbegin(); e != task.env.cend(); ++e)
        env.insert(e.key(), e.value());
    env.insert(QStringLiteral("TAKT_TASK"), task.name);
    env.insert(QStringLiteral("TAKT_WORKFLOW_RUN_ID"), QString::number(wf.run.id));
    env.insert(QStringLiteral("TAKT_TRIGGER"), runTriggerName(wf.run.trigger));
    env.insert(QStringLiteral("TAKT_OUTPUT"), attemptDir(run.id, run.current.attempt) + QStringLiteral("/outputs"));
    for (auto p = wf.run.params.cbegin(); p != wf.run.params.cend(); ++p)
        env.insert(paramEnvName(p.key()), p.value());
    // Outputs of the tasks it depends on (a handler: of every task), and for a handler the
    // failed tasks it compensates for.
    // (The walk up the graph is skipped while no task has written an output: a large workflow of
    // plain commands does not pay for it on every launch.)
    const QList<int> sources = task.kind == TaskKind::Handler ? wf.order
                             : wf.hasOutputs                  ? wf.graph.ancestors(index)
                                                              : QList<int>();
    QStringList failedHere;
    for (int s : sources) {
        const RunRecord &source = wf.tasks.at(s);
        for (auto o = source.outputs.cbegin(); o != source.outputs.cend(); ++o)
            env.insert(outputEnvName(wf.job.workflow->tasks.at(s).name, o.key()), o.value());
        if (task.kind == TaskKind::Handler && source.id != 0 && failedLike(source.state))
            failedHere << source.task;
    }
    if (task.kind == TaskKind::Handler)
        env.insert(QStringLiteral("TAKT_FAILED_TASKS"), failedHere.join(u','));
}

void EngineCorePrivate::collectOutputs(RunRecord &run)
{
    QFile file(attemptDir(run.id, run.current.attempt) + QStringLiteral("/outputs"));
    if (!file.open(QIODevice::ReadOnly))
        return; // the task wrote none
    const TaskOutput output = parseTaskOutput(file.read(MaxTaskOutputBytes + 1));
    if (file.size() > MaxTaskOutputBytes + 1 && output.badLines.isEmpty())
        return;
    run.outputs = output.values;
    if (output.badLines.isEmpty())
        return;
    // What was not understood is said in the attempt's log, where the person looks.
    QFile log(run.current.logPath);
    if (log.open(QIODevice::Append)) {
        for (const QString &bad : output.badLines)
            log.write(formatLogLine(LogLine{now(), 'T', Tr::tr("TAKT_OUTPUT: %1 (ignored)").arg(bad).toUtf8()}));
        run.current.logSize = log.size();
    }
}

// ---- EngineCore: workflows ----

Result<RunRecord> EngineCore::runJobNow(const QString &name, const QMap<QString, QString> &params)
{
    const auto existing = job(name);
    if (!existing.isOk())
        return existing.error();
    if (const auto &workflow = existing->spec.workflow) {
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            if (!workflow->params.contains(it.key()))
                return makeError(ErrorCode::InvalidArgument, u"params."_qs + it.key(),
                                 Tr::tr("workflow '%1' has no parameter '%2' (it has: %3)")
                                     .arg(name, it.key(), workflow->params.keys().join(u", ")));
        }
    }
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'=') || it.key().contains(QChar(0)))
            return makeError(ErrorCode::InvalidArgument, u"params"_qs,
                             Tr::tr("'%1' is not a valid parameter name").arg(it.key()));
    }
    RunRecord links;
    links.params = params;
    auto run = d->enqueue(existing.value(), RunTrigger::Manual, d->now(), true, links);
    if (!run.isOk())
        return run;
    d->dispatch();
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    return d->active.contains(run->id) ? d->active.value(run->id) : run.value();
}

Result<WorkflowRunDetail> EngineCore::workflowRun(RunId id) const
{
    if (const Result<void> ready = d->startedAndCommitted(); !ready.isOk())
        return ready.error();
    const auto run = d->store->run(id);
    if (!run.isOk())
        return run.error();
    const auto spec = d->specOfVersion(run->jobId, run->jobVersion);
    if (!spec.isOk())
        return spec.error();
    if (!spec->workflow || run->isTaskRun())
        return makeError(ErrorCode::InvalidArgument, u"id"_qs, Tr::tr("run %1 is not a workflow run").arg(id));
    const auto children = d->store->childRuns(id);
    if (!children.isOk())
        return children.error();
    WorkflowRunDetail detail;
    detail.run = run.value();
    detail.spec = spec.value();
    QHash<QString, RunRecord> byTask;
    for (const RunRecord &child : children.value()) {
        if (child.isTaskRun())
            byTask.insert(child.task, child);
    }
    for (const TaskSpec &task : spec->workflow->tasks) {
        if (byTask.contains(task.name))
            detail.tasks.append(byTask.value(task.name));
    }
    return detail;
}

Result<QList<RunRecord>> EngineCore::taskRuns(RunId workflowRun) const
{
    const auto detail = this->workflowRun(workflowRun);
    if (!detail.isOk())
        return detail.error();
    return detail->tasks;
}

Result<RunRecord> EngineCore::rerunWorkflow(RunId id, const QString &taskName)
{
    const auto detail = workflowRun(id);
    if (!detail.isOk())
        return detail.error();
    const RunRecord &old = detail->run;
    if (!isFinal(old.state))
        return makeError(ErrorCode::Conflict, u"id"_qs,
                         Tr::tr("run %1 is still %2; re-run it once it has ended").arg(id).arg(runStateName(old.state)));
    const WorkflowSpec &spec = *detail->spec.workflow;
    const WorkflowGraph graph(spec);
    // The tasks to run again; every other task run is kept as it ended.
    QSet<QString> again;
    if (taskName.isEmpty()) {
        bool anyFailed = false;
        for (const TaskSpec &task : spec.tasks) {
            if (task.kind != TaskKind::Handler)
                again.insert(task.name);
        }
        for (const RunRecord &task : detail->tasks) {
            anyFailed = anyFailed || failedLike(task.state) || task.state == RunState::UpstreamFailed;
            if (task.state == RunState::Succeeded)
                again.remove(task.task);
        }
        if (!anyFailed && old.state != RunState::Cancelled && old.state != RunState::Failed)
            return makeError(ErrorCode::Conflict, u"id"_qs,
                             Tr::tr("run %1 has no failed task; name a task to run it and its downstream again").arg(id));
    } else {
        const int index = spec.indexOf(taskName);
        if (index < 0)
            return makeError(ErrorCode::NotFound, u"task"_qs,
                             Tr::tr("workflow '%1' has no task '%2'").arg(old.jobName, taskName));
        if (spec.tasks.at(index).kind == TaskKind::Handler)
            return makeError(ErrorCode::InvalidArgument, u"task"_qs,
                             Tr::tr("'%1' is a handler: it runs when a task fails").arg(taskName));
        again.insert(taskName);
        for (int d : graph.descendants(index))
            again.insert(spec.tasks.at(d).name);
    }

    const auto job = d->jobs.constFind(old.jobId);
    if (job == d->jobs.constEnd())
        return makeError(ErrorCode::NotFound, u"job"_qs, Tr::tr("the job of run %1 no longer exists").arg(id));
    Job version = job.value();
    version.version = old.jobVersion; // the re-run runs the same tasks as the run it repeats
    version.spec = detail->spec;
    RunRecord links;
    links.params = old.params;
    links.rerunOf = id;
    Result<RunRecord> made = Error{};
    const Result<void> written = d->write([&]() -> Result<void> {
        made = d->enqueue(version, RunTrigger::Rerun, old.scheduledAt, true, links);
        if (!made.isOk())
            return made.error();
        for (const RunRecord &task : detail->tasks) {
            if (again.contains(task.task) || !isFinal(task.state)
                || spec.tasks.at(spec.indexOf(task.task)).kind == TaskKind::Handler)
                continue;
            RunRecord kept = task;
            kept.parentRunId = made->id;
            kept.current.reason = task.current.reason.isEmpty()
                                      ? Tr::tr("kept from run %1").arg(id)
                                      : Tr::tr("kept from run %1: %2").arg(id).arg(task.current.reason);
            const auto copied = d->store->insertRun(kept);
            if (!copied.isOk())
                return copied.error();
        }
        return {};
    });
    if (!written.isOk()) {
        if (made.isOk())
            d->untrack(made->id);
        return written.error();
    }
    d->dispatch();
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    return d->active.contains(made->id) ? d->active.value(made->id) : made.value();
}

Result<BackfillResult> EngineCore::backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel)
{
    const auto existing = job(name);
    if (!existing.isOk())
        return existing.error();
    const Job job = existing.value();
    if (job.spec.schedule.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"schedule"_qs,
                         Tr::tr("job '%1' has no schedule to backfill").arg(name));
    if (fromMs <= 0)
        return makeError(ErrorCode::InvalidArgument, u"from"_qs, Tr::tr("a start time is required"));
    if (toMs < fromMs)
        return makeError(ErrorCode::InvalidArgument, u"to"_qs, Tr::tr("the end is before the start"));
    if (toMs > d->now())
        return makeError(ErrorCode::InvalidArgument, u"to"_qs,
                         Tr::tr("a backfill covers the past: %1 has not come yet").arg(isoUtc(toMs)));
    if (parallel < 0)
        return makeError(ErrorCode::InvalidArgument, u"parallel"_qs, Tr::tr("cannot be negative"));
    const auto schedule = Schedule::parse(job.spec.schedule);
    if (!schedule.isOk())
        return schedule.error();
    const QTimeZone zone(job.spec.timeZone.toUtf8());
    constexpr int MaxBackfill = 100'000;
    QList<qint64> times;
    for (qint64 t = schedule->nextFireTime(fromMs - 1, zone); t != 0 && t <= toMs; t = schedule->nextFireTime(t, zone)) {
        if (times.size() == MaxBackfill)
            return makeError(ErrorCode::InvalidArgument, u"to"_qs,
                             Tr::tr("the range holds more than %1 due times; backfill it in parts").arg(MaxBackfill));
        times.append(t);
    }
    BackfillResult result;
    RunRecord links;
    links.parallelLimit = parallel;
    const Result<void> written = d->write([&]() -> Result<void> {
        for (qint64 t : std::as_const(times)) {
            // The store's unique key refuses a due time that already has a run (scheduled,
            // caught up or backfilled before): each due time runs once.
            auto made = d->enqueue(job, RunTrigger::Backfill, t, true, links);
            if (made.isOk())
                result.runs.append(made.value());
            else if (made.error().code == ErrorCode::AlreadyExists)
                ++result.existing;
            else
                return made.error();
        }
        return {};
    });
    if (!written.isOk()) {
        for (const RunRecord &run : std::as_const(result.runs))
            d->untrack(run.id);
        return written.error();
    }
    d->dispatch();
    if (const Result<void> flushed = d->flush(); !flushed.isOk())
        return flushed.error();
    return result;
}

} // namespace Takt
