#include "clusterstore.h"

#include <engine/core/tr.h>

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace Takt {

namespace {

// The database's clock in epoch ms: heartbeats and timeouts are measured on it alone, so
// nodes whose clocks disagree still agree on who is late.
constexpr auto NowMs = "(extract(epoch from clock_timestamp()) * 1000)::bigint";
// Other nodes hear of a node's run changes through this channel (payload: run ids).
constexpr auto RunsChannel = "takt_runs";

QString sql(const char *text)
{
    return QString::fromUtf8(text).replace(QStringLiteral("$NOW"), QString::fromLatin1(NowMs));
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Labels are kept as "a,b" text: PostgreSQL's string_to_array() makes them arrays to compare.
QString labelText(const QStringList &labels)
{
    const QString joined = labels.join(u',');
    return joined.isNull() ? QStringLiteral("") : joined; // NULL is not '' to the NOT NULL column
}

QStringList labelList(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

// The columns every run read selects, in this order (see readRun()).
const char *const RunColumns =
    "r.id, r.job_id, j.name, r.job_version, r.trigger, r.state, r.priority, r.scheduled_at, r.queued_at,"
    " r.not_before, r.max_attempts, r.attempt, r.attempt_state, r.started_at, r.finished_at, r.exit_code,"
    " r.signal, r.cpu_ms, r.peak_rss_kb, r.log_path, r.log_size, r.reason, r.pid, r.pid_start,"
    " r.labels, r.shard_index, r.shard_total, r.target_node";

PlacedRun readRun(const QSqlQuery &row)
{
    PlacedRun placed;
    RunRecord &run = placed.run;
    run.id = row.value(0).toLongLong();
    run.jobId = row.value(1).toLongLong();
    run.jobName = row.value(2).toString();
    run.jobVersion = row.value(3).toInt();
    run.trigger = runTriggerFromName(row.value(4).toString()).value_or(RunTrigger::Manual);
    run.state = runStateFromName(row.value(5).toString()).value_or(RunState::Lost);
    run.priority = row.value(6).toInt();
    run.scheduledAt = row.value(7).toLongLong();
    run.queuedAt = row.value(8).toLongLong();
    run.notBefore = row.value(9).toLongLong();
    run.maxAttempts = row.value(10).toInt();
    AttemptRecord &a = run.current;
    a.attempt = row.value(11).toInt();
    a.state = runStateFromName(row.value(12).toString()).value_or(RunState::Lost);
    a.startedAt = row.value(13).toLongLong();
    a.finishedAt = row.value(14).toLongLong();
    a.exitCode = row.value(15).toInt();
    a.signal = row.value(16).toInt();
    a.cpuMs = row.value(17).toLongLong();
    a.peakRssKb = row.value(18).toLongLong();
    a.logPath = row.value(19).toString();
    a.logSize = row.value(20).toLongLong();
    a.reason = row.value(21).toString();
    a.pid = row.value(22).toLongLong();
    a.pidStart = row.value(23).toLongLong();
    placed.placement.labels = labelList(row.value(24).toString());
    placed.placement.shardIndex = row.value(25).toInt();
    placed.placement.shardTotal = row.value(26).toInt();
    placed.placement.targetNode = row.value(27).toLongLong();
    return placed;
}

} // namespace

class ClusterStorePrivate
{
public:
    ClusterStore *q = nullptr;
    QString connectionName;
    QSqlDatabase db;
    bool listening = false;
    bool inTransaction = false;

    /// What every new session needs: a lock timeout, and LISTEN for other nodes' changes.
    Result<void> setUpSession()
    {
        // A lock held by a stalled node must not hang this node's engine thread: after 5 s the
        // statement fails and is tried again at the next heartbeat or claim.
        if (QSqlQuery setup(db); !setup.exec(QStringLiteral("SET lock_timeout = 5000")))
            return makeError(ErrorCode::Unavailable, QStringLiteral("store"), setup.lastError().text());
        if (!listening) {
            listening = true;
            QObject::connect(db.driver(), &QSqlDriver::notification, q,
                             [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                                 if (source == QSqlDriver::SelfSource)
                                     return; // this node knows its own changes already
                                 QList<RunId> ids;
                                 for (const QString &id : payload.toString().split(u',', Qt::SkipEmptyParts))
                                     ids << id.toLongLong();
                                 if (!ids.isEmpty())
                                     Q_EMIT q->runsChangedElsewhere(ids);
                             });
        }
        db.driver()->subscribeToNotification(QString::fromLatin1(RunsChannel));
        return {};
    }

    /// After a failed statement: if the session itself is gone (the server restarted, or the
    /// leader ended it because this node stalled), open a new one for the next statement.
    void reconnectIfLost()
    {
        if (db.isOpen()) {
            QSqlQuery probe(db);
            if (probe.exec(QStringLiteral("SELECT 1")))
                return;
        }
        db.close();
        if (db.open())
            (void)setUpSession();
    }

    Error error(const QSqlError &e, const QString &what) const
    {
        // A lost connection is "unavailable" (try again later), anything else a bug.
        const bool lost = e.type() == QSqlError::ConnectionError || !db.isOpen();
        return makeError(lost ? ErrorCode::Unavailable : ErrorCode::Internal, QStringLiteral("cluster"),
                         Tr::tr("%1: %2").arg(what, e.text()));
    }

    /// Runs one statement with `values` bound to its `?` in order; `perRow` sees each row.
    Result<int> exec(const QString &statement, const QVariantList &values, const QString &what,
                     const std::function<void(const QSqlQuery &)> &perRow = {})
    {
        // A session that could not be opened again last time is tried again now.
        if (!db.isOpen() && !inTransaction && db.open())
            (void)setUpSession();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            const Error failed = error(query.lastError(), what);
            if (!inTransaction)
                reconnectIfLost();
            return failed;
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            const Error failed = error(query.lastError(), what);
            query.finish();
            if (!inTransaction)
                reconnectIfLost(); // inside a transaction, transaction() looks once it is over
            return failed;
        }
        int rows = 0;
        if (query.isSelect()) {
            while (query.next()) {
                ++rows;
                if (perRow)
                    perRow(query);
            }
        } else {
            rows = query.numRowsAffected();
        }
        return rows;
    }

    /// One transaction around `work`: committed if it returns Ok, rolled back otherwise.
    template<typename T>
    Result<T> transaction(const std::function<Result<T>()> &work, const QString &what)
    {
        if (!db.isOpen() && db.open())
            (void)setUpSession();
        if (!db.transaction()) {
            const Error failed = error(db.lastError(), what);
            reconnectIfLost();
            return failed;
        }
        inTransaction = true;
        Result<T> result = work();
        inTransaction = false;
        if (!result.isOk()) {
            db.rollback();
            reconnectIfLost();
            return result;
        }
        if (!db.commit()) {
            const Error failed = error(db.lastError(), what);
            db.rollback();
            reconnectIfLost();
            return failed;
        }
        return result;
    }

    Result<void> checkTerm(qint64 term)
    {
        qint64 current = -1;
        // FOR SHARE: a node taking the next term waits until this transaction is over, so the
        // old leader's writes either commit before the new term exists or not at all.
        const Result<int> read = exec(QStringLiteral("SELECT term FROM cluster_state WHERE id = 1 FOR SHARE"), {},
                                      Tr::tr("cannot read the leader's term"),
                                      [&](const QSqlQuery &row) { current = row.value(0).toLongLong(); });
        if (!read.isOk())
            return read.error();
        if (current != term)
            return makeError(ErrorCode::Conflict, QStringLiteral("term"),
                             Tr::tr("term %1 has passed (now %2): this node no longer leads").arg(term).arg(current));
        return {};
    }

    Result<void> notify(const QList<RunId> &ids)
    {
        if (ids.isEmpty())
            return {};
        QStringList list;
        for (RunId id : ids)
            list << QString::number(id);
        // Delivered at commit, and only then: listeners never hear of a change rolled back.
        const Result<int> sent = exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                                      {QString::fromLatin1(RunsChannel), list.join(u',')},
                                      Tr::tr("cannot announce run changes"));
        return sent.isOk() ? Result<void>() : Result<void>(sent.error());
    }

    Result<QList<PlacedRun>> readRuns(const QString &where, const QVariantList &values, const QString &suffix = {})
    {
        QList<PlacedRun> runs;
        const Result<int> read = exec(QStringLiteral("SELECT %1 FROM runs r JOIN jobs j ON j.id = r.job_id WHERE %2 %3")
                                          .arg(QString::fromLatin1(RunColumns), where, suffix),
                                      values, Tr::tr("cannot read runs"),
                                      [&](const QSqlQuery &row) { runs.append(readRun(row)); });
        if (!read.isOk())
            return read.error();
        return runs;
    }

    Result<RunRecord> insert(const PlacedRun &placed, bool *made)
    {
        const RunRecord &run = placed.run;
        const RunPlacement &p = placed.placement;
        RunId id = 0;
        // A due time made already (by this leader before a crash, or by an older leader) is
        // skipped by the unique key rather than failing the whole due time.
        const Result<int> inserted = exec(
            QStringLiteral(
                "INSERT INTO runs (job_id, job_version, trigger, state, priority, scheduled_at, queued_at,"
                " not_before, max_attempts, attempt, attempt_state, reason, labels, shard_index, shard_total,"
                " target_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'scheduled', ?, ?, ?, ?, ?)"
                " ON CONFLICT (job_id, scheduled_at, shard_index, target_node)"
                " WHERE trigger IN ('schedule', 'catchup') DO NOTHING RETURNING id"),
            {run.jobId, run.jobVersion, runTriggerName(run.trigger), runStateName(run.state), run.priority,
             run.scheduledAt, run.queuedAt, run.notBefore, run.maxAttempts, text(run.current.reason),
             labelText(p.labels), p.shardIndex, p.shardTotal, p.targetNode},
            Tr::tr("cannot make a run of job %1").arg(run.jobName),
            [&](const QSqlQuery &row) { id = row.value(0).toLongLong(); });
        if (!inserted.isOk())
            return inserted.error();
        *made = id > 0;
        RunRecord stored = run;
        stored.id = id;
        return stored;
    }

    Result<void> writeAttempt(RunId id, const AttemptRecord &a, qint64 nodeId)
    {
        if (a.attempt <= 0)
            return {};
        const Result<int> written = exec(
            QStringLiteral(
                "INSERT INTO attempts (run_id, attempt, state, started_at, finished_at, exit_code, signal, cpu_ms,"
                " peak_rss_kb, log_path, log_size, reason, pid, pid_start, node_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (run_id, attempt) DO UPDATE SET state = EXCLUDED.state,"
                " started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at,"
                " exit_code = EXCLUDED.exit_code, signal = EXCLUDED.signal, cpu_ms = EXCLUDED.cpu_ms,"
                " peak_rss_kb = EXCLUDED.peak_rss_kb, log_path = EXCLUDED.log_path, log_size = EXCLUDED.log_size,"
                " reason = EXCLUDED.reason, pid = EXCLUDED.pid, pid_start = EXCLUDED.pid_start,"
                " node_id = EXCLUDED.node_id"),
            {id, a.attempt, runStateName(a.state), a.startedAt, a.finishedAt, a.exitCode, a.signal, a.cpuMs,
             a.peakRssKb, text(a.logPath), a.logSize, text(a.reason), a.pid, a.pidStart, nodeId},
            Tr::tr("cannot record attempt %1 of run %2").arg(a.attempt).arg(id));
        return written.isOk() ? Result<void>() : Result<void>(written.error());
    }

    // Writes the run row; `fence` adds conditions (and their values) the row must still meet.
    Result<bool> writeRun(const RunRecord &run, const QString &fence, const QVariantList &fenceValues)
    {
        const AttemptRecord &a = run.current;
        QVariantList values{runStateName(run.state), run.queuedAt, run.notBefore, a.attempt, runStateName(a.state),
                            a.startedAt, a.finishedAt, a.exitCode, a.signal, a.cpuMs, a.peakRssKb,
                            text(a.logPath), a.logSize, text(a.reason), a.pid, a.pidStart, run.id};
        values += fenceValues;
        const Result<int> written = exec(
            QStringLiteral("UPDATE runs SET state = ?, queued_at = ?, not_before = ?, attempt = ?, attempt_state = ?,"
                           " started_at = ?, finished_at = ?, exit_code = ?, signal = ?, cpu_ms = ?, peak_rss_kb = ?,"
                           " log_path = ?, log_size = ?, reason = ?, pid = ?, pid_start = ? WHERE id = ? %1")
                .arg(fence),
            values, Tr::tr("cannot record run %1").arg(run.id));
        if (!written.isOk())
            return written.error();
        return written.value() == 1;
    }

    Result<void> recount(qint64 nodeId)
    {
        const Result<int> done = exec(
            QStringLiteral("UPDATE nodes SET running = (SELECT count(*) FROM runs WHERE node_id = ? AND state = 'running')"
                           " WHERE id = ?"),
            {nodeId, nodeId}, Tr::tr("cannot count the runs of node %1").arg(nodeId));
        return done.isOk() ? Result<void>() : Result<void>(done.error());
    }
};

ClusterStore::ClusterStore() : d(std::make_unique<ClusterStorePrivate>()) {}

ClusterStore::~ClusterStore()
{
    const QString name = d->connectionName;
    d->db.close();
    d->db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

bool ClusterStore::isClusterLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString ClusterStore::sessionName(const QString &nodeName)
{
    return QStringLiteral("takt node %1").arg(nodeName);
}

Result<std::unique_ptr<ClusterStore>> ClusterStore::open(const QString &location, const QString &connectionName,
                                                         const QString &nodeName)
{
    const QUrl url(location);
    if (!isClusterLocation(location) || !url.isValid() || url.path().size() < 2)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("store"),
                         Tr::tr("'%1' is not a PostgreSQL URL (postgresql://user@host:port/database)").arg(location));
    std::unique_ptr<ClusterStore> store(new ClusterStore);
    store->d->connectionName = connectionName;
    store->d->db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    QSqlDatabase &db = store->d->db;
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    // A node that cannot reach the database must notice within its heartbeat, not hang.
    QString options = QStringLiteral("connect_timeout=5");
    if (!nodeName.isEmpty())
        options += QStringLiteral(";application_name='%1'").arg(sessionName(nodeName));
    db.setConnectOptions(options);
    if (!db.open())
        return makeError(ErrorCode::Unavailable, QStringLiteral("store"),
                         Tr::tr("cannot connect to %1: %2").arg(url.toString(QUrl::RemovePassword), db.lastError().text()));
    store->d->q = store.get();
    if (const Result<void> ready = store->d->setUpSession(); !ready.isOk())
        return ready.error();
    return store;
}

Result<qint64> ClusterStore::databaseNowMs()
{
    qint64 now = 0;
    const Result<int> read = d->exec(sql("SELECT $NOW"), {}, Tr::tr("cannot read the database's clock"),
                                     [&](const QSqlQuery &row) { now = row.value(0).toLongLong(); });
    if (!read.isOk())
        return read.error();
    return now;
}

Result<QString> ClusterStore::clusterSecret()
{
    QString secret;
    const QString fresh = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                              + QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    // The first node to ask sets it; everyone reads the one that won.
    const Result<int> set = d->exec(QStringLiteral("UPDATE cluster_state SET secret = ? WHERE id = 1 AND secret = ''"),
                                    {fresh}, Tr::tr("cannot make the cluster secret"));
    if (!set.isOk())
        return set.error();
    const Result<int> read = d->exec(QStringLiteral("SELECT secret FROM cluster_state WHERE id = 1"), {},
                                     Tr::tr("cannot read the cluster secret"),
                                     [&](const QSqlQuery &row) { secret = row.value(0).toString(); });
    if (!read.isOk())
        return read.error();
    return secret;
}

Result<NodeMembership> ClusterStore::join(const QString &name, const QStringList &labels, int slotCount,
                                          const QString &apiUrl)
{
    NodeMembership me;
    const Result<int> joined = d->exec(
        sql("INSERT INTO nodes (name, labels, slot_count, api_url, incarnation, started_at, heartbeat_at, state, running)"
            " VALUES (?, ?, ?, ?, 1, $NOW, $NOW, 'alive', 0)"
            " ON CONFLICT (name) DO UPDATE SET labels = EXCLUDED.labels, slot_count = EXCLUDED.slot_count,"
            " api_url = EXCLUDED.api_url, incarnation = nodes.incarnation + 1, started_at = EXCLUDED.started_at,"
            " heartbeat_at = EXCLUDED.heartbeat_at, state = 'alive'"
            " RETURNING id, incarnation"),
        {name, labelText(labels), slotCount, text(apiUrl)}, Tr::tr("cannot join the cluster as '%1'").arg(name),
        [&](const QSqlQuery &row) {
            me.nodeId = row.value(0).toLongLong();
            me.incarnation = row.value(1).toLongLong();
        });
    if (!joined.isOk())
        return joined.error();
    return me;
}

Result<void> ClusterStore::leave(const NodeMembership &me)
{
    const Result<int> done = d->exec(QStringLiteral("UPDATE nodes SET state = 'dead' WHERE id = ? AND incarnation = ?"),
                                     {me.nodeId, me.incarnation}, Tr::tr("cannot leave the cluster"));
    return done.isOk() ? Result<void>() : Result<void>(done.error());
}

Result<bool> ClusterStore::heartbeat(const NodeMembership &me)
{
    const Result<int> beat = d->exec(
        sql("UPDATE nodes SET heartbeat_at = $NOW,"
            " running = (SELECT count(*) FROM runs WHERE node_id = ? AND state = 'running' AND node_incarnation = ?)"
            " WHERE id = ? AND incarnation = ? AND state = 'alive'"),
        {me.nodeId, me.incarnation, me.nodeId, me.incarnation}, Tr::tr("cannot send the heartbeat"));
    if (!beat.isOk())
        return beat.error();
    return beat.value() == 1;
}

Result<void> ClusterStore::setApiUrl(const NodeMembership &me, const QString &url)
{
    const Result<int> done = d->exec(QStringLiteral("UPDATE nodes SET api_url = ? WHERE id = ?"), {text(url), me.nodeId},
                                     Tr::tr("cannot record the node's API address"));
    return done.isOk() ? Result<void>() : Result<void>(done.error());
}

Result<QList<NodeInfo>> ClusterStore::nodes()
{
    QList<NodeInfo> list;
    const Result<int> read = d->exec(
        sql("SELECT n.id, n.name, n.labels, n.slot_count, n.running, n.api_url, n.incarnation, n.started_at,"
            " $NOW - n.heartbeat_at, n.state, (s.leader_node = n.id)::int"
            " FROM nodes n CROSS JOIN cluster_state s WHERE s.id = 1 ORDER BY n.state, n.name"),
        {}, Tr::tr("cannot list the nodes"), [&](const QSqlQuery &row) {
            NodeInfo node;
            node.id = row.value(0).toLongLong();
            node.name = row.value(1).toString();
            node.labels = labelList(row.value(2).toString());
            node.slotCount = row.value(3).toInt();
            node.running = row.value(4).toInt();
            node.apiUrl = row.value(5).toString();
            node.incarnation = row.value(6).toLongLong();
            node.startedAt = row.value(7).toLongLong();
            node.heartbeatAgeMs = row.value(8).toLongLong();
            node.alive = row.value(9).toString() == QLatin1String("alive");
            node.leader = row.value(10).toInt() != 0 && node.alive;
            list.append(node);
        });
    if (!read.isOk())
        return read.error();
    const Result<int> runs = d->exec(
        QStringLiteral("SELECT r.node_id, r.id FROM runs r JOIN nodes n ON n.id = r.node_id"
                       " WHERE r.state = 'running' AND r.node_incarnation = n.incarnation ORDER BY r.id"),
        {}, Tr::tr("cannot list the running runs"), [&](const QSqlQuery &row) {
            const qint64 node = row.value(0).toLongLong();
            for (NodeInfo &info : list) {
                if (info.id == node)
                    info.runningRuns << row.value(1).toLongLong();
            }
        });
    if (!runs.isOk())
        return runs.error();
    return list;
}

Result<qint64> ClusterStore::takeTerm(qint64 nodeId)
{
    qint64 term = 0;
    const Result<int> taken = d->exec(
        sql("UPDATE cluster_state SET term = term + 1, leader_node = ?, leader_since = $NOW WHERE id = 1 RETURNING term"),
        {nodeId}, Tr::tr("cannot take the lead"), [&](const QSqlQuery &row) { term = row.value(0).toLongLong(); });
    if (!taken.isOk())
        return taken.error();
    return term;
}

Result<ClusterStore::Leader> ClusterStore::leader()
{
    Leader result;
    const Result<int> read = d->exec(
        sql("SELECT s.term, COALESCE($NOW - n.heartbeat_at, 0), COALESCE(n.name, '') FROM cluster_state s"
            " LEFT JOIN nodes n ON n.id = s.leader_node WHERE s.id = 1"),
        {}, Tr::tr("cannot read the leader"), [&](const QSqlQuery &row) {
            result = Leader{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString()};
        });
    if (!read.isOk())
        return read.error();
    return result;
}

Result<int> ClusterStore::terminateLockHolder(qint64 key)
{
    int pid = 0;
    // Advisory locks on one bigint key show it split in classid (high) and objid (low half).
    const Result<int> done = d->exec(
        QStringLiteral("SELECT pid, pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                       " AND classid = ? AND objid = ? AND objsubid = 1"),
        {qint64(quint64(key) >> 32), qint64(quint64(key) & 0xffffffffu)},
        Tr::tr("cannot free the leader's lock"), [&](const QSqlQuery &row) { pid = row.value(0).toInt(); });
    if (!done.isOk())
        return done.error();
    return pid;
}

Result<int> ClusterStore::terminateSessionsOf(const QString &name)
{
    int ended = 0;
    const Result<int> done = d->exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                       " WHERE application_name = ? AND pid <> pg_backend_pid()"),
        {sessionName(name)}, Tr::tr("cannot end the sessions of node '%1'").arg(name),
        [&](const QSqlQuery &row) { ended += row.value(0).toBool() ? 1 : 0; });
    if (!done.isOk())
        return done.error();
    return ended;
}

