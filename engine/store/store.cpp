#include "store.h"
#include "store_p.h"

#include "migrations.h"

#include <engine/core/modeljson.h>
#include <engine/core/tr.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <optional>

namespace Takt {

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Calls `work(count, values)` for each slice of `ids`, so that no statement has more bound
// values than a database allows; stops at the first failure.
template<typename Work>
Result<void> inSlices(const QList<RunId> &ids, Work work)
{
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < ids.size(); from += Slice) {
        const QList<RunId> slice = ids.mid(from, Slice);
        QVariantList values;
        for (RunId id : slice)
            values << id;
        if (Result<void> ok = work(slice.size(), values); !ok)
            return ok;
    }
    return {};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

template<typename T>
using Work = std::function<Result<T>()>;

// Store::transaction() for work that produces a value.
template<typename T>
Result<T> inTransaction(Store &store, const Work<T> &work)
{
    std::optional<T> value;
    const Result<void> done = store.transaction([&]() -> Result<void> {
        Result<T> result = work();
        if (!result.isOk())
            return result.error();
        value = std::move(result).value();
        return {};
    });
    if (!done.isOk())
        return done.error();
    return std::move(*value);
}

// ---- jobs ----

QString jobSelect()
{
    return QStringLiteral("SELECT id, version, spec, paused, created_at, updated_at, next_fire_at FROM jobs");
}

Result<JobSpec> specFromStored(const QString &stored, JobId id)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &parseError);
    if (!doc.isObject()) {
        return makeError(ErrorCode::Internal, QStringLiteral("spec"),
                         Tr::tr("the stored spec of job %1 is damaged: %2").arg(id).arg(parseError.errorString()));
    }
    Result<JobSpec> spec = jobSpecFromJson(doc.object());
    if (!spec.isOk()) {
        return makeError(ErrorCode::Internal, QStringLiteral("spec"),
                         Tr::tr("the stored spec of job %1 cannot be read: %2").arg(id).arg(spec.error().toString()));
    }
    return spec;
}

Result<Job> readJob(const QSqlQuery &row)
{
    Job job;
    job.id = row.value(0).toLongLong();
    job.version = row.value(1).toInt();
    Result<JobSpec> spec = specFromStored(row.value(2).toString(), job.id);
    if (!spec.isOk())
        return spec.error();
    job.spec = std::move(spec).value();
    job.paused = row.value(3).toInt() != 0;
    job.createdAt = row.value(4).toLongLong();
    job.updatedAt = row.value(5).toLongLong();
    job.nextFireAt = row.value(6).toLongLong();
    return job;
}

// The spec as the store keeps it: the JSON form of modeljson.h. A spec that would not read
// back as itself (a priority out of range, a negative timeout…) is refused here, naming the
// field, rather than stored and found damaged later.
Result<QString> storedSpec(const JobSpec &spec)
{
    if (!spec.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("name"), Tr::tr("a job needs a name"));
    // Checked here because formatDuration() writes a negative duration as "", and the read
    // back would then blame an empty text instead of the sign.
    const std::pair<qint64, const char *> durations[] = {
        {spec.timeoutMs, "timeout"}, {spec.killGraceMs, "kill_grace"},
        {spec.retry.delayMs, "retry_delay"}, {spec.retry.maxDelayMs, "retry_max_delay"}};
    for (const auto &[ms, field] : durations) {
        if (ms < 0) {
            return makeError(ErrorCode::InvalidArgument, QString::fromLatin1(field),
                             Tr::tr("a duration cannot be negative"));
        }
    }
    const QJsonObject json = jobSpecToJson(spec);
    const Result<JobSpec> back = jobSpecFromJson(json);
    if (!back.isOk())
        return back.error();
    if (!(back.value() == spec)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("spec"),
                         Tr::tr("the spec of job '%1' cannot be stored as given").arg(spec.name));
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Error jobNotFound(JobId id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("id"), Tr::tr("there is no job with id %1").arg(id));
}

Error duplicateJobName(const QString &name)
{
    return makeError(ErrorCode::AlreadyExists, QStringLiteral("name"),
                     Tr::tr("a job named '%1' already exists").arg(name));
}

// ---- runs ----

// The current attempt's columns and the attempts table's share this order.
QString attemptColumns(const QString &stateColumn)
{
    return stateColumn
        + QStringLiteral(", started_at, finished_at, exit_code, signal, cpu_ms, peak_rss_kb,"
                         " log_path, log_size, reason, pid, pid_start");
}

