#pragma once
// NodesModel: the nodes of a cluster as a table — name, state, leader, labels, slots in use,
// heartbeat age and running runs. A refresh updates rows in place, so selection and scroll
// position survive the periodic updates.

#include <engine/core/node.h>

#include <QAbstractTableModel>

namespace Takt {

class NodesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Leader, Labels, Slots, Heartbeat, Running, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows; rows of the same nodes in the same order are only updated.
    void setNodes(const QList<NodeInfo> &nodes);
    /// An invalid NodeInfo for a row out of range.
    NodeInfo node(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NodeInfo> m_nodes;
};

} // namespace Takt
