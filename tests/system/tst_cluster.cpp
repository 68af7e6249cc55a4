// Three real `takt serve` nodes on one real PostgreSQL database: every due time fires exactly
// once in the cluster; a killed leader is replaced and scheduling goes on without a gap; a
// killed worker's run is retried on another node; labels, broadcast and sharding place runs;
// `takt nodes` and any node's API show the whole cluster, logs included.
#include "clusterfixture.h"

#include <engine/core/modeljson.h>
#include <engine/scheduler/enginecore.h>
#include <engine/executor/logformat.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>

#include <algorithm>
#include <csignal>
#include <limits>

using namespace Takt;
using namespace Takt::Test;

namespace {

JobSpec jobSpec(const QString &json)
{
    const auto spec = jobSpecFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    return spec.isOk() ? spec.value() : JobSpec{};
}

QByteArray outputOf(RemoteEngine *engine, RunId id, int attempt = 0)
{
    const auto chunk = await(engine->readLog(id, attempt, 0, 1 << 20));
    QByteArray out;
    if (!chunk.isOk())
        return out;
    for (const QByteArray &line : chunk->data.split('\n')) {
        if (const auto parsed = parseLogLine(line); parsed && parsed->stream == 'O')
            out += parsed->text + '\n';
    }
    return out;
}

} // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT

