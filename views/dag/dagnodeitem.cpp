#include "dagnodeitem.h"

#include "daglayout.h"

#include <views/common/runstatestyle.h>

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace Takt {

namespace {
constexpr double PortRadius = 5.5;
constexpr double PortHitRadius = 11;
constexpr double Margin = PortRadius + 3;

QColor errorRed() { return QColor(0xcf, 0x22, 0x2e); }
QColor selectionBlue() { return QColor(0x09, 0x69, 0xda); }
} // namespace

DagNodeItem::DagNodeItem(const TaskSpec &task, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_task(task)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsScenePositionChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setZValue(1);
}

QRectF DagNodeItem::bodyRect() const
{
    return QRectF(-DagLayout::NodeWidth / 2, -DagLayout::NodeHeight / 2, DagLayout::NodeWidth, DagLayout::NodeHeight);
}

QRectF DagNodeItem::boundingRect() const
{
    return bodyRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QPainterPath DagNodeItem::bodyPath() const
{
    const QRectF r = bodyRect();
    QPainterPath path;
    if (m_task.kind == TaskKind::Branch) {
        // A lozenge: pointed ends say "a decision is made here".
        const double tip = r.height() / 2;
        path.moveTo(r.left(), r.center().y());
        path.lineTo(r.left() + tip, r.top());
        path.lineTo(r.right() - tip, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - tip, r.bottom());
        path.lineTo(r.left() + tip, r.bottom());
        path.closeSubpath();
    } else {
        path.addRoundedRect(r, 8, 8);
    }
    return path;
}

QPainterPath DagNodeItem::shape() const
{
    QPainterPath path = bodyPath();
    if (m_portsVisible) {
        const QRectF r = bodyRect();
        path.addEllipse(QPointF(r.right(), r.center().y()), PortHitRadius, PortHitRadius);
    }
    return path;
}

QPointF DagNodeItem::outputPort() const
{
    return mapToScene(QPointF(bodyRect().right(), 0));
}

QPointF DagNodeItem::inputPort() const
{
    return mapToScene(QPointF(bodyRect().left(), 0));
}

bool DagNodeItem::isOnOutputPort(const QPointF &scenePos) const
{
    if (!m_portsVisible || m_task.kind == TaskKind::Handler)
        return false;
    const QPointF d = scenePos - outputPort();
    return d.x() * d.x() + d.y() * d.y() <= PortHitRadius * PortHitRadius;
}

void DagNodeItem::setTask(const TaskSpec &task)
{
    prepareGeometryChange();
    m_task = task;
    update();
}

void DagNodeItem::setState(std::optional<RunState> state)
{
    m_state = state;
    update();
}

QColor DagNodeItem::fillColor() const
{
    if (m_state)
        return RunStateStyle::color(*m_state);
    if (m_task.kind == TaskKind::Handler)
        return QColor(0xfb, 0xf3, 0xe4);
    return QColor(0xf6, 0xf8, 0xfa);
}

void DagNodeItem::setError(bool error, const QString &message)
{
    m_error = error;
    setToolTip(message);
    update();
}

void DagNodeItem::setPortsVisible(bool visible)
{
    prepareGeometryChange();
    m_portsVisible = visible;
    update();
}

QVariant DagNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged)
        Q_EMIT moved();
    return QGraphicsObject::itemChange(change, value);
}

void DagNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = bodyRect();
    const QColor fill = fillColor();
    // Text on a state colour needs the contrast of white or near-black.
    const bool darkFill = m_state && fill.lightnessF() < 0.6;
    const QColor text = darkFill ? QColor(Qt::white) : QColor(0x1f, 0x23, 0x28);

    QPen frame(m_error ? errorRed() : QColor(0x57, 0x60, 0x6a), m_error ? 3 : 1.3);
    if (m_task.kind == TaskKind::Handler)
        frame.setStyle(Qt::DashLine);
    if (option->state & QStyle::State_Selected && !m_error) {
        frame.setColor(selectionBlue());
        frame.setWidthF(2.5);
    }
    painter->setPen(frame);
    painter->setBrush(fill);
    painter->drawPath(bodyPath());
    if (m_task.kind == TaskKind::Workflow) {
        // A second frame inside: a workflow within the workflow.
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(4, 4, -4, -4), 5, 5);
    }

    const double inset = m_task.kind == TaskKind::Branch ? r.height() / 2 : 12;
    const QRectF textRect = r.adjusted(inset, 5, -inset, -5);
    QFont nameFont = QApplication::font();
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QFontMetricsF nameMetrics(nameFont);
    const QString shown = nameMetrics.elidedText(m_task.name.isEmpty() ? QStringLiteral("?") : m_task.name, Qt::ElideMiddle,
                                                 textRect.width());
    QFont kindFont = QApplication::font();
    kindFont.setPointSizeF(kindFont.pointSizeF() * 0.85);
    const QFontMetricsF kindMetrics(kindFont);
    const double total = nameMetrics.height() + kindMetrics.height();
    const QRectF nameRect(textRect.left(), r.center().y() - total / 2, textRect.width(), nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignCenter, shown);
    QString subtitle;
    switch (m_task.kind) {
    case TaskKind::Command: subtitle = tr("command"); break;
    case TaskKind::Branch: subtitle = tr("branch"); break;
    case TaskKind::Workflow: subtitle = tr("sub-workflow"); break;
    case TaskKind::Handler: subtitle = tr("failure handler"); break;
    }
    if (m_state)
        subtitle = RunStateStyle::displayName(*m_state);
    painter->setFont(kindFont);
    QColor dim = text;
    dim.setAlphaF(0.75);
    painter->setPen(dim);
    painter->drawText(QRectF(textRect.left(), nameRect.bottom(), textRect.width(), kindMetrics.height()),
                      Qt::AlignCenter, subtitle);

    if (m_portsVisible && m_task.kind != TaskKind::Handler) {
        painter->setPen(QPen(QColor(0x57, 0x60, 0x6a), 1.2));
        painter->setBrush(QColor(0xff, 0xff, 0xff));
        painter->drawEllipse(QPointF(r.right(), r.center().y()), PortRadius, PortRadius);
        painter->drawEllipse(QPointF(r.left(), r.center().y()), PortRadius - 1.5, PortRadius - 1.5);
    }
}

} // namespace Takt
