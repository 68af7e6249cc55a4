#pragma once
// TrayIcon: Takt in the system tray — the engine and how many runs are running, a menu to show
// the window or quit, and a desktop notification when a run fails. Without a tray (no
// StatusNotifier host, the offscreen platform) it shows nothing but still counts and reports.

#include <engine/api/engineapi.h>
#include <engine/core/run.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Takt {

class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    /// Follows `engine` (not owned; may be null). Shows the icon at once when a tray exists.
    explicit TrayIcon(EngineApi *engine, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Follows another engine (e.g. after attaching to a remote one); counts start again.
    void setEngine(EngineApi *engine);
    /// A word on the engine's health for the menu and tooltip ("Disconnected"); empty = none.
    void setEngineState(const QString &state);

    /// Whether a system tray exists and the icon is in it.
    bool isAvailable() const;
    int runningCount() const { return int(m_running.size()); }
    /// "Takt — 2 running" (first line), then the engine's name and state.
    QString toolTip() const;
    /// The context menu (also when there is no tray, for a window to reuse).
    QMenu *menu() const { return m_menu; }
    /// Null when there is no tray.
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();
    /// A run ended failed, timed out or lost, and notifications are on. Emitted also when there
    /// is no tray to show it, so that the window can say it elsewhere.
    void runFailed(const Takt::RunRecord &run, const QString &title, const QString &message);

private:
    void onRunChanged(const RunRecord &run);
    void refresh();

    QPointer<EngineApi> m_engine;
    QString m_engineState;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_engineAction = nullptr;
    QAction *m_runningAction = nullptr;
    QSet<RunId> m_running;
    QHash<RunId, RunState> m_seen;            // states learnt from signals, newer than a listing
    QSet<QPair<RunId, int>> m_notified;       // (run, attempt) already notified
    int m_generation = 0;                     // drops listings of an engine no longer followed
};

} // namespace Takt
