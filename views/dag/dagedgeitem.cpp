#include "dagedgeitem.h"

#include "dagnodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Takt {

namespace {
constexpr double ArrowLength = 11;
constexpr double ArrowHalfWidth = 5.5;
} // namespace

DagEdgeItem::DagEdgeItem(DagNodeItem *from, DagNodeItem *to)
    : m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    adjust();
}

void DagEdgeItem::adjust()
{
    const QPointF start = m_from->outputPort();
    const QPointF end = m_to->inputPort();
    // The curve leaves and enters horizontally, as the layout runs left to right; the arrow
    // head sits in front of the input port so it is not hidden by the node.
    const QPointF tip = end - QPointF(2, 0);
    const QPointF base = tip - QPointF(ArrowLength, 0);
    QPainterPath path(start);
    if (base.x() > start.x() + 20) {
        const double bend = std::max(40.0, (base.x() - start.x()) / 2);
        path.cubicTo(start + QPointF(bend, 0), base - QPointF(bend, 0), base);
    } else {
        // An edge going back (only in a cycle): a loop under both nodes, not across them.
        const double drop = 70 + std::abs(base.y() - start.y()) / 4;
        path.cubicTo(start + QPointF(90, drop), base + QPointF(-90, drop), base);
    }
    prepareGeometryChange();
    setPath(path);
    m_arrow = QPolygonF({tip, base + QPointF(0, -ArrowHalfWidth), base + QPointF(0, ArrowHalfWidth)});
}

QRectF DagEdgeItem::boundingRect() const
{
    return path().boundingRect().united(m_arrow.boundingRect()).adjusted(-6, -6, 6, 6);
}

QPainterPath DagEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click
    QPainterPath area = stroker.createStroke(path());
    area.addPolygon(m_arrow);
    return area;
}

void DagEdgeItem::setError(bool error)
{
    m_error = error;
    update();
}

void DagEdgeItem::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    update();
}

void DagEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = m_error ? QColor(0xcf, 0x22, 0x2e) : QColor(0x57, 0x60, 0x6a);
    double width = m_error ? 2.6 : 1.6;
    if (option->state & QStyle::State_Selected) {
        colour = QColor(0x09, 0x69, 0xda);
        width = 2.8;
    }
    if (m_dimmed)
        colour.setAlphaF(0.35);
    QPen pen(colour, width);
    if (m_dimmed)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}


} // namespace Takt
