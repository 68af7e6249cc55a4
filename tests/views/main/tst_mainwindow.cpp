// The desktop console as a user drives it, on a real embedded engine: a job made in the editor
// (a bad schedule refused with the engine's message first), run, seen succeeding live in the
// runs view, its log opened, its output found and searched. Screenshots of each step.
#include <engine/api/localengine.h>
#include <views/editor/commandedit.h>
#include <views/editor/jobeditor.h>
#include <views/jobs/jobsmodel.h>
#include <views/jobs/jobsview.h>
#include <views/log/logdocument.h>
#include <views/log/logsearch.h>
#include <views/log/logviewer.h>
#include <views/main/mainwindow.h>
#include <views/runs/runsmodel.h>
#include <views/runs/runsview.h>
#include <views/shell/closebehaviour.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

namespace {

// Saves a screenshot for people to look at and checks it is not blank.
void saveScreenshot(QWidget *widget, const QString &name)
{
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

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createRunWatchAndReadAJob()
    {
        QTemporaryDir data;
        EngineCore::Options options;
        options.dataDir = data.path();
        LocalEngine engine(options);
        auto started = engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 20000);
        QVERIFY(started.result().isOk());

        MainWindow window(&engine, data.path(), true);
        window.closeBehaviour()->setAsker([](QWidget *) { return CloseBehaviour::Answer{}; });
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(data.path())); // which engine is shown

        // New job: the editor opens from the jobs toolbar action.
        window.jobsView()->action(JobsView::Action::New)->trigger();
        JobEditor *editor = window.openEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("hello-gui"));
        QTest::keyClicks(editor->findChild<CommandEdit *>(QStringLiteral("command"))->textEdit(),
                         QStringLiteral("echo hello from takt; echo warning >&2; echo done"));
        auto *schedule = editor->findChild<QLineEdit *>(QStringLiteral("schedule"));
        QTest::keyClicks(schedule, QStringLiteral("0 0 32 * *"));
        QPushButton *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *status = editor->findChild<QLabel *>(QStringLiteral("scheduleStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("day-of-month: 32 is out of range 1-31")));
        QVERIFY(status->isVisible());
        QVERIFY(!ok->isEnabled());
        saveScreenshot(editor, QStringLiteral("mainwindow-editor-error.png"));

        schedule->clear();
        QTest::keyClicks(schedule, QStringLiteral("30 2 * * 1-5"));
        QTRY_VERIFY(ok->isEnabled());
        QTRY_VERIFY(status->text().contains(QStringLiteral("Monday through Friday")));
        saveScreenshot(editor, QStringLiteral("mainwindow-editor.png"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.openEditor(), 20000);

        // The job appears in the jobs table and can be run from there.
        JobsModel *jobs = window.jobsView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 1, 20000);
        QCOMPARE(jobs->index(0, 0).data(JobsModel::JobNameRole).toString(), QStringLiteral("hello-gui"));
        window.jobsView()->selectJob(QStringLiteral("hello-gui"));
        QTRY_VERIFY(window.jobsView()->currentJob().isValid());
        window.jobsView()->action(JobsView::Action::RunNow)->trigger();

        // The run shows up in the runs view and turns succeeded there, live.
        window.showRuns();
        RunsModel *runs = window.runsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowCount() == 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, 0).data(RunsModel::RunStateRole).value<RunState>(),
                                  RunState::Succeeded, 20000);
        const RunId id = runs->index(0, 0).data(RunsModel::RunIdRole).toLongLong();
        saveScreenshot(&window, QStringLiteral("mainwindow-runs.png"));

        // Its log, opened from the runs view: the output is there and can be searched.
        window.runsView()->tableView()->setCurrentIndex(runs->index(0, 0));
        window.runsView()->action(RunsView::Action::OpenLog)->trigger();
        LogViewer *log = window.logViewer(id);
        QVERIFY(log);
        QCOMPARE(window.tabs()->currentWidget(), log);
        QTRY_VERIFY_WITH_TIMEOUT(log->document()->isComplete(), 20000);
        auto text = log->document()->plainText(0, log->document()->lineCount() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(text.isFinished(), 20000);
        QVERIFY2(text.result().text.contains(QStringLiteral("hello from takt")), qPrintable(text.result().text));
        QVERIFY(text.result().text.contains(QStringLiteral("warning")));
        // Twice: in the output, and in takt's own line that names the command it started.
        log->find(QStringLiteral("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(log->search()->matchCount(), 2, 20000);
        saveScreenshot(&window, QStringLiteral("mainwindow-log.png"));

        window.showJobs();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->index(0, 0).data(JobsModel::RecentLoadedRole).toBool(), 20000);
        saveScreenshot(&window, QStringLiteral("mainwindow-jobs.png"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
