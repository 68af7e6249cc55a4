#include "nodesmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Takt {

namespace {

QString ageText(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (ms < 10'000)
        return NodesModel::tr("%1 s ago").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (ms < 120'000)
        return NodesModel::tr("%1 s ago").arg(ms / 1000);
    return NodesModel::tr("%1 min ago").arg(ms / 60'000);
}

} // namespace

void NodesModel::setNodes(const QList<NodeInfo> &nodes)
{
    bool sameRows = nodes.size() == m_nodes.size();
    for (qsizetype i = 0; sameRows && i < nodes.size(); ++i)
        sameRows = nodes[i].id == m_nodes[i].id;
    if (!sameRows) {
        beginResetModel();
        m_nodes = nodes;
        endResetModel();
        return;
    }
    m_nodes = nodes;
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, ColumnCount - 1));
}

NodeInfo NodesModel::node(int row) const
{
    return row >= 0 && row < m_nodes.size() ? m_nodes[row] : NodeInfo{};
}

int NodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size() || index.column() >= ColumnCount)
        return {};
    const NodeInfo &node = m_nodes[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return node.name;
        case State: return node.alive ? tr("alive") : tr("dead");
        case Leader: return node.leader ? tr("leader") : QString();
        case Labels: return node.labels.join(QStringLiteral(", "));
        case Slots: return tr("%1 / %2").arg(node.running).arg(node.slotCount);
        case Heartbeat: return ageText(node.heartbeatAgeMs);
        case Running: {
            QStringList ids;
            for (RunId id : node.runningRuns)
                ids << QStringLiteral("#%1").arg(id);
            return ids.join(QStringLiteral(" "));
        }
        }
    }
    if (role == Qt::ForegroundRole && !node.alive)
        return QBrush(QColor(0xb0, 0x30, 0x30));
    if (role == Qt::FontRole && node.leader) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !node.apiUrl.isEmpty())
        return tr("API: %1 — incarnation %2").arg(node.apiUrl).arg(node.incarnation);
    return {};
}

QVariant NodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Node");
    case State: return tr("State");
    case Leader: return tr("Leader");
    case Labels: return tr("Labels");
    case Slots: return tr("Slots used");
    case Heartbeat: return tr("Heartbeat");
    case Running: return tr("Running runs");
    }
    return {};
}

} // namespace Takt
