#include "mainwindow.h"

#include <engine/api/remoteengine.h>
#include <views/connect/connectdialog.h>
#include <views/connect/connectionbanner.h>
#include <views/common/futurewatch.h>
#include <views/dag/dagrunview.h>
#include <views/editor/jobeditor.h>
#include <views/jobs/jobsview.h>
#include <views/log/logviewer.h>
#include <views/nodes/nodesview.h>
#include <views/runs/runsview.h>
#include <views/shell/aboutdialog.h>
#include <views/shell/closebehaviour.h>
#include <views/shell/settingsdialog.h>
#include <views/shell/trayicon.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Takt {

namespace {
constexpr int StatusTimeoutMs = 6000;
const char RunProperty[] = "taktRun";
const char WorkflowRunProperty[] = "taktWorkflowRun";
} // namespace

MainWindow::MainWindow(EngineApi *engine, const QString &dataDirectory, bool embedded, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_dataDirectory(dataDirectory)
    , m_embedded(embedded)
    , m_closeBehaviour(std::make_unique<CloseBehaviour>())
{
    setWindowIcon(QIcon(QStringLiteral(":/takt/icons/takt.svg")));
    resize(1180, 720);

    m_jobs = new JobsView(engine, this);
    m_runs = new RunsView(engine, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_jobs, tr("Jobs"));
    m_tabs->addTab(m_runs, tr("Runs"));
    // The two panels stay; only log tabs close.
    for (int i = 0; i < 2; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= 2 && m_tabs->widget(index) != m_nodes) {
            QWidget *page = m_tabs->widget(index);
            m_tabs->removeTab(index);
            page->deleteLater();
        }
    });
    m_banner = new ConnectionBanner(engine, this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // An engine in a cluster gets a Nodes panel after the two others; a single engine answers
    // that it has no nodes to show, and the panel never appears.
    onFinished(this, engine->nodes(), [this](const Result<QList<NodeInfo>> &nodes) {
        if (!nodes.isOk() || m_nodes)
            return;
        m_nodes = new NodesView(m_engine, m_tabs);
        m_tabs->insertTab(2, m_nodes, tr("Nodes"));
        m_tabs->tabBar()->setTabButton(2, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(2, QTabBar::LeftSide, nullptr);
    });

    connect(m_jobs, &JobsView::newJobRequested, this, &MainWindow::newJob);
    connect(m_jobs, &JobsView::editJobRequested, this, &MainWindow::editJob);
    connect(m_jobs, &JobsView::duplicateJobRequested, this, &MainWindow::duplicateJob);
    connect(m_jobs, &JobsView::jobActivated, this, [this](const QString &name) { showRuns(name); });
    connect(m_jobs, &JobsView::statusMessage, this, &MainWindow::showStatus);
    connect(m_runs, &RunsView::openLogRequested, this, &MainWindow::openLog);
    connect(m_runs, &RunsView::openWorkflowRunRequested, this, &MainWindow::openWorkflowRun);
    connect(m_runs, &RunsView::statusMessage, this, &MainWindow::showStatus);

    m_engineLabel = new QLabel(engine->displayName(), this);
    m_runningLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_runningLabel);
    statusBar()->addPermanentWidget(m_engineLabel);

    m_tray = new TrayIcon(engine, this);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    // After the tray's own slot, so its count is current.
    connect(engine, &EngineApi::runChanged, this, &MainWindow::updateRunningCount);
    updateRunningCount();

    connect(engine, &EngineApi::connectionChanged, this, &MainWindow::updateEngineState);
    // Events were lost for good (the server restarted): the running count is read again too.
    connect(engine, &EngineApi::resynced, this, [this] {
        m_tray->setEngine(m_engine);
        updateRunningCount();
    });
    createMenus();
    updateEngineState();
    engine->startEvents();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_jobs->action(JobsView::Action::New));
    file->addSeparator();
    QAction *connectAction = file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToServer);
    connectAction->setObjectName(QStringLiteral("connectToServer"));
    connectAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *jobs = view->addAction(tr("&Jobs"), this, &MainWindow::showJobs);
    jobs->setShortcut(Qt::CTRL | Qt::Key_1);
    QAction *runs = view->addAction(tr("&Runs"), this, [this] { showRuns(); });
    runs->setShortcut(Qt::CTRL | Qt::Key_2);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Takt"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showJobs()
{
    m_tabs->setCurrentWidget(m_jobs);
}

void MainWindow::showRuns(const QString &jobName)
{
    if (!jobName.isEmpty())
        m_runs->showJob(jobName);
    m_tabs->setCurrentWidget(m_runs);
}

