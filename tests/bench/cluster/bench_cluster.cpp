// bench_cluster: how many runs 1, 2 and 3 `takt serve` nodes sharing one PostgreSQL database
// claim and complete per second, beside what PostgreSQL itself does with the same claim in the
// same run, and how long the cluster is without a leader after the leader is killed.
//
// One throw-away PostgreSQL server on loopback (tests/support/PostgresServer: initdb in a
// temporary folder, fsync off, for both sides alike) serves everything:
//   - the limit: `pgbench -n -f claim.sql -c N -j N -T 10` on a Takt schema holding 100,000
//     queued runs; one script execution = one run claimed (SELECT … FOR UPDATE SKIP LOCKED +
//     UPDATE to running, committed) and completed (UPDATE to succeeded + its attempt row,
//     committed): the store's side of a run with nothing else around it;
//   - Takt, N real `takt serve --store postgresql://… --slots S --node node-i` processes on a
//     fresh database, twice: (queued) K runs of one job (/bin/true) already queued, which no
//     node may take before T (not_before), so all N are up when claiming starts; (fired) K jobs
//     "@at T", which the leader fires at T, one run each. Runs/s = K / (last finished_at − T),
//     from the times the nodes themselves stored; claimed/s the same up to the last started_at;
//   - failover: 3 nodes, a job "@every 1s"; the leader is killed with SIGKILL, twice in a row;
//     measured: kill → another node holds the leadership (cluster_state), and how late the
//     first run due after the kill started.
//
//   bench_cluster [--runs K] [--slots S] [--seconds D] [--heartbeat 1s] [--node-timeout 10s]
//   bench_cluster --pgbench-only      the limit alone (no takt binary needed)
//   bench_cluster --failover-only     the failover part alone
// Defaults: K = 2000, S = 8, D = 10 (pgbench -T). Data in $TMPDIR, removed at the end
// (TAKT_BENCH_KEEP=1 keeps it, with each node's serve.log).

#include <engine/store/store.h>
#include <tests/support/postgresserver.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include <csignal>

using namespace Takt;
using Takt::Test::PostgresServer;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_cluster: %s\n", qPrintable(message));
    std::exit(1);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A QPSQL connection of the benchmark's own, for setting up and for reading what the nodes
// stored.
class Database
{
public:
    explicit Database(const QString &url) : m_name(QStringLiteral("bench-%1").arg(++s_count))
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            fail(QStringLiteral("cannot connect to %1: %2").arg(url, db.lastError().text()));
    }
    ~Database()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            fail(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    }
    /// The first row's columns, or an empty list when there is no row (or no such table yet).
    QVariantList row(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QVariantList values;
        if (query.exec(sql) && query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i);
        }
        return values;
    }
    /// Every row; empty when the query fails (a column of a later migration, say).
    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QList<QVariantList> out;
        if (query.exec(sql)) {
            while (query.next()) {
                QVariantList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i);
                out << values;
            }
        }
        return out;
    }
    qint64 scalar(const QString &sql) const
    {
        const QVariantList values = row(sql);
        return values.isEmpty() ? -1 : values.first().toLongLong();
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

// ---- the limit: pgbench ----

const char *const ClaimScript = R"(BEGIN;
SELECT id AS run FROM runs WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED \gset
UPDATE runs SET state = 'running', attempt = 1, attempt_state = 'running', started_at = 1, pid = :client_id WHERE id = :run;
COMMIT;
BEGIN;
UPDATE runs SET state = 'succeeded', attempt_state = 'succeeded', finished_at = 2, exit_code = 0 WHERE id = :run;
INSERT INTO attempts (run_id, attempt, state, started_at, finished_at, exit_code) VALUES (:run, 1, 'succeeded', 1, 2, 0);
COMMIT;
)";

