#pragma once
// DagScene: the canvas of a workflow — task nodes and edges, and the mouse gestures on them
// (drag from an output port to another task to connect, move nodes, click a task). It only
// reports gestures as signals: the editor turns them into undoable commands.

#include <engine/core/workflowspec.h>

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QGraphicsPathItem;
QT_END_NAMESPACE

namespace Takt {

class DagEdgeItem;
class DagNodeItem;

class DagScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DagScene(QObject *parent = nullptr);
    ~DagScene() override;

    /// Editable: nodes move and connect (the editor). Not: clicks only (the run view).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// Node order is task order: workflow() lists tasks as nodes() does.
    QList<DagNodeItem *> nodes() const { return m_nodes; }
    QList<DagEdgeItem *> edges() const { return m_edges; }
    DagNodeItem *node(const QString &name) const;
    DagEdgeItem *edge(const QString &from, const QString &to) const;
    /// The node under a scene point, or null.
    DagNodeItem *nodeAt(const QPointF &scenePos) const;

    /// Adds a node centred on `centre`; `index` -1 = last.
    DagNodeItem *addTask(const TaskSpec &task, const QPointF &centre, int index = -1);
    /// Removes the task's node and the edges it has.
    void removeTask(const QString &name);
    DagEdgeItem *addEdge(const QString &from, const QString &to);
    void removeEdge(const QString &from, const QString &to);
    void removeAll();

    /// `base` with its tasks and edges replaced by the canvas's.
    WorkflowSpec workflow(const WorkflowSpec &base = {}) const;
    /// Replaces everything by `spec`'s tasks and edges, centred on `centres` (one per task;
    /// missing ones are put in a row).
    void setWorkflow(const WorkflowSpec &spec, const QList<QPointF> &centres = {});
    /// Moves nodes (name → centre) and keeps the edges attached.
    void moveTasks(const QHash<QString, QPointF> &centres);
    QHash<QString, QPointF> positions() const;

    /// Redraws the dashed lines from each task to the handlers in its "on failure" list (they
    /// are not edges: handlers run only when the task fails).
    void updateHandlerLinks();
    int handlerLinkCount() const { return int(m_handlerLinks.size()); }

    /// Marks tasks and edges in error (red) and clears the marks of the rest.
    void setErrors(const QHash<QString, QString> &taskMessages, const QList<WorkflowEdge> &edges);

Q_SIGNALS:
    /// A drag from `from`'s output port was let go over `to`.
    void connectRequested(const QString &from, const QString &to);
    /// A mouse drag moved nodes; they are already at `after`.
    void tasksMoved(const QHash<QString, QPointF> &before, const QHash<QString, QPointF> &after);
    /// A task was clicked (both modes).
    void taskClicked(const QString &name);
    /// A task kind from the palette was dropped on the canvas (editable only).
    void taskDropped(Takt::TaskKind kind, const QPointF &scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void updateRubberBand(const QPointF &to);
    DagNodeItem *makeNode(const TaskSpec &task, const QPointF &centre, int index);
    DagEdgeItem *makeEdge(DagNodeItem *from, DagNodeItem *to);
    void deleteEdge(DagEdgeItem *edge);

    QList<DagNodeItem *> m_nodes;
    QList<DagEdgeItem *> m_edges;
    QHash<DagNodeItem *, QList<DagEdgeItem *>> m_edgesOf;
    QList<QGraphicsPathItem *> m_handlerLinks; // a node's edges follow it when it moves
    bool m_editable = true;
    DagNodeItem *m_connectFrom = nullptr;     // a connecting drag is under way
    QGraphicsPathItem *m_rubberBand = nullptr;
    QHash<QString, QPointF> m_pressPositions; // to tell a move from a click
};

} // namespace Takt
