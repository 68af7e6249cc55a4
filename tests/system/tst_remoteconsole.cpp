// The desktop console attached to a real `takt serve` on 127.0.0.1, driven as a user does:
// File → Connect to server… (URL and token typed, the token kept in a 0600 file), a job made in
// the editor of the remote window, run, its log followed live, the run succeeding in the runs
// view; a failed run notified from remote events; the server stopped (banner, actions off, data
// kept) and started again (banner gone, lists read again, events flowing). Screenshots.
#include "../engine/api/taktserve.h"

#include <engine/api/credentialstore.h>
#include <engine/api/localengine.h>
#include <engine/api/remoteengine.h>
#include <views/connect/connectdialog.h>
#include <views/connect/connectionbanner.h>
#include <views/editor/commandedit.h>
#include <views/editor/jobeditor.h>
#include <views/jobs/jobsmodel.h>
#include <views/jobs/jobsview.h>
#include <views/log/logdocument.h>
#include <views/log/logviewer.h>
#include <views/main/mainwindow.h>
#include <views/runs/runsmodel.h>
#include <views/runs/runsview.h>
#include <views/shell/closebehaviour.h>
#include <views/shell/trayicon.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Takt;
using namespace TaktTest;

namespace {

constexpr int Long = 30'000;

// Saves a screenshot for people to look at and checks it is not blank.
void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(); // pending layouts, so a label that grew is drawn whole
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
    const QString dir = QStringLiteral(TAKT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + u'/' + name));
}

QString logText(LogViewer *log)
{
    LogDocument *document = log->document();
    if (document->lineCount() == 0)
        return {};
    auto text = document->plainText(0, document->lineCount() - 1);
    if (!QTest::qWaitFor([&] { return text.isFinished(); }, Long))
        return {};
    return text.result().text;
}

template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, Long))
        return makeError(ErrorCode::Unavailable, {}, u"no answer within 30 s"_qs);
    return future.result();
}

} // namespace

class tst_RemoteConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A user's home without a keyring: the token goes to the 0600 file.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_qs)));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void attachCreateRunFollowAndReconnect();

private:
    QTemporaryDir m_home;
};

