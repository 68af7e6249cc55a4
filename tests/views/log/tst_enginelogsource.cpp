// EngineLogSource with an engine that pushes a growing log (as RemoteEngine does over its
// events socket): growth is reported from the pushed chunks, and reads of what was just pushed
// are answered from it without asking the engine again; other reads still go to the engine.
#include <engine/api/engineapi.h>
#include <engine/api/logfollower.h>
#include <views/log/enginelogsource.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Takt;

namespace {

/// Feeds a follower by hand, as RemoteEngine feeds it from socket frames.
class PushedFollower final : public LogFollower
{
public:
    using LogFollower::LogFollower;
    using LogFollower::deliver;
    using LogFollower::deliverEnd;
};

/// An engine whose log is "a\n" at first; it counts readLog calls and hands out the
/// follower it made so the test can push through it.
class PushEngine final : public EngineApi
{
public:
    int reads = 0;
    QByteArray file = "a\n";
    QPointer<PushedFollower> follower;

    QString displayName() const override { return u"push engine"_qs; }
    QFuture<Result<LogChunk>> readLog(RunId, int, qint64 offset, qint64 maxBytes) override
    {
        ++reads;
        LogChunk chunk;
        chunk.offset = offset;
        chunk.data = file.mid(offset, maxBytes);
        chunk.size = file.size();
        return QtFuture::makeReadyFuture(Result<LogChunk>(chunk));
    }
    LogFollower *followLog(RunId id, int attempt, qint64 offset, QObject *parent) override
    {
        follower = new PushedFollower(id, attempt, offset, parent);
        return follower;
    }

    template<typename T>
    static QFuture<Result<T>> unused()
    {
        return QtFuture::makeReadyFuture(Result<T>(makeError(ErrorCode::Internal, {}, u"not used here"_qs)));
    }
    QFuture<Result<QList<Job>>> jobs() override { return unused<QList<Job>>(); }
    QFuture<Result<Job>> job(const QString &) override { return unused<Job>(); }
    QFuture<Result<Job>> createJob(const JobSpec &) override { return unused<Job>(); }
    QFuture<Result<Job>> applyJob(const JobSpec &) override { return unused<Job>(); }
    QFuture<Result<void>> deleteJob(const QString &) override { return unused<void>(); }
    QFuture<Result<Job>> setJobPaused(const QString &, bool) override { return unused<Job>(); }
    QFuture<Result<RunRecord>> runJobNow(const QString &) override { return unused<RunRecord>(); }
    QFuture<Result<RunPage>> runs(const RunQuery &) override { return unused<RunPage>(); }
    QFuture<Result<RunRecord>> run(RunId) override { return unused<RunRecord>(); }
    QFuture<Result<QList<AttemptRecord>>> attempts(RunId) override { return unused<QList<AttemptRecord>>(); }
    QFuture<Result<RunRecord>> cancelRun(RunId) override { return unused<RunRecord>(); }
};

LogChunk readNow(EngineLogSource &source, qint64 offset, qint64 length)
{
    QFuture<Result<LogChunk>> future = source.read(offset, length);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10'000) || !future.result().isOk())
        return {};
    return future.result().value();
}

} // namespace

class tst_EngineLogSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pushedBytesAnswerReadsOfTheGrowingEnd()
    {
        PushEngine engine;
        EngineLogSource source(&engine, 1, 1);
        QCOMPARE(readNow(source, 0, 100).data, QByteArray("a\n"));
        QCOMPARE(engine.reads, 1);
        QCOMPARE(source.knownSize(), 2);

        QSignalSpy grown(&source, &LogSource::grown);
        source.watch();
        QVERIFY(engine.follower);
        QCOMPARE(engine.follower->nextOffset(), 2); // follows from what was read
        engine.file += "b\nc\n";
        engine.follower->deliver(1, 2, "b\nc\n", 6);
        QCOMPARE(grown.count(), 1);
        QCOMPARE(source.knownSize(), 6);

        const LogChunk tail = readNow(source, 2, 100);
        QCOMPARE(tail.data, QByteArray("b\nc\n"));
        QCOMPARE(tail.offset, 2);
        QCOMPARE(tail.size, 6);
        QCOMPARE(readNow(source, 4, 2).data, QByteArray("c\n"));
        QCOMPARE(engine.reads, 1); // both from the pushed bytes

        // Before what was pushed: the engine is asked.
        QCOMPARE(readNow(source, 0, 6).data, QByteArray("a\nb\nc\n"));
        QCOMPARE(engine.reads, 2);

        engine.follower->deliverEnd(1, 6, RunState::Succeeded, 0);
        QVERIFY(source.isFinished());
        QCOMPARE(grown.last().at(1).toBool(), true);
        const LogChunk last = readNow(source, 4, 100);
        QCOMPARE(last.data, QByteArray("c\n"));
        QVERIFY(last.finished);
    }
};

QTEST_GUILESS_MAIN(tst_EngineLogSource)
#include "tst_enginelogsource.moc"
