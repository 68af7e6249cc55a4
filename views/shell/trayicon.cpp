#include "trayicon.h"

#include "appsettings.h"

#include <views/common/runstatestyle.h>

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Takt {

namespace {
bool isFailure(RunState state)
{
    return state == RunState::Failed || state == RunState::TimedOut || state == RunState::Lost;
}
} // namespace

TrayIcon::TrayIcon(EngineApi *engine, QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_engineAction = m_menu->addAction(QString());
    m_engineAction->setEnabled(false);
    m_runningAction = m_menu->addAction(QString());
    m_runningAction->setEnabled(false);
    m_menu->addSeparator();
    QAction *show = m_menu->addAction(tr("&Show Takt"));
    connect(show, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit Takt"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon(QStringLiteral(":/takt/icons/takt.svg"));
        if (icon.isNull())
            icon = QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindowRequested);
        m_tray->show();
    }
    setEngine(engine);
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu has no QObject parent here: the tray does not own its context menu
}

void TrayIcon::setEngine(EngineApi *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_running.clear();
    m_seen.clear();
    const int generation = ++m_generation;
    if (m_engine) {
        connect(m_engine, &EngineApi::runChanged, this, &TrayIcon::onRunChanged);
        RunQuery query;
        query.states = {RunState::Running};
        query.limit = 1000;
        m_engine->runs(query).then(this, [this, generation](const Result<RunPage> &page) {
            if (generation != m_generation || !page.isOk())
                return;
            // A run whose state a signal told since is already counted correctly.
            for (const RunRecord &run : page->runs) {
                if (!m_seen.contains(run.id))
                    m_running.insert(run.id);
            }
            refresh();
        });
    }
    refresh();
}

void TrayIcon::setEngineState(const QString &state)
{
    m_engineState = state;
    refresh();
}

bool TrayIcon::isAvailable() const
{
    return m_tray && m_tray->isVisible();
}

QString TrayIcon::toolTip() const
{
    const int running = runningCount();
    QString text = running > 0 ? tr("Takt — %n running", nullptr, running) : tr("Takt — idle");
    if (m_engine)
        text += u'\n' + m_engine->displayName();
    else
        text += u'\n' + tr("No engine");
    if (!m_engineState.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_engineState);
    return text;
}

void TrayIcon::onRunChanged(const RunRecord &run)
{
    m_seen.insert(run.id, run.state);
    if (run.state == RunState::Running)
        m_running.insert(run.id);
    else
        m_running.remove(run.id);
    refresh();

    if (!isFailure(run.state) || m_notified.contains({run.id, run.current.attempt}))
        return;
    if (!AppSettings().notificationsEnabled())
        return;
    m_notified.insert({run.id, run.current.attempt});
    const QString title = tr("%1: %2").arg(run.jobName, RunStateStyle::displayName(run.state));
    QString message = tr("Run %1, attempt %2").arg(run.id).arg(run.current.attempt);
    if (!run.current.reason.isEmpty())
        message += QStringLiteral(": ") + run.current.reason;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, message,
                            run.state == RunState::Lost ? QSystemTrayIcon::Warning : QSystemTrayIcon::Critical);
    }
    Q_EMIT runFailed(run, title, message);
}

void TrayIcon::refresh()
{
    const int running = runningCount();
    m_engineAction->setText(m_engine ? m_engine->displayName() : tr("No engine"));
    if (!m_engineState.isEmpty())
        m_engineAction->setText(m_engineAction->text() + QStringLiteral(" (%1)").arg(m_engineState));
    m_runningAction->setText(running > 0 ? tr("%n running", nullptr, running) : tr("Nothing running"));
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

} // namespace Takt
