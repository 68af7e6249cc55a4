#include "recentrunsdelegate.h"

#include "jobsmodel.h"

#include <views/common/runstatestyle.h>

#include <QApplication>
#include <QPainter>

namespace Takt {

void RecentRunsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background and selection as the style draws them, without text or icon.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<RunState> states = index.data(JobsModel::RecentStatesRole).value<QList<RunState>>();
    const bool loaded = index.data(JobsModel::RecentLoadedRole).toBool();
    const int slotCount = JobsModel::RecentRunCount;
    const int size = qMin(SquareSize, option.rect.height() - 6);
    if (size <= 2)
        return;
    const int top = option.rect.top() + (option.rect.height() - size) / 2;
    const int firstFilled = slotCount - int(qMin<qsizetype>(states.size(), slotCount));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor outline = option.palette.color(QPalette::Mid);
    if (!loaded)
        outline.setAlpha(90);
    for (int slot = 0; slot < slotCount; ++slot) {
        const QRectF square(option.rect.left() + Margin + slot * (size + Gap) + 0.5, top + 0.5, size - 1, size - 1);
        if (square.right() > option.rect.right())
            break;
        if (slot < firstFilled) {
            painter->setPen(QPen(outline, 1));
            painter->setBrush(Qt::NoBrush);
        } else {
            const QColor colour = RunStateStyle::color(states.at(slot - firstFilled));
            painter->setPen(QPen(colour.darker(115), 1));
            painter->setBrush(colour);
        }
        painter->drawRoundedRect(square, 2, 2);
    }
    painter->restore();
}

QSize RecentRunsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int width = 2 * Margin + JobsModel::RecentRunCount * (SquareSize + Gap) - Gap;
    return QSize(width, qMax(base.height(), SquareSize + 8));
}

} // namespace Takt
