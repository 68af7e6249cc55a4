#include "dagview.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Takt {

namespace {
constexpr double ZoomStep = 1.2;
} // namespace

DagView::DagView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // A press on the background pans; on a node it selects or moves it (the scene takes it).
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

double DagView::zoom() const
{
    return transform().m11();
}

void DagView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void DagView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void DagView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void DagView::fitAll()
{
    if (!scene())
        return;
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (bounds.isEmpty())
        return;
    const QSize available = viewport()->size();
    const double scale = std::min({available.width() / bounds.width(), available.height() / bounds.height(), 1.0});
    setZoom(scale);
    centerOn(bounds.center());
}

void DagView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(ZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DagView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace Takt
