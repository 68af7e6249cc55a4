#include "modeljson.h"

#include <engine/core/duration.h>
#include <engine/core/tr.h>

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace Takt {

namespace {

Error typeError(const QString &field, const char *expected)
{
    return makeError(ErrorCode::InvalidArgument, field, Tr::tr("must be %1").arg(Tr::tr(expected)));
}

// Small typed readers: each returns an Error naming the field when the JSON type is wrong.
Result<QString> readString(const QJsonObject &json, const QString &key, const QString &fallback = {})
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        return typeError(key, QT_TR_NOOP("a string"));
    return v.toString();
}

Result<qint64> readInteger(const QJsonObject &json, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
        return typeError(key, QT_TR_NOOP("a whole number"));
    const qint64 n = qint64(v.toDouble());
    if (n < min || n > max)
        return makeError(ErrorCode::InvalidArgument, key,
                         Tr::tr("%1 is not between %2 and %3").arg(n).arg(min).arg(max));
    return n;
}

Result<bool> readBool(const QJsonObject &json, const QString &key, bool fallback)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        return typeError(key, QT_TR_NOOP("true or false"));
    return v.toBool();
}

// A duration is "30s"-style text or a number of seconds.
Result<qint64> readDuration(const QJsonObject &json, const QString &key, qint64 fallback)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble()) {
        if (v.toDouble() < 0)
            return makeError(ErrorCode::InvalidArgument, key, Tr::tr("a duration cannot be negative"));
        return qint64(v.toDouble() * 1000);
    }
    if (!v.isString())
        return typeError(key, QT_TR_NOOP("a duration such as \"30s\" or a number of seconds"));
    return parseDuration(v.toString(), key);
}

template<typename Enum>
Result<Enum> readEnum(const QJsonObject &json, const QString &key, Enum fallback,
                      const QList<Enum> &values, QString (*nameOf)(Enum))
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    QStringList names;
    for (Enum e : values) {
        names << nameOf(e);
        if (v.toString() == nameOf(e))
            return e;
    }
    return makeError(ErrorCode::InvalidArgument, key,
                     Tr::tr("'%1' is not one of: %2").arg(v.toVariant().toString(), names.join(u", ")));
}

Error unknownField(const QString &key)
{
    return makeError(ErrorCode::InvalidArgument, key, Tr::tr("unknown field"));
}