void tst_RemoteConsole::attachCreateRunFollowAndReconnect()
{
    TaktServe serve;
    QVERIFY(serve.start());

    // The desktop console on its own embedded engine, as `takt` starts.
    EngineCore::Options options;
    options.dataDir = m_home.filePath(u"local"_qs);
    LocalEngine local(options);
    auto started = local.start();
    QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), Long);
    QVERIFY(started.result().isOk());
    MainWindow home(&local, options.dataDir, true);
    home.closeBehaviour()->setAsker([](QWidget *) { return CloseBehaviour::Answer{}; });
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));

    // File → Connect to server…
    auto *connectAction = home.findChild<QAction *>(u"connectToServer"_qs);
    QVERIFY(connectAction);
    connectAction->trigger();
    ConnectDialog *dialog = home.connectDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(dialog->storageLabel()->text().contains(u"the file ~/.config/takt/servers.json, readable only by you"_qs),
             qPrintable(dialog->storageLabel()->text()));

    // A wrong token is refused in the dialog, which stays open.
    QTest::keyClicks(dialog->serverEdit()->lineEdit(), serve.url().toString());
    QTest::keyClicks(dialog->tokenEdit(), u"not-the-token"_qs);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"refused the token"_qs), Long);
    QVERIFY(dialog->isVisible());

    dialog->tokenEdit()->clear();
    QTest::keyClicks(dialog->tokenEdit(), serve.token());
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"answered; jobs there: 0."_qs), Long);
    saveScreenshot(dialog, u"connect-dialog.png"_qs);

    QSignalSpy opened(&home, &MainWindow::remoteWindowOpened);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, Long);
    QPointer<MainWindow> remote = opened.first().first().value<MainWindow *>();
    QVERIFY(remote);
    QVERIFY(QTest::qWaitForWindowExposed(remote));
    remote->resize(1200, 700);

    // The token was kept, readable only by the user; the server is a recent one now.
    QCOMPARE(CredentialStore::load(serve.url()).value(), serve.token());
    QCOMPARE(CredentialStore::recentServers().value(0), serve.url());
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(CredentialStore::filePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));

    // Title and status bar say which engine is shown.
    QVERIFY2(remote->windowTitle().contains(u"Remote engine "_qs + serve.url().toString()),
             qPrintable(remote->windowTitle()));
    QVERIFY(!remote->windowTitle().contains(u"reconnecting"_qs));
    const auto statusBarSays = [&](const QString &text) {
        for (QLabel *label : remote->statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(statusBarSays(u"Remote engine "_qs + serve.url().toString()));
    QVERIFY(home.windowTitle().contains(options.dataDir)); // the home window still shows its own
    auto *engine = qobject_cast<RemoteEngine *>(remote->engine());
    QVERIFY(engine);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->eventEpoch().isEmpty(), Long); // live events flow

    // A job made in the remote window's editor: it prints, waits for a gate, prints again (the
    // output is computed, so the command line that takt notes in the log does not contain it).
    const QString gate = serve.dataDir() + u"/gate"_qs;
    remote->jobsView()->action(JobsView::Action::New)->trigger();
    JobEditor *editor = remote->openEditor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"name"_qs), u"remote-hello"_qs);
    QTest::keyClicks(editor->findChild<CommandEdit *>(u"command"_qs)->textEdit(),
                     u"echo first $((0+1)); while [ ! -e '%1' ]; do sleep 0.05; done; echo second $((1+1))"_qs.arg(gate));
    QPushButton *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!remote->openEditor(), Long);
    const Result<Job> onServer = await(RemoteEngine(serve.url(), serve.token()).job(u"remote-hello"_qs));
    QVERIFY2(onServer.isOk(), qPrintable(onServer.error().toString())); // made on the server

    JobsModel *jobs = remote->jobsView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 1, Long);
    remote->jobsView()->selectJob(u"remote-hello"_qs);
    QTRY_VERIFY(remote->jobsView()->currentJob().isValid());
    remote->jobsView()->action(JobsView::Action::RunNow)->trigger();

    // The run appears live in the runs view, running; its log is followed while it runs.
    remote->showRuns();
    RunsModel *runs = remote->runsView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 1, Long);
    QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, 0).data(RunsModel::RunStateRole).value<RunState>(),
                              RunState::Running, Long);
    const RunId id = runs->index(0, 0).data(RunsModel::RunIdRole).toLongLong();
    remote->runsView()->tableView()->setCurrentIndex(runs->index(0, 0));
    QTRY_VERIFY(remote->runsView()->action(RunsView::Action::OpenLog)->isEnabled());
    remote->runsView()->action(RunsView::Action::OpenLog)->trigger();
    LogViewer *log = remote->logViewer(id);
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(logText(log).contains(u"first 1"_qs), Long);
    QVERIFY(!log->document()->isComplete());
    QCOMPARE(runs->index(0, 0).data(RunsModel::RunStateRole).value<RunState>(), RunState::Running);
    QVERIFY(!logText(log).contains(u"second 2"_qs));

    QFile(gate).open(QIODevice::WriteOnly); // let it finish: the rest arrives in the open viewer
    QTRY_VERIFY_WITH_TIMEOUT(logText(log).contains(u"second 2"_qs), Long);
    QTRY_VERIFY_WITH_TIMEOUT(log->document()->isComplete(), Long);
    QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, 0).data(RunsModel::RunStateRole).value<RunState>(),
                              RunState::Succeeded, Long);
    saveScreenshot(remote, u"remote-log.png"_qs);
    remote->showRuns();
    saveScreenshot(remote, u"remote-runs.png"_qs);

    // A failed run on the server is notified by the remote window's tray icon.
    QSignalSpy failed(remote->trayIcon(), &TrayIcon::runFailed);
    RemoteEngine writer(serve.url(), serve.token());
    JobSpec failing;
    failing.name = u"remote-fails"_qs;
    failing.command = {u"/bin/sh"_qs, u"-c"_qs, u"exit 3"_qs};
    QVERIFY(await(writer.createJob(failing)).isOk());
    QVERIFY(await(writer.runJobNow(failing.name)).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Long);
    QCOMPARE(failed.first().first().value<RunRecord>().jobName, failing.name);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 2, Long);

    // The server goes away: banner, title, actions off; the views keep what they showed.
    remote->showJobs();
    remote->jobsView()->selectJob(u"remote-hello"_qs);
    QTRY_VERIFY(remote->jobsView()->action(JobsView::Action::RunNow)->isEnabled());
    serve.stop();
    ConnectionBanner *banner = remote->connectionBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Long);
    QVERIFY2(banner->message().contains(u"Connection to %1 lost — reconnecting…"_qs.arg(serve.url().toString())),
             qPrintable(banner->message()));
    QVERIFY(remote->windowTitle().contains(u"reconnecting"_qs));
    QVERIFY(statusBarSays(u"connection lost, reconnecting…"_qs));
    QVERIFY(!remote->jobsView()->action(JobsView::Action::New)->isEnabled());
    QVERIFY(!remote->jobsView()->action(JobsView::Action::RunNow)->isEnabled());
    QVERIFY(!remote->jobsView()->action(JobsView::Action::Delete)->isEnabled());
    QCOMPARE(jobs->rowCount(), 2);
    QCOMPARE(runs->rowCount(), 2);
    saveScreenshot(remote, u"remote-connection-lost.png"_qs);

    // Meanwhile another client changes the server once it is back … and the window catches up
    // by itself: banner gone, actions back, lists read again (the new process cannot replay).
    QVERIFY(serve.start());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Long);
    QVERIFY(!remote->windowTitle().contains(u"reconnecting"_qs));
    QVERIFY(!statusBarSays(u"connection lost"_qs));
    QTRY_VERIFY(remote->jobsView()->action(JobsView::Action::New)->isEnabled());
    RemoteEngine again(serve.url(), serve.token());
    QVERIFY(await(again.deleteJob(failing.name)).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 1, Long);
    JobSpec later;
    later.name = u"after-restart"_qs;
    later.command = {u"/bin/true"_qs};
    QVERIFY(await(again.createJob(later)).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 2, Long);
    saveScreenshot(remote, u"remote-jobs.png"_qs);

    remote->close();
    QTRY_VERIFY(!remote);
}

QTEST_MAIN(tst_RemoteConsole)
#include "tst_remoteconsole.moc"
