// The DAG editor as a user drives it with mouse and keyboard: tasks added from the palette,
// connected by dragging from port to node (self-edges and duplicates refused), edited in the side
// panel, moved, deleted, undone and redone; a cycle shown red on the canvas and in the bar;
// zoom and the layered "Arrange".
#include "dagtestsupport.h"

#include <views/dag/dagedgeitem.h>
#include <views/dag/dageditor.h>
#include <views/dag/dagnodeitem.h>
#include <views/dag/dagscene.h>
#include <views/dag/dagview.h>
#include <views/dag/palettebutton.h>
#include <views/dag/taskpanel.h>
#include <views/editor/commandedit.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

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

void typeCommand(DagEditor *editor, DagNodeItem *node, const QString &command)
{
    clickNode(editor->view(), node);
    QTRY_COMPARE(editor->taskPanel()->task().name, node->name());
    QPlainTextEdit *text = editor->taskPanel()->commandEdit()->textEdit();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(text, command);
}

} // namespace

class tst_DagEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawEditUndoRedo()
    {
        DagEditor editor;
        editor.resize(1200, 700);
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        DagScene *scene = editor.scene();
        DagView *view = editor.view();

        // Three tasks from the palette: the names are fresh, the kinds as chosen.
        clickAction(&editor, DagEditor::Action::AddCommand);
        scene->clearSelection();
        clickAction(&editor, DagEditor::Action::AddBranch);
        clickAction(&editor, DagEditor::Action::AddCommand);
        QCOMPARE(scene->nodes().size(), 3);
        DagNodeItem *first = scene->node(QStringLiteral("task1"));
        DagNodeItem *branch = scene->node(QStringLiteral("branch1"));
        DagNodeItem *last = scene->node(QStringLiteral("task2"));
        QVERIFY(first && branch && last);
        QCOMPARE(branch->kind(), TaskKind::Branch);
        QCOMPARE(editor.undoStack()->count(), 3);
        // New tasks have no command yet: that is a problem, named, and the task is marked.
        QVERIFY(first->hasError());
        QVERIFY(editor.problemBar()->isVisible());
        QVERIFY(editor.problemBar()->text().contains(QStringLiteral("task \"task1\" needs a command")));
        view->fitAll();

        // Connect by dragging from the output port to the next task.
        dragConnect(view, first, branch);
        dragConnect(view, branch, last);
        QCOMPARE(scene->edges().size(), 2);
        QVERIFY(scene->edge(QStringLiteral("task1"), QStringLiteral("branch1")));
        QVERIFY(scene->edge(QStringLiteral("branch1"), QStringLiteral("task2")));
        // A task to itself and an edge made twice are refused, with a word why.
        dragConnect(view, branch, branch);
        QCOMPARE(scene->edges().size(), 2);
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("dagHint"))->text().contains(QStringLiteral("itself")));
        dragConnect(view, first, branch);
        QCOMPARE(scene->edges().size(), 2);
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("dagHint"))->text().contains(QStringLiteral("already")));

        // Commands typed in the side panel; the problems go away.
        typeCommand(&editor, first, QStringLiteral("echo extract"));
        typeCommand(&editor, branch, QStringLiteral("echo next=task2 >> \"$TAKT_OUTPUT\""));
        typeCommand(&editor, last, QStringLiteral("echo load"));
        QTRY_VERIFY(editor.problems().isEmpty());
        QVERIFY(!editor.problemBar()->isVisible());
        QCOMPARE(editor.workflow().tasks.at(1).command,
                 QStringList({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                              QStringLiteral("echo next=task2 >> \"$TAKT_OUTPUT\"")}));
        // Typing a command is one undo step, not one per key.
        const int steps = editor.undoStack()->count();

        // Rename by keyboard: the edges follow the task.
        clickNode(view, first);
        QLineEdit *name = editor.taskPanel()->nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("extract"));
        QCOMPARE(first->name(), QStringLiteral("extract"));
        QVERIFY(scene->edge(QStringLiteral("extract"), QStringLiteral("branch1")));
        QCOMPARE(editor.undoStack()->count(), steps + 1);

        // A cycle: drawn, refused by validation, marked red on the canvas and named in the bar.
        dragConnect(view, last, first);
        QCOMPARE(scene->edges().size(), 3);
        QVERIFY(editor.problemBar()->isVisible());
        QVERIFY2(editor.problemBar()->text().contains(QStringLiteral("workflow.edges: cycle")),
                 qPrintable(editor.problemBar()->text()));
        QVERIFY(first->hasError() && branch->hasError() && last->hasError());
        QVERIFY(scene->edge(QStringLiteral("task2"), QStringLiteral("extract"))->hasError());
        view->fitAll();
        saveScreenshot(&editor, QStringLiteral("dag-editor-cycle.png"));

        // Ctrl+Z takes the edge back, Ctrl+Shift+Z makes it again.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scene->edges().size(), 2);
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(!first->hasError());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scene->edges().size(), 3);
        QVERIFY(first->hasError());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scene->edges().size(), 2);

        // Undo the rename: the old name is back, on the node, its edges and in the panel.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(first->name(), QStringLiteral("task1"));
        QVERIFY(scene->edge(QStringLiteral("task1"), QStringLiteral("branch1")));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(first->name(), QStringLiteral("extract"));

        // Delete the branch with the Delete key: its edges go with it; undo brings all back.
        clickNode(view, branch);
        QVERIFY(branch->isSelected());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(scene->nodes().size(), 2);
        QCOMPARE(scene->edges().size(), 0);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scene->nodes().size(), 3);
        QCOMPARE(scene->edges().size(), 2);
        branch = scene->node(QStringLiteral("branch1"));
        QVERIFY(branch);
        QCOMPARE(editor.workflow().tasks.at(1).name, QStringLiteral("branch1")); // back in its place

        // Move a node by dragging it; undo puts it back.
        const QPointF before = last->pos();
        const QPoint grab = onView(view, last->pos() + QPointF(-30, 0));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, grab);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view->viewport(), grab + QPoint(0, 20 * step));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, grab + QPoint(0, 100));
        QVERIFY(last->pos().y() > before.y() + 40);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(last->pos(), before);

        // Zoom: +/- keys and Ctrl+wheel; Fit shows everything.
        const double zoom = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > zoom);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY2(view->zoom() < zoom, qPrintable(QStringLiteral("%1 %2").arg(view->zoom()).arg(zoom)));
        QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        const double beforeWheel = view->zoom();
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > beforeWheel);
        clickAction(&editor, DagEditor::Action::Fit);
        const QRect visible = view->mapFromScene(scene->itemsBoundingRect()).boundingRect();
        QVERIFY(view->viewport()->rect().contains(visible));

        // Arrange: the layout runs off the GUI thread, then every edge points right; undoable.
        QSignalSpy arranged(&editor, &DagEditor::arranged);
        last->setPos(first->pos() - QPointF(400, 0)); // out of order on purpose
        clickAction(&editor, DagEditor::Action::Arrange);
        QVERIFY(arranged.wait(10000));
        for (DagEdgeItem *edge : scene->edges())
            QVERIFY(edge->from()->pos().x() < edge->to()->pos().x());
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Arrange"));
        saveScreenshot(&editor, QStringLiteral("dag-editor-arranged.png"));
    }

    void handlersTakeNoEdges()
    {
        DagEditor editor;
        editor.resize(1000, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString task = editor.addTask(TaskKind::Command);
        editor.scene()->clearSelection();
        const QString handler = editor.addTask(TaskKind::Handler);
        QVERIFY(!editor.connectTasks(task, handler));
        QVERIFY(editor.scene()->edges().isEmpty());
        // A handler has no output port to drag from.
        DagNodeItem *node = editor.scene()->node(handler);
        QVERIFY(!node->isOnOutputPort(node->outputPort()));

        // Named in the task's "on failure" field: a dotted link, and no problem once both have
        // commands. Renaming the handler renames it in that list too (and undo renames it back).
        editor.scene()->clearSelection();
        editor.scene()->node(task)->setSelected(true);
        auto *onFailure = editor.taskPanel()->findChild<QLineEdit *>(QStringLiteral("taskOnFailure"));
        QTest::keyClicks(onFailure, handler);
        QCOMPARE(editor.scene()->node(task)->task().onFailure, QStringList{handler});
        QCOMPARE(editor.scene()->handlerLinkCount(), 1);
        editor.scene()->clearSelection();
        node->setSelected(true);
        QLineEdit *name = editor.taskPanel()->nameEdit();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("undo-load"));
        QCOMPARE(editor.scene()->node(task)->task().onFailure, QStringList{QStringLiteral("undo-load")});
        QCOMPARE(editor.scene()->handlerLinkCount(), 1);
        editor.undoStack()->undo();
        QCOMPARE(node->name(), handler);
        QCOMPARE(editor.scene()->node(task)->task().onFailure, QStringList{handler});
    }

    void dropFromThePaletteAddsATaskThere()
    {
        // What a drag from a palette button carries, dropped on the canvas (QDrag's own loop
        // cannot be driven offscreen, so the drop events are sent as the window system would).
        DagEditor editor;
        editor.resize(1000, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *palette = editor.findChild<PaletteButton *>();
        QVERIFY(palette);
        QMimeData data;
        data.setData(PaletteButton::mimeType(), QByteArrayLiteral("branch"));
        QWidget *viewport = editor.view()->viewport();
        const QPoint at(300, 200);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(editor.scene()->nodes().size(), 1);
        DagNodeItem *node = editor.scene()->nodes().first();
        QCOMPARE(node->kind(), TaskKind::Branch);
        QVERIFY(QLineF(node->pos(), editor.view()->mapToScene(at)).length() < 2);
        QCOMPARE(editor.undoStack()->count(), 1);

        // Anything else is not taken.
        QMimeData text;
        text.setText(QStringLiteral("branch"));
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &other);
        QVERIFY(!other.isAccepted());
    }

    void loadsAndLaysOutAWorkflow()
    {
        WorkflowSpec spec;
        for (const char *name : {"report", "extract", "choose", "full", "delta"}) {
            TaskSpec task;
            task.name = QString::fromLatin1(name);
            task.command = {QStringLiteral("true")};
            task.kind = task.name == u"choose" ? TaskKind::Branch : TaskKind::Command;
            spec.tasks.append(task);
        }
        spec.edges = {{QStringLiteral("extract"), QStringLiteral("choose")}, {QStringLiteral("choose"), QStringLiteral("full")},
                      {QStringLiteral("choose"), QStringLiteral("delta")}, {QStringLiteral("full"), QStringLiteral("report")},
                      {QStringLiteral("delta"), QStringLiteral("report")}};
        spec.params = {{QStringLiteral("date"), QString()}};
        DagEditor editor;
        editor.resize(1000, 600);
        editor.show();
        QSignalSpy arranged(&editor, &DagEditor::arranged);
        editor.setWorkflow(spec);
        QVERIFY(arranged.wait(10000));
        QCOMPARE(editor.workflow(), spec);
        QCOMPARE(editor.undoStack()->count(), 0); // loading is not an edit
        for (DagEdgeItem *edge : editor.scene()->edges())
            QVERIFY(edge->from()->pos().x() < edge->to()->pos().x());
    }
};

QTEST_MAIN(tst_DagEditor)
#include "tst_dageditor.moc"
