#include "dagcommands.h"

#include "dagedgeitem.h"
#include "dagnodeitem.h"
#include "dagscene.h"

#include <QCoreApplication>

namespace Takt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DagCommands)
};
} // namespace

AddTaskCommand::AddTaskCommand(DagScene *scene, const TaskSpec &task, const QPointF &centre)
    : m_scene(scene)
    , m_task(task)
    , m_centre(centre)
{
    setText(Tr::tr("Add %1").arg(task.name));
}

void AddTaskCommand::redo()
{
    m_scene->addTask(m_task, m_centre);
}

void AddTaskCommand::undo()
{
    if (DagNodeItem *node = m_scene->node(m_task.name))
        m_centre = node->pos(); // moves made since are undone first, but keep the latest anyway
    m_scene->removeTask(m_task.name);
}

RemoveCommand::RemoveCommand(DagScene *scene, const QStringList &tasks, const QList<WorkflowEdge> &edges)
    : m_scene(scene)
{
    const QList<DagNodeItem *> nodes = scene->nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        if (tasks.contains(nodes.at(i)->name()))
            m_tasks.append(Removed{nodes.at(i)->task(), nodes.at(i)->pos(), i});
    }
    for (DagEdgeItem *edge : scene->edges()) {
        const WorkflowEdge e{edge->from()->name(), edge->to()->name()};
        if (edges.contains(e) || tasks.contains(e.from) || tasks.contains(e.to))
            m_edges.append(e);
    }
    setText(m_tasks.size() == 1 ? Tr::tr("Delete %1").arg(m_tasks.first().task.name) : Tr::tr("Delete"));
}

void RemoveCommand::redo()
{
    for (const WorkflowEdge &edge : std::as_const(m_edges))
        m_scene->removeEdge(edge.from, edge.to);
    for (const Removed &removed : std::as_const(m_tasks))
        m_scene->removeTask(removed.task.name);
}

void RemoveCommand::undo()
{
    for (const Removed &removed : std::as_const(m_tasks))
        m_scene->addTask(removed.task, removed.centre, removed.index);
    for (const WorkflowEdge &edge : std::as_const(m_edges))
        m_scene->addEdge(edge.from, edge.to);
}

MoveTasksCommand::MoveTasksCommand(DagScene *scene, const QHash<QString, QPointF> &before,
                                   const QHash<QString, QPointF> &after, bool done, const QString &text)
    : m_scene(scene)
    , m_before(before)
    , m_after(after)
    , m_skipRedo(done)
{
    setText(text);
}

void MoveTasksCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    m_scene->moveTasks(m_after);
}

void MoveTasksCommand::undo()
{
    m_scene->moveTasks(m_before);
}

ConnectCommand::ConnectCommand(DagScene *scene, const QString &from, const QString &to)
    : m_scene(scene)
    , m_edge{from, to}
{
    setText(Tr::tr("Connect %1 → %2").arg(from, to));
}

void ConnectCommand::redo()
{
    m_scene->addEdge(m_edge.from, m_edge.to);
}

void ConnectCommand::undo()
{
    m_scene->removeEdge(m_edge.from, m_edge.to);
}

EditTaskCommand::EditTaskCommand(DagScene *scene, const TaskSpec &before, const TaskSpec &after, const QString &field)
    : m_scene(scene)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    setText(Tr::tr("Edit %1 of %2").arg(field, before.name));
}

bool EditTaskCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTaskCommand *>(other);
    if (next->m_field != m_field || next->m_before.name != m_after.name)
        return false;
    m_after = next->m_after;
    return true;
}

namespace {
/// A renamed handler keeps its place in the "on failure" lists of the tasks that name it.
void renameHandler(DagScene *scene, const QString &from, const QString &to)
{
    if (from == to)
        return;
    for (DagNodeItem *node : scene->nodes()) {
        if (node->task().onFailure.contains(from)) {
            TaskSpec task = node->task();
            task.onFailure.replace(task.onFailure.indexOf(from), to);
            node->setTask(task);
        }
    }
}
} // namespace

void EditTaskCommand::redo()
{
    if (DagNodeItem *node = m_scene->node(m_before.name))
        node->setTask(m_after);
    if (m_before.kind == TaskKind::Handler)
        renameHandler(m_scene, m_before.name, m_after.name);
}

void EditTaskCommand::undo()
{
    if (DagNodeItem *node = m_scene->node(m_after.name))
        node->setTask(m_before);
    if (m_before.kind == TaskKind::Handler)
        renameHandler(m_scene, m_after.name, m_before.name);
}

EditWorkflowCommand::EditWorkflowCommand(Apply apply, const WorkflowSpec &before, const WorkflowSpec &after,
                                         const QString &field)
    : m_apply(std::move(apply))
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    setText(Tr::tr("Edit workflow %1").arg(field));
}

bool EditWorkflowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditWorkflowCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

void EditWorkflowCommand::redo()
{
    m_apply(m_after);
}

void EditWorkflowCommand::undo()
{
    m_apply(m_before);
}

} // namespace Takt