#define TAKT_TRY(var, expr)                 \
    auto var##_r = (expr);                  \
    if (!var##_r.isOk())                    \
        return var##_r.error();             \
    auto var = std::move(var##_r).value()


QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// An object of strings ("env", "params", "outputs"); a missing one is empty.
Result<QMap<QString, QString>> readStringMap(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    QMap<QString, QString> map;
    if (v.isUndefined() || v.isNull())
        return map;
    if (!v.isObject())
        return typeError(key, QT_TR_NOOP("an object of strings"));
    const QJsonObject object = v.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return makeError(ErrorCode::InvalidArgument, key + u'.' + it.key(), Tr::tr("must be a string"));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

Error prefixed(Error error, const QString &prefix)
{
    error.field = error.field.isEmpty() ? prefix : prefix + u'.' + error.field;
    return error;
}

Result<QStringList> readStringList(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    QStringList list;
    if (v.isUndefined() || v.isNull())
        return list;
    if (v.isString())
        return QStringList{v.toString()};
    if (!v.isArray())
        return typeError(key, QT_TR_NOOP("an array of strings"));
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return typeError(key, QT_TR_NOOP("an array of strings"));
        list << item.toString();
    }
    return list;
}

const QStringList &retryKeys()
{
    static const QStringList keys = {u"retries"_qs, u"retry_backoff"_qs, u"retry_delay"_qs,
                                     u"retry_max_delay"_qs, u"retry_jitter"_qs, u"retry_exit_codes"_qs};
    return keys;
}

} // namespace

Result<TaskSpec> taskSpecFromJson(const QJsonObject &json)
{
    static const QSet<QString> known = {u"name"_qs, u"kind"_qs, u"command"_qs, u"workdir"_qs, u"env"_qs,
                                        u"timeout"_qs, u"retry"_qs, u"trigger"_qs, u"onFailure"_qs,
                                        u"workflow"_qs};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return unknownField(it.key());
    }
    TaskSpec task;
    TAKT_TRY(name, readString(json, u"name"_qs));
    TAKT_TRY(kind, readEnum<TaskKind>(json, u"kind"_qs, TaskKind::Command, allTaskKinds(), &taskKindName));
    TAKT_TRY(trigger, readEnum<TriggerRule>(json, u"trigger"_qs, TriggerRule::AllSuccess, allTriggerRules(),
                                            &triggerRuleName));
    TAKT_TRY(onFailure, readStringList(json, u"onFailure"_qs));
    TAKT_TRY(workflow, readString(json, u"workflow"_qs));
    task.name = name;
    task.kind = kind;
    task.trigger = trigger;
    task.onFailure = onFailure;
    task.workflow = workflow;

    // Command, directory, env, timeout and retry read exactly as a job's do.
    QJsonObject jobLike;
    for (const QString &key : {u"command"_qs, u"workdir"_qs, u"env"_qs, u"timeout"_qs}) {
        if (json.contains(key))
            jobLike.insert(key, json.value(key));
    }
    const QJsonValue retry = json.value(u"retry");
    if (retry.isObject()) {
        const QJsonObject policy = retry.toObject();
        for (auto it = policy.begin(); it != policy.end(); ++it) {
            if (!retryKeys().contains(it.key()))
                return prefixed(unknownField(it.key()), u"retry"_qs);
            jobLike.insert(it.key(), it.value());
        }
    } else if (!retry.isUndefined() && !retry.isNull()) {
        return typeError(u"retry"_qs, QT_TR_NOOP("an object"));
    }
    const Result<JobSpec> spec = jobSpecFromJson(jobLike);
    if (!spec.isOk()) {
        Error error = spec.error();
        if (retryKeys().contains(error.field))
            error.field = u"retry."_qs + error.field;
        return error;
    }
    task.command = spec->command;
    task.workDir = spec->workDir;
    task.env = spec->env;
    task.timeoutMs = spec->timeoutMs;
    task.retry = spec->retry;
    return task;
}

QJsonObject taskSpecToJson(const TaskSpec &task)
{
    JobSpec jobLike;
    jobLike.retry = task.retry;
    const QJsonObject job = jobSpecToJson(jobLike);
    QJsonObject retry;
    for (const QString &key : retryKeys())
        retry.insert(key, job.value(key));
    QJsonObject json{
        {u"name"_qs, task.name},
        {u"kind"_qs, taskKindName(task.kind)},
        {u"command"_qs, QJsonArray::fromStringList(task.command)},
        {u"workdir"_qs, task.workDir},
        {u"env"_qs, stringMapToJson(task.env)},
        {u"timeout"_qs, formatDuration(task.timeoutMs)},
        {u"retry"_qs, retry},
        {u"trigger"_qs, triggerRuleName(task.trigger)},
        {u"onFailure"_qs, QJsonArray::fromStringList(task.onFailure)},
    };
    if (!task.workflow.isEmpty())
        json.insert(u"workflow"_qs, task.workflow);
    return json;
}

