#pragma once
// JSON forms of the model values: what `takt jobs apply -f` reads, what the HTTP API and
// `--json` print, and how the store keeps a job's spec. One format everywhere.

#include <engine/core/job.h>
#include <engine/core/node.h>
#include <engine/core/result.h>
#include <engine/core/run.h>

#include <QJsonObject>

namespace Takt {

/// Reads a job spec. Checks types and known fields only (an unknown field is an error
/// naming it); the engine validates schedule, time zone and command semantics.
Result<JobSpec> jobSpecFromJson(const QJsonObject &json);
QJsonObject jobSpecToJson(const JobSpec &spec);

/// The `workflow` object of a job spec (see workflowspec.h). Errors name the field in full
/// ("workflow.tasks[2].trigger"); the graph itself is checked by validateWorkflow().
Result<WorkflowSpec> workflowSpecFromJson(const QJsonObject &json);
QJsonObject workflowSpecToJson(const WorkflowSpec &spec);
Result<TaskSpec> taskSpecFromJson(const QJsonObject &json);
QJsonObject taskSpecToJson(const TaskSpec &task);

/// {"id", "version", "paused", "created_at", "updated_at", "next_fire_at", "spec": {...}}
QJsonObject jobToJson(const Job &job);
Result<Job> jobFromJson(const QJsonObject &json);

QJsonObject runToJson(const RunRecord &run);
Result<RunRecord> runFromJson(const QJsonObject &json);

/// {"run": {...}, "spec": {...}, "tasks": [{...}, ...]}
QJsonObject workflowRunToJson(const WorkflowRunDetail &detail);
Result<WorkflowRunDetail> workflowRunFromJson(const QJsonObject &json);
/// {"runs": [{...}, ...], "existing": n}
QJsonObject backfillToJson(const BackfillResult &result);
Result<BackfillResult> backfillFromJson(const QJsonObject &json);

QJsonObject attemptToJson(const AttemptRecord &attempt);
Result<AttemptRecord> attemptFromJson(const QJsonObject &json);

/// {"id", "name", "labels", "slots", "running", "api_url", "incarnation", "started_at",
///  "heartbeat_age_ms", "alive", "leader", "running_runs"}
QJsonObject nodeToJson(const NodeInfo &node);
Result<NodeInfo> nodeFromJson(const QJsonObject &json);

/// UTC epoch ms as ISO-8601 with milliseconds and 'Z'; 0 becomes null.
QJsonValue timeToJson(qint64 ms);
/// The inverse; null gives 0. `field` names the value in the error.
Result<qint64> timeFromJson(const QJsonValue &value, const QString &field);

} // namespace Takt
