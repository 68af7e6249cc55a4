#pragma once
// MainWindow: the desktop console — the jobs and runs panels and a tab per open log, the job
// editor, settings, the tray icon and the status bar saying which engine is shown. It knows the
// engine only as an EngineApi, so the same window serves an embedded engine and a remote one.

#include <engine/api/engineapi.h>
#include <views/connect/connectdialog.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace Takt {

class CloseBehaviour;
class ConnectionBanner;
class DagRunView;
class JobEditor;
class JobsView;
class LogViewer;
class NodesView;
class RunsView;
class TrayIcon;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive the window. `embedded`: the engine runs inside
    /// this process (closing the window may keep it running in the tray).
    MainWindow(EngineApi *engine, const QString &dataDirectory, bool embedded, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobsView *jobsView() const { return m_jobs; }
    RunsView *runsView() const { return m_runs; }
    TrayIcon *trayIcon() const { return m_tray; }
    /// The Nodes panel; null until the engine has answered that it is part of a cluster.
    NodesView *nodesView() const { return m_nodes; }
    QTabWidget *tabs() const { return m_tabs; }
    CloseBehaviour *closeBehaviour() const { return m_closeBehaviour.get(); }
    /// The log tab of a run, opened (or brought forward) by openLog().
    LogViewer *logViewer(RunId run) const;
    /// The tab of a workflow run, opened (or brought forward) by openWorkflowRun().
    DagRunView *workflowRunView(RunId run) const;
    /// The editor opened last by the New/Edit/Duplicate actions, if it is still open.
    JobEditor *openEditor() const;
    EngineApi *engine() const { return m_engine; }
    /// The strip shown while a remote engine is unreachable.
    ConnectionBanner *connectionBanner() const { return m_banner; }
    /// The dialog of File → Connect to server…, while it is open.
    ConnectDialog *connectDialog() const { return m_connectDialog.data(); }
    /// Opens a window of its own on the `takt serve` at `server` (it owns its RemoteEngine;
    /// closing it closes only it). The window is shown and returned.
    MainWindow *openRemoteWindow(const QUrl &server, const QString &token);

public Q_SLOTS:
    void showJobs();
    void showRuns(const QString &jobName = {});
    void openLog(Takt::RunId run, int attempt = 0);
    /// Shows a workflow run: its graph coloured by task state, the Gantt chart, params and outputs.
    void openWorkflowRun(Takt::RunId run);
    void newJob();
    void editJob(const Takt::Job &job);
    void duplicateJob(const Takt::Job &job);
    void showSettings();
    void showAbout();
    void bringToFront();
    /// File → Connect to server…: asks for a URL and token, then opens a window on it.
    void connectToServer();

Q_SIGNALS:
    /// A window on a remote engine was opened from this one.
    void remoteWindowOpened(Takt::MainWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openEditor(int mode, const JobSpec &spec);
    void updateRunningCount();
    void showStatus(const QString &message);
    /// Title and status bar: which engine, and whether it is reachable.
    void updateEngineState();

    EngineApi *m_engine;
    QString m_dataDirectory;
    bool m_embedded;
    QTabWidget *m_tabs = nullptr;
    JobsView *m_jobs = nullptr;
    RunsView *m_runs = nullptr;
    NodesView *m_nodes = nullptr;
    TrayIcon *m_tray = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_runningLabel = nullptr;
    QPointer<JobEditor> m_editor;
    QPointer<ConnectDialog> m_connectDialog;
    ConnectionBanner *m_banner = nullptr;
    bool m_closeQuits = true; // false for a window opened beside another one
    std::unique_ptr<CloseBehaviour> m_closeBehaviour;
    bool m_quitting = false;
};

} // namespace Takt
