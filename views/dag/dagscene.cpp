#include "dagscene.h"

#include "dagedgeitem.h"
#include "daglayout.h"
#include "dagnodeitem.h"
#include "palettebutton.h"

#include <QCursor>
#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainterPath>
#include <QPen>
#include <QSet>

namespace Takt {

DagScene::DagScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xfd, 0xfd, 0xfe));
}

DagScene::~DagScene() = default;

void DagScene::setEditable(bool editable)
{
    m_editable = editable;
    for (DagNodeItem *node : std::as_const(m_nodes)) {
        node->setFlag(QGraphicsItem::ItemIsMovable, editable);
        node->setPortsVisible(editable);
        node->setCursor(editable ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    }
    for (DagEdgeItem *edge : std::as_const(m_edges))
        edge->setFlag(QGraphicsItem::ItemIsSelectable, editable);
}

DagNodeItem *DagScene::node(const QString &name) const
{
    for (DagNodeItem *node : m_nodes) {
        if (node->name() == name)
            return node;
    }
    return nullptr;
}

DagEdgeItem *DagScene::edge(const QString &from, const QString &to) const
{
    for (DagEdgeItem *edge : m_edges) {
        if (edge->from()->name() == from && edge->to()->name() == to)
            return edge;
    }
    return nullptr;
}

DagNodeItem *DagScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == DagNodeItem::Type && item != m_rubberBand)
            return static_cast<DagNodeItem *>(item);
    }
    return nullptr;
}

DagNodeItem *DagScene::addTask(const TaskSpec &task, const QPointF &centre, int index)
{
    return makeNode(task, centre, index);
}

DagNodeItem *DagScene::makeNode(const TaskSpec &task, const QPointF &centre, int index)
{
    auto *node = new DagNodeItem(task);
    node->setPos(centre);
    node->setFlag(QGraphicsItem::ItemIsMovable, m_editable);
    node->setPortsVisible(m_editable);
    if (!m_editable)
        node->setCursor(Qt::PointingHandCursor);
    addItem(node);
    m_nodes.insert(index < 0 || index > m_nodes.size() ? m_nodes.size() : index, node);
    connect(node, &DagNodeItem::moved, this, [this, node] {
        for (DagEdgeItem *edge : m_edgesOf.value(node))
            edge->adjust();
        if (!m_handlerLinks.isEmpty())
            updateHandlerLinks();
    });
    return node;
}

void DagScene::removeTask(const QString &name)
{
    DagNodeItem *gone = node(name);
    if (!gone)
        return;
    for (DagEdgeItem *edge : m_edgesOf.value(gone))
        deleteEdge(edge);
    m_edgesOf.remove(gone);
    if (m_connectFrom == gone)
        m_connectFrom = nullptr;
    m_nodes.removeOne(gone);
    delete gone;
}

DagEdgeItem *DagScene::addEdge(const QString &from, const QString &to)
{
    DagNodeItem *a = node(from);
    DagNodeItem *b = node(to);
    if (!a || !b || a == b)
        return nullptr;
    if (DagEdgeItem *existing = edge(from, to))
        return existing;
    return makeEdge(a, b);
}

DagEdgeItem *DagScene::makeEdge(DagNodeItem *from, DagNodeItem *to)
{
    auto *edge = new DagEdgeItem(from, to);
    edge->setFlag(QGraphicsItem::ItemIsSelectable, m_editable);
    addItem(edge);
    m_edges.append(edge);
    m_edgesOf[from].append(edge);
    m_edgesOf[to].append(edge);
    return edge;
}

void DagScene::deleteEdge(DagEdgeItem *edge)
{
    m_edges.removeOne(edge);
    m_edgesOf[edge->from()].removeOne(edge);
    m_edgesOf[edge->to()].removeOne(edge);
    delete edge;
}

void DagScene::removeEdge(const QString &from, const QString &to)
{
    if (DagEdgeItem *gone = edge(from, to))
        deleteEdge(gone);
}

void DagScene::updateHandlerLinks()
{
    qDeleteAll(m_handlerLinks);
    m_handlerLinks.clear();
    QHash<QString, DagNodeItem *> handlers;
    for (DagNodeItem *node : std::as_const(m_nodes)) {
        if (node->kind() == TaskKind::Handler)
            handlers.insert(node->name(), node);
    }
    if (handlers.isEmpty())
        return;
    QPen pen(QColor(0xbc, 0x4c, 0x00), 1.2, Qt::DotLine);
    for (DagNodeItem *node : std::as_const(m_nodes)) {
        for (const QString &name : node->task().onFailure) {
            DagNodeItem *handler = handlers.value(name);
            if (!handler || handler == node)
                continue;
            const bool below = handler->pos().y() >= node->pos().y();
            const QRectF body = node->bodyRect();
            const QPointF from = node->mapToScene(QPointF(0, below ? body.bottom() : body.top()));
            const QPointF to = handler->mapToScene(QPointF(0, below ? body.top() : body.bottom()));
            QPainterPath path(from);
            const double bend = (to.y() - from.y()) / 2;
            path.cubicTo(from + QPointF(0, bend), to - QPointF(0, bend), to);
            auto *link = new QGraphicsPathItem(path);
            link->setPen(pen);
            link->setZValue(-1);
            link->setToolTip(tr("%1 runs %2 when it fails").arg(node->name(), name));
            addItem(link);
            m_handlerLinks.append(link);
        }
    }
}