// One pgbench run with `clients` clients; returns transactions (= runs) per second.
double pgbenchRate(PostgresServer &pg, const QString &scriptPath, int clients, int seconds)
{
    const QString name = QStringLiteral("pgbench_%1").arg(clients);
    const QString url = pg.createDatabase(name);
    if (url.isEmpty())
        fail(pg.errorString());
    {
        // The Takt schema, made by the store itself, and one job the queued runs belong to.
        Result<std::unique_ptr<Store>> store = Store::open(url, QStringLiteral("pgbench-setup"));
        if (!store.isOk())
            fail(store.error().toString());
        JobSpec spec;
        spec.name = QStringLiteral("queue");
        spec.command = {QStringLiteral("/bin/true")};
        const Result<Job> job = store.value()->insertJob(spec, nowMs(), 0);
        if (!job.isOk())
            fail(job.error().toString());
    }
    Database db(url);
    db.exec(QStringLiteral("INSERT INTO runs (job_id, job_version, trigger, state, queued_at)"
                           " SELECT j.id, 1, 'manual', 'queued', g FROM jobs j, generate_series(1, 100000) g"));
    db.exec(QStringLiteral("VACUUM ANALYZE runs"));

    QProcess pgbench;
    pgbench.setProcessChannelMode(QProcess::MergedChannels);
    pgbench.start(PostgresServer::binDir() + QStringLiteral("/pgbench"),
                  {QStringLiteral("-n"), QStringLiteral("-f"), scriptPath, QStringLiteral("-c"), QString::number(clients),
                   QStringLiteral("-j"), QString::number(clients), QStringLiteral("-T"), QString::number(seconds),
                   QStringLiteral("-h"), pg.host(), QStringLiteral("-p"), QString::number(pg.port()),
                   QStringLiteral("-U"), pg.user(), name});
    if (!pgbench.waitForFinished((seconds + 60) * 1000))
        fail(QStringLiteral("pgbench did not finish"));
    const QString output = QString::fromLocal8Bit(pgbench.readAll());
    if (pgbench.exitCode() != 0)
        fail(QStringLiteral("pgbench failed:\n%1").arg(output));
    const QRegularExpressionMatch tps =
        QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)")).match(output);
    if (!tps.hasMatch())
        fail(QStringLiteral("no tps in pgbench's output:\n%1").arg(output));
    const qint64 done = db.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 'succeeded'"));
    std::printf("  pgbench, %d client(s): %s runs/s (%lld runs claimed and completed in %d s)\n", clients,
                qPrintable(tps.captured(1)), done, seconds);
    std::fflush(stdout);
    return tps.captured(1).toDouble();
}

// ---- Takt nodes ----

struct NodeOptions
{
    int slotCount = 8;
    QString heartbeat;
    QString nodeTimeout;
};

