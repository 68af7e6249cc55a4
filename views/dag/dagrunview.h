#pragma once
// DagRunView: one workflow run — its graph with each task coloured by its task run's live
// state (a click opens that task's log), a Gantt chart of the task runs, and the run's
// parameters and the tasks' outputs. It follows the engine's runChanged signals, and asks
// again every few seconds while the run is not over and no signal comes (an engine that
// sends no events, as a remote one without its event stream).

#include <engine/api/engineapi.h>
#include <engine/core/run.h>

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QTimer;
class QTreeWidget;
QT_END_NAMESPACE

namespace Takt {

class DagScene;
class DagView;
class GanttChart;

class DagRunView final : public QWidget
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive the view.
    DagRunView(EngineApi *engine, RunId run, QWidget *parent = nullptr);
    ~DagRunView() override;

    RunId run() const { return m_run; }
    /// The run as last heard of (invalid before it is loaded).
    const WorkflowRunDetail &detail() const { return m_detail; }
    bool isLoaded() const { return m_loaded; }
    /// The task run of `task` so far; invalid if the task has not been reached.
    RunRecord taskRun(const QString &task) const;

    DagScene *scene() const { return m_scene; }
    DagView *view() const { return m_view; }
    GanttChart *gantt() const { return m_gantt; }
    QTreeWidget *details() const { return m_details; }

    QAction *rerunFailedAction() const { return m_rerunFailed; }
    QAction *rerunFromTaskAction() const { return m_rerunFrom; }

public Q_SLOTS:
    void reload();
    /// Runs the workflow again keeping the tasks that succeeded (the engine's re-run).
    void rerunFailed();
    /// Runs the selected task and everything downstream of it again, keeping the rest.
    void rerunFromSelectedTask();

Q_SIGNALS:
    /// A task was clicked: show the log of its task run.
    void openLogRequested(Takt::RunId id, int attempt);
    void statusMessage(const QString &message);
    /// A re-run was started, or a sub-workflow task clicked: show that workflow run.
    void openWorkflowRunRequested(Takt::RunId id);
    /// The run and its graph are shown (after each reload).
    void loaded();
    /// Something shown changed (a task run's state, the run's).
    void updated();

private:
    void showDetail(const WorkflowRunDetail &detail);
    void onRunChanged(const RunRecord &run);
    void refresh();
    void arrange();
    void rerun(const QString &task);
    void openTask(const QString &task);
    QString selectedTask() const;
    void updateActions();

    QPointer<EngineApi> m_engine;
    RunId m_run;
    WorkflowRunDetail m_detail;
    WorkflowSpec m_shownSpec;
    bool m_loaded = false;
    int m_generation = 0;
    QTimer *m_poll = nullptr;          // reloads while the run is not over and no signal came
    qint64 m_lastSignalMs = 0;         // when a runChanged of this run last arrived
    QLabel *m_header = nullptr;
    QAction *m_rerunFailed = nullptr;
    QAction *m_rerunFrom = nullptr;
    DagScene *m_scene = nullptr;
    DagView *m_view = nullptr;
    GanttChart *m_gantt = nullptr;
    QTreeWidget *m_details = nullptr;
};

} // namespace Takt
