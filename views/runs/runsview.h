#pragma once
// RunsView: the runs panel of the console — a filter bar (job, states, time range), the lazily
// loaded runs table and the actions on a run (open log, cancel, re-run).

#include <engine/api/engineapi.h>
#include <engine/core/run.h>

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace Takt {

class ErrorBar;

class RunsModel;

/// Rows come a page at a time as the table scrolls (RunsModel), so the view stays quick over
/// a million runs. Cancel and Re-run go to the EngineApi directly; their failures are shown in
/// the view and emitted as errorOccurred(). Open log only emits openLogRequested(): the main
/// window shows the log. The EngineApi is not owned and must outlive the view.
///
/// Keys: Enter (or double-click) open log, Ctrl+K cancel, Ctrl+R re-run, F5 refresh.
class RunsView final : public QWidget
{
    Q_OBJECT
public:
    enum class Action { OpenLog, Cancel, Rerun, Refresh };
    enum class TimeRange { LastHour, LastDay, LastWeek, All, Custom };

    explicit RunsView(EngineApi *api, QWidget *parent = nullptr);
    ~RunsView() override;

    RunsModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *action(Action which) const;
    /// "N runs loaded …"
    QString statusText() const;

    /// The selected run; an invalid RunRecord when none is selected.
    RunRecord currentRun() const;
    QString jobFilter() const;
    QList<RunState> stateFilter() const { return m_states; }
    TimeRange timeRange() const { return m_range; }
    /// The query the filter bar stands for; relative ranges count back from now.
    RunQuery filterQuery() const;

public Q_SLOTS:
    /// Shows the runs of one job ("" = all jobs).
    void showJob(const QString &name);
    /// Shows runs in these states only (empty = all states).
    void setStateFilter(const QList<Takt::RunState> &states);
    void setTimeRange(Takt::RunsView::TimeRange range);
    /// Shows runs scheduled in [from, to) and switches the range to Custom.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    /// Reloads from the newest run (also moves "last hour" on to now).
    void refresh();
    void openCurrentLog();
    void cancelCurrentRun();
    void rerunCurrentRun();

Q_SIGNALS:
    /// Enter or double-click on a run: show the log of this attempt.
    void openLogRequested(Takt::RunId id, int attempt);
    /// Enter or double-click on a run of a workflow job: show the run's graph.
    void openWorkflowRunRequested(Takt::RunId id);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    QAction *makeAction(const QString &text, const QString &themeIcon, int fallbackIcon, const QList<QKeySequence> &keys,
                        void (RunsView::*slot)());
    void buildStateMenu();
    void addJobName(const QString &name);
    void applyFilter();
    void updateStateButton();
    void updateStatus();
    void updateActions();
    void showError(const QString &message);
    bool isWorkflowRun(const RunRecord &run) const;
    void noteJobKind(const Job &job);

    QPointer<EngineApi> m_api;
    RunsModel *m_model = nullptr;
    QComboBox *m_jobCombo = nullptr;
    QToolButton *m_stateButton = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    ErrorBar *m_errorBar = nullptr;
    QList<QAction *> m_actions;     // indexed by Action
    QList<QAction *> m_stateActions; // one per RunState, in allRunStates() order
    QList<RunState> m_states;
    TimeRange m_range = TimeRange::All;
    QSet<QString> m_workflowJobs;   // their runs open as a graph, not as a log
    bool m_applying = false;        // filter widgets being set from code
};

} // namespace Takt

Q_DECLARE_METATYPE(Takt::RunsView::TimeRange)
