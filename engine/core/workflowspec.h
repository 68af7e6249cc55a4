#pragma once
// The values of a workflow definition: tasks, edges, trigger rules and parameters. They live in
// core because JobSpec holds one; validation and run-time rules are in engine/workflow.

#include <engine/core/retrypolicy.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Takt {

/// What a task does. Handlers stay out of the normal flow (no edges) and run on failure.
enum class TaskKind { Command, Branch, Workflow, Handler };
QString taskKindName(TaskKind kind);                  ///< "command", "branch", "workflow", "handler"
std::optional<TaskKind> taskKindFromName(QStringView name);
QList<TaskKind> allTaskKinds();

/// When a task may run, given the states of its direct upstream tasks (Airflow's names).
enum class TriggerRule {
    AllSuccess,
    AllFailed,
    AllDone,
    AllSkipped,
    OneSuccess,
    OneFailed,
    OneDone,
    NoneFailed,
    NoneFailedMinOneSuccess,
    NoneSkipped,
    Always,
};
QString triggerRuleName(TriggerRule rule);            ///< "all_success", "none_failed_min_one_success" …
std::optional<TriggerRule> triggerRuleFromName(QStringView name);
QList<TriggerRule> allTriggerRules();

/// One task of a workflow: a job-like spec run as a run of its own (with attempts and a log).
struct TaskSpec
{
    QString name;                  ///< unique in the workflow; letters, digits, '.', '_', '-'
    TaskKind kind = TaskKind::Command;
    QStringList command;           ///< argv (Command, Branch, Handler); a JSON string becomes sh -c
    QString workDir;               ///< empty = the job's, or the data directory's "work"
    QMap<QString, QString> env;    ///< added to the job's env
    qint64 timeoutMs = 0;          ///< per attempt; 0 = the job's timeout
    RetryPolicy retry;             ///< default: no retry
    TriggerRule trigger = TriggerRule::AllSuccess;
    QStringList onFailure;         ///< handler tasks run when this task fails
    QString workflow;              ///< Workflow kind: the name of the workflow job to run

    friend bool operator==(const TaskSpec &, const TaskSpec &) = default;
};

struct WorkflowEdge
{
    QString from;
    QString to;

    friend bool operator==(const WorkflowEdge &, const WorkflowEdge &) = default;
};

/// A DAG of tasks. JSON: {"maxParallel", "params", "tasks", "edges", "onFailure"} (modeljson.h).
struct WorkflowSpec
{
    int maxParallel = 0;              ///< tasks of one run at once; 0 = no limit but the slots
    QMap<QString, QString> params;    ///< parameters and their defaults, overridden per run
    QList<TaskSpec> tasks;
    QList<WorkflowEdge> edges;
    QString onFailure;                ///< a handler run after the rest when the workflow failed

    /// Index of the task named `name`, -1 if none.
    int indexOf(const QString &name) const
    {
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            if (tasks.at(i).name == name)
                return int(i);
        }
        return -1;
    }
    friend bool operator==(const WorkflowSpec &, const WorkflowSpec &) = default;
};

} // namespace Takt
