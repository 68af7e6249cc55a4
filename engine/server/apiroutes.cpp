#include "apiroutes.h"

#include <QJsonArray>
#include <QUrl>

namespace Takt {

const QList<ApiRoute> &apiRoutes()
{
    using A = ApiRoute::Action;
    static const QList<ApiRoute> routes = {
        {A::Health, "GET", u"/healthz"_qs, 200, false, u"Liveness check and server version; needs no token"_qs},
        {A::ListJobs, "GET", u"/api/v1/jobs"_qs, 200, true, u"List all jobs, by name"_qs},
        {A::CreateJob, "POST", u"/api/v1/jobs"_qs, 201, true, u"Create a job from a job spec; 409 if the name is taken"_qs},
        {A::GetJob, "GET", u"/api/v1/jobs/{name}"_qs, 200, true, u"One job"_qs},
        {A::ApplyJob, "PUT", u"/api/v1/jobs/{name}"_qs, 200, true, u"Create the job (201) or store a new version of its spec (200)"_qs},
        {A::DeleteJob, "DELETE", u"/api/v1/jobs/{name}"_qs, 204, true, u"Delete a job with its runs; 409 while it has unfinished runs"_qs},
        {A::PauseJob, "POST", u"/api/v1/jobs/{name}/pause"_qs, 200, true, u"Stop scheduling the job"_qs},
        {A::ResumeJob, "POST", u"/api/v1/jobs/{name}/resume"_qs, 200, true, u"Schedule the job again"_qs},
        {A::RunJob, "POST", u"/api/v1/jobs/{name}/run"_qs, 201, true, u"Start a run now (trigger manual); optional body {\"params\": {...}}"_qs},
        {A::ListRuns, "GET", u"/api/v1/runs"_qs, 200, true, u"Runs newest first: ?job=&state=a,b&from=&to=&before=&limit=&tasks=1"_qs},
        {A::GetRun, "GET", u"/api/v1/runs/{id}"_qs, 200, true, u"One run with its latest attempt"_qs},
        {A::ListAttempts, "GET", u"/api/v1/runs/{id}/attempts"_qs, 200, true, u"Every attempt of a run, first to last"_qs},
        {A::CancelRun, "POST", u"/api/v1/runs/{id}/cancel"_qs, 200, true, u"Cancel a run that has not ended; 409 if it has"_qs},
        {A::ReadLog, "GET", u"/api/v1/runs/{id}/log"_qs, 200, true, u"Raw bytes of an attempt's log: ?attempt=&offset=&max="_qs},
        {A::BackfillJob, "POST", u"/api/v1/jobs/{name}/backfill"_qs, 201, true, u"Runs for every due time in a past range, each once: {\"from\", \"to\", \"parallel\"}"_qs},
        {A::ListTaskRuns, "GET", u"/api/v1/runs/{id}/tasks"_qs, 200, true, u"The task runs of a workflow run"_qs},
        {A::GetWorkflowRun, "GET", u"/api/v1/runs/{id}/workflow"_qs, 200, true, u"A workflow run with the spec of its job version and its task runs"_qs},
        {A::RerunWorkflow, "POST", u"/api/v1/runs/{id}/rerun"_qs, 201, true, u"Run a workflow run again from its failed tasks, or {\"task\"} and its downstream"_qs},
        {A::CronNext, "GET", u"/api/v1/cron/next"_qs, 200, true, u"Next fire times of a schedule: ?expr=&tz=&from=&count="_qs},
        {A::ListTokens, "GET", u"/api/v1/tokens"_qs, 200, true, u"Named API tokens (never their secrets)"_qs},
        {A::CreateToken, "POST", u"/api/v1/tokens"_qs, 201, true, u"Make a named token, optionally read-only; the answer is the only place its secret is shown"_qs},
        {A::RevokeToken, "DELETE", u"/api/v1/tokens/{name}"_qs, 204, true, u"Revoke a named token: it stops working at once, its event sockets are closed"_qs},
        {A::OpenApi, "GET", u"/api/v1/openapi.json"_qs, 200, false, u"This API's OpenAPI 3 document; needs no token"_qs},
        {A::Events, "GET", u"/api/v1/events"_qs, 101, true, u"Live events: upgrades to a WebSocket of job and run changes and followed logs"_qs},
        {A::ListNodes, "GET", u"/api/v1/nodes"_qs, 200, true, u"The nodes of the cluster: labels, slots, heartbeat age, leader, running runs; 404 outside a cluster"_qs},
    };
    return routes;
}

namespace {

QJsonObject ref(const QString &schema)
{
    return {{u"$ref"_qs, u"#/components/schemas/"_qs + schema}};
}

QJsonObject type(const QString &name, const QString &description = {})
{
    QJsonObject t{{u"type"_qs, name}};
    if (!description.isEmpty())
        t.insert(u"description"_qs, description);
    return t;
}

QJsonObject nullable(const QString &name, const QString &description = {})
{
    QJsonObject t = type(name, description);
    t.insert(u"nullable"_qs, true);
    return t;
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{u"type"_qs, u"array"_qs}, {u"items"_qs, items}};
}

/// An object schema; every listed property is required (the server always sends it).
QJsonObject object(const QList<QPair<QString, QJsonObject>> &properties, bool allRequired = true)
{
    QJsonObject props;
    QJsonArray required;
    for (const auto &[name, schema] : properties) {
        props.insert(name, schema);
        required.append(name);
    }
    QJsonObject o{{u"type"_qs, u"object"_qs}, {u"properties"_qs, props}};
    if (allRequired)
        o.insert(u"required"_qs, required);
    o.insert(u"additionalProperties"_qs, false);
    return o;
}

void attemptProperties(QList<QPair<QString, QJsonObject>> &out)
{
    out += {{u"attempt"_qs, type(u"integer"_qs, u"1-based; 0 = not started"_qs)},
            {u"state"_qs, type(u"string"_qs)},
            {u"started_at"_qs, nullable(u"string"_qs, u"ISO-8601 UTC"_qs)},
            {u"finished_at"_qs, nullable(u"string"_qs, u"ISO-8601 UTC"_qs)},
            {u"exit_code"_qs, nullable(u"integer"_qs)},
            {u"signal"_qs, type(u"integer"_qs, u"0 = none"_qs)},
            {u"cpu_ms"_qs, type(u"integer"_qs)},
            {u"peak_rss_kb"_qs, type(u"integer"_qs)},
            {u"log_path"_qs, type(u"string"_qs)},
            {u"log_size"_qs, type(u"integer"_qs)},
            {u"reason"_qs, type(u"string"_qs)}};
}

} // namespace

