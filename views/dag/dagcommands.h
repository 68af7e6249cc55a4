#pragma once
// The undoable edits of the DAG editor: add, remove, move, connect and edit tasks, and change
// the workflow's own settings. Each works on the DagScene by task name, so commands stay valid
// after the items they touched were deleted and made again by other undos.

#include <engine/core/workflowspec.h>

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

#include <functional>

namespace Takt {

class DagScene;

class AddTaskCommand final : public QUndoCommand
{
public:
    AddTaskCommand(DagScene *scene, const TaskSpec &task, const QPointF &centre);
    void redo() override;
    void undo() override;

private:
    DagScene *m_scene;
    TaskSpec m_task;
    QPointF m_centre;
};

/// Removes tasks (with all their edges) and edges.
class RemoveCommand final : public QUndoCommand
{
public:
    RemoveCommand(DagScene *scene, const QStringList &tasks, const QList<WorkflowEdge> &edges);
    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        TaskSpec task;
        QPointF centre;
        int index = 0;
    };
    DagScene *m_scene;
    QList<Removed> m_tasks;     // in scene order, so undo puts each back at its index
    QList<WorkflowEdge> m_edges; // those given and those of the removed tasks
};

class MoveTasksCommand final : public QUndoCommand
{
public:
    /// `done`: the nodes are already at `after` (a mouse drag), so the first redo does nothing.
    MoveTasksCommand(DagScene *scene, const QHash<QString, QPointF> &before, const QHash<QString, QPointF> &after,
                     bool done, const QString &text);
    void redo() override;
    void undo() override;

private:
    DagScene *m_scene;
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
    bool m_skipRedo;
};

class ConnectCommand final : public QUndoCommand
{
public:
    ConnectCommand(DagScene *scene, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    DagScene *m_scene;
    WorkflowEdge m_edge;
};

/// Changes one task's spec (its name too: edges follow the node). Successive edits of the same
/// field of the same task merge into one step, so typing a command is one undo.
class EditTaskCommand final : public QUndoCommand
{
public:
    EditTaskCommand(DagScene *scene, const TaskSpec &before, const TaskSpec &after, const QString &field);
    int id() const override { return 7001; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    DagScene *m_scene;
    TaskSpec m_before;
    TaskSpec m_after;
    QString m_field;
};

/// Changes the workflow's own settings (parameters, parallelism, final handler), kept by the
/// editor outside the scene; `apply` sets them. Merges like EditTaskCommand.
class EditWorkflowCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const WorkflowSpec &)>;
    EditWorkflowCommand(Apply apply, const WorkflowSpec &before, const WorkflowSpec &after, const QString &field);
    int id() const override { return 7002; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    Apply m_apply;
    WorkflowSpec m_before;
    WorkflowSpec m_after;
    QString m_field;
};

} // namespace Takt