Result<QList<RunRecord>> ClusterStore::fire(qint64 term, JobId job, qint64 expectedNext, qint64 next,
                                            const QList<PlacedRun> &runs)
{
    return d->transaction<QList<RunRecord>>([&]() -> Result<QList<RunRecord>> {
        if (const Result<void> fenced = d->checkTerm(term); !fenced.isOk())
            return fenced.error();
        QList<RunRecord> made;
        for (const PlacedRun &placed : runs) {
            bool isNew = false;
            const Result<RunRecord> run = d->insert(placed, &isNew);
            if (!run.isOk())
                return run.error();
            if (isNew)
                made << run.value();
        }
        const Result<int> moved = d->exec(
            QStringLiteral("UPDATE jobs SET next_fire_at = ? WHERE id = ? AND next_fire_at = ? AND paused = 0"),
            {next, job, expectedNext}, Tr::tr("cannot move the next due time of job %1").arg(job));
        if (!moved.isOk())
            return moved.error();
        if (moved.value() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("job"),
                             Tr::tr("job %1 changed while its due time was being fired").arg(job));
        QList<RunId> ids;
        for (const RunRecord &run : made)
            ids << run.id;
        if (const Result<void> sent = d->notify(ids); !sent.isOk())
            return sent.error();
        return made;
    }, Tr::tr("cannot fire job %1").arg(job));
}