const QJsonObject &apiSchemas()
{
    static const QJsonObject schemas = [] {
        QJsonObject s;
        s.insert(u"Error"_qs, object({{u"error"_qs, object({{u"code"_qs, type(u"string"_qs, u"invalid_argument, unauthorized, forbidden, not_found, already_exists, conflict, unavailable, internal"_qs)},
                                                            {u"field"_qs, nullable(u"string"_qs, u"the offending input, null when none"_qs)},
                                                            {u"message"_qs, type(u"string"_qs, u"for a person"_qs)}})}}));
        s.insert(u"Health"_qs, object({{u"status"_qs, type(u"string"_qs)}, {u"version"_qs, type(u"string"_qs)}}));
        // A spec as sent: only "name" (or the path's) and "command" are needed.
        QJsonObject spec = object({{u"name"_qs, type(u"string"_qs)},
                                   {u"description"_qs, type(u"string"_qs)},
                                   {u"schedule"_qs, type(u"string"_qs, u"cron (5 or 6 fields), @every 5m, @at …, @daily; empty = manual only"_qs)},
                                   {u"timezone"_qs, type(u"string"_qs, u"IANA zone"_qs)},
                                   {u"command"_qs, QJsonObject{{u"description"_qs, u"a shell line (string) or argv (array of strings)"_qs}}},
                                   {u"workdir"_qs, type(u"string"_qs)},
                                   {u"env"_qs, type(u"object"_qs)},
                                   {u"timeout"_qs, type(u"string"_qs, u"duration, e.g. 30s"_qs)},
                                   {u"kill_grace"_qs, type(u"string"_qs)},
                                   {u"retries"_qs, type(u"integer"_qs)},
                                   {u"retry_backoff"_qs, type(u"string"_qs)},
                                   {u"retry_delay"_qs, type(u"string"_qs)},
                                   {u"retry_max_delay"_qs, type(u"string"_qs)},
                                   {u"retry_jitter"_qs, type(u"number"_qs)},
                                   {u"retry_exit_codes"_qs, arrayOf(type(u"integer"_qs))},
                                   {u"overlap"_qs, type(u"string"_qs)},
                                   {u"misfire"_qs, type(u"string"_qs)},
                                   {u"misfire_limit"_qs, type(u"integer"_qs)},
                                   {u"priority"_qs, type(u"integer"_qs)},
                                   {u"max_concurrent"_qs, type(u"integer"_qs)},
                                   {u"keep_runs"_qs, type(u"integer"_qs)},
                                   {u"keep_for"_qs, type(u"string"_qs)},
                                   {u"keep_log_bytes"_qs, type(u"string"_qs)},
                                   {u"labels"_qs, arrayOf(type(u"string"_qs))},
                                   {u"placement"_qs, type(u"string"_qs, u"cluster: any (default), broadcast or sharded"_qs)},
                                   {u"shards"_qs, type(u"integer"_qs, u"with placement sharded: runs per due time"_qs)},
                                   {u"workflow"_qs, QJsonObject{{u"type"_qs, u"object"_qs},
                                                                {u"description"_qs, u"instead of command: {maxParallel, params, tasks, edges, onFailure} (README: Workflows)"_qs}}}},
                                  false);
        spec.insert(u"description"_qs, u"Either command or workflow is required."_qs);
        spec.insert(u"description"_qs, u"Either command or workflow is required; unknown fields are refused (400 naming the field)."_qs);
        s.insert(u"JobSpec"_qs, spec);
        QJsonObject job = object({{u"id"_qs, type(u"integer"_qs)},
                                  {u"version"_qs, type(u"integer"_qs)},
                                  {u"paused"_qs, type(u"boolean"_qs)},
                                  {u"created_at"_qs, nullable(u"string"_qs)},
                                  {u"updated_at"_qs, nullable(u"string"_qs)},
                                  {u"next_fire_at"_qs, nullable(u"string"_qs)},
                                  {u"spec"_qs, ref(u"JobSpec"_qs)}});
        s.insert(u"Job"_qs, job);
        s.insert(u"JobList"_qs, object({{u"jobs"_qs, arrayOf(ref(u"Job"_qs))}}));
        QList<QPair<QString, QJsonObject>> attempt;
        attemptProperties(attempt);
        s.insert(u"Attempt"_qs, object(attempt));
        QList<QPair<QString, QJsonObject>> run = attempt;
        run += {{u"id"_qs, type(u"integer"_qs)},
                {u"job_id"_qs, type(u"integer"_qs)},
                {u"job"_qs, type(u"string"_qs)},
                {u"job_version"_qs, type(u"integer"_qs)},
                {u"trigger"_qs, type(u"string"_qs, u"schedule, manual, catchup"_qs)},
                {u"attempt_state"_qs, type(u"string"_qs)},
                {u"priority"_qs, type(u"integer"_qs)},
                {u"scheduled_at"_qs, nullable(u"string"_qs)},
                {u"queued_at"_qs, nullable(u"string"_qs)},
                {u"not_before"_qs, nullable(u"string"_qs)},
                {u"max_attempts"_qs, type(u"integer"_qs)},
                {u"parent_run_id"_qs, type(u"integer"_qs, u"a task run: its workflow run; 0 = none"_qs)},
                {u"task"_qs, type(u"string"_qs, u"a task run: its task"_qs)},
                {u"params"_qs, type(u"object"_qs)},
                {u"outputs"_qs, type(u"object"_qs, u"a task run: the key=value lines it wrote to TAKT_OUTPUT"_qs)},
                {u"rerun_of"_qs, type(u"integer"_qs)},
                {u"parallel_limit"_qs, type(u"integer"_qs)}};
        s.insert(u"Run"_qs, object(run));
        s.insert(u"Node"_qs, object({{u"id"_qs, type(u"integer"_qs)},
                                     {u"name"_qs, type(u"string"_qs)},
                                     {u"labels"_qs, arrayOf(type(u"string"_qs))},
                                     {u"slots"_qs, type(u"integer"_qs)},
                                     {u"running"_qs, type(u"integer"_qs, u"runs running on it now"_qs)},
                                     {u"api_url"_qs, type(u"string"_qs)},
                                     {u"incarnation"_qs, type(u"integer"_qs)},
                                     {u"started_at"_qs, nullable(u"string"_qs)},
                                     {u"heartbeat_age_ms"_qs, type(u"integer"_qs)},
                                     {u"alive"_qs, type(u"boolean"_qs)},
                                     {u"leader"_qs, type(u"boolean"_qs)},
                                     {u"running_runs"_qs, arrayOf(type(u"integer"_qs))}}));
        s.insert(u"NodeList"_qs, object({{u"nodes"_qs, arrayOf(ref(u"Node"_qs))}}));
        s.insert(u"TaskRunList"_qs, object({{u"tasks"_qs, arrayOf(ref(u"Run"_qs))}}));
        s.insert(u"WorkflowRun"_qs, object({{u"run"_qs, ref(u"Run"_qs)},
                                            {u"spec"_qs, ref(u"JobSpec"_qs)},
                                            {u"tasks"_qs, arrayOf(ref(u"Run"_qs))}}));
        QJsonObject backfill = object({{u"from"_qs, type(u"string"_qs, u"ISO-8601, first due time included"_qs)},
                                       {u"to"_qs, type(u"string"_qs, u"ISO-8601, last due time included"_qs)},
                                       {u"parallel"_qs, type(u"integer"_qs, u"runs at once; 0 = no limit"_qs)}},
                                      false);
        backfill.insert(u"required"_qs, QJsonArray{u"from"_qs, u"to"_qs});
        s.insert(u"BackfillRequest"_qs, backfill);
        s.insert(u"Backfill"_qs, object({{u"runs"_qs, arrayOf(ref(u"Run"_qs))},
                                         {u"existing"_qs, type(u"integer"_qs, u"due times that had a run already"_qs)}}));
        s.insert(u"RerunRequest"_qs, object({{u"task"_qs, type(u"string"_qs, u"run this task and its downstream; absent = the failed tasks"_qs)}}, false));
        s.insert(u"RunList"_qs, object({{u"runs"_qs, arrayOf(ref(u"Run"_qs))}, {u"next_before"_qs, nullable(u"integer"_qs, u"cursor: pass as ?before= for the next page"_qs)}}));
        s.insert(u"AttemptList"_qs, object({{u"attempts"_qs, arrayOf(ref(u"Attempt"_qs))}}));
        s.insert(u"CronNext"_qs, object({{u"expr"_qs, type(u"string"_qs)},
                                          {u"timezone"_qs, type(u"string"_qs)},
                                          {u"description"_qs, type(u"string"_qs)},
                                          {u"times"_qs, arrayOf(type(u"string"_qs))}}));
        QList<QPair<QString, QJsonObject>> token{{u"name"_qs, type(u"string"_qs)},
                                                  {u"read_only"_qs, type(u"boolean"_qs)},
                                                  {u"created_at"_qs, nullable(u"string"_qs)},
                                                  {u"last_used_at"_qs, nullable(u"string"_qs)}};
        s.insert(u"Token"_qs, object(token));
        s.insert(u"TokenList"_qs, object({{u"tokens"_qs, arrayOf(ref(u"Token"_qs))}}));
        token.append({u"token"_qs, type(u"string"_qs, u"the secret; shown only in this answer"_qs)});
        s.insert(u"NewToken"_qs, object(token));
        QJsonObject request = object({{u"name"_qs, type(u"string"_qs, u"1-64 of A-Z a-z 0-9 . _ -"_qs)},
                                      {u"read_only"_qs, type(u"boolean"_qs)}},
                                     false);
        request.insert(u"required"_qs, QJsonArray{u"name"_qs});
        s.insert(u"NewTokenRequest"_qs, request);
        s.insert(u"OpenApi"_qs, QJsonObject{{u"type"_qs, u"object"_qs},
                                            {u"required"_qs, QJsonArray{u"openapi"_qs, u"info"_qs, u"paths"_qs}}});
        return s;
    }();
    return schemas;
}