Result<WorkflowSpec> workflowSpecFromJson(const QJsonObject &json)
{
    static const QSet<QString> known = {u"maxParallel"_qs, u"params"_qs, u"tasks"_qs, u"edges"_qs, u"onFailure"_qs};
    const QString prefix = u"workflow"_qs;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return prefixed(unknownField(it.key()), prefix);
    }
    WorkflowSpec spec;
    const auto maxParallel = readInteger(json, u"maxParallel"_qs, 0, 0, 100000);
    if (!maxParallel.isOk())
        return prefixed(maxParallel.error(), prefix);
    spec.maxParallel = int(maxParallel.value());
    const auto params = readStringMap(json, u"params"_qs);
    if (!params.isOk())
        return prefixed(params.error(), prefix);
    spec.params = params.value();
    const auto onFailure = readString(json, u"onFailure"_qs);
    if (!onFailure.isOk())
        return prefixed(onFailure.error(), prefix);
    spec.onFailure = onFailure.value();

    const QJsonValue tasks = json.value(u"tasks");
    if (!tasks.isArray() && !tasks.isUndefined() && !tasks.isNull())
        return prefixed(typeError(u"tasks"_qs, QT_TR_NOOP("an array of tasks")), prefix);
    const QJsonArray taskArray = tasks.toArray();
    for (qsizetype i = 0; i < taskArray.size(); ++i) {
        const QString at = QStringLiteral("workflow.tasks[%1]").arg(i);
        if (!taskArray.at(i).isObject())
            return makeError(ErrorCode::InvalidArgument, at, Tr::tr("must be an object"));
        const auto task = taskSpecFromJson(taskArray.at(i).toObject());
        if (!task.isOk())
            return prefixed(task.error(), at);
        spec.tasks.append(task.value());
    }

    const QJsonValue edges = json.value(u"edges");
    if (!edges.isArray() && !edges.isUndefined() && !edges.isNull())
        return prefixed(typeError(u"edges"_qs, QT_TR_NOOP("an array of {\"from\", \"to\"}")), prefix);
    const QJsonArray edgeArray = edges.toArray();
    for (qsizetype i = 0; i < edgeArray.size(); ++i) {
        const QString at = QStringLiteral("workflow.edges[%1]").arg(i);
        const QJsonObject edge = edgeArray.at(i).toObject();
        if (!edgeArray.at(i).isObject() || !edge.value(u"from").isString() || !edge.value(u"to").isString()
            || edge.size() != 2)
            return makeError(ErrorCode::InvalidArgument, at,
                             Tr::tr("must be an object {\"from\": task, \"to\": task}"));
        spec.edges.append(WorkflowEdge{edge.value(u"from").toString(), edge.value(u"to").toString()});
    }
    return spec;
}

QJsonObject workflowSpecToJson(const WorkflowSpec &spec)
{
    QJsonArray tasks;
    for (const TaskSpec &task : spec.tasks)
        tasks.append(taskSpecToJson(task));
    QJsonArray edges;
    for (const WorkflowEdge &edge : spec.edges)
        edges.append(QJsonObject{{u"from"_qs, edge.from}, {u"to"_qs, edge.to}});
    QJsonObject json{
        {u"maxParallel"_qs, spec.maxParallel},
        {u"params"_qs, stringMapToJson(spec.params)},
        {u"tasks"_qs, tasks},
        {u"edges"_qs, edges},
    };
    if (!spec.onFailure.isEmpty())
        json.insert(u"onFailure"_qs, spec.onFailure);
    return json;
}

namespace {
} // namespace

QJsonValue timeToJson(qint64 ms)
{
    if (ms == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<qint64> timeFromJson(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined() || value.isNull())
        return qint64(0);
    if (value.isDouble())
        return qint64(value.toDouble());
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !t.isValid())
        return makeError(ErrorCode::InvalidArgument, field, Tr::tr("must be an ISO-8601 date-time"));
    return t.toMSecsSinceEpoch();
}

