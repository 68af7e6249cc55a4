#include "migrations.h"

#include "sqldialect.h"

namespace Takt::Internal {

QList<Migration> schemaMigrations(const SqlDialect &dialect)
{
    const QString id = dialect.idColumn();
    QList<Migration> list;

    // Times are UTC epoch ms in BIGINT, 0 = none; columns are NOT NULL with the model's
    // defaults so that reading never has to guess what a NULL meant.
    list.append(Migration{1, QStringLiteral("the first schema"), {
        QStringLiteral(
            "CREATE TABLE jobs ("
            " id %1,"
            " name TEXT NOT NULL UNIQUE,"
            " version INTEGER NOT NULL,"
            " spec TEXT NOT NULL,"
            " paused INTEGER NOT NULL DEFAULT 0,"
            " created_at BIGINT NOT NULL,"
            " updated_at BIGINT NOT NULL,"
            " next_fire_at BIGINT NOT NULL DEFAULT 0)").arg(id),
        QStringLiteral(
            "CREATE TABLE job_versions ("
            " job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
            " version INTEGER NOT NULL,"
            " spec TEXT NOT NULL,"
            " created_at BIGINT NOT NULL,"
            " PRIMARY KEY (job_id, version))"),
        QStringLiteral(
            "CREATE TABLE runs ("
            " id %1,"
            " job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
            " job_version INTEGER NOT NULL,"
            " trigger TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " scheduled_at BIGINT NOT NULL DEFAULT 0,"
            " queued_at BIGINT NOT NULL DEFAULT 0,"
            " max_attempts INTEGER NOT NULL DEFAULT 1,"
            " attempt INTEGER NOT NULL DEFAULT 0,"
            " started_at BIGINT NOT NULL DEFAULT 0,"
            " finished_at BIGINT NOT NULL DEFAULT 0,"
            " exit_code INTEGER NOT NULL DEFAULT -1,"
            " signal INTEGER NOT NULL DEFAULT 0,"
            " cpu_ms BIGINT NOT NULL DEFAULT 0,"
            " peak_rss_kb BIGINT NOT NULL DEFAULT 0,"
            " log_path TEXT NOT NULL DEFAULT '',"
            " log_size BIGINT NOT NULL DEFAULT 0,"
            " reason TEXT NOT NULL DEFAULT '',"
            " pid BIGINT NOT NULL DEFAULT 0,"
            " pid_start BIGINT NOT NULL DEFAULT 0)").arg(id),
        // One run per job and due time, whoever (thread, node, a catch-up after a restart)
        // tries to make it:
        // the database, not the scheduler, rules out firing twice.
        QStringLiteral("CREATE UNIQUE INDEX runs_schedule_once ON runs (job_id, scheduled_at)"
                       " WHERE trigger IN ('schedule', 'catchup')"),
        // The run list of one job, newest first (keyset paging by id).
        QStringLiteral("CREATE INDEX runs_job_id ON runs (job_id, id DESC)"),
        // The queue and crash recovery (state IN …), and the list filtered by state.
        QStringLiteral("CREATE INDEX runs_state_id ON runs (state, id)"),
        QStringLiteral("CREATE INDEX runs_scheduled_at ON runs (scheduled_at)"),
    }});

    // Retries: a run keeps the history of its attempts, waits for its back-off delay
    // (not_before) and carries its job's priority into the queue. Runs made by v1 had at
    // most their one attempt on the run row; it becomes their attempt history.
    list.append(Migration{2, QStringLiteral("attempt history, retry delay and priority"), {
        QStringLiteral("ALTER TABLE runs ADD COLUMN priority INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN not_before BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN attempt_state TEXT NOT NULL DEFAULT 'scheduled'"),
        QStringLiteral("UPDATE runs SET attempt_state = state WHERE attempt > 0"),
        QStringLiteral(
            "CREATE TABLE attempts ("
            " run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
            " attempt INTEGER NOT NULL,"
            " state TEXT NOT NULL,"
            " started_at BIGINT NOT NULL DEFAULT 0,"
            " finished_at BIGINT NOT NULL DEFAULT 0,"
            " exit_code INTEGER NOT NULL DEFAULT -1,"
            " signal INTEGER NOT NULL DEFAULT 0,"
            " cpu_ms BIGINT NOT NULL DEFAULT 0,"
            " peak_rss_kb BIGINT NOT NULL DEFAULT 0,"
            " log_path TEXT NOT NULL DEFAULT '',"
            " log_size BIGINT NOT NULL DEFAULT 0,"
            " reason TEXT NOT NULL DEFAULT '',"
            " pid BIGINT NOT NULL DEFAULT 0,"
            " pid_start BIGINT NOT NULL DEFAULT 0,"
            " PRIMARY KEY (run_id, attempt))"),
        QStringLiteral(
            "INSERT INTO attempts (run_id, attempt, state, started_at, finished_at, exit_code,"
            " signal, cpu_ms, peak_rss_kb, log_path, log_size, reason, pid, pid_start)"
            " SELECT id, attempt, state, started_at, finished_at, exit_code,"
            " signal, cpu_ms, peak_rss_kb, log_path, log_size, reason, pid, pid_start"
            " FROM runs WHERE attempt > 0"),
    }});

    // Retention deletes finished runs by age; without this it would read every run.
    list.append(Migration{3, QStringLiteral("runs by end time, for retention"), {
        QStringLiteral("CREATE INDEX runs_finished_at ON runs (finished_at)"),
    }});

    // Named API tokens (`takt tokens create`): only the SHA-256 of each secret is kept.
    list.append(Migration{4, QStringLiteral("API tokens"), {
        QStringLiteral("CREATE TABLE api_tokens ("
                       " name TEXT PRIMARY KEY,"
                       " hash TEXT NOT NULL UNIQUE,"
                       " read_only INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " last_used_at INTEGER NOT NULL DEFAULT 0)"),
    }});

    // Workflows: a task run points to its workflow run (a sub-workflow run to the task run that
    // started it) and names its task; a workflow run keeps its parameters, a task run its
    // outputs, a re-run the run it was made from, a backfill run its parallel limit. Backfill
    // joins the due times that can be made only once, and a workflow run has at most one run
    // per task, whatever a crash replays.
    list.append(Migration{5, QStringLiteral("workflows: task runs, parameters, outputs, backfill"), {
        QStringLiteral("ALTER TABLE runs ADD COLUMN parent_run_id BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN task TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN params TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN outputs TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN rerun_of BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN parallel_limit INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("DROP INDEX runs_schedule_once"),
        QStringLiteral("CREATE UNIQUE INDEX runs_schedule_once ON runs (job_id, scheduled_at)"
                       " WHERE trigger IN ('schedule', 'catchup', 'backfill')"),
        QStringLiteral("CREATE INDEX runs_parent ON runs (parent_run_id, task)"),
        QStringLiteral("CREATE UNIQUE INDEX runs_task_once ON runs (parent_run_id, task) WHERE task <> ''"),
    }});

    // Clustering (several `takt serve` on one PostgreSQL database): the node registry, the
    // leader's term (fencing: a leader writes only while the term is still its own), and on
    // each run who claimed it (node and incarnation) and where it may run. Broadcast and
    // sharded jobs make several runs per due time, so the once-per-due-time key gains the
    // shard and the target node; for every other run both are 0 and the key is as before.
    list.append(Migration{6, QStringLiteral("cluster nodes, leader term, run placement and claims"), {
        QStringLiteral(
            "CREATE TABLE nodes ("
            " id %1,"
            " name TEXT NOT NULL UNIQUE,"
            " labels TEXT NOT NULL DEFAULT '',"
            " slot_count INTEGER NOT NULL DEFAULT 0,"
            " api_url TEXT NOT NULL DEFAULT '',"
            " incarnation BIGINT NOT NULL DEFAULT 0,"
            " started_at BIGINT NOT NULL DEFAULT 0,"
            " heartbeat_at BIGINT NOT NULL DEFAULT 0,"
            " state TEXT NOT NULL DEFAULT 'alive',"
            " running INTEGER NOT NULL DEFAULT 0)").arg(id),
        QStringLiteral(
            "CREATE TABLE cluster_state ("
            " id INTEGER PRIMARY KEY,"
            " term BIGINT NOT NULL DEFAULT 0,"
            " leader_node BIGINT NOT NULL DEFAULT 0,"
            " leader_since BIGINT NOT NULL DEFAULT 0,"
            " secret TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO cluster_state (id) VALUES (1)"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN node_id BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN node_incarnation BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN labels TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN shard_index INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN shard_total INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN target_node BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN node_id BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("DROP INDEX runs_schedule_once"),
        QStringLiteral("CREATE UNIQUE INDEX runs_schedule_once ON runs (job_id, scheduled_at, shard_index, target_node)"
                       " WHERE trigger IN ('schedule', 'catchup', 'backfill')"),
        QStringLiteral("CREATE INDEX runs_node_state ON runs (node_id, state)"),
        // A claim reads the queue in priority, then due-time order and stops after a few rows:
        // with this index it never sorts the whole queue.
        QStringLiteral("CREATE INDEX runs_claim_order ON runs (priority DESC, scheduled_at, id)"
                       " WHERE state IN ('queued', 'scheduled')"),
    }});

    return list;
}

} // namespace Takt::Internal