void DagScene::removeAll()
{
    qDeleteAll(m_handlerLinks);
    m_handlerLinks.clear();
    qDeleteAll(m_edges);
    m_edges.clear();
    m_edgesOf.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    m_connectFrom = nullptr;
}

WorkflowSpec DagScene::workflow(const WorkflowSpec &base) const
{
    WorkflowSpec spec = base;
    spec.tasks.clear();
    spec.edges.clear();
    for (DagNodeItem *node : m_nodes)
        spec.tasks.append(node->task());
    for (DagEdgeItem *edge : m_edges)
        spec.edges.append(WorkflowEdge{edge->from()->name(), edge->to()->name()});
    return spec;
}

void DagScene::setWorkflow(const WorkflowSpec &spec, const QList<QPointF> &centres)
{
    removeAll();
    // By name through a hash: a workflow of thousands of tasks loads in linear time.
    QHash<QString, DagNodeItem *> byName;
    for (int i = 0; i < spec.tasks.size(); ++i) {
        const QPointF centre = i < centres.size() ? centres.at(i)
                                                  : QPointF(i * DagLayout::NodeWidth * 1.4, DagLayout::NodeHeight);
        byName.insert(spec.tasks.at(i).name, makeNode(spec.tasks.at(i), centre, -1));
    }
    QSet<QPair<QString, QString>> made;
    for (const WorkflowEdge &edge : spec.edges) {
        DagNodeItem *a = byName.value(edge.from);
        DagNodeItem *b = byName.value(edge.to);
        if (a && b && a != b && !made.contains({edge.from, edge.to})) {
            made.insert({edge.from, edge.to});
            makeEdge(a, b);
        }
    }
    updateHandlerLinks();
}

void DagScene::moveTasks(const QHash<QString, QPointF> &centres)
{
    for (DagNodeItem *node : std::as_const(m_nodes)) {
        const auto it = centres.constFind(node->name());
        if (it != centres.constEnd())
            node->setPos(*it);
    }
}

QHash<QString, QPointF> DagScene::positions() const
{
    QHash<QString, QPointF> result;
    for (DagNodeItem *node : m_nodes)
        result.insert(node->name(), node->pos());
    return result;
}

void DagScene::setErrors(const QHash<QString, QString> &taskMessages, const QList<WorkflowEdge> &edges)
{
    for (DagNodeItem *node : std::as_const(m_nodes))
        node->setError(taskMessages.contains(node->name()), taskMessages.value(node->name()));
    for (DagEdgeItem *edge : std::as_const(m_edges))
        edge->setError(edges.contains(WorkflowEdge{edge->from()->name(), edge->to()->name()}));
}

void DagScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        DagNodeItem *node = nodeAt(event->scenePos());
        if (m_editable && node && node->isOnOutputPort(event->scenePos())) {
            m_connectFrom = node;
            m_rubberBand = new QGraphicsPathItem;
            m_rubberBand->setPen(QPen(QColor(0x09, 0x69, 0xda), 2, Qt::DashLine));
            m_rubberBand->setZValue(5);
            addItem(m_rubberBand);
            updateRubberBand(event->scenePos());
            event->accept();
            return;
        }
        m_pressPositions = positions();
    }
    QGraphicsScene::mousePressEvent(event);
}

void DagScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        updateRubberBand(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DagScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom && event->button() == Qt::LeftButton) {
        const QString from = m_connectFrom->name();
        m_connectFrom = nullptr;
        delete m_rubberBand;
        m_rubberBand = nullptr;
        event->accept();
        if (DagNodeItem *target = nodeAt(event->scenePos()))
            Q_EMIT connectRequested(from, target->name());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressPositions.isEmpty())
        return;
    const QHash<QString, QPointF> before = std::exchange(m_pressPositions, {});
    const QHash<QString, QPointF> now = positions();
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) != it.value()) {
            from.insert(it.key(), before.value(it.key()));
            to.insert(it.key(), it.value());
        }
    }
    if (!to.isEmpty()) {
        Q_EMIT tasksMoved(from, to);
    } else if (DagNodeItem *clicked = nodeAt(event->scenePos())) {
        Q_EMIT taskClicked(clicked->name());
    }
}

void DagScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (m_editable && event->mimeData()->hasFormat(PaletteButton::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DagScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void DagScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto kind = taskKindFromName(QString::fromUtf8(event->mimeData()->data(PaletteButton::mimeType())));
    if (!m_editable || !kind) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT taskDropped(*kind, event->scenePos());
}

void DagScene::updateRubberBand(const QPointF &to)
{
    const QPointF from = m_connectFrom->outputPort();
    QPainterPath path(from);
    const double bend = std::max(30.0, std::abs(to.x() - from.x()) / 2);
    path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
    m_rubberBand->setPath(path);
}

} // namespace Takt