Result<RunRecord> ClusterStore::insertRun(const PlacedRun &run)
{
    return d->transaction<RunRecord>([&]() -> Result<RunRecord> {
        bool isNew = false;
        const Result<RunRecord> made = d->insert(run, &isNew);
        if (!made.isOk())
            return made;
        if (!isNew)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("scheduled_at"),
                             Tr::tr("this due time has a run already"));
        if (const Result<void> sent = d->notify({made->id}); !sent.isOk())
            return sent.error();
        return made;
    }, Tr::tr("cannot make a run"));
}

Result<QList<RunRecord>> ClusterStore::sweep(qint64 term, qint64 leaderNode, qint64 timeoutMs,
                                             const std::function<void(RunRecord &)> &decide)
{
    return d->transaction<QList<RunRecord>>([&]() -> Result<QList<RunRecord>> {
        if (const Result<void> fenced = d->checkTerm(term); !fenced.isOk())
            return fenced.error();
        QStringList dead;
        const Result<int> declared = d->exec(
            sql("UPDATE nodes SET state = 'dead' WHERE state = 'alive' AND heartbeat_at < $NOW - ? AND id <> ?"
                " RETURNING name"),
            {timeoutMs, leaderNode}, Tr::tr("cannot declare nodes dead"),
            [&](const QSqlQuery &row) { dead << row.value(0).toString(); });
        if (!declared.isOk())
            return declared.error();
        // A dead node that is only stalled may hold row locks in an open transaction: its
        // sessions end, and whatever it wakes up to finds its incarnation given up.
        for (const QString &name : std::as_const(dead)) {
            if (const Result<int> ended = terminateSessionsOf(name); !ended.isOk())
                return ended.error();
        }
        // Runs held by a dead node or by an earlier life of a node that has rejoined since.
        const auto held = d->readRuns(
            QStringLiteral("r.state = 'running' AND EXISTS (SELECT 1 FROM nodes n WHERE n.id = r.node_id"
                           " AND (n.state = 'dead' OR n.incarnation <> r.node_incarnation))"),
            {}, QStringLiteral("ORDER BY r.id FOR UPDATE OF r SKIP LOCKED"));
        if (!held.isOk())
            return held.error();
        QList<RunRecord> changed;
        QList<RunId> ids;
        qint64 now = 0;
        const Result<int> clock = d->exec(sql("SELECT $NOW"), {}, Tr::tr("cannot read the database's clock"),
                                          [&](const QSqlQuery &row) { now = row.value(0).toLongLong(); });
        if (!clock.isOk())
            return clock.error();
        for (const PlacedRun &placed : held.value()) {
            RunRecord run = placed.run;
            if (run.current.attempt > 0) {
                run.current.state = RunState::Lost;
                run.current.finishedAt = now;
                run.current.reason = Tr::tr("the node running it stopped sending heartbeats");
            }
            decide(run);
            const Result<bool> written = d->writeRun(run, QStringLiteral("AND state = 'running'"), {});
            if (!written.isOk())
                return written.error();
            // The attempt row keeps the node it ran on: its log is there.
            const Result<int> attempt = d->exec(
                QStringLiteral("UPDATE attempts SET state = ?, finished_at = ?, reason = ? WHERE run_id = ? AND attempt = ?"),
                {runStateName(run.current.state), run.current.finishedAt, text(run.current.reason), run.id,
                 run.current.attempt},
                Tr::tr("cannot record attempt %1 of run %2").arg(run.current.attempt).arg(run.id));
            if (!attempt.isOk())
                return attempt.error();
            changed << run;
            ids << run.id;
        }
        if (const Result<void> sent = d->notify(ids); !sent.isOk())
            return sent.error();
        return changed;
    }, Tr::tr("cannot look for dead nodes"));
}

