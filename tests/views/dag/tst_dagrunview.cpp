// The DAG run view on a remote engine (RemoteEngine → a real ApiServer over 127.0.0.1 → a real
// EngineCore): a workflow whose middle task fails shows each task in its state (succeeded,
// failed, upstream failed, the failure handler succeeded), Gantt bars for the tasks that ran and
// none for the one that never started, the outputs; a click on the failed task asks for its log;
// "Re-run failed tasks" starts a re-run that succeeds; a sub-workflow task opens the run it started.
#include "dagtestsupport.h"

#include <engine/api/remoteengine.h>
#include <engine/scheduler/enginecore.h>
#include <engine/server/apiserver.h>
#include <views/common/runstatestyle.h>
#include <views/dag/dagedgeitem.h>
#include <views/dag/dagnodeitem.h>
#include <views/dag/dagrunview.h>
#include <views/dag/dagscene.h>
#include <views/dag/ganttchart.h>

#include <QAction>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Takt;
using namespace DagTest;

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

TaskSpec shellTask(const QString &name, const QString &script, TaskKind kind = TaskKind::Command)
{
    TaskSpec task;
    task.name = name;
    task.kind = kind;
    task.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    return task;
}

std::optional<RunState> stateOf(DagRunView &view, const char *task)
{
    DagNodeItem *node = view.scene()->node(QString::fromLatin1(task));
    return node ? node->state() : std::nullopt;
}

} // namespace

