// ClusterStore on a real PostgreSQL: the coordination rules the cluster rests on — a passed
// term cannot fire, a due time is made once, SKIP LOCKED claims never hand a run to two
// nodes, labels and targets place runs, a node given up cannot write its old runs, and a
// stalled leader's lock can be taken from it.
#include <engine/cluster/clusterstore.h>
#include <engine/cluster/leaderlock.h>
#include <engine/store/store.h>
#include <tests/support/postgresserver.h>

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QTest>

using namespace Takt;
using namespace Takt::Test;

class tst_ClusterStore : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_pg;
    QString m_url;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ClusterStore> m_a;
    std::unique_ptr<ClusterStore> m_b;
    JobId m_job = 0;
    int m_database = 0;

    PlacedRun queued(qint64 scheduledAt, const QStringList &labels = {}, qint64 target = 0)
    {
        PlacedRun placed;
        placed.run.jobId = m_job;
        placed.run.jobName = u"job"_qs;
        placed.run.jobVersion = 1;
        placed.run.trigger = RunTrigger::Schedule;
        placed.run.state = RunState::Queued;
        placed.run.scheduledAt = scheduledAt;
        placed.run.queuedAt = 1;
        placed.run.maxAttempts = 2;
        placed.placement.labels = labels;
        placed.placement.targetNode = target;
        return placed;
    }

    qint64 nextFireAt()
    {
        return m_store->jobById(m_job)->nextFireAt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresServer::isInstalled())
            QSKIP(qPrintable(PostgresServer::missingMessage()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    }

    void init()
    {
        m_a.reset();
        m_b.reset();
        m_store.reset();
        m_url = m_pg.createDatabase(QStringLiteral("cs%1").arg(++m_database));
        QVERIFY(!m_url.isEmpty());
        auto store = Store::open(m_url, u"store"_qs);
        QVERIFY2(store.isOk(), qPrintable(store.error().toString()));
        m_store = std::move(store).value();
        JobSpec spec;
        spec.name = u"job"_qs;
        spec.command = {u"true"_qs};
        spec.timeZone = u"UTC"_qs;
        const auto job = m_store->insertJob(spec, 1, 1000);
        QVERIFY(job.isOk());
        m_job = job->id;
        auto a = ClusterStore::open(m_url, u"a"_qs);
        auto b = ClusterStore::open(m_url, u"b"_qs);
        QVERIFY2(a.isOk() && b.isOk(), qPrintable(a.error().toString() + b.error().toString()));
        m_a = std::move(a).value();
        m_b = std::move(b).value();
    }

    void aPassedTermCannotFire()
    {
        const auto nodeA = m_a->join(u"a"_qs, {}, 4, {});
        const auto nodeB = m_b->join(u"b"_qs, {}, 4, {});
        QVERIFY(nodeA.isOk() && nodeB.isOk());
        const auto termA = m_a->takeTerm(nodeA->nodeId);
        QVERIFY(termA.isOk());
        QVERIFY(m_a->fire(termA.value(), m_job, 1000, 2000, {queued(1000)}).isOk());

        // B takes the lead: A, stalled meanwhile, wakes up and tries to fire the next due time.
        const auto termB = m_b->takeTerm(nodeB->nodeId);
        QVERIFY(termB.isOk() && termB.value() > termA.value());
        const auto stale = m_a->fire(termA.value(), m_job, 2000, 3000, {queued(2000)});
        QVERIFY(!stale.isOk());
        QCOMPARE(stale.error().field, u"term"_qs);
        QCOMPARE(nextFireAt(), 2000LL);   // nothing of A's attempt was written
        QVERIFY(m_b->fire(termB.value(), m_job, 2000, 3000, {queued(2000)}).isOk());
        QCOMPARE(m_store->runs(RunQuery{}).value().runs.size(), 2);
    }

    void aDueTimeIsMadeOnce()
    {
        const auto node = m_a->join(u"a"_qs, {}, 4, {});
        const auto term = m_a->takeTerm(node->nodeId);
        QVERIFY(m_a->fire(term.value(), m_job, 1000, 2000, {queued(1000)}).isOk());
        // The same due time again (a leader that crashed before it knew its commit went in):
        // the unique key skips the run; a changed next due time refuses the whole firing.
        const auto again = m_a->fire(term.value(), m_job, 2000, 3000, {queued(1000)});
        QVERIFY(again.isOk());
        QCOMPARE(again->size(), 0);
        const auto moved = m_a->fire(term.value(), m_job, 1000, 2000, {queued(5000)});
        QVERIFY(!moved.isOk());
        QCOMPARE(moved.error().field, u"job"_qs);
        QCOMPARE(m_store->runs(RunQuery{}).value().runs.size(), 1);
    }

    void claimsNeverOverlapAndFollowPlacement()
    {
        const auto a = m_a->join(u"a"_qs, {u"linux"_qs}, 8, {});
        const auto b = m_b->join(u"b"_qs, {u"linux"_qs, u"gpu"_qs}, 8, {});
        const auto term = m_a->takeTerm(a->nodeId);
        QList<PlacedRun> runs;
        for (int i = 0; i < 6; ++i)
            runs << queued(1000 + i);
        runs << queued(2000, {u"gpu"_qs}) << queued(3000, {}, a->nodeId);
        QVERIFY(m_a->fire(term.value(), m_job, 1000, 9000, runs).isOk());

        // Both claim at once with a grace of 0: every run goes to exactly one node.
        const auto byA = m_a->claim(a.value(), {u"linux"_qs}, 8, 0, 8, 10'000, 0, 10'000);
        const auto byB = m_b->claim(b.value(), {u"linux"_qs, u"gpu"_qs}, 8, 0, 8, 10'000, 0, 10'000);
        QVERIFY(byA.isOk() && byB.isOk());
        QSet<RunId> seen;
        for (const PlacedRun &p : byA.value() + byB.value()) {
            QVERIFY(!seen.contains(p.run.id));
            seen.insert(p.run.id);
        }
        QCOMPARE(seen.size(), 8);
        for (const PlacedRun &p : byA.value())
            QVERIFY(!p.placement.labels.contains(u"gpu"_qs)); // A does not offer gpu
        bool targetWentToA = false;
        for (const PlacedRun &p : byA.value())
            targetWentToA |= p.placement.targetNode == a->nodeId;
        QVERIFY(targetWentToA);
    }

    void lessLoadedNodesGoFirst()
    {
        const auto a = m_a->join(u"a"_qs, {}, 4, {});
        const auto b = m_b->join(u"b"_qs, {}, 4, {});
        const auto term = m_a->takeTerm(a->nodeId);
        QVERIFY(m_a->fire(term.value(), m_job, 1000, 2000, {queued(1000)}).isOk());
        QVERIFY(m_b->heartbeat(b.value()).value());
        // A runs 3 of 4 slots, B none: within the grace A leaves the run to B.
        const auto byA = m_a->claim(a.value(), {}, 4, 3, 1, 10'000, 60'000, 10'000);
        QVERIFY(byA.isOk());
        QCOMPARE(byA->size(), 0);
        const auto byB = m_b->claim(b.value(), {}, 4, 0, 4, 10'000, 60'000, 10'000);
        QCOMPARE(byB->size(), 1);
    }

    void aNodeGivenUpCannotWriteItsRuns()
    {
        const auto a = m_a->join(u"a"_qs, {}, 4, {});
        const auto b = m_b->join(u"b"_qs, {}, 4, {});
        const auto term = m_b->takeTerm(b->nodeId);
        QVERIFY(m_b->fire(term.value(), m_job, 1000, 2000, {queued(1000)}).isOk());
        auto claimed = m_a->claim(a.value(), {}, 4, 0, 4, 10'000, 0, 10'000);
        QCOMPARE(claimed->size(), 1);
        RunRecord run = claimed->first().run;
        run.state = RunState::Running;
        run.current.attempt = 1;
        run.current.state = RunState::Running;
        QVERIFY(m_a->updateClaimedRun(a.value(), run).value());

        // A stops heartbeating; the leader (B) declares it dead and retries its run.
        QTest::qWait(300);
        QVERIFY(m_b->heartbeat(b.value()).value());
        const auto swept = m_b->sweep(term.value(), b->nodeId, 200, [](RunRecord &lost) {
            lost.state = RunState::Scheduled;
            lost.notBefore = 0;
        });
        QVERIFY(swept.isOk());
        QCOMPARE(swept->size(), 1);
        QCOMPARE(swept->first().current.state, RunState::Lost);

        // A wakes up: its heartbeat is refused, and so is the end of its attempt.
        QCOMPARE(m_a->heartbeat(a.value()).value(), false);
        run.state = RunState::Succeeded;
        run.current.state = RunState::Succeeded;
        QCOMPARE(m_a->updateClaimedRun(a.value(), run).value(), false);
        QCOMPARE(m_store->run(run.id)->state, RunState::Scheduled);
        QCOMPARE(m_store->attempts(run.id)->first().state, RunState::Lost);

        // Rejoining gives a new incarnation; B claims the retry.
        const auto again = m_a->join(u"a"_qs, {}, 4, {});
        QVERIFY(again->incarnation > a->incarnation);
        QCOMPARE(m_b->claim(b.value(), {}, 4, 0, 4, 10'000, 0, 10'000)->size(), 1);
    }

    JobId addJob(const QString &name, int maxConcurrent, OverlapPolicy overlap)
    {
        JobSpec spec;
        spec.name = name;
        spec.command = {u"true"_qs};
        spec.timeZone = u"UTC"_qs;
        spec.maxConcurrent = maxConcurrent;
        spec.overlap = overlap;
        const auto job = m_store->insertJob(spec, 1, 0);
        return job.isOk() ? job->id : 0;
    }

    PlacedRun manual(JobId job, qint64 at)
    {
        PlacedRun placed = queued(at);
        placed.run.jobId = job;
        placed.run.trigger = RunTrigger::Manual;
        return placed;
    }

    static QHash<JobId, int> perJob(const QList<PlacedRun> &runs)
    {
        QHash<JobId, int> count;
        for (const PlacedRun &p : runs)
            ++count[p.run.jobId];
        return count;
    }

    void aJobsLimitHoldsAcrossNodes()
    {
        // At most 2 at once; overlap "queue" (1 at once); no limit. Four runs of each, queued.
        const JobId two = addJob(u"two"_qs, 2, OverlapPolicy::Allow);
        const JobId one = addJob(u"one"_qs, 0, OverlapPolicy::Queue);
        const JobId free = addJob(u"free"_qs, 0, OverlapPolicy::Allow);
        QVERIFY(two && one && free);
        for (int i = 0; i < 4; ++i) {
            for (JobId job : {two, one, free})
                QVERIFY(m_a->insertRun(manual(job, 1000 + i)).isOk());
        }
        const auto a = m_a->join(u"a"_qs, {}, 16, {});
        const auto b = m_b->join(u"b"_qs, {}, 16, {});

        const auto byA = m_a->claim(a.value(), {}, 16, 0, 16, 10'000, 0, 10'000);
        QVERIFY2(byA.isOk(), qPrintable(byA.error().toString()));
        QCOMPARE(perJob(byA.value()), (QHash<JobId, int>{{two, 2}, {one, 1}, {free, 4}}));
        // The earliest due ones, in the queue's order.
        for (const PlacedRun &p : byA.value()) {
            if (p.run.jobId == two)
                QVERIFY(p.run.scheduledAt < 1002);
        }
        // Another node finds both limited jobs at their limit.
        const auto byB = m_b->claim(b.value(), {}, 16, 0, 16, 10'000, 0, 10'000);
        QVERIFY(byB.isOk());
        QCOMPARE(byB->size(), 0);

        // One run of "two" ends on A: B may start exactly one more of it.
        RunRecord ended;
        for (const PlacedRun &p : byA.value()) {
            if (p.run.jobId == two)
                ended = p.run;
        }
        ended.state = RunState::Succeeded;
        ended.current.attempt = 1;
        ended.current.state = RunState::Succeeded;
        QVERIFY(m_a->updateClaimedRun(a.value(), ended).value());
        const auto again = m_b->claim(b.value(), {}, 16, 0, 16, 10'000, 0, 10'000);
        QVERIFY(again.isOk());
        QCOMPARE(perJob(again.value()), (QHash<JobId, int>{{two, 1}}));
    }

    void aStalledClaimDoesNotHoldOthersUp()
    {
        // Someone holds the claim lock and stalls (a node stopped inside its claim): others
        // still claim runs without a limit at once, and leave the limited ones for later.
        const JobId limited = addJob(u"limited"_qs, 1, OverlapPolicy::Allow);
        const JobId free = addJob(u"free"_qs, 0, OverlapPolicy::Allow);
        QVERIFY(m_a->insertRun(manual(limited, 1000)).isOk());
        QVERIFY(m_a->insertRun(manual(free, 1001)).isOk());
        const auto a = m_a->join(u"a"_qs, {}, 4, {});
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"holder"_qs);
        {
            const QUrl url(m_url);
            holder.setHostName(url.host());
            holder.setPort(url.port());
            holder.setUserName(url.userName());
            holder.setDatabaseName(url.path().mid(1));
            QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"SELECT pg_advisory_lock(%1)"_qs.arg(ClusterStore::ClaimLockKey)));
        }
        const auto claimed = m_a->claim(a.value(), {}, 4, 0, 4, 10'000, 0, 10'000);
        QVERIFY(claimed.isOk());
        QCOMPARE(perJob(claimed.value()), (QHash<JobId, int>{{free, 1}}));
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_qs);
        const auto later = m_a->claim(a.value(), {}, 4, 1, 3, 10'000, 0, 10'000);
        QCOMPARE(perJob(later.value()), (QHash<JobId, int>{{limited, 1}}));
    }

    void aStalledLeadersLockCanBeTaken()
    {
        LeaderLock first(m_url, u"lock1"_qs);
        LeaderLock second(m_url, u"lock2"_qs);
        QCOMPARE(first.tryAcquire().value(), true);
        QCOMPARE(second.tryAcquire().value(), false);
        // The first holder stalls with its session open: ending that session frees the lock.
        QVERIFY(m_b->terminateLockHolder(LeaderLock::Key).value() > 0);
        QTRY_COMPARE(second.tryAcquire().value(), true);
        QCOMPARE(first.isHeld(), false);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterStore)
#include "tst_clusterstore.moc"