Result<QList<PlacedRun>> ClusterStore::claim(const NodeMembership &me, const QStringList &labels, int slotCount,
                                             int running, int count, qint64 nowMs, qint64 graceMs, qint64 timeoutMs)
{
    if (count <= 0)
        return QList<PlacedRun>{};
    return d->transaction<QList<PlacedRun>>([&]() -> Result<QList<PlacedRun>> {
        // Least loaded first: a run waits graceMs for a matching node with free slots that is
        // less loaded (running/slots) than this one; after that any matching node takes it, so
        // a node that is slow to ask cannot hold work up. Per job, only as many runs as its
        // limit leaves (max_concurrent, or 1 for overlap "queue"), in the queue's own order.
        struct Pick
        {
            RunId id;
            bool limited;
        };
        QList<Pick> picked;
        const auto pick = [&]() -> Result<int> {
            picked.clear();
            return d->exec(
                sql("WITH running AS ("
                    " SELECT job_id, count(*) AS n FROM runs WHERE state = 'running' GROUP BY job_id),"
                    // Jobs already at their limit, so that the candidates below skip their runs.
                    " at_limit AS ("
                    " SELECT x.job_id FROM running x JOIN jobs j ON j.id = x.job_id"
                    " WHERE x.n >= CASE WHEN j.spec::jsonb ->> 'overlap' = 'queue' THEN 1"
                    "  ELSE COALESCE(NULLIF((j.spec::jsonb ->> 'max_concurrent')::int, 0), 2147483647) END),"
                    // The head of the queue, along its index: a few times what is asked for,
                    // enough unless one limited job fills it (then the next claim takes more).
                    " candidates AS ("
                    " SELECT r.id, r.job_id, r.priority, r.scheduled_at FROM runs r"
                    " WHERE r.state IN ('queued', 'scheduled') AND r.not_before <= ?"
                    " AND r.job_id NOT IN (SELECT job_id FROM at_limit)"
                    " AND (r.target_node = 0 OR r.target_node = ?)"
                    " AND string_to_array(r.labels, ',') <@ string_to_array(?::text, ',')"
                    " AND (r.target_node = ? OR r.queued_at < ? OR NOT EXISTS ("
                    "  SELECT 1 FROM nodes n WHERE n.id <> ? AND n.state = 'alive' AND n.heartbeat_at > $NOW - ?"
                    "  AND n.running < n.slot_count"
                    "  AND string_to_array(r.labels, ',') <@ string_to_array(n.labels, ',')"
                    "  AND n.running::bigint * ? < ?::bigint * n.slot_count))"
                    " ORDER BY r.priority DESC, r.scheduled_at, r.id LIMIT ?),"
                    " limits AS ("
                    " SELECT j.id, CASE WHEN j.spec::jsonb ->> 'overlap' = 'queue' THEN 1"
                    "  ELSE COALESCE((j.spec::jsonb ->> 'max_concurrent')::int, 0) END AS most"
                    " FROM jobs j WHERE j.id IN (SELECT DISTINCT job_id FROM candidates)),"
                    " ranked AS ("
                    " SELECT c.*, l.most, COALESCE(x.n, 0) AS now_running,"
                    "  row_number() OVER (PARTITION BY c.job_id ORDER BY c.priority DESC, c.scheduled_at, c.id) AS nth"
                    " FROM candidates c JOIN limits l ON l.id = c.job_id LEFT JOIN running x ON x.job_id = c.job_id)"
                    " SELECT id, most > 0 FROM ranked WHERE most <= 0 OR now_running + nth <= most"
                    " ORDER BY priority DESC, scheduled_at, id LIMIT ?"),
                {nowMs, me.nodeId, labelText(labels), me.nodeId, nowMs - graceMs, me.nodeId, timeoutMs,
                 slotCount, running, count * 4 + 16, count},
                Tr::tr("cannot claim runs"),
                [&](const QSqlQuery &row) { picked.append({row.value(0).toLongLong(), row.value(1).toBool()}); });
        };
        if (const Result<int> ok = pick(); !ok.isOk())
            return ok.error();
        if (std::any_of(picked.cbegin(), picked.cend(), [](const Pick &p) { return p.limited; })) {
            // A limit holds across the cluster only if each claim of a limited job counts the
            // others' claims: those claims take turns, and count again once it is their turn.
            // Never waited for: a node stalled inside its claim must not stop everyone else's,
            // so whoever does not get the lock at once leaves the limited runs for later.
            bool turn = false;
            const Result<int> locked = d->exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"), {ClusterStore::ClaimLockKey},
                                               Tr::tr("cannot claim runs"),
                                               [&](const QSqlQuery &row) { turn = row.value(0).toBool(); });
            if (!locked.isOk())
                return locked.error();
            if (turn) {
                if (const Result<int> ok = pick(); !ok.isOk())
                    return ok.error();
            } else {
                picked.removeIf([](const Pick &p) { return p.limited; });
            }
        }
        if (picked.isEmpty())
            return QList<PlacedRun>{};
        QStringList pickedMarks;
        QVariantList updateValues{me.nodeId, me.incarnation};
        for (const Pick &p : std::as_const(picked)) {
            pickedMarks << QStringLiteral("?");
            updateValues << p.id;
        }
        // Still queued (a cancel may have come first) and not being taken by another node right
        // now (SKIP LOCKED: nodes never wait for each other's row locks).
        QList<RunId> ids;
        const Result<int> claimed = d->exec(
            QStringLiteral("UPDATE runs SET state = 'running', node_id = ?, node_incarnation = ?, cancel_requested = 0"
                           " WHERE id IN (SELECT id FROM runs WHERE id IN (%1) AND state IN ('queued', 'scheduled')"
                           " FOR UPDATE SKIP LOCKED) RETURNING id")
                .arg(pickedMarks.join(u',')),
            updateValues, Tr::tr("cannot claim runs"), [&](const QSqlQuery &row) { ids << row.value(0).toLongLong(); });
        if (!claimed.isOk())
            return claimed.error();
        if (ids.isEmpty())
            return QList<PlacedRun>{};
        if (const Result<void> counted = d->recount(me.nodeId); !counted.isOk())
            return counted.error();
        QStringList marks;
        QVariantList values;
        for (RunId id : ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        return d->readRuns(QStringLiteral("r.id IN (%1)").arg(marks.join(u',')), values,
                           QStringLiteral("ORDER BY r.priority DESC, r.scheduled_at, r.id"));
    }, Tr::tr("cannot claim runs"));
}

