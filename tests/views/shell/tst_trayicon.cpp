// TrayIcon without a system tray (offscreen): it degrades to no icon but still counts running
// runs for its tooltip and menu, and reports failed, timed-out and lost runs once each,
// unless notifications are off.

#include "fakeengine.h"

#include <views/shell/appsettings.h>
#include <views/shell/trayicon.h>

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

class tst_TrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void degradesWithoutTray();
    void countsRunningRuns();
    void notifiesFailuresOnce();
    void respectsNotificationSetting();
    void menuActions();
    void followsAnotherEngine();

private:
    QTemporaryDir m_dir;
};

void tst_TrayIcon::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void tst_TrayIcon::init()
{
    QSettings(u"Takt"_qs, u"takt"_qs).clear();
}

void tst_TrayIcon::degradesWithoutTray()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has none
    FakeEngine engine;
    TrayIcon tray(&engine);
    QVERIFY(!tray.isAvailable());
    QCOMPARE(tray.systemTrayIcon(), nullptr);
    QVERIFY(tray.menu());
    QCOMPARE(tray.toolTip(), u"Takt — idle\nFake engine — /tmp/fake"_qs);

    TrayIcon none(nullptr);
    QCOMPARE(none.toolTip(), u"Takt — idle\nNo engine"_qs);
    none.setEngineState(u"Disconnected"_qs);
    QCOMPARE(none.toolTip(), u"Takt — idle\nNo engine (Disconnected)"_qs);
}

void tst_TrayIcon::countsRunningRuns()
{
    FakeEngine engine;
    engine.runningPage.runs = {FakeEngine::run(1, RunState::Running), FakeEngine::run(2, RunState::Running)};
    TrayIcon tray(&engine);
    QCOMPARE(engine.runsCalls, 1);
    QTRY_COMPARE(tray.runningCount(), 2);
    QCOMPARE(tray.toolTip().section(u'\n', 0, 0), u"Takt — 2 running"_qs);

    Q_EMIT engine.runChanged(FakeEngine::run(3, RunState::Running));
    QCOMPARE(tray.runningCount(), 3);
    Q_EMIT engine.runChanged(FakeEngine::run(1, RunState::Succeeded));
    Q_EMIT engine.runChanged(FakeEngine::run(3, RunState::Queued));
    QCOMPARE(tray.runningCount(), 1);
    QCOMPARE(tray.toolTip().section(u'\n', 0, 0), u"Takt — 1 running"_qs);
    const QList<QAction *> actions = tray.menu()->actions();
    QCOMPARE(actions.at(0)->text(), u"Fake engine — /tmp/fake"_qs);
    QCOMPARE(actions.at(1)->text(), u"1 running"_qs);
}

void tst_TrayIcon::notifiesFailuresOnce()
{
    FakeEngine engine;
    TrayIcon tray(&engine);
    QSignalSpy failed(&tray, &TrayIcon::runFailed);

    Q_EMIT engine.runChanged(FakeEngine::run(7, RunState::Running));
    Q_EMIT engine.runChanged(FakeEngine::run(7, RunState::Succeeded));
    Q_EMIT engine.runChanged(FakeEngine::run(8, RunState::Cancelled));
    QCOMPARE(failed.count(), 0);

    Q_EMIT engine.runChanged(FakeEngine::run(9, RunState::Failed, 2, u"exit code 3"_qs));
    Q_EMIT engine.runChanged(FakeEngine::run(9, RunState::Failed, 2, u"exit code 3"_qs)); // told twice
    Q_EMIT engine.runChanged(FakeEngine::run(10, RunState::TimedOut, 1, u"timed out after 30s"_qs));
    Q_EMIT engine.runChanged(FakeEngine::run(11, RunState::Lost));
    QCOMPARE(failed.count(), 3);
    QCOMPARE(failed.at(0).at(0).value<RunRecord>().id, 9);
    QCOMPARE(failed.at(0).at(1).toString(), u"backup: Failed"_qs);
    QCOMPARE(failed.at(0).at(2).toString(), u"Run 9, attempt 2: exit code 3"_qs);
    QCOMPARE(failed.at(1).at(1).toString(), u"backup: Timed out"_qs);
    QCOMPARE(failed.at(2).at(1).toString(), u"backup: Lost"_qs);
}

void tst_TrayIcon::respectsNotificationSetting()
{
    AppSettings().setNotificationsEnabled(false);
    FakeEngine engine;
    TrayIcon tray(&engine);
    QSignalSpy failed(&tray, &TrayIcon::runFailed);
    Q_EMIT engine.runChanged(FakeEngine::run(9, RunState::Failed));
    QCOMPARE(failed.count(), 0);
    // Turned on again (e.g. in the settings dialog): the next failure is told.
    AppSettings().setNotificationsEnabled(true);
    Q_EMIT engine.runChanged(FakeEngine::run(10, RunState::Failed));
    QCOMPARE(failed.count(), 1);
}

void tst_TrayIcon::menuActions()
{
    TrayIcon tray(nullptr);
    QSignalSpy show(&tray, &TrayIcon::showWindowRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    const QList<QAction *> actions = tray.menu()->actions();
    QAction *showAction = nullptr;
    QAction *quitAction = nullptr;
    for (QAction *action : actions) {
        if (action->text() == u"&Show Takt")
            showAction = action;
        if (action->text() == u"&Quit Takt")
            quitAction = action;
    }
    QVERIFY(showAction && quitAction);
    showAction->trigger();
    QCOMPARE(show.count(), 1);
    quitAction->trigger();
    QCOMPARE(quit.count(), 1);
}

void tst_TrayIcon::followsAnotherEngine()
{
    FakeEngine first;
    FakeEngine second;
    second.name = u"https://scheduler.example.org:8443"_qs;
    TrayIcon tray(&first);
    Q_EMIT first.runChanged(FakeEngine::run(1, RunState::Running));
    QCOMPARE(tray.runningCount(), 1);
    tray.setEngine(&second);
    QCOMPARE(tray.runningCount(), 0);
    Q_EMIT first.runChanged(FakeEngine::run(2, RunState::Running)); // no longer followed
    QCOMPARE(tray.runningCount(), 0);
    QVERIFY(tray.toolTip().endsWith(u"https://scheduler.example.org:8443"_qs));
}

QTEST_MAIN(tst_TrayIcon)
#include "tst_trayicon.moc"