QString runSelect()
{
    return QStringLiteral("SELECT r.id, r.job_id, j.name, r.job_version, r.trigger, r.state, r.priority,"
                          " r.scheduled_at, r.queued_at, r.not_before, r.max_attempts, r.attempt, r.attempt_state,"
                          " r.started_at, r.finished_at, r.exit_code, r.signal, r.cpu_ms, r.peak_rss_kb,"
                          " r.log_path, r.log_size, r.reason, r.pid, r.pid_start,"
                          " r.parent_run_id, r.task, r.params, r.outputs, r.rerun_of, r.parallel_limit"
                          " FROM runs r JOIN jobs j ON j.id = r.job_id");
}

// Parameters and outputs are kept as a JSON object of strings; '' is none.
QString mapToText(const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return QStringLiteral("");
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> mapFromText(const QString &text)
{
    QMap<QString, QString> map;
    if (text.isEmpty())
        return map;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Result<RunState> stateFromColumn(const QVariant &value, RunId id)
{
    const std::optional<RunState> state = runStateFromName(value.toString());
    if (!state) {
        return makeError(ErrorCode::Internal, QStringLiteral("state"),
                         Tr::tr("run %1 has an unknown state '%2'").arg(id).arg(value.toString()));
    }
    return *state;
}

// Reads attempt, state and figures starting at `column` (the attemptColumns() order).
Result<AttemptRecord> readAttempt(const QSqlQuery &row, int column, RunId runId)
{
    AttemptRecord a;
    a.attempt = row.value(column++).toInt();
    const Result<RunState> state = stateFromColumn(row.value(column++), runId);
    if (!state.isOk())
        return state.error();
    a.state = state.value();
    a.startedAt = row.value(column++).toLongLong();
    a.finishedAt = row.value(column++).toLongLong();
    a.exitCode = row.value(column++).toInt();
    a.signal = row.value(column++).toInt();
    a.cpuMs = row.value(column++).toLongLong();
    a.peakRssKb = row.value(column++).toLongLong();
    a.logPath = row.value(column++).toString();
    a.logSize = row.value(column++).toLongLong();
    a.reason = row.value(column++).toString();
    a.pid = row.value(column++).toLongLong();
    a.pidStart = row.value(column++).toLongLong();
    return a;
}

Result<RunRecord> readRun(const QSqlQuery &row)
{
    RunRecord run;
    run.id = row.value(0).toLongLong();
    run.jobId = row.value(1).toLongLong();
    run.jobName = row.value(2).toString();
    run.jobVersion = row.value(3).toInt();
    const std::optional<RunTrigger> trigger = runTriggerFromName(row.value(4).toString());
    if (!trigger) {
        return makeError(ErrorCode::Internal, QStringLiteral("trigger"),
                         Tr::tr("run %1 has an unknown trigger '%2'").arg(run.id).arg(row.value(4).toString()));
    }
    run.trigger = *trigger;
    const Result<RunState> state = stateFromColumn(row.value(5), run.id);
    if (!state.isOk())
        return state.error();
    run.state = state.value();
    run.priority = row.value(6).toInt();
    run.scheduledAt = row.value(7).toLongLong();
    run.queuedAt = row.value(8).toLongLong();
    run.notBefore = row.value(9).toLongLong();
    run.maxAttempts = row.value(10).toInt();
    Result<AttemptRecord> current = readAttempt(row, 11, run.id);
    if (!current.isOk())
        return current.error();
    run.current = std::move(current).value();
    run.parentRunId = row.value(24).toLongLong();
    run.task = row.value(25).toString();
    run.params = mapFromText(row.value(26).toString());
    run.outputs = mapFromText(row.value(27).toString());
    run.rerunOf = row.value(28).toLongLong();
    run.parallelLimit = row.value(29).toInt();
    return run;
}

QVariantList attemptValues(const AttemptRecord &a)
{
    return {a.attempt, runStateName(a.state), a.startedAt, a.finishedAt, a.exitCode, a.signal, a.cpuMs,
            a.peakRssKb, text(a.logPath), a.logSize, text(a.reason), a.pid, a.pidStart};
}

Error runNotFound(RunId id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("id"), Tr::tr("there is no run with id %1").arg(id));
}

constexpr int MaxPageSize = 1000;

} // namespace

Store::Store(std::unique_ptr<StorePrivate> d) : d(std::move(d)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &location, const QString &connectionName)
{
    return openAtVersion(location, connectionName, currentSchemaVersion());
}