Result<JobSpec> jobSpecFromJson(const QJsonObject &json)
{
    static const QSet<QString> known = {
        u"name"_qs, u"description"_qs, u"schedule"_qs, u"timezone"_qs, u"command"_qs, u"workdir"_qs,
        u"env"_qs, u"timeout"_qs, u"kill_grace"_qs, u"retries"_qs, u"retry_backoff"_qs,
        u"retry_delay"_qs, u"retry_max_delay"_qs, u"retry_jitter"_qs, u"retry_exit_codes"_qs,
        u"overlap"_qs, u"misfire"_qs, u"misfire_limit"_qs, u"priority"_qs, u"max_concurrent"_qs,
        u"keep_runs"_qs, u"keep_for"_qs, u"keep_log_bytes"_qs, u"workflow"_qs, u"labels"_qs, u"placement"_qs, u"shards"_qs};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return unknownField(it.key());
    }

    JobSpec spec;
    TAKT_TRY(name, readString(json, u"name"_qs));
    TAKT_TRY(description, readString(json, u"description"_qs));
    TAKT_TRY(schedule, readString(json, u"schedule"_qs));
    TAKT_TRY(timeZone, readString(json, u"timezone"_qs));
    TAKT_TRY(workDir, readString(json, u"workdir"_qs));
    spec.name = name;
    spec.description = description;
    spec.schedule = schedule;
    spec.timeZone = timeZone;
    spec.workDir = workDir;

    const QJsonValue command = json.value(u"command");
    if (command.isString()) {
        spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), command.toString()};
    } else if (command.isArray()) {
        for (const QJsonValue &arg : command.toArray()) {
            if (!arg.isString())
                return typeError(u"command"_qs, QT_TR_NOOP("a string or an array of strings"));
            spec.command << arg.toString();
        }
    } else if (!command.isUndefined() && !command.isNull()) {
        return typeError(u"command"_qs, QT_TR_NOOP("a string or an array of strings"));
    }

    const QJsonValue env = json.value(u"env");
    if (env.isObject()) {
        const QJsonObject vars = env.toObject();
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            if (!it.value().isString())
                return makeError(ErrorCode::InvalidArgument, u"env."_qs + it.key(), Tr::tr("must be a string"));
            spec.env.insert(it.key(), it.value().toString());
        }
    } else if (!env.isUndefined() && !env.isNull()) {
        return typeError(u"env"_qs, QT_TR_NOOP("an object of strings"));
    }

    TAKT_TRY(timeout, readDuration(json, u"timeout"_qs, 0));
    TAKT_TRY(grace, readDuration(json, u"kill_grace"_qs, spec.killGraceMs));
    spec.timeoutMs = timeout;
    spec.killGraceMs = grace;

    TAKT_TRY(retries, readInteger(json, u"retries"_qs, 0, 0, 1000));
    TAKT_TRY(backoff, readEnum<RetryPolicy::Backoff>(json, u"retry_backoff"_qs, spec.retry.backoff,
        {RetryPolicy::Backoff::Fixed, RetryPolicy::Backoff::Exponential}, &backoffName));
    TAKT_TRY(delay, readDuration(json, u"retry_delay"_qs, spec.retry.delayMs));
    TAKT_TRY(maxDelay, readDuration(json, u"retry_max_delay"_qs, spec.retry.maxDelayMs));
    spec.retry.maxRetries = int(retries);
    spec.retry.backoff = backoff;
    spec.retry.delayMs = delay;
    spec.retry.maxDelayMs = maxDelay;

    const QJsonValue jitter = json.value(u"retry_jitter");
    if (!jitter.isUndefined() && !jitter.isNull()) {
        if (!jitter.isDouble() || jitter.toDouble() < 0 || jitter.toDouble() > 1)
            return typeError(u"retry_jitter"_qs, QT_TR_NOOP("a number from 0 to 1"));
        spec.retry.jitter = jitter.toDouble();
    }
    const QJsonValue codes = json.value(u"retry_exit_codes");
    if (codes.isArray()) {
        for (const QJsonValue &code : codes.toArray()) {
            if (!code.isDouble() || code.toDouble() < 0 || code.toDouble() > 255)
                return typeError(u"retry_exit_codes"_qs, QT_TR_NOOP("an array of exit codes 0-255"));
            spec.retry.retryExitCodes << code.toInt();
        }
    } else if (!codes.isUndefined() && !codes.isNull()) {
        return typeError(u"retry_exit_codes"_qs, QT_TR_NOOP("an array of exit codes 0-255"));
    }

    TAKT_TRY(overlap, readEnum<OverlapPolicy>(json, u"overlap"_qs, spec.overlap,
        {OverlapPolicy::Allow, OverlapPolicy::Skip, OverlapPolicy::Queue, OverlapPolicy::Replace},
        &overlapPolicyName));
    TAKT_TRY(misfire, readEnum<MisfirePolicy>(json, u"misfire"_qs, spec.misfire,
        {MisfirePolicy::Skip, MisfirePolicy::Once, MisfirePolicy::All}, &misfirePolicyName));
    TAKT_TRY(misfireLimit, readInteger(json, u"misfire_limit"_qs, spec.misfireLimit, 1, 100000));
    TAKT_TRY(priority, readInteger(json, u"priority"_qs, 0, -1000, 1000));
    TAKT_TRY(maxConcurrent, readInteger(json, u"max_concurrent"_qs, 0, 0, 100000));
    spec.overlap = overlap;
    spec.misfire = misfire;
    spec.misfireLimit = int(misfireLimit);
    spec.priority = int(priority);
    spec.maxConcurrent = int(maxConcurrent);

    TAKT_TRY(keepRuns, readInteger(json, u"keep_runs"_qs, 0, 0, 100'000'000));
    TAKT_TRY(keepFor, readDuration(json, u"keep_for"_qs, 0));
    spec.retention.keepRuns = int(keepRuns);
    spec.retention.keepForMs = keepFor;
    const QJsonValue logBytes = json.value(u"keep_log_bytes");
    if (logBytes.isString()) {
        TAKT_TRY(bytes, parseSize(logBytes.toString(), u"keep_log_bytes"_qs));
        spec.retention.keepLogBytes = bytes;
    } else {
        TAKT_TRY(bytes, readInteger(json, u"keep_log_bytes"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
        spec.retention.keepLogBytes = bytes;
    }
    const QJsonValue workflow = json.value(u"workflow");
    if (workflow.isObject()) {
        TAKT_TRY(dag, workflowSpecFromJson(workflow.toObject()));
        spec.workflow = dag;
    } else if (!workflow.isUndefined() && !workflow.isNull()) {
        return typeError(u"workflow"_qs, QT_TR_NOOP("an object"));
    }

    // Cluster placement: the labels a node must offer, and how many runs a due time makes.
    const QJsonValue labels = json.value(u"labels");
    if (labels.isArray()) {
        for (const QJsonValue &label : labels.toArray()) {
            const QString text = label.toString().trimmed();
            if (!label.isString() || text.isEmpty() || text.contains(u',') || text.contains(u' '))
                return typeError(u"labels"_qs, QT_TR_NOOP("an array of labels (non-empty, without ',' or spaces)"));
            if (!spec.labels.contains(text))
                spec.labels << text;
        }
    } else if (!labels.isUndefined() && !labels.isNull()) {
        return typeError(u"labels"_qs, QT_TR_NOOP("an array of labels (non-empty, without ',' or spaces)"));
    }
    TAKT_TRY(placement, readEnum<Placement>(json, u"placement"_qs, Placement::Any,
        {Placement::Any, Placement::Broadcast, Placement::Sharded}, &placementName));
    TAKT_TRY(shards, readInteger(json, u"shards"_qs, 0, 0, 1000));
    if (placement == Placement::Sharded && shards < 1)
        return makeError(ErrorCode::InvalidArgument, u"shards"_qs,
                         Tr::tr("placement 'sharded' needs the number of shards (1 to 1000)"));
    if (placement != Placement::Sharded && shards > 0)
        return makeError(ErrorCode::InvalidArgument, u"shards"_qs,
                         Tr::tr("only a job with placement 'sharded' has shards"));
    spec.placement = placement;
    spec.shards = int(shards);
    return spec;
}

QJsonObject jobSpecToJson(const JobSpec &spec)
{
    QJsonObject env;
    for (auto it = spec.env.begin(); it != spec.env.end(); ++it)
        env.insert(it.key(), it.value());
    QJsonArray codes;
    for (int code : spec.retry.retryExitCodes)
        codes.append(code);
    QJsonObject json{
        {u"name"_qs, spec.name},
        {u"description"_qs, spec.description},
        {u"schedule"_qs, spec.schedule},
        {u"timezone"_qs, spec.timeZone},
        {u"command"_qs, QJsonArray::fromStringList(spec.command)},
        {u"workdir"_qs, spec.workDir},
        {u"env"_qs, env},
        {u"timeout"_qs, formatDuration(spec.timeoutMs)},
        {u"kill_grace"_qs, formatDuration(spec.killGraceMs)},
        {u"retries"_qs, spec.retry.maxRetries},
        {u"retry_backoff"_qs, backoffName(spec.retry.backoff)},
        {u"retry_delay"_qs, formatDuration(spec.retry.delayMs)},
        {u"retry_max_delay"_qs, formatDuration(spec.retry.maxDelayMs)},
        {u"retry_jitter"_qs, spec.retry.jitter},
        {u"retry_exit_codes"_qs, codes},
        {u"overlap"_qs, overlapPolicyName(spec.overlap)},
        {u"misfire"_qs, misfirePolicyName(spec.misfire)},
        {u"misfire_limit"_qs, spec.misfireLimit},
        {u"priority"_qs, spec.priority},
        {u"max_concurrent"_qs, spec.maxConcurrent},
        {u"keep_runs"_qs, spec.retention.keepRuns},
        {u"keep_for"_qs, formatDuration(spec.retention.keepForMs)},
        {u"keep_log_bytes"_qs, spec.retention.keepLogBytes},
        {u"labels"_qs, QJsonArray::fromStringList(spec.labels)},
        {u"placement"_qs, placementName(spec.placement)},
        {u"shards"_qs, spec.shards},
    };
    if (spec.workflow)
        json.insert(u"workflow"_qs, workflowSpecToJson(*spec.workflow));
    return json;
}

QJsonObject jobToJson(const Job &job)
{
    return QJsonObject{
        {u"id"_qs, job.id},
        {u"version"_qs, job.version},
        {u"paused"_qs, job.paused},
        {u"created_at"_qs, timeToJson(job.createdAt)},
        {u"updated_at"_qs, timeToJson(job.updatedAt)},
        {u"next_fire_at"_qs, timeToJson(job.nextFireAt)},
        {u"spec"_qs, jobSpecToJson(job.spec)},
    };
}

Result<Job> jobFromJson(const QJsonObject &json)
{
    Job job;
    TAKT_TRY(spec, jobSpecFromJson(json.value(u"spec").toObject()));
    TAKT_TRY(id, readInteger(json, u"id"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(version, readInteger(json, u"version"_qs, 0, 0, std::numeric_limits<int>::max()));
    TAKT_TRY(paused, readBool(json, u"paused"_qs, false));
    TAKT_TRY(createdAt, timeFromJson(json.value(u"created_at"), u"created_at"_qs));
    TAKT_TRY(updatedAt, timeFromJson(json.value(u"updated_at"), u"updated_at"_qs));
    TAKT_TRY(nextFireAt, timeFromJson(json.value(u"next_fire_at"), u"next_fire_at"_qs));
    job.spec = spec;
    job.id = id;
    job.version = int(version);
    job.paused = paused;
    job.createdAt = createdAt;
    job.updatedAt = updatedAt;
    job.nextFireAt = nextFireAt;
    return job;
}

QJsonObject attemptToJson(const AttemptRecord &a)
{
    return QJsonObject{
        {u"attempt"_qs, a.attempt},
        {u"state"_qs, runStateName(a.state)},
        {u"started_at"_qs, timeToJson(a.startedAt)},
        {u"finished_at"_qs, timeToJson(a.finishedAt)},
        {u"exit_code"_qs, a.exitCode < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(a.exitCode)},
        {u"signal"_qs, a.signal},
        {u"cpu_ms"_qs, a.cpuMs},
        {u"peak_rss_kb"_qs, a.peakRssKb},
        {u"log_path"_qs, a.logPath},
        {u"log_size"_qs, a.logSize},
        {u"reason"_qs, a.reason},
    };
}

Result<AttemptRecord> attemptFromJson(const QJsonObject &json)
{
    AttemptRecord a;
    TAKT_TRY(attempt, readInteger(json, u"attempt"_qs, 0, 0, 1'000'000));
    const auto state = runStateFromName(json.value(u"state").toString());
    if (!state)
        return makeError(ErrorCode::InvalidArgument, u"state"_qs, Tr::tr("unknown run state"));
    TAKT_TRY(startedAt, timeFromJson(json.value(u"started_at"), u"started_at"_qs));
    TAKT_TRY(finishedAt, timeFromJson(json.value(u"finished_at"), u"finished_at"_qs));
    TAKT_TRY(exitCode, readInteger(json, u"exit_code"_qs, -1, -1, 255));
    TAKT_TRY(signal, readInteger(json, u"signal"_qs, 0, 0, 128));
    TAKT_TRY(cpuMs, readInteger(json, u"cpu_ms"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(rss, readInteger(json, u"peak_rss_kb"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(logPath, readString(json, u"log_path"_qs));
    TAKT_TRY(logSize, readInteger(json, u"log_size"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(reason, readString(json, u"reason"_qs));
    a.attempt = int(attempt);
    a.state = *state;
    a.startedAt = startedAt;
    a.finishedAt = finishedAt;
    a.exitCode = int(exitCode);
    a.signal = int(signal);
    a.cpuMs = cpuMs;
    a.peakRssKb = rss;
    a.logPath = logPath;
    a.logSize = logSize;
    a.reason = reason;
    return a;
}

QJsonObject runToJson(const RunRecord &run)
{
    QJsonObject json = attemptToJson(run.current);
    json.insert(u"id"_qs, run.id);
    json.insert(u"job_id"_qs, run.jobId);
    json.insert(u"job"_qs, run.jobName);
    json.insert(u"job_version"_qs, run.jobVersion);
    json.insert(u"trigger"_qs, runTriggerName(run.trigger));
    json.insert(u"state"_qs, runStateName(run.state));
    // A run waiting for its retry is "scheduled" while its last attempt "failed".
    json.insert(u"attempt_state"_qs, runStateName(run.current.state));
    json.insert(u"priority"_qs, run.priority);
    json.insert(u"scheduled_at"_qs, timeToJson(run.scheduledAt));
    json.insert(u"queued_at"_qs, timeToJson(run.queuedAt));
    json.insert(u"not_before"_qs, timeToJson(run.notBefore));
    json.insert(u"max_attempts"_qs, run.maxAttempts);
    json.insert(u"parent_run_id"_qs, run.parentRunId);
    json.insert(u"task"_qs, run.task);
    json.insert(u"params"_qs, stringMapToJson(run.params));
    json.insert(u"outputs"_qs, stringMapToJson(run.outputs));
    json.insert(u"rerun_of"_qs, run.rerunOf);
    json.insert(u"parallel_limit"_qs, run.parallelLimit);
    return json;
}

Result<RunRecord> runFromJson(const QJsonObject &json)
{
    RunRecord run;
    TAKT_TRY(current, attemptFromJson(json));
    TAKT_TRY(id, readInteger(json, u"id"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(jobId, readInteger(json, u"job_id"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(jobName, readString(json, u"job"_qs));
    TAKT_TRY(jobVersion, readInteger(json, u"job_version"_qs, 0, 0, std::numeric_limits<int>::max()));
    const auto trigger = runTriggerFromName(json.value(u"trigger").toString());
    if (!trigger)
        return makeError(ErrorCode::InvalidArgument, u"trigger"_qs, Tr::tr("unknown trigger"));
    TAKT_TRY(priority, readInteger(json, u"priority"_qs, 0, -1000, 1000));
    TAKT_TRY(scheduledAt, timeFromJson(json.value(u"scheduled_at"), u"scheduled_at"_qs));
    TAKT_TRY(queuedAt, timeFromJson(json.value(u"queued_at"), u"queued_at"_qs));
    TAKT_TRY(notBefore, timeFromJson(json.value(u"not_before"), u"not_before"_qs));
    TAKT_TRY(maxAttempts, readInteger(json, u"max_attempts"_qs, 1, 1, 1'000'000));
    run.current = current;
    if (const auto attemptState = runStateFromName(json.value(u"attempt_state").toString()))
        run.current.state = *attemptState;
    run.id = id;
    run.jobId = jobId;
    run.jobName = jobName;
    run.jobVersion = int(jobVersion);
    run.trigger = *trigger;
    run.state = current.state;
    run.priority = int(priority);
    run.scheduledAt = scheduledAt;
    run.queuedAt = queuedAt;
    run.notBefore = notBefore;
    run.maxAttempts = int(maxAttempts);
    TAKT_TRY(parent, readInteger(json, u"parent_run_id"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(task, readString(json, u"task"_qs));
    TAKT_TRY(params, readStringMap(json, u"params"_qs));
    TAKT_TRY(outputs, readStringMap(json, u"outputs"_qs));
    TAKT_TRY(rerunOf, readInteger(json, u"rerun_of"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    run.parentRunId = parent;
    run.task = task;
    run.params = params;
    run.outputs = outputs;
    run.rerunOf = rerunOf;
    TAKT_TRY(parallelLimit, readInteger(json, u"parallel_limit"_qs, 0, 0, std::numeric_limits<int>::max()));
    run.parallelLimit = int(parallelLimit);
    return run;
}

namespace {
Result<QList<RunRecord>> runsFromJson(const QJsonValue &value, const QString &field)
{
    QList<RunRecord> runs;
    if (!value.isArray() && !value.isUndefined() && !value.isNull())
        return typeError(field, QT_TR_NOOP("an array of runs"));
    for (const QJsonValue &item : value.toArray()) {
        TAKT_TRY(run, runFromJson(item.toObject()));
        runs.append(run);
    }
    return runs;
}

QJsonArray runsToJson(const QList<RunRecord> &runs)
{
    QJsonArray array;
    for (const RunRecord &run : runs)
        array.append(runToJson(run));
    return array;
}
} // namespace

QJsonObject workflowRunToJson(const WorkflowRunDetail &detail)
{
    return QJsonObject{{u"run"_qs, runToJson(detail.run)},
                       {u"spec"_qs, jobSpecToJson(detail.spec)},
                       {u"tasks"_qs, runsToJson(detail.tasks)}};
}

Result<WorkflowRunDetail> workflowRunFromJson(const QJsonObject &json)
{
    WorkflowRunDetail detail;
    TAKT_TRY(run, runFromJson(json.value(u"run").toObject()));
    TAKT_TRY(spec, jobSpecFromJson(json.value(u"spec").toObject()));
    TAKT_TRY(tasks, runsFromJson(json.value(u"tasks"), u"tasks"_qs));
    detail.run = run;
    detail.spec = spec;
    detail.tasks = tasks;
    return detail;
}

QJsonObject backfillToJson(const BackfillResult &result)
{
    return QJsonObject{{u"runs"_qs, runsToJson(result.runs)}, {u"existing"_qs, result.existing}};
}

Result<BackfillResult> backfillFromJson(const QJsonObject &json)
{
    BackfillResult result;
    TAKT_TRY(runs, runsFromJson(json.value(u"runs"), u"runs"_qs));
    TAKT_TRY(existing, readInteger(json, u"existing"_qs, 0, 0, std::numeric_limits<int>::max()));
    result.runs = runs;
    result.existing = int(existing);
    return result;
}

QJsonObject nodeToJson(const NodeInfo &node)
{
    QJsonArray runs;
    for (RunId id : node.runningRuns)
        runs.append(id);
    return QJsonObject{
        {u"id"_qs, node.id},
        {u"name"_qs, node.name},
        {u"labels"_qs, QJsonArray::fromStringList(node.labels)},
        {u"slots"_qs, node.slotCount},
        {u"running"_qs, node.running},
        {u"api_url"_qs, node.apiUrl},
        {u"incarnation"_qs, node.incarnation},
        {u"started_at"_qs, timeToJson(node.startedAt)},
        {u"heartbeat_age_ms"_qs, node.heartbeatAgeMs},
        {u"alive"_qs, node.alive},
        {u"leader"_qs, node.leader},
        {u"running_runs"_qs, runs},
    };
}

Result<NodeInfo> nodeFromJson(const QJsonObject &json)
{
    NodeInfo node;
    TAKT_TRY(id, readInteger(json, u"id"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(name, readString(json, u"name"_qs));
    TAKT_TRY(slotCount, readInteger(json, u"slots"_qs, 0, 0, 1'000'000));
    TAKT_TRY(running, readInteger(json, u"running"_qs, 0, 0, 1'000'000));
    TAKT_TRY(apiUrl, readString(json, u"api_url"_qs));
    TAKT_TRY(incarnation, readInteger(json, u"incarnation"_qs, 0, 0, std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(startedAt, timeFromJson(json.value(u"started_at"), u"started_at"_qs));
    TAKT_TRY(age, readInteger(json, u"heartbeat_age_ms"_qs, 0, std::numeric_limits<qint64>::min() / 2,
                              std::numeric_limits<qint64>::max() / 2));
    TAKT_TRY(alive, readBool(json, u"alive"_qs, false));
    TAKT_TRY(leader, readBool(json, u"leader"_qs, false));
    node.id = id;
    node.name = name;
    for (const QJsonValue &label : json.value(u"labels").toArray())
        node.labels << label.toString();
    node.slotCount = int(slotCount);
    node.running = int(running);
    node.apiUrl = apiUrl;
    node.incarnation = incarnation;
    node.startedAt = startedAt;
    node.heartbeatAgeMs = age;
    node.alive = alive;
    node.leader = leader;
    for (const QJsonValue &run : json.value(u"running_runs").toArray())
        node.runningRuns << RunId(run.toDouble());
    return node;
}

} // namespace Takt
