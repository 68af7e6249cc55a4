#include "nodesview.h"

#include "nodesmodel.h"

#include <views/common/futurewatch.h>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Takt {

namespace {
constexpr int RefreshMs = 2000;
} // namespace

NodesView::NodesView(EngineApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new NodesModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &NodesView::refresh);
}

QString NodesView::statusText() const
{
    return m_status->text();
}

void NodesView::refresh()
{
    if (m_asking)
        return; // the answer to the last question is still on its way
    m_asking = true;
    onFinished(this, m_api->nodes(), [this](const Result<QList<NodeInfo>> &nodes) {
        m_asking = false;
        if (!nodes.isOk()) {
            m_status->setText(tr("Cannot read the nodes: %1").arg(nodes.error().message));
            Q_EMIT refreshed();
            return;
        }
        m_model->setNodes(nodes.value());
        int alive = 0;
        QString leader;
        for (const NodeInfo &node : nodes.value()) {
            alive += node.alive ? 1 : 0;
            if (node.leader)
                leader = node.name;
        }
        const QString count = tr("%n node(s), %1 alive", nullptr, int(nodes->size())).arg(alive);
        m_status->setText(leader.isEmpty() ? tr("%1 — no leader right now").arg(count)
                                           : tr("%1 — %2 leads").arg(count, leader));
        m_table->resizeColumnsToContents();
        Q_EMIT refreshed();
    });
}

void NodesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void NodesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace Takt