Result<bool> ClusterStore::updateClaimedRun(const NodeMembership &me, const RunRecord &run)
{
    return d->transaction<bool>([&]() -> Result<bool> {
        // Fenced: once the leader has taken the run from this incarnation (declared it dead),
        // the row no longer matches and nothing of this attempt is written.
        const Result<bool> written = d->writeRun(
            run, QStringLiteral("AND node_id = ? AND node_incarnation = ? AND state = 'running'"),
            {me.nodeId, me.incarnation});
        if (!written.isOk() || !written.value())
            return written;
        if (const Result<void> attempt = d->writeAttempt(run.id, run.current, me.nodeId); !attempt.isOk())
            return attempt.error();
        if (run.state != RunState::Running) {
            if (const Result<void> counted = d->recount(me.nodeId); !counted.isOk())
                return counted.error();
        }
        if (const Result<void> sent = d->notify({run.id}); !sent.isOk())
            return sent.error();
        return true;
    }, Tr::tr("cannot record run %1").arg(run.id));
}

Result<QList<RunRecord>> ClusterStore::orphanedRuns(const NodeMembership &me)
{
    const auto runs = d->readRuns(QStringLiteral("r.state = 'running' AND r.node_id = ? AND r.node_incarnation <> ?"),
                                  {me.nodeId, me.incarnation});
    if (!runs.isOk())
        return runs.error();
    QList<RunRecord> list;
    for (const PlacedRun &placed : runs.value())
        list << placed.run;
    return list;
}