Result<std::unique_ptr<Store>> Store::openAtVersion(const QString &location, const QString &connectionName,
                                                     int version)
{
    if (version < 1 || version > currentSchemaVersion()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("version"),
                         Tr::tr("%1 is not a schema version (1-%2)").arg(version).arg(currentSchemaVersion()));
    }
    const bool postgres = Internal::SqlDialect::isPostgresLocation(location);
    const bool isNewFile = !postgres && !StorePrivate::isMemory(location) && !QFileInfo::exists(location);
    std::unique_ptr<Store> store(new Store(std::make_unique<StorePrivate>(
        postgres ? Internal::SqlDialect::postgres() : Internal::SqlDialect::sqlite())));
    Result<void> ok = store->d->connect(location, connectionName);
    if (ok)
        ok = store->d->migrateTo(version);
    if (!ok) {
        store.reset();
        // Nothing half-made stays behind: a file this call created goes again.
        if (isNewFile) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(location + QLatin1String(suffix));
        }
        return ok.error();
    }
    // Migrations are the store's own business: commitCount() counts the caller's commits.
    store->d->m_commitCount = 0;
    store->d->startBackgroundCheckpoints();
    return store;
}

int Store::currentSchemaVersion()
{
    // Counted, not stored, so that adding a migration is the only step.
    return int(Internal::schemaMigrations(Internal::SqlDialect::sqlite()).size());
}

int Store::schemaVersion() const
{
    return d->m_schemaVersion;
}

Result<void> Store::transaction(const std::function<Result<void>()> &work)
{
    if (d->m_transactionDepth > 0) {
        // A nested call joins the outer transaction (one commit). Its savepoint lets it fail
        // alone: a failed nested write changes nothing, whatever the outer work does next.
        const QString savepoint = QStringLiteral("takt_nested_%1").arg(d->m_transactionDepth);
        const QString what = Tr::tr("a nested transaction");
        if (Result<int> ok = d->write(QStringLiteral("SAVEPOINT ") + savepoint, {}, what); !ok)
            return ok.error();
        ++d->m_transactionDepth;
        const Result<void> result = work();
        --d->m_transactionDepth;
        if (!result) {
            (void)d->write(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint, {}, what);
        }
        // RELEASE after ROLLBACK TO as well: ROLLBACK TO keeps the savepoint open.
        if (Result<int> ok = d->write(QStringLiteral("RELEASE SAVEPOINT ") + savepoint, {}, what); !ok && result)
            return ok.error();
        return result;
    }

    if (Result<void> ok = d->begin(); !ok)
        return ok;
    d->m_transactionDepth = 1;
    const Result<void> result = work();
    d->m_transactionDepth = 0;
    if (!result) {
        d->rollback();
        return result;
    }
    return d->commit();
}

Result<void> Store::beginBatch()
{
    if (d->m_transactionDepth > 0)
        return makeError(ErrorCode::Internal, {}, Tr::tr("a transaction is already open"));
    if (Result<void> ok = d->begin(); !ok)
        return ok;
    d->m_transactionDepth = 1;
    d->m_inBatch = true;
    return {};
}

Result<void> Store::commitBatch()
{
    if (!d->m_inBatch)
        return {};
    d->m_transactionDepth = 0;
    d->m_inBatch = false;
    return d->commit();
}

void Store::rollbackBatch()
{
    if (!d->m_inBatch)
        return;
    d->m_transactionDepth = 0;
    d->m_inBatch = false;
    d->rollback();
}

bool Store::isInBatch() const
{
    return d->m_inBatch;
}

qint64 Store::commitCount() const
{
    return d->m_commitCount;
}

// ---- jobs ----

Result<Job> Store::insertJob(const JobSpec &spec, qint64 nowMs, qint64 nextFireAt)
{
    const Result<QString> json = storedSpec(spec);
    if (!json)
        return json.error();
    return inTransaction<Job>(*this, [&]() -> Result<Job> {
        const QString what = Tr::tr("adding the job '%1'").arg(spec.name);
        Job job;
        const Result<void> inserted = d->select(
            QStringLiteral("INSERT INTO jobs (name, version, spec, paused, created_at, updated_at, next_fire_at)"
                           " VALUES (?, 1, ?, 0, ?, ?, ?) RETURNING id"),
            {spec.name, json.value(), nowMs, nowMs, nextFireAt},
            [&](const QSqlQuery &row) {
                job.id = row.value(0).toLongLong();
                return Result<void>();
            }, what);
        if (!inserted)
            return inserted.error().code == ErrorCode::AlreadyExists ? duplicateJobName(spec.name) : inserted.error();
        const Result<int> version = d->write(
            QStringLiteral("INSERT INTO job_versions (job_id, version, spec, created_at) VALUES (?, 1, ?, ?)"),
            {job.id, json.value(), nowMs}, what);
        if (!version)
            return version.error();
        job.version = 1;
        job.spec = spec;
        job.createdAt = nowMs;
        job.updatedAt = nowMs;
        job.nextFireAt = nextFireAt;
        return job;
    });
}

