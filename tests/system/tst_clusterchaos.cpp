// Chaos: three real `takt serve` nodes on one PostgreSQL are killed with SIGKILL and started
// again at random for a minute while hundreds of runs fall due. Afterwards every due time of
// every job has exactly one run, and every run finished: none fired twice, none was lost.
#include "clusterfixture.h"

#include <engine/core/modeljson.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Takt;
using namespace Takt::Test;

class tst_ClusterChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAndRestartedAtRandomNoDueTimeFiresTwiceOrIsLost()
    {
        if (!PostgresServer::isInstalled())
            QSKIP(qPrintable(PostgresServer::missingMessage()));
        ClusterFixture cluster;
        QVERIFY2(cluster.setUp(QStringLiteral("chaos")), qPrintable(cluster.error()));
        const QStringList names{u"c1"_qs, u"c2"_qs, u"c3"_qs};
        for (const QString &name : names)
            QVERIFY(cluster.start(name));
        QTRY_VERIFY_WITH_TIMEOUT(!cluster.leader().isEmpty(), 20'000);

        // Six jobs due every second: ~360 due times in a minute. Attempts killed with their
        // node are retried (the retry budget covers many kills of one run).
        constexpr int JobCount = 6;
        for (int i = 0; i < JobCount; ++i) {
            const auto spec = jobSpecFromJson(QJsonDocument::fromJson(QStringLiteral(
                R"({"name": "chaos-%1", "schedule": "@every 1s", "timezone": "UTC", "misfire": "all",
                    "retries": 20, "retry_delay": "0s", "command": "sleep 0.%2; echo $TAKT_SCHEDULED_TIME"})")
                .arg(i).arg(i + 1).toUtf8()).object());
            QVERIFY(spec.isOk());
            QVERIFY(await(cluster.engine(names[i % 3])->createJob(spec.value())).isOk());
        }

        QRandomGenerator random(20261124);
        QElapsedTimer chaos;
        chaos.start();
        int kills = 0;
        while (chaos.elapsed() < 60'000) {
            QTest::qWait(1'000 + int(random.bounded(3'000)));
            const QString victim = names[int(random.bounded(3))];
            if (cluster.isRunning(victim)) {
                cluster.kill(victim);
                ++kills;
            } else {
                QVERIFY(cluster.start(victim));
            }
        }
        qInfo("chaos: %d kills in %lld ms", kills, chaos.elapsed());
        QVERIFY(kills >= 8);

        // The dust settles: every node up, the jobs paused, every run ends.
        for (const QString &name : names) {
            if (!cluster.isRunning(name))
                QVERIFY(cluster.start(name));
        }
        for (int i = 0; i < JobCount; ++i)
            QVERIFY(await(cluster.engine(names[0])->setJobPaused(QStringLiteral("chaos-%1").arg(i), true)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(cluster.scalar(u"SELECT count(*) FROM runs WHERE state IN ('scheduled', 'queued', 'running')"_qs),
                                  0LL, 90'000);

        qint64 dueTimes = 0;
        for (int i = 0; i < JobCount; ++i) {
            const QList<QVariantList> rows = cluster.query(QStringLiteral(
                "SELECT r.scheduled_at, count(*), min(r.state), max(r.state) FROM runs r JOIN jobs j ON j.id = r.job_id"
                " WHERE j.name = 'chaos-%1' GROUP BY r.scheduled_at ORDER BY r.scheduled_at").arg(i));
            QVERIFY(rows.size() >= 40);
            for (qsizetype k = 0; k < rows.size(); ++k) {
                const qint64 t = rows[k][0].toLongLong();
                QVERIFY2(rows[k][1].toInt() == 1, qPrintable(QStringLiteral("chaos-%1: due time %2 fired %3 times")
                                                                 .arg(i).arg(t).arg(rows[k][1].toInt())));
                QVERIFY2(rows[k][2].toString() == u"succeeded" && rows[k][3].toString() == u"succeeded",
                         qPrintable(QStringLiteral("chaos-%1: due time %2 ended %3").arg(i).arg(t).arg(rows[k][2].toString())));
                if (k > 0)
                    QVERIFY2(t - rows[k - 1][0].toLongLong() == 1000,
                             qPrintable(QStringLiteral("chaos-%1: no run for the due times between %2 and %3")
                                            .arg(i).arg(rows[k - 1][0].toLongLong()).arg(t)));
            }
            dueTimes += rows.size();
        }
        qInfo("chaos: %lld due times, each run exactly once; %lld attempts lost with their node and retried",
              dueTimes, cluster.scalar(u"SELECT count(*) FROM attempts WHERE state = 'lost'"_qs));
        QVERIFY(dueTimes >= 300);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterChaos)
#include "tst_clusterchaos.moc"