class Cluster
{
public:
    Cluster(QString url, QString dataRoot, NodeOptions options)
        : m_url(std::move(url)), m_root(std::move(dataRoot)), m_options(std::move(options))
    {
    }
    ~Cluster()
    {
        for (auto &node : m_nodes) {
            if (node && node->state() != QProcess::NotRunning) {
                node->terminate();
                if (!node->waitForFinished(15'000))
                    node->kill();
                node->waitForFinished();
            }
        }
    }

    /// Starts node-1 … node-count and waits until each serves (its server.json appears).
    void start(int count)
    {
        for (int i = 1; i <= count; ++i) {
            const QString dir = QDir(m_root).filePath(QStringLiteral("node-%1").arg(i));
            QDir().mkpath(dir);
            QStringList args{QStringLiteral("serve"), QStringLiteral("--store"), m_url, QStringLiteral("--data"), dir,
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--slots"),
                             QString::number(m_options.slotCount), QStringLiteral("--node"),
                             QStringLiteral("node-%1").arg(i)};
            if (!m_options.heartbeat.isEmpty())
                args << QStringLiteral("--heartbeat") << m_options.heartbeat;
            if (!m_options.nodeTimeout.isEmpty())
                args << QStringLiteral("--node-timeout") << m_options.nodeTimeout;
            auto node = std::make_unique<QProcess>();
            node->setProgram(QStringLiteral(TAKT_EXECUTABLE));
            node->setArguments(args);
            node->setStandardOutputFile(QDir(dir).filePath(QStringLiteral("serve.log")));
            node->setStandardErrorFile(QDir(dir).filePath(QStringLiteral("serve.log")), QIODevice::Append);
            node->start();
            if (!node->waitForStarted())
                fail(QStringLiteral("cannot start %1: %2").arg(QStringLiteral(TAKT_EXECUTABLE), node->errorString()));
            m_nodes.push_back(std::move(node));
        }
        for (int i = 1; i <= count; ++i) {
            const QString dir = QDir(m_root).filePath(QStringLiteral("node-%1").arg(i));
            const QDeadlineTimer deadline(60'000);
            while (!QFile::exists(QDir(dir).filePath(QStringLiteral("server.json")))) {
                if (deadline.hasExpired() || m_nodes[i - 1]->state() == QProcess::NotRunning) {
                    QFile log(QDir(dir).filePath(QStringLiteral("serve.log")));
                    log.open(QIODevice::ReadOnly);
                    fail(QStringLiteral("node-%1 did not start serving:\n%2").arg(i).arg(QString::fromLocal8Bit(log.readAll())));
                }
                QThread::msleep(20);
            }
        }
    }

    /// SIGKILL to the node named `name` ("node-2").
    void kill(const QString &name)
    {
        const int index = name.mid(5).toInt() - 1;
        if (index < 0 || index >= int(m_nodes.size()))
            fail(QStringLiteral("no node %1").arg(name));
        ::kill(pid_t(m_nodes[index]->processId()), SIGKILL);
        m_nodes[index]->waitForFinished();
    }

private:
    QString m_url;
    QString m_root;
    NodeOptions m_options;
    std::vector<std::unique_ptr<QProcess>> m_nodes;
};

struct TaktFigures
{
    double completedPerSec = 0;
    double claimedPerSec = 0;
    QString perNode;
};

/// How the K runs come to be: already queued when their time comes (the claim and the run
/// alone), or fired by the leader from K jobs due at one instant (firing included).
enum class Source { Queued, Fired };

TaktFigures taktRate(PostgresServer &pg, const QString &root, int nodes, int runCount, const NodeOptions &options,
                     Source source)
{
    const QString kind = source == Source::Queued ? QStringLiteral("queued") : QStringLiteral("fired");
    const QString url = pg.createDatabase(QStringLiteral("takt_%1_%2").arg(kind).arg(nodes));
    if (url.isEmpty())
        fail(pg.errorString());
    // Due a while after the nodes are expected to be up; checked below.
    const qint64 due = (nowMs() / 1000 + 8 + 2 * nodes) * 1000;
    {
        Result<std::unique_ptr<Store>> store = Store::open(url, QStringLiteral("takt-setup-%1-%2").arg(kind).arg(nodes));
        if (!store.isOk())
            fail(store.error().toString());
        const QString at = QDateTime::fromMSecsSinceEpoch(due, QTimeZone::utc()).toString(Qt::ISODate);
        const Result<void> made = store.value()->transaction([&]() -> Result<void> {
            JobSpec spec;
            spec.timeZone = QStringLiteral("UTC");
            spec.command = {QStringLiteral("/bin/true")};
            if (source == Source::Queued) {
                // One job with K queued runs that no node may take before `due` (not_before),
                // so that all N nodes are up when the claiming starts.
                spec.name = QStringLiteral("noop");
                const Result<Job> job = store.value()->insertJob(spec, nowMs(), 0);
                if (!job.isOk())
                    return job.error();
                for (int i = 0; i < runCount; ++i) {
                    RunRecord run;
                    run.jobId = job.value().id;
                    run.jobVersion = 1;
                    run.trigger = RunTrigger::Manual;
                    run.state = RunState::Queued;
                    run.queuedAt = nowMs();
                    run.notBefore = due;
                    if (const Result<RunRecord> made = store.value()->insertRun(run); !made.isOk())
                        return made.error();
                }
                return {};
            }
            for (int i = 0; i < runCount; ++i) {
                spec.name = QStringLiteral("noop-%1").arg(i);
                spec.schedule = QStringLiteral("@at ") + at;
                if (const Result<Job> job = store.value()->insertJob(spec, nowMs(), due); !job.isOk())
                    return job.error();
            }
            return {};
        });
        if (!made.isOk())
            fail(made.error().toString());
    }

    Cluster cluster(url, QDir(root).filePath(QStringLiteral("takt-%1-%2").arg(kind).arg(nodes)), options);
    cluster.start(nodes);
    if (nowMs() > due - 500)
        fail(QStringLiteral("the nodes took too long to start: the runs were due before they were up"));

    Database db(url);
    const QString finals = QStringLiteral("('succeeded','failed','timed_out','cancelled','skipped','lost')");
    const QDeadlineTimer deadline(due - nowMs() + 300'000);
    qint64 finished = 0;
    while (!deadline.hasExpired()) {
        finished = db.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state IN ") + finals);
        if (finished >= runCount)
            break;
        QThread::msleep(100);
    }
    if (finished < runCount)
        fail(QStringLiteral("only %1 of %2 runs ended within 5 minutes").arg(finished).arg(runCount));
    const QVariantList times = db.row(QStringLiteral("SELECT MAX(finished_at), MAX(started_at) FROM runs"));
    TaktFigures figures;
    figures.completedPerSec = runCount * 1000.0 / std::max<qint64>(1, times.at(0).toLongLong() - due);
    figures.claimedPerSec = runCount * 1000.0 / std::max<qint64>(1, times.at(1).toLongLong() - due);
    // Which node ran how many (runs.node_id, added by the cluster's migration).
    QStringList split;
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT n.name, COUNT(*) FROM runs r"
                                                         " JOIN nodes n ON n.id = r.node_id"
                                                         " GROUP BY n.name ORDER BY n.name")))
        split << QStringLiteral("%1 %2").arg(row.at(0).toString()).arg(row.at(1).toLongLong());
    figures.perNode = split.join(QStringLiteral(", "));
    QStringList states;
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT state, COUNT(*) FROM runs GROUP BY state ORDER BY 1")))
        states << QStringLiteral("%1 %2").arg(row.at(0).toString()).arg(row.at(1).toLongLong());
    std::printf("  takt, %s runs, %d node(s) x %d slots: %.0f runs/s completed, %.0f runs/s claimed (%s; by node: %s)\n",
                qPrintable(kind), nodes, options.slotCount, figures.completedPerSec, figures.claimedPerSec,
                qPrintable(states.join(QStringLiteral(", "))),
                qPrintable(figures.perNode.isEmpty() ? QStringLiteral("-") : figures.perNode));
    std::fflush(stdout);
    return figures;
}

// ---- failover ----

struct Failover
{
    qint64 newLeaderMs = -1;
    qint64 firstRunLateMs = -1;
    qint64 firstRunAfterKillMs = -1;
};

QString leaderName(const Database &db)
{
    const QVariantList row = db.row(QStringLiteral(
        "SELECT n.name FROM cluster_state c JOIN nodes n ON n.id = c.leader_node WHERE c.id = 1"));
    return row.isEmpty() ? QString() : row.first().toString();
}

QList<Failover> failover(PostgresServer &pg, const QString &root, const NodeOptions &options, int kills)
{
    const QString url = pg.createDatabase(QStringLiteral("takt_failover"));
    if (url.isEmpty())
        fail(pg.errorString());
    {
        Result<std::unique_ptr<Store>> store = Store::open(url, QStringLiteral("failover-setup"));
        if (!store.isOk())
            fail(store.error().toString());
        JobSpec spec;
        spec.name = QStringLiteral("tick");
        spec.schedule = QStringLiteral("@every 1s");
        spec.timeZone = QStringLiteral("UTC");
        spec.command = {QStringLiteral("/bin/true")};
        // "@every 1s" fires on whole seconds; the store keeps the next one, as the API would.
        if (const Result<Job> job = store.value()->insertJob(spec, nowMs(), (nowMs() / 1000 + 1) * 1000); !job.isOk())
            fail(job.error().toString());
    }
    Cluster cluster(url, QDir(root).filePath(QStringLiteral("failover")), options);
    cluster.start(kills + 1);
    Database db(url);

    QList<Failover> results;
    for (int k = 0; k < kills; ++k) {
        // A leader that has already fired runs, so that the cluster is in its steady state.
        QString leader;
        const QDeadlineTimer settled(60'000);
        while (!settled.hasExpired()) {
            leader = leaderName(db);
            if (!leader.isEmpty()
                && db.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE started_at > %1").arg(nowMs() - 2000)) > 0)
                break;
            QThread::msleep(50);
        }
        if (leader.isEmpty())
            fail(QStringLiteral("no leader within 60 s"));
        QThread::msleep(300);
        const qint64 killedAt = nowMs();
        cluster.kill(leader);

        Failover f;
        const QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired() && (f.newLeaderMs < 0 || f.firstRunLateMs < 0)) {
            if (f.newLeaderMs < 0) {
                const QString now = leaderName(db);
                if (!now.isEmpty() && now != leader)
                    f.newLeaderMs = nowMs() - killedAt;
            }
            if (f.firstRunLateMs < 0) {
                const QVariantList first = db.row(QStringLiteral(
                    "SELECT started_at, scheduled_at FROM runs WHERE scheduled_at > %1 AND started_at > 0"
                    " ORDER BY scheduled_at LIMIT 1").arg(killedAt));
                if (!first.isEmpty()) {
                    f.firstRunLateMs = first.at(0).toLongLong() - first.at(1).toLongLong();
                    f.firstRunAfterKillMs = first.at(0).toLongLong() - killedAt;
                }
            }
            QThread::msleep(10);
        }
        if (f.newLeaderMs < 0 || f.firstRunLateMs < 0) {
            // Say what the store holds instead of a figure: this is a failure of the cluster.
            QStringList states;
            for (const QVariantList &row : db.rows(QStringLiteral("SELECT state, COUNT(*) FROM runs WHERE"
                                                                 " scheduled_at > %1 GROUP BY state").arg(killedAt)))
                states << QStringLiteral("%1 %2").arg(row.at(0).toString()).arg(row.at(1).toLongLong());
            std::printf("  kill -9 of the leader %s: FAILED within 30 s: leader now '%s'; runs due after the kill: %s\n",
                        qPrintable(leader), qPrintable(leaderName(db)),
                        qPrintable(states.isEmpty() ? QStringLiteral("none") : states.join(QStringLiteral(", "))));
            std::fflush(stdout);
            results << f;
            break;
        }
        std::printf("  kill -9 of the leader %s: another node leads after %lld ms; the first run due after the kill"
                    " started %lld ms after the kill, %lld ms late\n",
                    qPrintable(leader), f.newLeaderMs, f.firstRunAfterKillMs, f.firstRunLateMs);
        std::fflush(stdout);
        results << f;
    }
    return results;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runCount = 2000;
    int seconds = 10;
    bool pgbenchOnly = false;
    bool failoverOnly = false;
    NodeOptions options;
    // The nodes' own defaults (heartbeat 1s, node timeout 10s): with 3 nodes and 24 slots on
    // 2 cores, a 1 s timeout declares loaded nodes dead and their runs lost.
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--runs") == 0 && hasValue)
            runCount = std::max(10, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--slots") == 0 && hasValue)
            options.slotCount = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--seconds") == 0 && hasValue)
            seconds = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--heartbeat") == 0 && hasValue)
            options.heartbeat = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--node-timeout") == 0 && hasValue)
            options.nodeTimeout = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--pgbench-only") == 0)
            pgbenchOnly = true;
        else if (std::strcmp(argv[i], "--failover-only") == 0)
            failoverOnly = true;
        else
            fail(QStringLiteral("unknown argument %1").arg(QString::fromLocal8Bit(argv[i])));
    }
    if (!PostgresServer::isInstalled())
        fail(PostgresServer::missingMessage());

    QTemporaryDir root(QDir::tempPath() + QStringLiteral("/bench_cluster-XXXXXX"));
    // TAKT_BENCH_KEEP=1 keeps the nodes' data folders and serve.log files for a look afterwards.
    root.setAutoRemove(qEnvironmentVariableIntValue("TAKT_BENCH_KEEP") != 1);
    const QString scriptPath = root.filePath(QStringLiteral("claim.sql"));
    {
        QFile script(scriptPath);
        if (!script.open(QIODevice::WriteOnly) || script.write(ClaimScript) < 0)
            fail(QStringLiteral("cannot write %1").arg(scriptPath));
    }
    PostgresServer pg;
    if (!pg.start())
        fail(pg.errorString());
    std::printf("bench_cluster: PostgreSQL on 127.0.0.1:%d (%s, fsync off); %d cores\n", pg.port(),
                qPrintable(PostgresServer::binDir()), QThread::idealThreadCount());
    std::printf("limit: pgbench -n -f claim.sql -c N -j N -T %d, claim = SELECT ... FOR UPDATE SKIP LOCKED + UPDATE,"
                " complete = UPDATE + INSERT attempt, on 100,000 queued runs\n", seconds);
    std::printf("takt: %d runs of /bin/true, N nodes x %d slots, heartbeat %s, node timeout %s\n", runCount,
                options.slotCount, qPrintable(options.heartbeat.isEmpty() ? QStringLiteral("default") : options.heartbeat),
                qPrintable(options.nodeTimeout.isEmpty() ? QStringLiteral("default") : options.nodeTimeout));
    std::fflush(stdout);

    double limits[4] = {};
    TaktFigures queued[4];
    TaktFigures fired[4];
    for (int n = 1; n <= 3 && !failoverOnly; ++n) {
        limits[n] = pgbenchRate(pg, scriptPath, n, seconds);
        if (!pgbenchOnly)
        {
            queued[n] = taktRate(pg, root.path(), n, runCount, options, Source::Queued);
            fired[n] = taktRate(pg, root.path(), n, runCount, options, Source::Fired);
        }
    }
    QList<Failover> failovers;
    if (!pgbenchOnly)
        failovers = failover(pg, root.path(), options, 2);

    std::printf("\n| nodes | takt: queued runs claimed+completed/s | takt: runs fired at one instant, completed/s |"
                " pgbench claim+complete/s, same server | queued / pgbench |\n");
    std::printf("| --- | --- | --- | --- | --- |\n");
    for (int n = 1; n <= 3 && !failoverOnly; ++n) {
        if (pgbenchOnly)
            std::printf("| %d | - | - | %.0f | - |\n", n, limits[n]);
        else
            std::printf("| %d | %.0f | %.0f | %.0f | %.3f |\n", n, queued[n].completedPerSec, fired[n].completedPerSec,
                        limits[n], queued[n].completedPerSec / limits[n]);
    }
    for (const Failover &f : failovers) {
        if (f.newLeaderMs < 0 || f.firstRunLateMs < 0)
            std::printf("failover: FAILED (see above)\n");
        else
            std::printf("failover: new leader after %lld ms; first due run started %lld ms late\n", f.newLeaderMs,
                        f.firstRunLateMs);
    }
    return 0;
}
