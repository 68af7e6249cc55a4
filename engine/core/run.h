#pragma once
// A run: one execution of a job (each retry is a new attempt of the same run),
// and the queries and pages used to list runs and read their logs.

#include <engine/core/job.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Takt {

using RunId = qint64;

/// scheduled → queued → running → one of the final states. A retry goes back to scheduled.
enum class RunState {
    Scheduled,
    Queued,
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Cancelled,
    Skipped,
    UpstreamFailed,
    Lost,
};

QString runStateName(RunState state);                    ///< "timed_out"
std::optional<RunState> runStateFromName(QStringView name);
bool isFinal(RunState state);
QList<RunState> allRunStates();

/// Why a run exists. Backfill: `takt backfill` over past due times; Workflow: a sub-workflow
/// started by a task of another workflow; Task: one task of a workflow run; Rerun: a workflow
/// run made again from an earlier one (RunRecord::rerunOf).
enum class RunTrigger { Schedule, Manual, Catchup, Backfill, Workflow, Task, Rerun };
QString runTriggerName(RunTrigger trigger);              ///< "schedule", "manual", "catchup", "backfill" …
std::optional<RunTrigger> runTriggerFromName(QStringView name);

/// The figures of one attempt. Exit code and signal are -1 / 0 until the process ends.
struct AttemptRecord
{
    int attempt = 0;          ///< 1-based
    RunState state = RunState::Scheduled;
    qint64 startedAt = 0;     ///< UTC epoch ms; 0 = not started
    qint64 finishedAt = 0;
    int exitCode = -1;
    int signal = 0;           ///< the signal that ended the process, 0 = none
    qint64 cpuMs = 0;         ///< user + system CPU time of the process tree
    qint64 peakRssKb = 0;     ///< peak resident memory
    QString logPath;          ///< absolute path of the attempt's log
    qint64 logSize = 0;
    QString reason;           ///< why it failed, for people ("timed out after 30s", "command not found")
    qint64 pid = 0;           ///< supervisor pid while running
    qint64 pidStart = 0;      ///< supervisor start time (clock ticks since boot), guards pid reuse

    friend bool operator==(const AttemptRecord &, const AttemptRecord &) = default;
};

/// A run and its current (latest) attempt.
struct RunRecord
{
    RunId id = 0;
    JobId jobId = 0;
    QString jobName;
    int jobVersion = 0;
    RunTrigger trigger = RunTrigger::Schedule;
    RunState state = RunState::Scheduled;
    int priority = 0;
    qint64 scheduledAt = 0;   ///< the due time it was made for (UTC epoch ms)
    qint64 queuedAt = 0;
    qint64 notBefore = 0;     ///< a retry waits until this time
    int maxAttempts = 1;
    AttemptRecord current;    ///< the latest attempt (attempt 0 = none started yet)
    /// A task run: its workflow run. A sub-workflow run (trigger Workflow): the task run that
    /// started it. 0 otherwise.
    RunId parentRunId = 0;
    QString task;             ///< a task run: the task's name; empty otherwise
    QMap<QString, QString> params;  ///< a workflow run: its parameters (defaults + overrides)
    QMap<QString, QString> outputs; ///< a task run: the key=value lines it wrote to $TAKT_OUTPUT
    RunId rerunOf = 0;        ///< a re-run: the workflow run it was made from
    int parallelLimit = 0;    ///< a backfill run: runs of the job's backfills at once; 0 = no limit

    bool isValid() const { return id > 0; }
    bool isTaskRun() const { return !task.isEmpty(); }
    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

/// Which runs to list. Lists are newest first and paged by a keyset cursor.
struct RunQuery
{
    QString jobName;           ///< empty = all jobs
    QList<RunState> states;    ///< empty = all states
    qint64 scheduledFrom = 0;  ///< inclusive, 0 = unbounded
    qint64 scheduledTo = 0;    ///< exclusive, 0 = unbounded
    RunId beforeId = 0;        ///< cursor: only runs with id < beforeId; 0 = from the newest
    int limit = 100;
    bool includeTasks = false; ///< task runs of workflows too (they are listed by their workflow run)

    friend bool operator==(const RunQuery &, const RunQuery &) = default;
};

struct RunPage
{
    QList<RunRecord> runs;
    RunId nextBeforeId = 0;    ///< cursor for the next page; 0 = no more
};

/// A slice of an attempt's log file, in the log format (see executor/logformat.h).
struct LogChunk
{
    QByteArray data;
    qint64 offset = 0;         ///< where data starts in the file
    qint64 size = 0;           ///< the file's size when read
    bool finished = false;     ///< the attempt has ended: the file will not grow
};

/// A workflow run as its run view shows it: the run, the spec of the job version it runs
/// (whose `workflow` names the tasks and edges) and the task runs made so far. A task
/// without a task run has not been reached yet (pending).
struct WorkflowRunDetail
{
    RunRecord run;
    JobSpec spec;
    QList<RunRecord> tasks;   ///< in the order of spec.workflow->tasks
};

/// What a backfill made: one run per due time in the range that had none (trigger
/// Backfill), and how many due times already had a run and were left alone.
struct BackfillResult
{
    QList<RunRecord> runs;
    int existing = 0;
};

} // namespace Takt

Q_DECLARE_METATYPE(Takt::RunRecord)
Q_DECLARE_METATYPE(Takt::RunState)