Result<Job> Store::updateJobSpec(JobId id, const JobSpec &spec, qint64 nowMs, qint64 nextFireAt)
{
    const Result<QString> json = storedSpec(spec);
    if (!json)
        return json.error();
    return inTransaction<Job>(*this, [&]() -> Result<Job> {
        Result<Job> current = jobById(id);
        if (!current)
            return current.error();
        Job job = std::move(current).value();
        if (job.spec == spec)
            return job;   // applying the same file again is not a new version

        const QString what = Tr::tr("updating the job '%1'").arg(spec.name);
        job.version += 1;
        job.spec = spec;
        job.updatedAt = nowMs;
        job.nextFireAt = nextFireAt;
        // The name lives in the spec, so an update may rename the job.
        const Result<int> updated = d->write(
            QStringLiteral("UPDATE jobs SET name = ?, version = ?, spec = ?, updated_at = ?, next_fire_at = ?"
                           " WHERE id = ?"),
            {spec.name, job.version, json.value(), nowMs, nextFireAt, id}, what);
        if (!updated)
            return updated.error().code == ErrorCode::AlreadyExists ? duplicateJobName(spec.name) : updated.error();
        const Result<int> version = d->write(
            QStringLiteral("INSERT INTO job_versions (job_id, version, spec, created_at) VALUES (?, ?, ?, ?)"),
            {id, job.version, json.value(), nowMs}, what);
        if (!version)
            return version.error();
        return job;
    });
}

Result<void> Store::setJobPaused(JobId id, bool paused, qint64 nowMs, qint64 nextFireAt)
{
    return transaction([&]() -> Result<void> {
        const Result<int> rows = d->write(
            QStringLiteral("UPDATE jobs SET paused = ?, updated_at = ?, next_fire_at = ? WHERE id = ?"),
            {int(paused), nowMs, nextFireAt, id}, Tr::tr("pausing or resuming job %1").arg(id));
        if (!rows)
            return rows.error();
        if (rows.value() == 0)
            return jobNotFound(id);
        return {};
    });
}

Result<void> Store::setNextFireAt(JobId id, qint64 nextFireAt)
{
    return transaction([&]() -> Result<void> {
        const Result<int> rows = d->write(QStringLiteral("UPDATE jobs SET next_fire_at = ? WHERE id = ?"),
                                          {nextFireAt, id}, Tr::tr("setting the next fire time of job %1").arg(id));
        if (!rows)
            return rows.error();
        if (rows.value() == 0)
            return jobNotFound(id);
        return {};
    });
}

Result<void> Store::deleteJob(JobId id)
{
    return transaction([&]() -> Result<void> {
        // Versions, runs and their attempts go by ON DELETE CASCADE, in this transaction.
        const Result<int> rows = d->write(QStringLiteral("DELETE FROM jobs WHERE id = ?"), {id},
                                          Tr::tr("deleting job %1").arg(id));
        if (!rows)
            return rows.error();
        if (rows.value() == 0)
            return jobNotFound(id);
        return {};
    });
}

// The one row a query by key finds, read by `read`; `notFound` when there is none.
template<typename T>
Result<T> selectOne(StorePrivate &d, const QString &sql, const QVariantList &values,
                    Result<T> (*read)(const QSqlQuery &), const QString &what, const Error &notFound)
{
    std::optional<T> found;
    const Result<void> ok = d.select(sql, values, [&](const QSqlQuery &row) -> Result<void> {
        Result<T> value = read(row);
        if (!value)
            return value.error();
        found = std::move(value).value();
        return {};
    }, what);
    if (!ok)
        return ok.error();
    if (!found)
        return notFound;
    return std::move(*found);
}

Result<Job> Store::jobByName(const QString &name) const
{
    return selectOne<Job>(*d, jobSelect() + QStringLiteral(" WHERE name = ?"), {name}, &readJob,
                          Tr::tr("reading the job '%1'").arg(name),
                          makeError(ErrorCode::NotFound, QStringLiteral("name"),
                                    Tr::tr("there is no job named '%1'").arg(name)));
}

Result<Job> Store::jobById(JobId id) const
{
    return selectOne<Job>(*d, jobSelect() + QStringLiteral(" WHERE id = ?"), {id}, &readJob,
                          Tr::tr("reading job %1").arg(id), jobNotFound(id));
}

Result<QList<Job>> Store::jobs() const
{
    QList<Job> jobs;
    const Result<void> ok = d->select(jobSelect() + QStringLiteral(" ORDER BY name"), {},
                                      [&](const QSqlQuery &row) -> Result<void> {
                                          Result<Job> read = readJob(row);
                                          if (!read)
                                              return read.error();
                                          jobs.append(std::move(read).value());
                                          return {};
                                      }, Tr::tr("listing the jobs"));
    if (!ok)
        return ok.error();
    return jobs;
}