Result<bool> ClusterStore::cancelUnclaimed(RunId id, const QString &reason)
{
    return d->transaction<bool>([&]() -> Result<bool> {
        const Result<int> done = d->exec(
            QStringLiteral("UPDATE runs SET state = 'cancelled', reason = ?,"
                           " attempt_state = CASE WHEN attempt > 0 THEN 'cancelled' ELSE attempt_state END"
                           " WHERE id = ? AND state IN ('scheduled', 'queued')"),
            {text(reason), id}, Tr::tr("cannot cancel run %1").arg(id));
        if (!done.isOk())
            return done.error();
        if (done.value() == 1) {
            if (const Result<void> sent = d->notify({id}); !sent.isOk())
                return sent.error();
        }
        return done.value() == 1;
    }, Tr::tr("cannot cancel run %1").arg(id));
}

Result<void> ClusterStore::requestCancel(RunId id)
{
    const Result<int> done = d->exec(QStringLiteral("UPDATE runs SET cancel_requested = 1 WHERE id = ? AND state = 'running'"),
                                     {id}, Tr::tr("cannot cancel run %1").arg(id));
    return done.isOk() ? Result<void>() : Result<void>(done.error());
}

Result<QList<RunId>> ClusterStore::cancelRequests(const NodeMembership &me)
{
    QList<RunId> ids;
    const Result<int> read = d->exec(
        QStringLiteral("SELECT id FROM runs WHERE node_id = ? AND node_incarnation = ? AND state = 'running'"
                       " AND cancel_requested = 1"),
        {me.nodeId, me.incarnation}, Tr::tr("cannot read cancel requests"),
        [&](const QSqlQuery &row) { ids << row.value(0).toLongLong(); });
    if (!read.isOk())
        return read.error();
    return ids;
}

