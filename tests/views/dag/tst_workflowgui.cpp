// A workflow made and run from the desktop console, on a real embedded engine: three tasks
// (one a branch) added from the palette, connected by mouse drags, named and given commands by
// keyboard, a parameter declared; a cycle drawn by mistake shown on the canvas and undone; the
// job saved and run; the run view shows each task coloured by its live state (running, then
// succeeded, the branch not taken skipped), a Gantt bar for each task that ran and none for the
// skipped one, the parameter and the branch's output; a click on a task opens its log.
#include "dagtestsupport.h"

#include <engine/api/localengine.h>
#include <views/common/runstatestyle.h>
#include <views/dag/dagedgeitem.h>
#include <views/dag/dageditor.h>
#include <views/dag/dagnodeitem.h>
#include <views/dag/dagrunview.h>
#include <views/dag/dagscene.h>
#include <views/dag/ganttchart.h>
#include <views/dag/taskpanel.h>
#include <views/editor/commandedit.h>
#include <views/editor/environmentedit.h>
#include <views/editor/jobeditor.h>
#include <views/jobs/jobsview.h>
#include <views/log/logdocument.h>
#include <views/log/logviewer.h>
#include <views/main/mainwindow.h>
#include <views/runs/runsmodel.h>
#include <views/runs/runsview.h>
#include <views/shell/closebehaviour.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Takt;
using namespace DagTest;

namespace {

void clickAction(DagEditor *editor, DagEditor::Action which)
{
    // The toolbar's button for the action (palette entries are buttons of their own).
    QAction *action = editor->action(which);
    QToolButton *button = nullptr;
    for (QToolButton *candidate : editor->findChild<QToolBar *>()->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == action)
            button = candidate;
    }
    QVERIFY2(button, qPrintable(action->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Selects the task by a click and types its name and command in the side panel.
void nameAndCommand(DagEditor *editor, DagNodeItem *node, const QString &name, const QString &command)
{
    clickNode(editor->view(), node);
    QTRY_COMPARE(editor->taskPanel()->task().name, node->name());
    QLineEdit *nameEdit = editor->taskPanel()->nameEdit();
    nameEdit->setFocus();
    QTest::keyClick(nameEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(nameEdit, name);
    QPlainTextEdit *text = editor->taskPanel()->commandEdit()->textEdit();
    text->setFocus();
    QTest::keyClicks(text, command);
    QCOMPARE(node->name(), name);
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name, const QString &value)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == name && (*it)->text(1) == value)
            return *it;
    }
    return nullptr;
}

} // namespace