Result<QList<JobVersion>> Store::jobVersions(JobId id) const
{
    // Checked first so that an unknown job is NotFound, not an empty history.
    const Result<bool> exists = d->hasRow(QStringLiteral("SELECT 1 FROM jobs WHERE id = ?"), {id},
                                          Tr::tr("reading the versions of job %1").arg(id));
    if (!exists)
        return exists.error();
    if (!exists.value())
        return jobNotFound(id);
    QList<JobVersion> versions;
    const Result<void> ok = d->select(
        QStringLiteral("SELECT version, spec, created_at FROM job_versions WHERE job_id = ? ORDER BY version"), {id},
        [&](const QSqlQuery &row) -> Result<void> {
            JobVersion version;
            version.version = row.value(0).toInt();
            Result<JobSpec> spec = specFromStored(row.value(1).toString(), id);
            if (!spec)
                return spec.error();
            version.spec = std::move(spec).value();
            version.createdAt = row.value(2).toLongLong();
            versions.append(version);
            return {};
        }, Tr::tr("reading the versions of job %1").arg(id));
    if (!ok)
        return ok.error();
    return versions;
}

// ---- runs ----

Result<RunRecord> Store::insertRun(const RunRecord &run)
{
    return inTransaction<RunRecord>(*this, [&]() -> Result<RunRecord> {
        const QString what = Tr::tr("adding a run of job %1").arg(run.jobId);
        RunRecord inserted = run;
        inserted.id = 0;
        bool jobFound = false;
        const Result<void> job = d->select(QStringLiteral("SELECT name FROM jobs WHERE id = ?"), {run.jobId},
                                           [&](const QSqlQuery &row) {
                                               inserted.jobName = row.value(0).toString();
                                               jobFound = true;
                                               return Result<void>();
                                           }, what);
        if (!job)
            return job.error();
        if (!jobFound) {
            return makeError(ErrorCode::NotFound, QStringLiteral("job_id"),
                             Tr::tr("there is no job with id %1").arg(run.jobId));
        }

        QVariantList values = {run.jobId, run.jobVersion, runTriggerName(run.trigger), runStateName(run.state),
                               run.priority, run.scheduledAt, run.queuedAt, run.notBefore, run.maxAttempts,
                               run.parentRunId, text(run.task), mapToText(run.params), mapToText(run.outputs),
                               run.rerunOf, run.parallelLimit};
        values.append(attemptValues(run.current));
        const Result<void> ok = d->select(
            QStringLiteral("INSERT INTO runs (job_id, job_version, trigger, state, priority, scheduled_at,"
                           " queued_at, not_before, max_attempts, parent_run_id, task, params, outputs,"
                           " rerun_of, parallel_limit, attempt, ")
                + attemptColumns(QStringLiteral("attempt_state"))
                + QStringLiteral(") VALUES (") + placeholders(values.size()) + QStringLiteral(") RETURNING id"),
            values,
            [&](const QSqlQuery &row) {
                inserted.id = row.value(0).toLongLong();
                return Result<void>();
            }, what);
        if (!ok) {
            if (ok.error().code != ErrorCode::AlreadyExists)
                return ok.error();
            if (run.isTaskRun())
                return makeError(ErrorCode::AlreadyExists, QStringLiteral("task"),
                                 Tr::tr("workflow run %1 already has a run of task '%2'").arg(run.parentRunId).arg(run.task));
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("scheduled_at"),
                             Tr::tr("job '%1' already has a scheduled run for %2")
                                 .arg(inserted.jobName, timeToJson(run.scheduledAt).toString()));
        }
        // A run may be made already started (attempt 1 running); its history starts with it.
        if (run.current.attempt > 0) {
            QVariantList attempt = {inserted.id};
            attempt.append(attemptValues(run.current));
            const Result<int> written = d->write(
                QStringLiteral("INSERT INTO attempts (run_id, attempt, ") + attemptColumns(QStringLiteral("state"))
                    + QStringLiteral(") VALUES (") + placeholders(attempt.size()) + QStringLiteral(")"),
                attempt, what);
            if (!written)
                return written.error();
        }
        return inserted;
    });
}