Result<int> ClusterStore::activeRunCount(JobId job)
{
    int count = 0;
    const Result<int> read = d->exec(
        QStringLiteral("SELECT count(*) FROM runs WHERE job_id = ? AND state IN ('scheduled', 'queued', 'running')"),
        {job}, Tr::tr("cannot count the active runs"), [&](const QSqlQuery &row) { count = row.value(0).toInt(); });
    if (!read.isOk())
        return read.error();
    return count;
}

Result<QList<RunId>> ClusterStore::activeRuns(JobId job)
{
    QList<RunId> ids;
    const Result<int> read = d->exec(
        QStringLiteral("SELECT id FROM runs WHERE job_id = ? AND state IN ('scheduled', 'queued', 'running') ORDER BY id"),
        {job}, Tr::tr("cannot read the active runs"), [&](const QSqlQuery &row) { ids << row.value(0).toLongLong(); });
    if (!read.isOk())
        return read.error();
    return ids;
}

Result<std::pair<qint64, QString>> ClusterStore::attemptNode(RunId id, int attempt)
{
    std::pair<qint64, QString> node{0, {}};
    const Result<int> read = d->exec(
        QStringLiteral("SELECT a.node_id, COALESCE(n.api_url, '') FROM attempts a LEFT JOIN nodes n ON n.id = a.node_id"
                       " WHERE a.run_id = ? AND a.attempt = ?"),
        {id, attempt}, Tr::tr("cannot find where run %1 ran").arg(id),
        [&](const QSqlQuery &row) { node = {row.value(0).toLongLong(), row.value(1).toString()}; });
    if (!read.isOk())
        return read.error();
    return node;
}

Result<RunPlacement> ClusterStore::placement(RunId id)
{
    const auto runs = d->readRuns(QStringLiteral("r.id = ?"), {id});
    if (!runs.isOk())
        return runs.error();
    if (runs->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("id"), Tr::tr("there is no run with id %1").arg(id));
    return runs->first().placement;
}

} // namespace Takt
