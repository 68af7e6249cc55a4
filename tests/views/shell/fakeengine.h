#pragma once
// FakeEngine: an EngineApi for shell tests. It answers runs() with the page it is given,
// refuses everything else, and lets a test emit runChanged as an engine would.

#include <engine/api/engineapi.h>

#include <QFuture>

namespace Takt {

class FakeEngine final : public EngineApi
{
    Q_OBJECT
public:
    using EngineApi::EngineApi;

    QString name = QStringLiteral("Fake engine — /tmp/fake");
    RunPage runningPage;
    int runsCalls = 0;

    static RunRecord run(RunId id, RunState state, int attempt = 1, const QString &reason = {})
    {
        RunRecord record;
        record.id = id;
        record.jobId = 1;
        record.jobName = QStringLiteral("backup");
        record.state = state;
        record.current.attempt = attempt;
        record.current.state = state;
        record.current.reason = reason;
        return record;
    }

    QString displayName() const override { return name; }
    QFuture<Result<QList<Job>>> jobs() override { return refuse<QList<Job>>(); }
    QFuture<Result<Job>> job(const QString &) override { return refuse<Job>(); }
    QFuture<Result<Job>> createJob(const JobSpec &) override { return refuse<Job>(); }
    QFuture<Result<Job>> applyJob(const JobSpec &) override { return refuse<Job>(); }
    QFuture<Result<void>> deleteJob(const QString &) override { return refuse<void>(); }
    QFuture<Result<Job>> setJobPaused(const QString &, bool) override { return refuse<Job>(); }
    QFuture<Result<RunRecord>> runJobNow(const QString &) override { return refuse<RunRecord>(); }
    QFuture<Result<RunPage>> runs(const RunQuery &) override
    {
        ++runsCalls;
        return QtFuture::makeReadyFuture(Result<RunPage>(runningPage));
    }
    QFuture<Result<RunRecord>> run(RunId) override { return refuse<RunRecord>(); }
    QFuture<Result<QList<AttemptRecord>>> attempts(RunId) override { return refuse<QList<AttemptRecord>>(); }
    QFuture<Result<RunRecord>> cancelRun(RunId) override { return refuse<RunRecord>(); }
    QFuture<Result<LogChunk>> readLog(RunId, int, qint64, qint64) override { return refuse<LogChunk>(); }

private:
    template<typename T>
    static QFuture<Result<T>> refuse()
    {
        return QtFuture::makeReadyFuture(Result<T>(makeError(ErrorCode::Unavailable, {}, QStringLiteral("fake"))));
    }
};

} // namespace Takt
