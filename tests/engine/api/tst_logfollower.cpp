// LogFollower's promise to its users: each byte of a followed log once and in order, whatever
// its feeder repeats (a replay, a resubscription after a reconnection, overlapping chunks);
// a retry's log followed from its start when following "the latest attempt"; the end only once
// every byte arrived. And PollingLogFollower (the default of EngineApi::followLog) on a real
// embedded engine running a real job.
#include <engine/api/localengine.h>
#include <engine/api/logfollower.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

namespace {

/// Feeds a follower by hand, as RemoteEngine feeds it from socket frames.
class FedFollower final : public LogFollower
{
public:
    using LogFollower::LogFollower;
    using LogFollower::deliver;
    using LogFollower::deliverEnd;
};

} // namespace

class tst_LogFollower : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatsAndOverlapsAreDeliveredOnce()
    {
        FedFollower follower(7, 1, 0);
        QByteArray text;
        QList<qint64> offsets;
        connect(&follower, &LogFollower::dataArrived, this, [&](int attempt, qint64 offset, const QByteArray &data, qint64 next) {
            QCOMPARE(attempt, 1);
            QCOMPARE(next, offset + data.size());
            offsets.append(offset);
            text += data;
        });
        follower.deliver(1, 0, "a\nb\n", 4);
        follower.deliver(1, 0, "a\nb\n", 4);         // a replay of the same chunk
        follower.deliver(1, 2, "b\nc\n", 6);         // overlapping: only "c\n" is new
        follower.deliver(1, 10, "x\n", 12);          // past a gap: dropped, nothing skipped
        follower.deliver(2, 6, "other attempt\n", 20); // not the attempt followed
        follower.deliver(1, 6, "d\n", 8);
        QCOMPARE(text, QByteArray("a\nb\nc\nd\n"));
        QCOMPARE(offsets, (QList<qint64>{0, 4, 6}));
        QCOMPARE(follower.nextOffset(), 8);

        QSignalSpy ended(&follower, &LogFollower::ended);
        follower.deliverEnd(1, 10, RunState::Succeeded, 0); // bytes 8..10 not here yet
        QCOMPARE(ended.count(), 0);
        follower.deliver(1, 8, "e\n", 10);
        follower.deliverEnd(1, 10, RunState::Succeeded, 0);
        follower.deliverEnd(1, 10, RunState::Succeeded, 0); // repeated: one end
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).toLongLong(), 10);
        QVERIFY(follower.hasEnded());
    }

    void latestAttemptFollowsARetryFromItsStart()
    {
        FedFollower follower(7, 0, 0);
        QSignalSpy changed(&follower, &LogFollower::attemptChanged);
        QList<QPair<int, QByteArray>> chunks;
        connect(&follower, &LogFollower::dataArrived, this, [&](int attempt, qint64, const QByteArray &data, qint64) {
            chunks.append({attempt, data});
        });
        follower.deliver(1, 0, "try 1\n", 6);
        QCOMPARE(follower.attempt(), 1);
        follower.deliverEnd(1, 6, RunState::Failed, 1);
        follower.deliver(2, 0, "try 2\n", 6);
        follower.deliver(1, 0, "try 1\n", 6); // late repeat of the old attempt: dropped
        QCOMPARE(changed.count(), 1);
        QCOMPARE(follower.attempt(), 2);
        QCOMPARE(chunks, (QList<QPair<int, QByteArray>>{{1, "try 1\n"}, {2, "try 2\n"}}));
        QVERIFY(!follower.hasEnded()); // the retry runs on
    }

    void pollingFollowsAnEmbeddedEngine()
    {
        QTemporaryDir data;
        EngineCore::Options options;
        options.dataDir = data.path();
        LocalEngine engine(options);
        auto started = engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 30'000);
        QVERIFY(started.result().isOk());

        const QString gate = data.filePath(u"gate"_qs);
        JobSpec spec;
        spec.name = u"slow"_qs;
        spec.command = {u"/bin/sh"_qs, u"-c"_qs,
                        u"echo one $((0+1)); while [ ! -e '%1' ]; do sleep 0.02; done; echo two $((1+1))"_qs.arg(gate)};
        auto created = engine.createJob(spec);
        QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), 30'000);
        QVERIFY(created.result().isOk());
        auto run = engine.runJobNow(spec.name);
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30'000);
        QVERIFY(run.result().isOk());

        LogFollower *follower = engine.followLog(run.result()->id, 1, 0, this);
        QVERIFY(qobject_cast<PollingLogFollower *>(follower));
        qobject_cast<PollingLogFollower *>(follower)->setInterval(20);
        QByteArray text;
        connect(follower, &LogFollower::dataArrived, this,
                [&](int, qint64, const QByteArray &data, qint64) { text += data; });
        QSignalSpy ended(follower, &LogFollower::ended);
        QTRY_VERIFY_WITH_TIMEOUT(text.contains("one 1"), 30'000);
        QVERIFY(!text.contains("two 2"));
        QVERIFY(ended.isEmpty());
        QFile(gate).open(QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30'000);
        QVERIFY(text.contains("two 2"));
        QCOMPARE(ended.first().at(2).value<RunState>(), RunState::Succeeded);
        QCOMPARE(ended.first().at(3).toInt(), 0);
        QCOMPARE(text.count("one 1\n"), 1);
        delete follower;
    }
};

QTEST_GUILESS_MAIN(tst_LogFollower)
#include "tst_logfollower.moc"