Result<void> Store::updateRun(const RunRecord &run)
{
    return transaction([&]() -> Result<void> {
        const QString what = Tr::tr("updating run %1").arg(run.id);
        // The run's identity (job, job version, trigger, due time) never changes; its state,
        // queue fields and current attempt do.
        QVariantList values = {runStateName(run.state), run.priority, run.queuedAt, run.notBefore, run.maxAttempts,
                               mapToText(run.outputs)};
        values.append(attemptValues(run.current));
        values.append(run.id);
        const Result<int> rows = d->write(
            QStringLiteral("UPDATE runs SET state = ?, priority = ?, queued_at = ?, not_before = ?,"
                           " max_attempts = ?, outputs = ?, attempt = ?, attempt_state = ?, started_at = ?, finished_at = ?,"
                           " exit_code = ?, signal = ?, cpu_ms = ?, peak_rss_kb = ?, log_path = ?, log_size = ?,"
                           " reason = ?, pid = ?, pid_start = ? WHERE id = ?"),
            values, what);
        if (!rows)
            return rows.error();
        if (rows.value() == 0)
            return runNotFound(run.id);
        if (run.current.attempt <= 0)
            return {};

        QVariantList attempt = {run.id};
        attempt.append(attemptValues(run.current));
        // ON CONFLICT … DO UPDATE: SQLite 3.24+ and PostgreSQL 9.5+ spell it the same.
        const Result<int> written = d->write(
            QStringLiteral("INSERT INTO attempts (run_id, attempt, ") + attemptColumns(QStringLiteral("state"))
                + QStringLiteral(") VALUES (") + placeholders(attempt.size())
                + QStringLiteral(") ON CONFLICT (run_id, attempt) DO UPDATE SET state = excluded.state,"
                                 " started_at = excluded.started_at, finished_at = excluded.finished_at,"
                                 " exit_code = excluded.exit_code, signal = excluded.signal,"
                                 " cpu_ms = excluded.cpu_ms, peak_rss_kb = excluded.peak_rss_kb,"
                                 " log_path = excluded.log_path, log_size = excluded.log_size,"
                                 " reason = excluded.reason, pid = excluded.pid, pid_start = excluded.pid_start"),
            attempt, what);
        if (!written)
            return written.error();
        return {};
    });
}

Result<RunRecord> Store::run(RunId id) const
{
    return selectOne<RunRecord>(*d, runSelect() + QStringLiteral(" WHERE r.id = ?"), {id}, &readRun,
                                Tr::tr("reading run %1").arg(id), runNotFound(id));
}

Result<RunPage> Store::runs(const RunQuery &query) const
{
    if (query.limit < 1) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("limit"),
                         Tr::tr("a page holds at least 1 run, not %1").arg(query.limit));
    }
    const int limit = qMin(query.limit, MaxPageSize);
    QStringList where;
    QVariantList values;
    if (!query.jobName.isEmpty()) {
        // Filter by job_id rather than joining on the name, so that the (job_id, id DESC)
        // index serves the whole query.
        const Result<Job> job = jobByName(query.jobName);
        if (!job) {
            if (job.error().code != ErrorCode::NotFound)
                return job.error();
            return makeError(ErrorCode::NotFound, QStringLiteral("job"), job.error().message);
        }
        where << QStringLiteral("f.job_id = ?");
        values << job->id;
    }
    if (!query.states.isEmpty()) {
        where << QStringLiteral("f.state IN (%1)").arg(placeholders(query.states.size()));
        for (RunState state : query.states)
            values << runStateName(state);
    }
    if (query.scheduledFrom > 0) {
        where << QStringLiteral("f.scheduled_at >= ?");
        values << query.scheduledFrom;
    }
    if (query.scheduledTo > 0) {
        where << QStringLiteral("f.scheduled_at < ?");
        values << query.scheduledTo;
    }
    if (!query.includeTasks)
        where << QStringLiteral("f.task = ''");
    if (query.beforeId > 0) {
        where << QStringLiteral("f.id < ?");
        values << query.beforeId;
    }
    // One row more than asked tells whether another page exists, without a COUNT and
    // without handing out a cursor to an empty page.
    values << limit + 1;
    // The page's ids first, then its rows: the inner query is answered from an index alone
    // (runs_state_id, runs_scheduled_at and runs_job_id all hold the id), so when the
    // planner must sort (several states, a scheduled range) it sorts index entries, and
    // only the page's rows are read. With a million runs, "failed or timed_out" goes from
    // ~150 ms to under 1 ms this way.
    const QString sql = runSelect()
        + QStringLiteral(" WHERE r.id IN (SELECT f.id FROM runs f")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND "))
        + QStringLiteral(" ORDER BY f.id DESC LIMIT ?) ORDER BY r.id DESC");

    RunPage page;
    bool more = false;
    const Result<void> ok = d->select(sql, values, [&](const QSqlQuery &row) -> Result<void> {
        if (page.runs.size() == limit) {
            more = true;
            return {};
        }
        Result<RunRecord> read = readRun(row);
        if (!read)
            return read.error();
        page.runs.append(std::move(read).value());
        return {};
    }, Tr::tr("listing runs"));
    if (!ok)
        return ok.error();
    if (more)
        page.nextBeforeId = page.runs.constLast().id;
    return page;
}

