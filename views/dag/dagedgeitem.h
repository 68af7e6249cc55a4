#pragma once
// DagEdgeItem: an edge of the workflow graph — a curve with an arrow from the upstream task's
// output port to the downstream task's input port, following both as they move.

#include <QGraphicsPathItem>

namespace Takt {

class DagNodeItem;

class DagEdgeItem final : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 702 };

    /// Neither node is owned; the scene removes an edge before its nodes.
    DagEdgeItem(DagNodeItem *from, DagNodeItem *to);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    DagNodeItem *from() const { return m_from; }
    DagNodeItem *to() const { return m_to; }
    /// Recomputes the curve from the nodes' ports.
    void adjust();
    bool hasError() const { return m_error; }
    void setError(bool error);
    /// Edges in the run view that were not taken (the downstream task was skipped) are dimmed.
    void setDimmed(bool dimmed);

private:
    DagNodeItem *m_from;
    DagNodeItem *m_to;
    QPolygonF m_arrow;
    bool m_error = false;
    bool m_dimmed = false;
};

} // namespace Takt