std::optional<ApiRouteDoc> apiRouteDoc(ApiRoute::Action action)
{
    using A = ApiRoute::Action;
    const QHash<QString, QString> job{{u"name"_qs, u"nightly"_qs}};
    const QHash<QString, QString> run{{u"id"_qs, u"1"_qs}};
    const QHash<QString, QString> flowRun{{u"id"_qs, u"2"_qs}};
    ApiRouteDoc doc;
    switch (action) {
    case A::Health: doc.responseSchema = u"Health"_qs; return doc;
    case A::OpenApi: doc.responseSchema = u"OpenApi"_qs; return doc;
    case A::ListJobs: doc.responseSchema = u"JobList"_qs; return doc;
    case A::CreateJob:
        doc.requestSchema = u"JobSpec"_qs;
        doc.requestExample = {{u"name"_qs, u"example-job"_qs}, {u"command"_qs, u"echo hello"_qs}, {u"schedule"_qs, u"@daily"_qs}};
        doc.responseSchema = u"Job"_qs;
        return doc;
    case A::GetJob: doc.pathExamples = job; doc.responseSchema = u"Job"_qs; return doc;
    case A::ApplyJob:
        doc.pathExamples = job;
        doc.requestSchema = u"JobSpec"_qs;
        doc.requestExample = {{u"command"_qs, u"sleep 30"_qs}, {u"description"_qs, u"applied again"_qs}};
        doc.responseSchema = u"Job"_qs;
        return doc;
    case A::DeleteJob: doc.pathExamples = job; return doc;
    case A::PauseJob:
    case A::ResumeJob: doc.pathExamples = job; doc.responseSchema = u"Job"_qs; return doc;
    case A::RunJob: doc.pathExamples = job; doc.responseSchema = u"Run"_qs; return doc;
    case A::ListRuns:
        doc.query = {{u"job"_qs, u"only this job's runs"_qs, u"nightly"_qs},
                     {u"state"_qs, u"comma-separated states"_qs, u"running,succeeded"_qs},
                     {u"from"_qs, u"scheduled at or after (ISO-8601)"_qs, u"2020-01-01T00:00:00Z"_qs},
                     {u"to"_qs, u"scheduled before (ISO-8601)"_qs, u"2100-01-01T00:00:00Z"_qs},
                     {u"before"_qs, u"cursor: runs with a smaller id"_qs, u"1000000"_qs},
                     {u"limit"_qs, u"page size, 1-1000 (default 100)"_qs, u"50"_qs},
                     {u"tasks"_qs, u"1 = include the task runs of workflows"_qs, u"1"_qs}};
        doc.responseSchema = u"RunList"_qs;
        return doc;
    case A::GetRun: doc.pathExamples = run; doc.responseSchema = u"Run"_qs; return doc;
    case A::ListAttempts: doc.pathExamples = run; doc.responseSchema = u"AttemptList"_qs; return doc;
    case A::CancelRun: doc.pathExamples = run; doc.responseSchema = u"Run"_qs; return doc;
    case A::ReadLog:
        doc.pathExamples = run;
        doc.query = {{u"attempt"_qs, u"1-based; 0 or absent = the latest"_qs, u"1"_qs},
                     {u"offset"_qs, u"first byte"_qs, u"0"_qs},
                     {u"max"_qs, u"bytes at most (default 1 MiB, at most 16 MiB)"_qs, u"65536"_qs}};
        doc.binaryResponse = true;
        return doc;
    case A::CronNext:
        doc.query = {{u"expr"_qs, u"the schedule (required)"_qs, u"*/5 * * * *"_qs},
                     {u"tz"_qs, u"IANA time zone (default: the server's)"_qs, u"Europe/Berlin"_qs},
                     {u"from"_qs, u"start (ISO-8601; default now)"_qs, u"2030-01-01T00:00:00"_qs},
                     {u"count"_qs, u"1-1000 (default 10)"_qs, u"3"_qs}};
        doc.responseSchema = u"CronNext"_qs;
        return doc;
    case A::ListTokens: doc.responseSchema = u"TokenList"_qs; return doc;
    case A::CreateToken:
        doc.requestSchema = u"NewTokenRequest"_qs;
        doc.requestExample = {{u"name"_qs, u"example-token"_qs}, {u"read_only"_qs, true}};
        doc.responseSchema = u"NewToken"_qs;
        return doc;
    case A::RevokeToken: doc.pathExamples = {{u"name"_qs, u"ci"_qs}}; return doc;
    case A::Events: return doc;
    case A::ListNodes: doc.responseSchema = u"NodeList"_qs; doc.clusterOnly = true; return doc;
    // The workflow examples: job "flow" (a workflow) with its ended run 2, job "hourly".
    case A::BackfillJob:
        doc.pathExamples = {{u"name"_qs, u"hourly"_qs}};
        doc.requestSchema = u"BackfillRequest"_qs;
        doc.requestExample = {{u"from"_qs, u"2020-01-01T00:00:00Z"_qs}, {u"to"_qs, u"2020-01-01T02:00:00Z"_qs}, {u"parallel"_qs, 2}};
        doc.responseSchema = u"Backfill"_qs;
        return doc;
    case A::ListTaskRuns: doc.pathExamples = flowRun; doc.responseSchema = u"TaskRunList"_qs; return doc;
    case A::GetWorkflowRun: doc.pathExamples = flowRun; doc.responseSchema = u"WorkflowRun"_qs; return doc;
    case A::RerunWorkflow:
        doc.pathExamples = flowRun;
        doc.requestSchema = u"RerunRequest"_qs;
        doc.requestExample = {{u"task"_qs, u"second"_qs}};
        doc.responseSchema = u"Run"_qs;
        return doc;
    }
    return std::nullopt;
}

ApiRouteMatch matchApiRoute(const QByteArray &method, const QByteArray &encodedPath)
{
    const QByteArrayList segments = encodedPath.split('/');
    ApiRouteMatch result;
    for (const ApiRoute &route : apiRoutes()) {
        const QStringList pattern = route.pattern.split(u'/');
        if (pattern.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            const QString &expected = pattern[i];
            if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
                const QString value = QUrl::fromPercentEncoding(segments[i]);
                matches = !value.isEmpty();
                params.insert(expected.mid(1, expected.size() - 2), value);
            } else {
                matches = expected == QLatin1StringView(segments[i]);
            }
        }
        if (!matches)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods << route.method;
    }
    return result;
}

} // namespace Takt