private:
    ClusterFixture m_cluster;
    const QStringList m_names{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")};

    RemoteEngine *any()
    {
        for (const QString &name : m_names) {
            if (m_cluster.isRunning(name))
                return m_cluster.engine(name);
        }
        return nullptr;
    }

    // Due times of a job from `from` (inclusive) with their number of runs, in order.
    QList<QVariantList> dueTimes(const QString &job, qint64 from = 0)
    {
        return m_cluster.query(QStringLiteral(
            "SELECT r.scheduled_at, count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
            " WHERE j.name = '%1' AND r.scheduled_at >= %2 GROUP BY r.scheduled_at ORDER BY r.scheduled_at").arg(job).arg(from));
    }

    // Every due time between the first and the last has exactly one run, one second apart.
    void verifyEverySecondOnce(const QString &job, qint64 from = 0)
    {
        const QList<QVariantList> times = dueTimes(job, from);
        QVERIFY(times.size() >= 2);
        for (qsizetype i = 0; i < times.size(); ++i) {
            QVERIFY2(times[i][1].toInt() == 1, qPrintable(QStringLiteral("due time %1 has %2 runs")
                                                              .arg(times[i][0].toLongLong()).arg(times[i][1].toInt())));
            if (i > 0)
                QVERIFY2(times[i][0].toLongLong() - times[i - 1][0].toLongLong() == 1000,
                         qPrintable(QStringLiteral("gap between %1 and %2").arg(times[i - 1][0].toLongLong())
                                        .arg(times[i][0].toLongLong())));
        }
    }

    // The most attempts of `job` that ran at the same time (from their recorded start and end).
    int mostAtOnce(const QString &job)
    {
        QList<std::pair<qint64, int>> edges;
        for (const QVariantList &row : m_cluster.query(QStringLiteral(
                 "SELECT a.started_at, a.finished_at FROM attempts a JOIN runs r ON r.id = a.run_id"
                 " JOIN jobs j ON j.id = r.job_id WHERE j.name = '%1' AND a.started_at > 0").arg(job))) {
            edges.append({row[0].toLongLong(), +1});
            edges.append({row[1].toLongLong() > 0 ? row[1].toLongLong() : std::numeric_limits<qint64>::max(), -1});
        }
        std::sort(edges.begin(), edges.end()); // an end before a start at the same instant
        int now = 0;
        int most = 0;
        for (const auto &edge : std::as_const(edges))
            most = std::max(most, now += edge.second);
        return most;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresServer::isInstalled())
            QSKIP(qPrintable(PostgresServer::missingMessage()));
        QVERIFY2(m_cluster.setUp(QStringLiteral("cluster")), qPrintable(m_cluster.error()));
        QVERIFY(m_cluster.start(m_names[0], QStringLiteral("linux")));
        QVERIFY(m_cluster.start(m_names[1], QStringLiteral("linux")));
        QVERIFY(m_cluster.start(m_names[2], QStringLiteral("linux,gpu")));
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM nodes WHERE state = 'alive'"_qs), 3LL, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.leader().isEmpty(), 20'000);
    }

    void exactlyOnceOverManyDueTimes()
    {
        // Runs last longer than the interval, so that several overlap and all nodes get work.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "every-second", "schedule": "@every 1s",
            "timezone": "UTC", "misfire": "all", "command": "sleep 1.5; echo $TAKT_NODE"})"_qs))).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(dueTimes(u"every-second"_qs).size() >= 15, 60'000);
        QVERIFY(await(any()->setJobPaused(u"every-second"_qs, true)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs WHERE state NOT IN"
                                                   " ('succeeded', 'failed', 'skipped', 'cancelled', 'lost')"_qs),
                                  0LL, 30'000);
        verifyEverySecondOnce(u"every-second"_qs);
        QCOMPARE(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                  " WHERE j.name = 'every-second' AND r.state <> 'succeeded'"_qs), 0LL);
        // Every node executed some of them: claiming spreads the work, least loaded first.
        QCOMPARE(m_cluster.scalar(u"SELECT count(DISTINCT r.node_id) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                  " WHERE j.name = 'every-second'"_qs), 3LL);
    }

    void leaderKilledAnotherLeadsAndFiringGoesOn()
    {
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "heartbeat-job", "schedule": "@every 1s",
            "timezone": "UTC", "misfire": "all", "command": "true"})"_qs))).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(dueTimes(u"heartbeat-job"_qs).size() >= 3, 30'000);
        const QString old = m_cluster.leader();
        QVERIFY(!old.isEmpty());
        const qint64 termBefore = m_cluster.scalar(u"SELECT term FROM cluster_state"_qs);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        m_cluster.kill(old);

        // Another node leads within a few seconds (the dead leader's session ended with it).
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.leader().isEmpty() && m_cluster.leader() != old, 5'000);
        QVERIFY(m_cluster.scalar(u"SELECT term FROM cluster_state"_qs) > termBefore);
        // … and due times keep coming, without a gap or a double around the change.
        QTRY_VERIFY_WITH_TIMEOUT(dueTimes(u"heartbeat-job"_qs, killedAt + 5'000).size() >= 3, 30'000);
        QVERIFY(await(any()->setJobPaused(u"heartbeat-job"_qs, true)).isOk());
        verifyEverySecondOnce(u"heartbeat-job"_qs);

        // The old leader comes back as a follower: it does not lead twice nor fire anything.
        QVERIFY(m_cluster.start(old));
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM nodes WHERE state = 'alive'"_qs), 3LL, 20'000);
        QVERIFY(m_cluster.leader() != old);
        verifyEverySecondOnce(u"heartbeat-job"_qs);
    }

    void stalledLeaderCannotFireWhenItWakes()
    {
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "stall-job", "schedule": "@every 1s",
            "timezone": "UTC", "misfire": "all", "command": "true"})"_qs))).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(dueTimes(u"stall-job"_qs).size() >= 3, 30'000);
        const QString old = m_cluster.leader();
        QVERIFY(!old.isEmpty());
        const qint64 incarnation = m_cluster.scalar(QStringLiteral("SELECT incarnation FROM nodes WHERE name = '%1'").arg(old));
        const pid_t pid = pid_t(m_cluster.node(old).process->processId());

        // SIGSTOP: the leader stalls with its database sessions (and its lock) still open.
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        const qint64 stoppedAt = QDateTime::currentMSecsSinceEpoch();
        // After the node timeout (3 s) another node ends its sessions and takes the lead.
        QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.leader().isEmpty() && m_cluster.leader() != old, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT state = 'dead' FROM nodes WHERE name = '%1'")
                                                       .arg(old)) != 0, true, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(dueTimes(u"stall-job"_qs, stoppedAt + 5'000).size() >= 2, 30'000);

        // It wakes: its term has passed and its incarnation was given up, so whatever it was
        // about to fire is refused; it joins again as a follower with a new incarnation.
        QVERIFY(::kill(pid, SIGCONT) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT incarnation FROM nodes WHERE name = '%1'"
                                                                 " AND state = 'alive'").arg(old)) > incarnation, 20'000);
        const qint64 wokeAt = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(dueTimes(u"stall-job"_qs, wokeAt + 2'000).size() >= 2, 30'000);
        QVERIFY(await(any()->setJobPaused(u"stall-job"_qs, true)).isOk());
        QVERIFY(m_cluster.leader() != old);
        verifyEverySecondOnce(u"stall-job"_qs);
    }

    void workerKilledMidRunItsRunIsRetriedElsewhere()
    {
        // The first attempt sleeps long; the retry (on another node) ends at once.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "long", "retries": 2, "retry_delay": "0s",
            "command": "echo attempt $TAKT_ATTEMPT on $TAKT_NODE; if [ $TAKT_ATTEMPT = 1 ]; then sleep 120; fi"})"_qs))).isOk());
        const auto started = await(any()->runJobNow(u"long"_qs));
        QVERIFY(started.isOk());
        const RunId id = started->id;
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT attempt FROM runs WHERE id = %1 AND state = 'running'"
                                                                  " AND pid > 0").arg(id)), 1LL, 20'000);
        const QVariantList row = m_cluster.queryRow(QStringLiteral(
            "SELECT n.name, r.pid FROM runs r JOIN nodes n ON n.id = r.node_id WHERE r.id = %1").arg(id));
        const QString worker = row[0].toString();
        const qint64 supervisorPid = row[1].toLongLong();
        QVERIFY(::kill(pid_t(supervisorPid), 0) == 0);
        m_cluster.kill(worker);

        // Declared dead after the node timeout (3 s): the attempt is lost, the run retried elsewhere.
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE id = %1"
                                                                  " AND state = 'succeeded'").arg(id)), 1LL, 30'000);
        const auto attempts = await(any()->attempts(id));
        QVERIFY(attempts.isOk());
        QCOMPARE(attempts->size(), 2);
        QCOMPARE(attempts->at(0).state, RunState::Lost);
        QCOMPARE(attempts->at(1).state, RunState::Succeeded);
        const QString retriedOn = m_cluster.queryRow(QStringLiteral(
            "SELECT n.name FROM attempts a JOIN nodes n ON n.id = a.node_id WHERE a.run_id = %1 AND a.attempt = 2").arg(id))[0].toString();
        QVERIFY(retriedOn != worker);
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT state = 'dead' FROM nodes WHERE name = '%1'").arg(worker)) != 0, true);
        // The log of each attempt is readable from every live node, wherever it ran.
        for (const QString &name : m_names) {
            if (!m_cluster.isRunning(name))
                continue;
            QCOMPARE(outputOf(m_cluster.engine(name), id, 2), QByteArray("attempt 2 on " + retriedOn.toUtf8() + '\n'));
        }

        // The worker comes back: it stops what its earlier life left running (no double
        // execution) and rejoins as a new incarnation that records nothing for the old run.
        QVERIFY(m_cluster.start(worker));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(supervisorPid), 0) != 0, 30'000);
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM attempts WHERE run_id = %1").arg(id)), 2LL);
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT state = 'succeeded' FROM runs WHERE id = %1").arg(id)) != 0, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM nodes WHERE state = 'alive'")), 3LL, 20'000);
    }

    void nodeStoppedCleanlyGivesItsRunsBack()
    {
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "handover", "retries": 1, "retry_delay": "0s",
            "kill_grace": "1s", "command": "echo attempt $TAKT_ATTEMPT; if [ $TAKT_ATTEMPT = 1 ]; then sleep 120; fi"})"_qs))).isOk());
        const auto started = await(any()->runJobNow(u"handover"_qs));
        QVERIFY(started.isOk());
        const RunId id = started->id;
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT attempt FROM runs WHERE id = %1 AND state = 'running'"
                                                                  " AND pid > 0").arg(id)), 1LL, 20'000);
        const QVariantList row = m_cluster.queryRow(QStringLiteral(
            "SELECT n.name, r.pid FROM runs r JOIN nodes n ON n.id = r.node_id WHERE r.id = %1").arg(id));
        const QString node = row[0].toString();
        const pid_t supervisor = pid_t(row[1].toLongLong());

        // SIGTERM: the node leaves; its attempt stops and the run goes on elsewhere.
        m_cluster.node(node).engine.reset();
        m_cluster.node(node).process->terminate();
        QVERIFY(m_cluster.node(node).process->waitForFinished(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(supervisor, 0) != 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE id = %1"
                                                                  " AND state = 'succeeded' AND attempt = 2").arg(id)), 1LL, 30'000);
        QVERIFY(m_cluster.queryRow(QStringLiteral("SELECT n.name FROM attempts a JOIN nodes n ON n.id = a.node_id"
                                                  " WHERE a.run_id = %1 AND a.attempt = 2").arg(id))[0].toString() != node);
        QVERIFY(m_cluster.start(node));
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM nodes WHERE state = 'alive'"_qs), 3LL, 20'000);
    }

    void labelsBroadcastAndShards()
    {
        // Labels: only the node offering "gpu" runs the gpu job.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "gpu", "labels": ["gpu"], "command": "echo $TAKT_NODE"})"_qs))).isOk());
        QList<RunId> gpuRuns;
        for (int i = 0; i < 4; ++i) {
            const auto run = await(m_cluster.engine(m_names[i % 2])->runJobNow(u"gpu"_qs));
            QVERIFY(run.isOk());
            gpuRuns << run->id;
        }
        // Broadcast: one run on every node with the labels; sharded: one run per shard.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "everywhere", "placement": "broadcast",
            "labels": ["linux"], "command": "echo $TAKT_NODE"})"_qs))).isOk());
        QVERIFY(await(any()->runJobNow(u"everywhere"_qs)).isOk());
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "split", "placement": "sharded", "shards": 5,
            "command": "echo $TAKT_SHARD_INDEX/$TAKT_SHARD_TOTAL"})"_qs))).isOk());
        QVERIFY(await(any()->runJobNow(u"split"_qs)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                   " WHERE j.name IN ('gpu', 'everywhere', 'split') AND r.state = 'succeeded'"_qs),
                                  4LL + 3 + 5, 30'000);

        for (RunId id : std::as_const(gpuRuns))
            QCOMPARE(outputOf(any(), id), QByteArray("n3\n"));

        QSet<QByteArray> broadcastNodes;
        for (const QVariantList &row : m_cluster.query(u"SELECT r.id FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                       " WHERE j.name = 'everywhere'"_qs))
            broadcastNodes.insert(outputOf(any(), row[0].toLongLong()));
        QCOMPARE(broadcastNodes, (QSet<QByteArray>{"n1\n", "n2\n", "n3\n"}));

        QSet<QByteArray> shards;
        for (const QVariantList &row : m_cluster.query(u"SELECT r.id FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                       " WHERE j.name = 'split'"_qs))
            shards.insert(outputOf(any(), row[0].toLongLong()));
        QCOMPARE(shards, (QSet<QByteArray>{"0/5\n", "1/5\n", "2/5\n", "3/5\n", "4/5\n"}));

        // A job whose placement is wrong is refused naming the field.
        const auto bad = jobSpecFromJson(QJsonDocument::fromJson(R"({"name": "x", "command": "true",
            "placement": "sharded"})").object());
        QVERIFY(!bad.isOk());
        QCOMPARE(bad.error().field, u"shards"_qs);
    }

    void limitsAndOverlapHoldAcrossNodes()
    {
        // max_concurrent 2 and overlap "queue" (one at a time) hold for the whole cluster,
        // whichever node is asked to run and whichever claims.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "two-at-once", "max_concurrent": 2,
            "command": "sleep 0.5"})"_qs))).isOk());
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "one-at-once", "overlap": "queue",
            "command": "sleep 0.5"})"_qs))).isOk());
        for (int i = 0; i < 6; ++i) {
            RemoteEngine *asked = m_cluster.engine(m_names[i % 3]);
            QVERIFY(await(asked->runJobNow(u"two-at-once"_qs)).isOk());
            QVERIFY(await(asked->runJobNow(u"one-at-once"_qs)).isOk());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                   " WHERE j.name IN ('two-at-once', 'one-at-once')"
                                                   " AND r.state = 'succeeded'"_qs),
                                  12LL, 60'000);
        QCOMPARE(mostAtOnce(u"two-at-once"_qs), 2);
        QCOMPARE(mostAtOnce(u"one-at-once"_qs), 1);
        // Spread over the nodes all the same.
        QVERIFY(m_cluster.scalar(u"SELECT count(DISTINCT r.node_id) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                 " WHERE j.name IN ('two-at-once', 'one-at-once')"_qs) >= 2);

        // Overlap "replace": each due time cancels the run before it, wherever that one runs.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "replaced", "schedule": "@every 2s", "timezone": "UTC",
            "overlap": "replace", "kill_grace": "1s", "command": "echo started; sleep 60"})"_qs))).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                  " WHERE j.name = 'replaced' AND r.state = 'cancelled'"_qs) >= 2,
                                 30'000);
        QVERIFY(await(any()->setJobPaused(u"replaced"_qs, true)).isOk());
        // Only the newest may still run: every earlier one was stopped.
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                  " WHERE j.name = 'replaced' AND r.state IN ('running', 'queued')"_qs) <= 1,
                                 20'000);
        QVERIFY(mostAtOnce(u"replaced"_qs) <= 2); // the next starts while the last is being stopped
        for (const QVariantList &row : m_cluster.query(u"SELECT r.id FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                       " WHERE j.name = 'replaced' AND r.state = 'running'"_qs))
            QVERIFY(await(any()->cancelRun(row[0].toLongLong())).isOk());
    }

    void cancelFromAnyNode()
    {
        // Labelled gpu, so it runs on n3; cancelled through n1, which does not run it.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "stubborn", "labels": ["gpu"], "kill_grace": "1s",
            "command": "echo started; sleep 120"})"_qs))).isOk());
        const auto run = await(m_cluster.engine(m_names[0])->runJobNow(u"stubborn"_qs));
        QVERIFY(run.isOk());
        QTRY_COMPARE_WITH_TIMEOUT(outputOf(m_cluster.engine(m_names[0]), run->id), QByteArray("started\n"), 20'000);
        QVERIFY(await(m_cluster.engine(m_names[0])->cancelRun(run->id)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(await(m_cluster.engine(m_names[1])->run(run->id))->state, RunState::Cancelled, 20'000);
    }

    void changesMadeByOtherNodesAreSignalled()
    {
        // An engine in this process joins as a fourth node; the run goes to n3 (gpu), and the
        // engine still signals each of its changes (LISTEN/NOTIFY), as a console needs.
        QTemporaryDir data;
        EngineCore::Options options;
        options.dataDir = data.path();
        options.store = m_cluster.storeUrl();
        options.slotCount = 1;
        options.cluster.nodeName = u"observer"_qs;
        options.cluster.heartbeatMs = 500;
        options.cluster.nodeTimeoutMs = 3000;
        EngineCore core(options);
        QVERIFY2(core.start().isOk(), "the in-process node did not join");
        QVERIFY(core.isCluster());
        QSignalSpy changed(&core, &EngineCore::runChanged);
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "watched", "labels": ["gpu"], "command": "echo hi"})"_qs))).isOk());
        const auto run = await(m_cluster.engine(m_names[0])->runJobNow(u"watched"_qs));
        QVERIFY(run.isOk());
        const auto seen = [&](RunState state) {
            for (const QList<QVariant> &args : std::as_const(changed)) {
                const RunRecord r = args.at(0).value<RunRecord>();
                if (r.id == run->id && r.state == state)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(RunState::Succeeded), 20'000);
        // Jobs made elsewhere are known here too.
        QVERIFY(core.job(u"watched"_qs).isOk());
        core.stop();
    }

    void anyNodeShowsTheWholeCluster()
    {
        for (const QString &name : m_names) {
            const auto nodes = await(m_cluster.engine(name)->nodes());
            QVERIFY2(nodes.isOk(), qPrintable(nodes.error().toString()));
            QStringList names;
            int leaders = 0;
            for (const NodeInfo &node : nodes.value()) {
                if (!node.alive)
                    continue;
                names << node.name;
                leaders += node.leader ? 1 : 0;
                QCOMPARE(node.slotCount, 4);
                QVERIFY(node.heartbeatAgeMs < 3'000);
                if (node.name == u"n3")
                    QCOMPARE(node.labels, (QStringList{u"linux"_qs, u"gpu"_qs}));
            }
            names.sort();
            QCOMPARE(names, m_names);
            QCOMPARE(leaders, 1);
        }

        // The terminal console: `takt nodes` against any node.
        const ClusterFixture::Node &node = m_cluster.node(m_names[1]);
        QProcess cli;
        cli.start(QStringLiteral(TAKT_EXECUTABLE), {u"nodes"_qs, u"--server"_qs, node.url.toString(), u"--token"_qs, node.token});
        QVERIFY(cli.waitForFinished(20'000));
        QCOMPARE(cli.exitCode(), 0);
        const QString table = QString::fromUtf8(cli.readAllStandardOutput());
        for (const QString &name : m_names)
            QVERIFY2(table.contains(name), qPrintable(table));
        QVERIFY2(table.contains(u"gpu"_qs) && table.contains(u"LEADER"_qs) && table.contains(u"0/4"_qs), qPrintable(table));

        cli.start(QStringLiteral(TAKT_EXECUTABLE), {u"nodes"_qs, u"--json"_qs, u"--server"_qs, node.url.toString(),
                                                    u"--token"_qs, node.token});
        QVERIFY(cli.waitForFinished(20'000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object()[u"nodes"].toArray();
        QVERIFY(json.size() >= 3);
    }

    void retentionRemovesLogsOnEveryNode()
    {
        // keep_runs 1: of six runs spread over the nodes only the newest stays, in the database
        // and on disk, whichever node ran each one and whichever node deletes the rows.
        QVERIFY(await(any()->createJob(jobSpec(uR"({"name": "kept-one", "keep_runs": 1,
            "command": "echo $TAKT_NODE"})"_qs))).isOk());
        for (int i = 0; i < 6; ++i)
            QVERIFY(await(m_cluster.engine(m_names[i % 3])->runJobNow(u"kept-one"_qs)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                   " WHERE j.name = 'kept-one' AND r.state = 'succeeded'"_qs),
                                  6LL, 30'000);
        QList<std::pair<RunId, QString>> placed; // run, the node whose data directory has its log
        for (const QVariantList &row : m_cluster.query(u"SELECT r.id, n.name FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                       " JOIN attempts a ON a.run_id = r.id JOIN nodes n ON n.id = a.node_id"
                                                       " WHERE j.name = 'kept-one' ORDER BY r.id"_qs))
            placed.append({row[0].toLongLong(), row[1].toString()});
        QCOMPARE(placed.size(), 6);
        const auto dirOf = [this](const std::pair<RunId, QString> &run) {
            return QDir(m_cluster.dataDir(run.second)).filePath(u"runs/%1"_qs.arg(run.first));
        };
        QSet<QString> nodesWithLogs;
        for (const auto &run : std::as_const(placed)) {
            QVERIFY2(QFileInfo::exists(dirOf(run)), qPrintable(dirOf(run)));
            nodesWithLogs.insert(run.second);
        }
        QVERIFY(nodesWithLogs.size() >= 2);

        // Retention runs when a node starts (and every ten minutes): restart them one by one.
        for (const QString &name : m_names) {
            m_cluster.kill(name);
            QVERIFY(m_cluster.start(name));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(u"SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                                   " WHERE j.name = 'kept-one'"_qs),
                                  1LL, 20'000);
        QCOMPARE(m_cluster.scalar(u"SELECT max(r.id) FROM runs r JOIN jobs j ON j.id = r.job_id"
                                  " WHERE j.name = 'kept-one'"_qs),
                 qint64(placed.last().first));
        for (const auto &run : std::as_const(placed)) {
            if (run == placed.last())
                QVERIFY(QFileInfo::exists(dirOf(run)));
            else
                QTRY_VERIFY2_WITH_TIMEOUT(!QFileInfo::exists(dirOf(run)), qPrintable(dirOf(run)), 10'000);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
