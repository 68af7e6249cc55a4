// The workflow calls of EngineApi through RemoteEngine against a real ApiServer and EngineCore
// (HTTP on 127.0.0.1): what a console attached to a remote engine relies on — task runs,
// the run's spec and tasks, parameters, re-run and backfill, with errors keeping their field.

#include <engine/api/remoteengine.h>
#include <engine/scheduler/enginecore.h>
#include <engine/server/apiserver.h>
#include <engine/workflow/workflow.h>

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30'000);
    return future.result();
}

} // namespace

class TestWorkflowRemote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EngineCore> m_core;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<RemoteEngine> m_engine;

    bool isDone(RunId id)
    {
        const auto run = await(m_engine->run(id));
        return run.isOk() && isFinal(run->state);
    }

private Q_SLOTS:
    void initTestCase()
    {
        EngineCore::Options options;
        options.dataDir = m_dir.path();
        m_core = std::make_unique<EngineCore>(options);
        const Result<void> started = m_core->start();
        QVERIFY2(started.isOk(), qPrintable(started.error().toString()));
        m_server = std::make_unique<ApiServer>(m_core.get(), u"s3cret"_qs);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).isOk());
        m_engine = std::make_unique<RemoteEngine>(m_server->url(), u"s3cret"_qs);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_server.reset();
        m_core.reset();
    }

    void workflowRunOverHttp()
    {
        const auto spec = jobSpecFromJson(QJsonDocument::fromJson(R"({"name": "remote-wf", "workflow": {
            "params": {"who": "world"}, "tasks": [
            {"name": "hello", "command": "echo greeting=hello-$TAKT_PARAM_WHO >> $TAKT_OUTPUT"},
            {"name": "fail", "command": "exit 2"},
            {"name": "after", "command": "true"}],
            "edges": [{"from": "hello", "to": "fail"}, {"from": "fail", "to": "after"}]}})").object());
        QVERIFY(spec.isOk());
        const auto job = await(m_engine->applyJob(spec.value()));
        QVERIFY2(job.isOk(), qPrintable(job.error().toString()));
        QCOMPARE(job->spec.workflow->tasks.size(), 3); // the workflow survives the round trip

        const auto badParam = await(m_engine->runJobNow(u"remote-wf"_qs, {{u"whom"_qs, u"x"_qs}}));
        QCOMPARE(badParam.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(badParam.error().field, u"params.whom"_qs);

        const auto run = await(m_engine->runJobNow(u"remote-wf"_qs, {{u"who"_qs, u"remote"_qs}}));
        QVERIFY2(run.isOk(), qPrintable(run.error().toString()));
        QCOMPARE(run->params.value(u"who"_qs), u"remote"_qs);
        // Re-running a run that has not ended is a conflict.
        const auto early = await(m_engine->rerunWorkflow(run->id));
        if (!early.isOk())
            QCOMPARE(early.error().code, ErrorCode::Conflict);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(run->id), 20'000);

        const auto detail = await(m_engine->workflowRun(run->id));
        QVERIFY2(detail.isOk(), qPrintable(detail.error().toString()));
        QCOMPARE(runStateName(detail->run.state), u"failed"_qs);
        QCOMPARE(detail->spec.workflow->tasks.size(), 3);
        QCOMPARE(detail->tasks.size(), 3);
        QCOMPARE(detail->tasks[0].task, u"hello"_qs);
        QCOMPARE(detail->tasks[0].outputs.value(u"greeting"_qs), u"hello-remote"_qs);
        QCOMPARE(runStateName(detail->tasks[2].state), u"upstream_failed"_qs);
        const auto tasks = await(m_engine->taskRuns(run->id));
        QVERIFY(tasks.isOk());
        QCOMPARE(tasks->size(), 3);
        QCOMPARE(tasks->at(1).parentRunId, run->id);
        // A task run has a log like any run.
        QVERIFY(await(m_engine->readLog(tasks->at(1).id, 0, 0, 1 << 16)).isOk());

        RunQuery query;
        query.jobName = u"remote-wf"_qs;
        QCOMPARE(await(m_engine->runs(query))->runs.size(), 1);
        query.includeTasks = true;
        QCOMPARE(await(m_engine->runs(query))->runs.size(), 4);

        const auto unknownTask = await(m_engine->rerunWorkflow(run->id, u"nope"_qs));
        QCOMPARE(unknownTask.error().code, ErrorCode::NotFound);
        QCOMPARE(unknownTask.error().field, u"task"_qs);
        const auto again = await(m_engine->rerunWorkflow(run->id, u"after"_qs));
        QVERIFY2(again.isOk(), qPrintable(again.error().toString()));
        QCOMPARE(again->rerunOf, run->id);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(again->id), 20'000);
        // "fail" was kept as it ended, so "after" cannot run again either.
        QCOMPARE(runStateName(await(m_engine->run(again->id))->state), u"failed"_qs);
        const auto rerunDetail = await(m_engine->workflowRun(again->id));
        QCOMPARE(rerunDetail->tasks[1].state, RunState::Failed);
        QVERIFY(rerunDetail->tasks[1].current.reason.startsWith(u"kept from run"));
        QCOMPARE(rerunDetail->tasks[2].state, RunState::UpstreamFailed);

        const auto notWorkflow = await(m_engine->workflowRun(tasks->at(0).id));
        QCOMPARE(notWorkflow.error().code, ErrorCode::InvalidArgument);
    }

    void backfillOverHttp()
    {
        JobSpec spec;
        spec.name = u"remote-hourly"_qs;
        spec.schedule = u"0 * * * *"_qs;
        spec.timeZone = u"UTC"_qs;
        spec.command = {u"true"_qs};
        QVERIFY(await(m_engine->applyJob(spec)).isOk());
        const qint64 from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const auto made = await(m_engine->backfill(spec.name, from, from + 2 * 3600'000, 1));
        QVERIFY2(made.isOk(), qPrintable(made.error().toString()));
        QCOMPARE(made->runs.size(), 3);
        QCOMPARE(made->runs[0].trigger, RunTrigger::Backfill);
        QCOMPARE(made->runs[0].parallelLimit, 1);
        const auto again = await(m_engine->backfill(spec.name, from, from + 2 * 3600'000, 1));
        QCOMPARE(again->runs.size(), 0);
        QCOMPARE(again->existing, 3);
        const auto reversed = await(m_engine->backfill(spec.name, from, from - 1, 1));
        QCOMPARE(reversed.error().field, u"to"_qs);
        const auto missing = await(m_engine->backfill(u"nojob"_qs, from, from, 1));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRemote)
#include "tst_workflowremote.moc"