class tst_DagRunView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // each test on a fresh engine
        QVERIFY(m_dir->isValid());
        EngineCore::Options options;
        options.dataDir = m_dir->path();
        m_core = std::make_unique<EngineCore>(options);
        const Result<void> started = m_core->start();
        QVERIFY2(started.isOk(), qPrintable(started.error().toString()));
        m_server = std::make_unique<ApiServer>(m_core.get(), QStringLiteral("s3cret"));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).isOk());
        m_remote = std::make_unique<RemoteEngine>(m_server->url(), QStringLiteral("s3cret"));
    }

    void cleanup()
    {
        m_remote.reset();
        m_server.reset();
        m_core.reset();
        m_dir.reset();
    }

    void failedRunOnARemoteEngineAndItsRerun()
    {
        const QTemporaryDir &dir = *m_dir;
        RemoteEngine &remote = *m_remote;

        // check fails the first time only (it leaves a mark), so a re-run succeeds.
        const QString mark = dir.filePath(QStringLiteral("checked-once"));
        WorkflowSpec workflow;
        workflow.tasks = {
            shellTask(QStringLiteral("extract"), QStringLiteral("echo rows=42 >> \"$TAKT_OUTPUT\"")),
            shellTask(QStringLiteral("check"),
                      QStringLiteral("test -f '%1' || { touch '%1'; echo bad rows >&2; exit 3; }").arg(mark)),
            shellTask(QStringLiteral("report"), QStringLiteral("echo report")),
            shellTask(QStringLiteral("undo"), QStringLiteral("echo undo"), TaskKind::Handler),
        };
        workflow.tasks[1].onFailure = {QStringLiteral("undo")};
        workflow.edges = {{QStringLiteral("extract"), QStringLiteral("check")},
                          {QStringLiteral("check"), QStringLiteral("report")}};
        JobSpec spec;
        spec.name = QStringLiteral("nightly-etl");
        spec.timeZone = QStringLiteral("UTC");
        spec.workflow = workflow;
        const Result<Job> created = await(remote.createJob(spec));
        QVERIFY2(created.isOk(), qPrintable(created.error().toString()));
        const Result<RunRecord> run = await(remote.runJobNow(spec.name));
        QVERIFY2(run.isOk(), qPrintable(run.error().toString()));

        DagRunView view(&remote, run.value().id);
        view.resize(1100, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 20000);
        QCOMPARE(view.scene()->nodes().size(), 4);
        QCOMPARE(view.scene()->edges().size(), 2);
        QCOMPARE(view.scene()->handlerLinkCount(), 1); // check ⇢ undo, drawn dotted, not an edge
        // Live events and, where none come, asking again until the run is over.
        QTRY_VERIFY_WITH_TIMEOUT(isFinal(view.detail().run.state), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, "undo"), std::optional<RunState>(RunState::Succeeded), 20000);
        QCOMPARE(view.detail().run.state, RunState::Failed);
        // Events that came before the view's socket was up are made good by one more read.
        QTRY_COMPARE(stateOf(view, "extract"), std::optional<RunState>(RunState::Succeeded));
        QTRY_COMPARE(stateOf(view, "check"), std::optional<RunState>(RunState::Failed));
        QTRY_COMPARE(stateOf(view, "report"), std::optional<RunState>(RunState::UpstreamFailed));
        QCOMPARE(view.scene()->node(QStringLiteral("check"))->fillColor(), RunStateStyle::color(RunState::Failed));
        QCOMPARE(view.scene()->node(QStringLiteral("report"))->fillColor(),
                 RunStateStyle::color(RunState::UpstreamFailed));

        QStringList bars;
        for (const GanttBar &bar : view.gantt()->bars())
            bars.append(bar.task);
        QCOMPARE(bars, QStringList({QStringLiteral("extract"), QStringLiteral("check"), QStringLiteral("undo")}));
        QVERIFY(view.gantt()->barRect(QStringLiteral("report")).isEmpty());
        QVERIFY(view.details()->findItems(QStringLiteral("rows"), Qt::MatchRecursive).size() == 1);
        saveScreenshot(&view, QStringLiteral("workflow-run-failed.png"));

        // A click on the failed task asks for its log (the main window opens it in a tab).
        QSignalSpy openLog(&view, &DagRunView::openLogRequested);
        view.view()->fitAll();
        clickNode(view.view(), view.scene()->node(QStringLiteral("check")));
        QCOMPARE(openLog.count(), 1);
        QCOMPARE(openLog.first().at(0).value<RunId>(), view.taskRun(QStringLiteral("check")).id);

        // Re-run the failed tasks: a new run, which succeeds this time.
        QVERIFY(view.rerunFailedAction()->isEnabled());
        QSignalSpy rerun(&view, &DagRunView::openWorkflowRunRequested);
        view.rerunFailedAction()->trigger();
        QVERIFY(rerun.wait(20000));
        const RunId again = rerun.first().at(0).value<RunId>();
        QVERIFY(again != run.value().id);
        DagRunView second(&remote, again);
        QTRY_VERIFY_WITH_TIMEOUT(second.isLoaded(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(second.detail().run.state, RunState::Succeeded, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second, "report"), std::optional<RunState>(RunState::Succeeded), 20000);
        QCOMPARE(stateOf(second, "check"), std::optional<RunState>(RunState::Succeeded));
    }

    void subWorkflowTaskOpensItsRun()
    {
        RemoteEngine &remote = *m_remote;
        JobSpec child;
        child.name = QStringLiteral("child-flow");
        child.timeZone = QStringLiteral("UTC");
        child.workflow = WorkflowSpec{};
        child.workflow->tasks = {shellTask(QStringLiteral("inner"), QStringLiteral("echo inner"))};
        QVERIFY(await(remote.createJob(child)).isOk());
        JobSpec parent;
        parent.name = QStringLiteral("parent-flow");
        parent.timeZone = QStringLiteral("UTC");
        parent.workflow = WorkflowSpec{};
        TaskSpec sub;
        sub.name = QStringLiteral("sub");
        sub.kind = TaskKind::Workflow;
        sub.workflow = child.name;
        parent.workflow->tasks = {shellTask(QStringLiteral("prepare"), QStringLiteral("echo prepare")), sub};
        parent.workflow->edges = {{QStringLiteral("prepare"), QStringLiteral("sub")}};
        const Result<Job> created = await(remote.createJob(parent));
        QVERIFY2(created.isOk(), qPrintable(created.error().toString()));
        const Result<RunRecord> run = await(remote.runJobNow(parent.name));
        QVERIFY(run.isOk());

        DagRunView view(&remote, run.value().id);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(view.detail().run.state, RunState::Succeeded, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, "sub"), std::optional<RunState>(RunState::Succeeded), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 20000);

        // A click on the sub-workflow task opens the workflow run it started, not a log.
        QSignalSpy openRun(&view, &DagRunView::openWorkflowRunRequested);
        QSignalSpy openLog(&view, &DagRunView::openLogRequested);
        view.view()->fitAll();
        clickNode(view.view(), view.scene()->node(QStringLiteral("sub")));
        QVERIFY(openRun.wait(20000));
        QCOMPARE(openLog.count(), 0);
        DagRunView childView(&remote, openRun.first().at(0).value<RunId>());
        QTRY_VERIFY_WITH_TIMEOUT(childView.isLoaded(), 20000);
        QCOMPARE(childView.detail().run.jobName, child.name);
        QCOMPARE(childView.detail().run.parentRunId, view.taskRun(QStringLiteral("sub")).id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(childView, "inner"), std::optional<RunState>(RunState::Succeeded), 20000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineCore> m_core;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<RemoteEngine> m_remote;
};

QTEST_MAIN(tst_DagRunView)
#include "tst_dagrunview.moc"