Result<QList<RunRecord>> Store::runsInStates(const QList<RunState> &states) const
{
    QList<RunRecord> runs;
    if (states.isEmpty())
        return runs;
    QVariantList values;
    for (RunState state : states)
        values << runStateName(state);
    const Result<void> ok = d->select(
        runSelect() + QStringLiteral(" WHERE r.state IN (%1) ORDER BY r.id").arg(placeholders(values.size())), values,
        [&](const QSqlQuery &row) -> Result<void> {
            Result<RunRecord> read = readRun(row);
            if (!read)
                return read.error();
            runs.append(std::move(read).value());
            return {};
        }, Tr::tr("listing runs by state"));
    if (!ok)
        return ok.error();
    return runs;
}

Result<QList<AttemptRecord>> Store::attempts(RunId id) const
{
    const QString what = Tr::tr("reading the attempts of run %1").arg(id);
    const Result<bool> exists = d->hasRow(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"), {id}, what);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return runNotFound(id);
    QList<AttemptRecord> attempts;
    const Result<void> ok = d->select(QStringLiteral("SELECT attempt, ") + attemptColumns(QStringLiteral("state"))
                       + QStringLiteral(" FROM attempts WHERE run_id = ? ORDER BY attempt"),
                   {id},
                   [&](const QSqlQuery &row) -> Result<void> {
                       Result<AttemptRecord> read = readAttempt(row, 0, id);
                       if (!read)
                           return read.error();
                       attempts.append(std::move(read).value());
                       return {};
                   }, what);
    if (!ok)
        return ok.error();
    return attempts;
}

Result<QList<FinishedRun>> Store::finishedRuns(JobId job) const
{
    QStringList finals;
    QVariantList values;
    for (RunState state : allRunStates()) {
        if (isFinal(state)) {
            finals << QStringLiteral("?");
            values << runStateName(state);
        }
    }
    QString sql = QStringLiteral(
        "SELECT r.id, r.finished_at,"
        " COALESCE((SELECT SUM(a.log_size) FROM attempts a WHERE a.run_id = r.id), r.log_size)"
        " FROM runs r WHERE r.task = '' AND r.state IN (%1)").arg(finals.join(u", "));
    if (job != 0) {
        sql += QStringLiteral(" AND r.job_id = ?");
        values << job;
    }
    sql += QStringLiteral(" ORDER BY r.id DESC");
    QList<FinishedRun> runs;
    const Result<void> ok = d->select(sql, values, [&](const QSqlQuery &row) {
        runs.append(FinishedRun{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong()});
        return Result<void>();
    }, Tr::tr("reading the finished runs"));
    if (!ok)
        return ok.error();
    return runs;
}

Result<QList<std::pair<RunId, JobId>>> Store::runsFinishedBefore(qint64 cutoff) const
{
    QStringList finals;
    QVariantList values{cutoff};
    for (RunState state : allRunStates()) {
        if (isFinal(state)) {
            finals << QStringLiteral("?");
            values << runStateName(state);
        }
    }
    QList<std::pair<RunId, JobId>> runs;
    const Result<void> ok = d->select(
        QStringLiteral("SELECT id, job_id FROM runs WHERE finished_at > 0 AND finished_at < ? AND task = '' AND state IN (%1)")
            .arg(finals.join(u", ")),
        values, [&](const QSqlQuery &row) {
            runs.append({row.value(0).toLongLong(), row.value(1).toLongLong()});
            return Result<void>();
        }, Tr::tr("reading the runs that ended before %1").arg(cutoff));
    if (!ok)
        return ok.error();
    return runs;
}

Result<void> Store::deleteRuns(const QList<RunId> &ids)
{
    return transaction([&]() -> Result<void> {
        return inSlices(ids, [&](qsizetype count, const QVariantList &values) -> Result<void> {
            // A workflow run's task runs go with it.
            const Result<int> tasks = d->write(
                QStringLiteral("DELETE FROM runs WHERE parent_run_id IN (%1) AND task <> ''").arg(placeholders(count)),
                values, Tr::tr("deleting the task runs of %n run(s)", nullptr, int(count)));
            if (!tasks)
                return tasks.error();
            const Result<int> deleted = d->write(
                QStringLiteral("DELETE FROM runs WHERE id IN (%1)").arg(placeholders(count)), values,
                Tr::tr("deleting %n run(s)", nullptr, int(count)));
            if (!deleted)
                return deleted.error();
            return {};
        });
    });
}

Result<QSet<RunId>> Store::existingRuns(const QList<RunId> &ids) const
{
    QSet<RunId> found;
    const Result<void> ok = inSlices(ids, [&](qsizetype count, const QVariantList &values) {
        return d->select(QStringLiteral("SELECT id FROM runs WHERE id IN (%1)").arg(placeholders(count)), values,
                         [&](const QSqlQuery &row) {
                             found.insert(row.value(0).toLongLong());
                             return Result<void>();
                         },
                         Tr::tr("reading which runs exist"));
    });
    if (!ok)
        return ok.error();
    return found;
}

Result<QList<RunRecord>> Store::childRuns(RunId parent) const
{
    QList<RunRecord> runs;
    const Result<void> ok = d->select(
        runSelect() + QStringLiteral(" WHERE r.parent_run_id = ? ORDER BY r.id"), {parent},
        [&](const QSqlQuery &row) -> Result<void> {
            Result<RunRecord> read = readRun(row);
            if (!read)
                return read.error();
            runs.append(std::move(read).value());
            return {};
        }, Tr::tr("reading the runs of workflow run %1").arg(parent));
    if (!ok)
        return ok.error();
    return runs;
}

Result<qint64> Store::lastScheduledAt(JobId id) const
{
    const Result<bool> exists = d->hasRow(QStringLiteral("SELECT 1 FROM jobs WHERE id = ?"), {id},
                                          Tr::tr("reading the last scheduled run of job %1").arg(id));
    if (!exists)
        return exists.error();
    if (!exists.value())
        return jobNotFound(id);
    qint64 last = 0;
    // The literal 'schedule' (not a bound value) lets SQLite prove that the partial index
    // runs_schedule_once applies, making this one index seek.
    const Result<void> ok = d->select(
        QStringLiteral("SELECT MAX(scheduled_at) FROM runs WHERE job_id = ? AND trigger = 'schedule'"), {id},
        [&](const QSqlQuery &row) {
            last = row.value(0).toLongLong();   // NULL when there is none: 0
            return Result<void>();
        }, Tr::tr("reading the last scheduled run of job %1").arg(id));
    if (!ok)
        return ok.error();
    return last;
}

// ---- API tokens ----

namespace {

Result<ApiToken> readApiToken(const QSqlQuery &row)
{
    ApiToken token;
    token.name = row.value(0).toString();
    token.hash = row.value(1).toByteArray();
    token.readOnly = row.value(2).toBool();
    token.createdAt = row.value(3).toLongLong();
    token.lastUsedAt = row.value(4).toLongLong();
    return token;
}

const QString apiTokenSelect = QStringLiteral("SELECT name, hash, read_only, created_at, last_used_at FROM api_tokens");

Error apiTokenNotFound(const QString &name)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("name"), Tr::tr("there is no token named '%1'").arg(name));
}

} // namespace

