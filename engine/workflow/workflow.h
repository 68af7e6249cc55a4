#pragma once
// The workflow model (WorkflowSpec, TaskSpec, TaskKind, TriggerRule — values and JSON forms come
// from engine/core) and the pure rules the engine runs it by: validation, the graph, trigger
// rules, task outputs. No I/O, no engine state: everything here is a function of its inputs.

#include <engine/core/modeljson.h>
#include <engine/core/result.h>
#include <engine/core/run.h>
#include <engine/core/workflowspec.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Takt {

/// Checks a workflow: task names (valid, unique), kinds and their fields, edges (known tasks,
/// no handler in an edge, no cycle), handlers named by onFailure, parameter names. `jobName`
/// (if given) refuses a sub-workflow task that runs its own job. The first problem found is
/// returned, naming the field: `workflow.edges[3].to: unknown task "lod"`,
/// `workflow.tasks[2].name: duplicate task "load"`, `workflow.edges: cycle a → b → a`.
/// Cost: linear in tasks + edges.
Result<void> validateWorkflow(const WorkflowSpec &spec, const QString &jobName = {});

/// The DAG of a valid workflow as indexes into spec.tasks. Build it only from a spec that
/// validateWorkflow() accepted (unknown names in edges are ignored).
class WorkflowGraph
{
public:
    WorkflowGraph() = default;
    explicit WorkflowGraph(const WorkflowSpec &spec);

    int size() const { return int(m_upstream.size()); }
    const QList<int> &upstream(int task) const { return m_upstream.at(task); }
    const QList<int> &downstream(int task) const { return m_downstream.at(task); }
    /// Every task reachable downstream of `task` (not `task` itself).
    QList<int> descendants(int task) const;
    /// Every task `task` depends on, directly or not.
    QList<int> ancestors(int task) const;
    /// Tasks in an order where each comes after its upstreams (handlers included, last-free).
    QList<int> topologicalOrder() const;

private:
    QList<QList<int>> m_upstream;
    QList<QList<int>> m_downstream;
};

/// What a task's trigger rule decides, given its upstream tasks' states so far.
enum class TriggerDecision {
    Wait,            ///< not decidable yet: some upstream tasks have not ended
    Run,
    Skip,            ///< ends `skipped`
    UpstreamFailed,  ///< ends `upstream_failed`
};
QString triggerDecisionName(TriggerDecision decision);

/// The states of a task's direct upstream tasks, counted as Airflow counts them: a failed,
/// timed-out, cancelled or lost task counts as failed.
struct UpstreamStates
{
    int total = 0;           ///< direct upstream tasks
    int succeeded = 0;
    int failed = 0;
    int upstreamFailed = 0;
    int skipped = 0;

    int done() const { return succeeded + failed + upstreamFailed + skipped; }
    /// Counts one upstream task in `state`; a state that is not final counts as not done.
    void add(RunState state);
};

/// Airflow's trigger rules (airflow/ti_deps/deps/trigger_rule_dep.py, scheduler mode), each
/// decided as early as the states allow: all_success gives up (upstream_failed) at the first
/// failure and skips at the first skip; one_success runs at the first success; always runs at
/// once. A task without upstream tasks runs.
TriggerDecision evaluateTrigger(TriggerRule rule, const UpstreamStates &upstream);

/// The key=value lines a task wrote to $TAKT_OUTPUT. Lines that are empty or start with '#'
/// are ignored; other lines without '=' or with a key that is not [A-Za-z_][A-Za-z0-9_.-]*
/// are reported in `badLines` ("line 3: no '=' in …"). Beyond `maxBytes` the rest is dropped
/// and reported. A later key replaces an earlier one.
struct TaskOutput
{
    QMap<QString, QString> values;
    QStringList badLines;
};
inline constexpr qint64 MaxTaskOutputBytes = 64 * 1024;
TaskOutput parseTaskOutput(const QByteArray &text, qint64 maxBytes = MaxTaskOutputBytes);

/// `TAKT_OUTPUT_<TASK>_<KEY>` / `TAKT_PARAM_<KEY>`: upper-cased, non-alphanumerics as '_'.
QString outputEnvName(const QString &task, const QString &key);
QString paramEnvName(const QString &key);

/// A branch task's choice: its `next` output split at commas, trimmed, empty entries dropped.
QStringList branchChoice(const QMap<QString, QString> &outputs);

} // namespace Takt
