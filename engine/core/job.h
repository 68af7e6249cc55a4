#pragma once
// A job: the definition users write (JobSpec) and what the engine knows of it (Job).

#include <engine/core/retrypolicy.h>
#include <engine/core/workflowspec.h>

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Takt {

using JobId = qint64;

/// How much run history and log a job keeps. 0 = the engine's setting (EngineCore::Options).
struct RetentionPolicy
{
    int keepRuns = 0;         ///< the newest N finished runs
    qint64 keepForMs = 0;     ///< finished runs younger than this
    qint64 keepLogBytes = 0;  ///< the newest finished runs whose logs fit in this many bytes

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

/// What to do when a run comes due while an earlier run of the same job still runs.
enum class OverlapPolicy { Allow, Skip, Queue, Replace };
/// What to do with due times missed while the engine was down or the job paused.
enum class MisfirePolicy { Skip, Once, All };
/// Where a due time runs in a cluster: on one matching node, on every matching node, or as
/// `shards` runs spread over the matching nodes. A single engine runs every placement itself.
enum class Placement { Any, Broadcast, Sharded };

/// The versioned definition of a job, as written in `takt jobs apply -f job.json`.
/// A default-constructed spec is invalid (no name).
struct JobSpec
{
    QString name;
    QString description;
    QString schedule;       ///< cron / @alias / @every / @at; empty = runs only when asked
    QString timeZone;       ///< IANA id; empty = the machine's zone at creation
    QStringList command;    ///< argv; a JSON string becomes ["/bin/sh", "-c", string]
    QString workDir;        ///< empty = the data directory's "work" folder
    QMap<QString, QString> env;
    qint64 timeoutMs = 0;   ///< per attempt; 0 = none
    qint64 killGraceMs = 10'000; ///< SIGTERM → SIGKILL grace on timeout and cancel
    RetryPolicy retry;
    OverlapPolicy overlap = OverlapPolicy::Allow;
    MisfirePolicy misfire = MisfirePolicy::Once;
    int misfireLimit = 100; ///< with MisfirePolicy::All, the most catch-up runs made at once
    int priority = 0;       ///< higher starts first when slots are scarce
    int maxConcurrent = 0;  ///< runs of this job at once; 0 = no per-job limit
    RetentionPolicy retention;
    /// Set for a workflow: a DAG of tasks runs instead of `command` (engine/workflow).
    std::optional<WorkflowSpec> workflow;
    QStringList labels;     ///< a cluster node must offer all of these to run the job
    Placement placement = Placement::Any;
    int shards = 0;         ///< with Placement::Sharded: runs per due time (TAKT_SHARD_INDEX 0..shards-1)

    bool isValid() const { return !name.isEmpty(); }
    friend bool operator==(const JobSpec &, const JobSpec &) = default;
};

/// A job as stored: its current spec and state.
struct Job
{
    JobId id = 0;
    int version = 0;        ///< 1 on creation, +1 on each change of the spec
    JobSpec spec;
    bool paused = false;
    qint64 createdAt = 0;   ///< UTC epoch ms
    qint64 updatedAt = 0;
    qint64 nextFireAt = 0;  ///< next due time, UTC epoch ms; 0 = none (paused, manual, @at passed)

    bool isValid() const { return id > 0; }
    friend bool operator==(const Job &, const Job &) = default;
};

QString overlapPolicyName(OverlapPolicy policy);
QString misfirePolicyName(MisfirePolicy policy);
QString backoffName(RetryPolicy::Backoff backoff);
QString placementName(Placement placement);

} // namespace Takt

Q_DECLARE_METATYPE(Takt::Job)
Q_DECLARE_METATYPE(Takt::JobSpec)