Result<void> Store::insertApiToken(const ApiToken &token)
{
    return transaction([&]() -> Result<void> {
        const Result<int> rows = d->write(
            QStringLiteral("INSERT INTO api_tokens (name, hash, read_only, created_at, last_used_at) VALUES (?, ?, ?, ?, 0)"),
            {token.name, token.hash, token.readOnly ? 1 : 0, token.createdAt}, Tr::tr("adding the token '%1'").arg(token.name));
        if (!rows && rows.error().code == ErrorCode::AlreadyExists)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("name"),
                             Tr::tr("a token named '%1' already exists").arg(token.name));
        if (!rows)
            return rows.error();
        return {};
    });
}

Result<QList<ApiToken>> Store::apiTokens() const
{
    QList<ApiToken> tokens;
    const Result<void> ok = d->select(apiTokenSelect + QStringLiteral(" ORDER BY name"), {},
                                      [&](const QSqlQuery &row) -> Result<void> {
                                          tokens.append(readApiToken(row).value());
                                          return {};
                                      }, Tr::tr("listing the tokens"));
    if (!ok)
        return ok.error();
    return tokens;
}

Result<ApiToken> Store::apiTokenByHash(const QByteArray &hash) const
{
    return selectOne<ApiToken>(*d, apiTokenSelect + QStringLiteral(" WHERE hash = ?"), {hash}, &readApiToken,
                               Tr::tr("looking up a token"),
                               makeError(ErrorCode::NotFound, {}, Tr::tr("no such token")));
}

Result<void> Store::deleteApiToken(const QString &name)
{
    return transaction([&]() -> Result<void> {
        const Result<int> rows = d->write(QStringLiteral("DELETE FROM api_tokens WHERE name = ?"), {name},
                                          Tr::tr("revoking the token '%1'").arg(name));
        if (!rows)
            return rows.error();
        if (rows.value() == 0)
            return apiTokenNotFound(name);
        return {};
    });
}

Result<void> Store::setApiTokenUsed(const QString &name, qint64 nowMs)
{
    return transaction([&]() -> Result<void> {
        const Result<int> rows = d->write(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE name = ?"),
                                          {nowMs, name}, Tr::tr("noting the use of the token '%1'").arg(name));
        if (!rows)
            return rows.error();
        return {};
    });
}

} // namespace Takt