class tst_WorkflowGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawRunAndWatchAWorkflow()
    {
        QTemporaryDir data;
        EngineCore::Options options;
        options.dataDir = data.path();
        LocalEngine engine(options);
        auto started = engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 20000);
        QVERIFY(started.result().isOk());

        MainWindow window(&engine, data.path(), true);
        window.closeBehaviour()->setAsker([](QWidget *) { return CloseBehaviour::Answer{}; });
        window.resize(1300, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // New job; on the Command page, "The job runs: a workflow" swaps in the DAG editor.
        window.jobsView()->action(JobsView::Action::New)->trigger();
        JobEditor *editor = window.openEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QApplication::setActiveWindow(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("etl-demo"));
        auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        auto *kind = editor->findChild<QComboBox *>(QStringLiteral("jobKind"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QVERIFY(editor->isWorkflow());
        DagEditor *dag = editor->dagEditor();
        QTRY_VERIFY(dag->isVisible());
        QCOMPARE(tabs->tabText(1), QStringLiteral("Wor&kflow"));
        QPushButton *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no task yet

        // Three tasks from the palette: a branch and the two tasks it chooses between.
        clickAction(dag, DagEditor::Action::AddBranch);
        clickAction(dag, DagEditor::Action::AddCommand); // placed right of the selected branch
        clickNode(dag->view(), dag->scene()->node(QStringLiteral("branch1")));
        clickAction(dag, DagEditor::Action::AddCommand); // right of it again, below the first
        QCOMPARE(dag->scene()->nodes().size(), 3);
        DagNodeItem *choose = dag->scene()->node(QStringLiteral("branch1"));
        DagNodeItem *full = dag->scene()->node(QStringLiteral("task1"));
        DagNodeItem *delta = dag->scene()->node(QStringLiteral("task2"));
        QVERIFY(choose && full && delta);
        dag->view()->fitAll();
        dragConnect(dag->view(), choose, full);
        dragConnect(dag->view(), choose, delta);
        QCOMPARE(dag->scene()->edges().size(), 2);

        nameAndCommand(dag, choose, QStringLiteral("choose"),
                       QStringLiteral("echo choosing; echo next=load_full >> \"$TAKT_OUTPUT\""));
        nameAndCommand(dag, full, QStringLiteral("load_full"),
                       QStringLiteral("sleep 2; echo loading everything for $TAKT_PARAM_REGION"));
        nameAndCommand(dag, delta, QStringLiteral("load_delta"), QStringLiteral("echo loading changes"));

        // A parameter with its default, typed in the workflow's panel (nothing selected).
        dag->scene()->clearSelection();
        auto *params = dag->findChild<EnvironmentEdit *>(QStringLiteral("params"));
        QTRY_VERIFY(params->isVisible());
        params->addRow();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("region"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        params->table()->setCurrentCell(0, 1);
        params->table()->editItem(params->table()->item(0, 1));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("eu"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(dag->workflow().params.value(QStringLiteral("region")), QStringLiteral("eu"));
        QTRY_VERIFY(ok->isEnabled());

        // A slip of the mouse: load_full → choose closes a cycle. The canvas and the bar say so
        // and the job cannot be saved; Ctrl+Z takes it back, Ctrl+Shift+Z and Ctrl+Z again.
        dragConnect(dag->view(), full, choose);
        QVERIFY(dag->problemBar()->isVisible());
        QCOMPARE(dag->problemBar()->text(), QStringLiteral("workflow.edges: cycle choose → load_full → choose"));
        QVERIFY(choose->hasError() && full->hasError() && !delta->hasError());
        QVERIFY(dag->scene()->edge(QStringLiteral("load_full"), QStringLiteral("choose"))->hasError());
        QVERIFY(!ok->isEnabled());
        saveScreenshot(editor, QStringLiteral("workflow-editor-cycle.png"));
        dag->view()->setFocus();
        QTest::keyClick(dag->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!dag->problemBar()->isVisible());
        QVERIFY(!choose->hasError());
        QTest::keyClick(dag->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(choose->hasError());
        QTest::keyClick(dag->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dag->scene()->edges().size(), 2);
        QTRY_VERIFY(ok->isEnabled());

        QSignalSpy arranged(dag, &DagEditor::arranged);
        clickAction(dag, DagEditor::Action::Arrange);
        QVERIFY(arranged.wait(10000));
        clickNode(dag->view(), full);
        saveScreenshot(editor, QStringLiteral("workflow-editor.png"));

        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.openEditor(), 20000);
        auto stored = engine.job(QStringLiteral("etl-demo"));
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 20000);
        QVERIFY(stored.result().isOk());
        const JobSpec spec = stored.result().value().spec;
        QVERIFY(spec.workflow);
        QCOMPARE(spec.workflow->tasks.size(), 3);
        QCOMPARE(spec.workflow->tasks.at(0).kind, TaskKind::Branch);
        QCOMPARE(spec.workflow->edges.size(), 2);
        QCOMPARE(spec.workflow->params.value(QStringLiteral("region")), QStringLiteral("eu"));

        // Run it from the jobs panel; open the run from the runs panel while it runs.
        window.jobsView()->selectJob(QStringLiteral("etl-demo"));
        QTRY_VERIFY(window.jobsView()->currentJob().isValid());
        window.jobsView()->action(JobsView::Action::RunNow)->trigger();
        window.showRuns();
        RunsModel *runs = window.runsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowCount() == 1, 20000);
        const RunId id = runs->index(0, 0).data(RunsModel::RunIdRole).toLongLong();
        window.runsView()->tableView()->setCurrentIndex(runs->index(0, 0));
        window.runsView()->action(RunsView::Action::OpenLog)->trigger();
        DagRunView *view = window.workflowRunView(id);
        QVERIFY(view);
        QCOMPARE(window.tabs()->currentWidget(), view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 20000);
        DagScene *scene = view->scene();
        QCOMPARE(scene->nodes().size(), 3);

        // Live: load_full runs (its sleep keeps it there) with a bar growing in the Gantt chart.
        QTRY_COMPARE_WITH_TIMEOUT(scene->node(QStringLiteral("load_full"))->state(),
                                  std::optional<RunState>(RunState::Running), 20000);
        QCOMPARE(scene->node(QStringLiteral("load_full"))->fillColor(), RunStateStyle::color(RunState::Running));
        QVERIFY(!view->gantt()->barRect(QStringLiteral("load_full")).isEmpty());
        for (const GanttBar &bar : view->gantt()->bars()) {
            if (bar.task == u"load_full")
                QCOMPARE(bar.finishedAt, 0);
        }
        const double runningWidth = view->gantt()->barRect(QStringLiteral("load_full")).width();
        saveScreenshot(view, QStringLiteral("workflow-run-live.png"));

        // The end: the branch and the task it chose succeeded, the other was skipped.
        QTRY_COMPARE_WITH_TIMEOUT(view->detail().run.state, RunState::Succeeded, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(scene->node(QStringLiteral("load_full"))->state(),
                                  std::optional<RunState>(RunState::Succeeded), 20000);
        QCOMPARE(scene->node(QStringLiteral("choose"))->state(), std::optional<RunState>(RunState::Succeeded));
        QCOMPARE(scene->node(QStringLiteral("load_delta"))->state(), std::optional<RunState>(RunState::Skipped));
        QCOMPARE(scene->node(QStringLiteral("choose"))->fillColor(), RunStateStyle::color(RunState::Succeeded));
        QCOMPARE(scene->node(QStringLiteral("load_full"))->fillColor(), RunStateStyle::color(RunState::Succeeded));
        QCOMPARE(scene->node(QStringLiteral("load_delta"))->fillColor(), RunStateStyle::color(RunState::Skipped));

        // Gantt: a bar for each task that ran, in order, none for the skipped one.
        QStringList barTasks;
        for (const GanttBar &bar : view->gantt()->bars()) {
            barTasks.append(bar.task);
            QCOMPARE(bar.state, RunState::Succeeded);
            QVERIFY(bar.finishedAt >= bar.startedAt);
        }
        QCOMPARE(barTasks, QStringList({QStringLiteral("choose"), QStringLiteral("load_full")}));
        QVERIFY(view->gantt()->barRect(QStringLiteral("load_delta")).isEmpty());
        const QRectF chooseBar = view->gantt()->barRect(QStringLiteral("choose"));
        const QRectF fullBar = view->gantt()->barRect(QStringLiteral("load_full"));
        const QList<GanttBar> ended = view->gantt()->bars();
        QVERIFY(ended.at(0).finishedAt <= ended.at(1).startedAt); // load_full started after choose ended
        QVERIFY(chooseBar.left() <= fullBar.left());
        QVERIFY(fullBar.width() > chooseBar.width());     // and took longer (it sleeps)
        QVERIFY(fullBar.width() >= runningWidth * 0.5);

        // The run's parameter and the branch's output.
        QVERIFY(findItem(view->details(), QStringLiteral("region"), QStringLiteral("eu")));
        QVERIFY(findItem(view->details(), QStringLiteral("next"), QStringLiteral("load_full")));
        saveScreenshot(&window, QStringLiteral("workflow-run.png"));

        // A click on a task opens its log in a log tab.
        const RunId fullRun = view->taskRun(QStringLiteral("load_full")).id;
        QVERIFY(fullRun > 0);
        view->view()->fitAll();
        QTest::mouseClick(view->view()->viewport(), Qt::LeftButton, {},
                          view->view()->mapFromScene(scene->node(QStringLiteral("load_full"))->pos()));
        LogViewer *log = window.logViewer(fullRun);
        QVERIFY(log);
        QCOMPARE(window.tabs()->currentWidget(), log);
        QTRY_VERIFY_WITH_TIMEOUT(log->document()->isComplete(), 20000);
        auto text = log->document()->plainText(0, log->document()->lineCount() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(text.isFinished(), 20000);
        QVERIFY2(text.result().text.contains(QStringLiteral("loading everything for eu")),
                 qPrintable(text.result().text));
    }
};

QTEST_MAIN(tst_WorkflowGui)
#include "tst_workflowgui.moc"
