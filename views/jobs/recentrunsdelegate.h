#pragma once
// RecentRunsDelegate: paints JobsModel's recent-results column as a strip of small squares in
// the colours of RunStateStyle, oldest on the left, newest on the right.

#include <QStyledItemDelegate>

namespace Takt {

class RecentRunsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Reads JobsModel::RecentStatesRole (QList<Takt::RunState>, oldest first) and
    /// JobsModel::RecentLoadedRole; empty slots are drawn as outlines.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int SquareSize = 10;
    static constexpr int Gap = 3;
    static constexpr int Margin = 6;
};

} // namespace Takt
