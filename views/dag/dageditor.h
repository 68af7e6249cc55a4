#pragma once
// DagEditor: the workflow editor — a palette of task kinds, the canvas (connect by dragging,
// move, delete, zoom, pan), a side panel for the selected task or the workflow, an undo stack
// for every edit, "Arrange" (the layered layout, computed off the GUI thread) and a bar with
// the validation problems, which are also marked red on the canvas.

#include <engine/core/workflowspec.h>

#include <views/dag/dagproblems.h>

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QStackedWidget;
class QToolBar;
class QUndoStack;
QT_END_NAMESPACE

namespace Takt {

class DagScene;
class DagView;
class TaskPanel;
class WorkflowPanel;

class DagEditor final : public QWidget
{
    Q_OBJECT
public:
    enum class Action { AddCommand, AddBranch, AddWorkflow, AddHandler, Delete, Arrange, ZoomIn, ZoomOut, Fit, Undo, Redo };

    explicit DagEditor(QWidget *parent = nullptr);
    ~DagEditor() override;

    /// Shows `spec` laid out afresh; the undo history starts over.
    void setWorkflow(const WorkflowSpec &spec);
    /// The workflow as edited (tasks in the order they were added).
    WorkflowSpec workflow() const;
    /// The problems of the workflow as it is now (also shown in the bar and on the canvas).
    const DagProblems &problems() const { return m_problems; }

    DagScene *scene() const { return m_scene; }
    DagView *view() const { return m_view; }
    TaskPanel *taskPanel() const { return m_taskPanel; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *action(Action which) const;
    QLabel *problemBar() const { return m_problemBar; }

public Q_SLOTS:
    /// Adds a task of `kind` with a fresh name next to the selected one (or centred on `at`)
    /// and selects it; returns its name.
    QString addTask(Takt::TaskKind kind);
    QString addTaskAt(Takt::TaskKind kind, const QPointF &at);
    /// Deletes the selected tasks and edges.
    void deleteSelection();
    /// Lays the graph out again (off the GUI thread); arranged() follows.
    void arrange();
    /// Connects two tasks as an undoable edit; refuses (with a message) a task to itself, an
    /// edge that exists, and handlers. Returns whether the edge was made.
    bool connectTasks(const QString &from, const QString &to);

Q_SIGNALS:
    /// Any edit, undo or redo.
    void changed();
    /// A layout has been applied.
    void arranged();

private:
    void createActions();
    void onSelectionChanged();
    void onTaskEdited(const TaskSpec &task, const QString &field);
    void applySettings(const WorkflowSpec &settings);
    void revalidate();
    void showHint(const QString &message);
    QPointF freeSpot() const;

    DagScene *m_scene = nullptr;
    DagView *m_view = nullptr;
    QUndoStack *m_undo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_panels = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    WorkflowPanel *m_workflowPanel = nullptr;
    QLabel *m_problemBar = nullptr;
    QLabel *m_hint = nullptr;
    QList<QAction *> m_actions;
    WorkflowSpec m_settings;        // params, maxParallel, onFailure; tasks and edges live in the scene
    DagProblems m_problems;
    QString m_panelTask;            // the task the side panel shows
    int m_layoutGeneration = 0;
    bool m_recordLayout = true;     // false for the first layout of setWorkflow(): not an edit
};

} // namespace Takt
