#include "palettebutton.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace Takt {

QString PaletteButton::mimeType()
{
    return QStringLiteral("application/x-takt-task-kind");
}

PaletteButton::PaletteButton(TaskKind kind, QAction *action, QWidget *parent)
    : QToolButton(parent)
    , m_kind(kind)
{
    setDefaultAction(action);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setToolTip(tr("Click to add next to the selected task, or drag onto the canvas"));
}

void PaletteButton::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    QToolButton::mousePressEvent(event);
}

void PaletteButton::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        QToolButton::mouseMoveEvent(event);
        return;
    }
    setDown(false); // a drag, not a click
    auto *data = new QMimeData;
    data->setData(mimeType(), taskKindName(m_kind).toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(icon().pixmap(32, 32));
    drag->exec(Qt::CopyAction);
}

} // namespace Takt
