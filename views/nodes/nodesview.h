#pragma once
// NodesView: the Nodes panel of the console for an engine in a cluster — every node with its
// labels, slots in use, heartbeat age, leader and running runs, refreshed while it is shown.

#include <engine/api/engineapi.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Takt {

class NodesModel;

/// The EngineApi is not owned and must outlive the view. Asks for the nodes every
/// `refreshMs` while visible, and once at once when shown; never waits for an answer.
class NodesView final : public QWidget
{
    Q_OBJECT
public:
    explicit NodesView(EngineApi *api, QWidget *parent = nullptr);

    NodesModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    /// "3 nodes, 3 alive — n1 leads", or why the nodes could not be read.
    QString statusText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// After each answer, good or bad.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    EngineApi *m_api;
    NodesModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_timer;
    bool m_asking = false;
};

} // namespace Takt