LogViewer *MainWindow::logViewer(RunId run) const
{
    for (int i = 2; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(RunProperty).toLongLong() == run)
            return qobject_cast<LogViewer *>(m_tabs->widget(i));
    }
    return nullptr;
}

void MainWindow::openLog(RunId run, int attempt)
{
    LogViewer *viewer = logViewer(run);
    if (!viewer) {
        viewer = new LogViewer(m_engine, m_tabs);
        viewer->setProperty(RunProperty, run);
        connect(viewer, &LogViewer::loadFailed, this, &MainWindow::showStatus);
        m_tabs->addTab(viewer, tr("Log #%1").arg(run));
    }
    if (viewer->run() != run || viewer->requestedAttempt() != attempt)
        viewer->setRun(run, attempt);
    m_tabs->setCurrentWidget(viewer);
    viewer->setFocus();
}

DagRunView *MainWindow::workflowRunView(RunId run) const
{
    for (int i = 2; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(WorkflowRunProperty).toLongLong() == run)
            return qobject_cast<DagRunView *>(m_tabs->widget(i));
    }
    return nullptr;
}

void MainWindow::openWorkflowRun(RunId run)
{
    DagRunView *view = workflowRunView(run);
    if (!view) {
        view = new DagRunView(m_engine, run, m_tabs);
        view->setProperty(WorkflowRunProperty, run);
        connect(view, &DagRunView::openLogRequested, this, &MainWindow::openLog);
        connect(view, &DagRunView::statusMessage, this, &MainWindow::showStatus);
        connect(view, &DagRunView::openWorkflowRunRequested, this, &MainWindow::openWorkflowRun);
        m_tabs->addTab(view, tr("Workflow run #%1").arg(run));
    }
    m_tabs->setCurrentWidget(view);
}

JobEditor *MainWindow::openEditor() const
{
    return m_editor.data();
}

void MainWindow::openEditor(int mode, const JobSpec &spec)
{
    if (m_editor)
        m_editor->close();
    auto *editor = new JobEditor(m_engine, JobEditor::Mode(mode), spec, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &JobEditor::jobSaved, this, [this](const Job &job) {
        m_jobs->selectJob(job.spec.name);
        showJobs();
        showStatus(tr("Saved job %1 (version %2)").arg(job.spec.name).arg(job.version));
    });
    m_editor = editor;
    editor->open();
}

void MainWindow::newJob()
{
    openEditor(int(JobEditor::Mode::New), JobSpec{});
}

void MainWindow::editJob(const Job &job)
{
    openEditor(int(JobEditor::Mode::Edit), job.spec);
}

void MainWindow::duplicateJob(const Job &job)
{
    openEditor(int(JobEditor::Mode::Duplicate), job.spec);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this, dialog] {
        if (dialog->needsRestart())
            showStatus(tr("Some settings take effect after a restart of Takt."));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_engine, m_dataDirectory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::connectToServer()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        return;
    }
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connectRequested, this, [this](const QUrl &server, const QString &token) {
        openRemoteWindow(server, token);
    });
    m_connectDialog = dialog;
    dialog->open();
}

MainWindow *MainWindow::openRemoteWindow(const QUrl &server, const QString &token)
{
    auto *engine = new RemoteEngine(server, token);
    auto *window = new MainWindow(engine, m_dataDirectory, false);
    engine->setParent(window); // goes with its window
    window->m_closeQuits = false;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(size());
    window->show();
    Q_EMIT remoteWindowOpened(window);
    return window;
}

void MainWindow::updateEngineState()
{
    const bool connected = m_engine->isConnected();
    const QString name = m_embedded ? m_engine->displayName() : tr("Remote engine %1").arg(m_engine->displayName());
    setWindowTitle(connected ? tr("Takt — %1").arg(name) : tr("Takt — %1 (reconnecting…)").arg(name));
    m_engineLabel->setText(connected ? name : tr("%1 — connection lost, reconnecting…").arg(name));
    m_tray->setEngineState(connected ? QString() : tr("reconnecting…"));
}

void MainWindow::updateRunningCount()
{
    const int running = m_tray->runningCount();
    m_runningLabel->setText(running == 0 ? tr("Nothing running") : tr("%n running", nullptr, running));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || !m_closeQuits) {
        event->accept();
        return;
    }
    switch (m_closeBehaviour->decide(this, m_embedded, m_tray->isAvailable())) {
    case CloseBehaviour::Action::HideToTray:
        hide();
        event->ignore();
        break;
    case CloseBehaviour::Action::Cancel:
        event->ignore();
        break;
    case CloseBehaviour::Action::Quit:
        event->accept();
        QApplication::quit();
        break;
    }
}

} // namespace Takt
