// JobsView over a real LocalEngine: filter and sort, each action from its keyboard shortcut
// (run now makes a real run, pause/resume, delete behind a confirmation that names the job,
// the editor requests), errors shown, and a screenshot of the panel with a few jobs.

#include "viewtestsupport.h"

#include <views/jobs/jobsmodel.h>
#include <views/jobs/jobsview.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

using namespace Takt;
using namespace TaktTest;

class tst_JobsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void filterByNameDescriptionAndSchedule();
    void sortByColumns();
    void runNowMakesARun();
    void pauseAndResume();
    void deleteAsksFirst();
    void deleteConfirmationIsInjectable();
    void editorRequests();
    void errorsAreShown();
    void selectJobWaitsForIt();
    void screenshot();

private:
    /// Shows the view (active, so its shortcuts work) once the model has the jobs.
    void showView(int expectedJobs);
    QStringList visibleNames() const;
    bool select(const QString &name);

    std::unique_ptr<LocalEngineFixture> m_fixture;
    std::unique_ptr<JobsView> m_view;
};

void tst_JobsView::init()
{
    m_fixture = std::make_unique<LocalEngineFixture>();
    JobSpec backup = shellJob(u"backup-db"_qs, u"true"_qs, u"30 2 * * *"_qs, u"Europe/Berlin"_qs);
    backup.description = u"Nightly pg_dump of the orders database"_qs;
    m_fixture->createJob(backup);
    m_fixture->createJob(shellJob(u"rotate-logs"_qs, u"true"_qs, u"*/15 * * * *"_qs));
    JobSpec report = shellJob(u"weekly-report"_qs, u"true"_qs, u"0 9 * * MON"_qs, u"America/New_York"_qs);
    report.description = u"Sales figures mailed to the team"_qs;
    m_fixture->createJob(report);
}

void tst_JobsView::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

void tst_JobsView::showView(int expectedJobs)
{
    m_view = std::make_unique<JobsView>(m_fixture->engine.get());
    m_view->resize(1000, 360);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTRY_COMPARE(m_view->model()->rowCount(), expectedJobs);
}

QStringList tst_JobsView::visibleNames() const
{
    QStringList names;
    const QAbstractItemModel *proxy = m_view->tableView()->model();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names.append(proxy->index(row, JobsModel::NameColumn).data().toString());
    return names;
}

bool tst_JobsView::select(const QString &name)
{
    m_view->selectJob(name);
    m_view->tableView()->setFocus();
    return m_view->currentJob().spec.name == name;
}

void tst_JobsView::filterByNameDescriptionAndSchedule()
{
    showView(3);
    QAbstractItemModelTester tester(m_view->tableView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(visibleNames(), (QStringList{u"backup-db"_qs, u"rotate-logs"_qs, u"weekly-report"_qs}));

    QTest::keyClicks(m_view->filterEdit(), u"ROTATE"_qs); // by name, any case
    QCOMPARE(visibleNames(), QStringList{u"rotate-logs"_qs});
    m_view->setFilterText(u"pg_dump"_qs); // by description
    QCOMPARE(visibleNames(), QStringList{u"backup-db"_qs});
    m_view->setFilterText(u"MON"_qs); // by the expression
    QCOMPARE(visibleNames(), QStringList{u"weekly-report"_qs});
    m_view->setFilterText(u"15 minutes"_qs); // by the schedule in words
    QCOMPARE(visibleNames(), QStringList{u"rotate-logs"_qs});

    // A job made while filtered shows only if it matches.
    m_fixture->createJob(shellJob(u"rotate-tmp"_qs, u"true"_qs));
    m_fixture->createJob(shellJob(u"other"_qs, u"true"_qs));
    m_view->setFilterText(u"rotate"_qs);
    QTRY_COMPARE(visibleNames(), (QStringList{u"rotate-logs"_qs, u"rotate-tmp"_qs}));
    m_view->setFilterText({});
    QTRY_COMPARE(visibleNames().size(), 5);
}

void tst_JobsView::sortByColumns()
{
    showView(3);
    QTableView *table = m_view->tableView();
    table->sortByColumn(JobsModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(visibleNames(), (QStringList{u"weekly-report"_qs, u"rotate-logs"_qs, u"backup-db"_qs}));

    // Next run sorts by time (raw ms), not by the text in different zones: every 15 minutes
    // comes first; a paused job goes last.
    QVERIFY(await(m_fixture->engine->setJobPaused(u"backup-db"_qs, true)).isOk());
    QTRY_VERIFY(m_view->model()->job(m_view->model()->rowOfJob(u"backup-db"_qs)).paused);
    table->sortByColumn(JobsModel::NextRunColumn, Qt::AscendingOrder);
    QCOMPARE(visibleNames(), (QStringList{u"rotate-logs"_qs, u"weekly-report"_qs, u"backup-db"_qs}));

    // Clicking a header sorts too.
    table->sortByColumn(JobsModel::EnabledColumn, Qt::DescendingOrder);
    QCOMPARE(visibleNames().first(), u"backup-db"_qs);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(JobsModel::EnabledColumn));
}

void tst_JobsView::runNowMakesARun()
{
    showView(3);
    QSignalSpy runs(m_fixture->engine.get(), &EngineApi::runChanged);
    QSignalSpy status(m_view.get(), &JobsView::statusMessage);
    QVERIFY(select(u"rotate-logs"_qs));
    QVERIFY(m_view->action(JobsView::Action::RunNow)->isEnabled());
    QTest::keyClick(m_view->tableView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(!runs.isEmpty());
    const RunRecord run = runs.first().first().value<RunRecord>();
    QCOMPARE(run.jobName, u"rotate-logs"_qs);
    QCOMPARE(run.trigger, RunTrigger::Manual);
    QTRY_COMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QString::number(run.id)));
    QCOMPARE(m_fixture->waitForFinal(run.id).state, RunState::Succeeded);

    // The last result follows the run.
    const int row = m_view->model()->rowOfJob(u"rotate-logs"_qs);
    QTRY_VERIFY(m_view->model()->index(row, JobsModel::LastResultColumn).data().toString().startsWith(u"Succeeded"));
}

void tst_JobsView::pauseAndResume()
{
    showView(3);
    QVERIFY(select(u"backup-db"_qs));
    QAction *pause = m_view->action(JobsView::Action::PauseResume);
    QCOMPARE(pause->text(), u"Pause"_qs);
    QTest::keyClick(m_view->tableView(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(await(m_fixture->engine->job(u"backup-db"_qs)).value().paused);
    QTRY_VERIFY(m_view->currentJob().paused);
    QCOMPARE(pause->text(), u"Resume"_qs);
    const int row = m_view->model()->rowOfJob(u"backup-db"_qs);
    QCOMPARE(m_view->model()->index(row, JobsModel::EnabledColumn).data().toString(), u"Paused"_qs);

    pause->trigger(); // from the toolbar or the context menu: the same action
    QTRY_VERIFY(!await(m_fixture->engine->job(u"backup-db"_qs)).value().paused);
    QTRY_COMPARE(pause->text(), u"Pause"_qs);
    QVERIFY(m_view->tableView()->actions().contains(pause)); // in the context menu
}

void tst_JobsView::deleteAsksFirst()
{
    showView(3);
    QVERIFY(select(u"weekly-report"_qs));

    // Cancel: nothing happens.
    QString asked;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(m_view->tableView(), Qt::Key_Delete);
    QVERIFY2(asked.contains(u"weekly-report"_qs), qPrintable(asked));
    QTest::qWait(50);
    QVERIFY(await(m_fixture->engine->job(u"weekly-report"_qs)).isOk());
    QCOMPARE(m_view->model()->rowCount(), 3);

    // Delete: the job goes from the engine and the table.
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    m_view->action(JobsView::Action::Delete)->trigger();
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QCOMPARE(await(m_fixture->engine->job(u"weekly-report"_qs)).error().code, ErrorCode::NotFound);
    // The selection moves on to a neighbour, as in a file manager.
    QVERIFY(m_view->currentJob().spec.name != u"weekly-report"_qs);
}

void tst_JobsView::deleteConfirmationIsInjectable()
{
    showView(3);
    QStringList asked;
    m_view->setDeleteConfirmation([&](QWidget *, const QString &name) {
        asked.append(name);
        return true;
    });
    QVERIFY(select(u"rotate-logs"_qs));
    m_view->deleteCurrentJob();
    QCOMPARE(asked, QStringList{u"rotate-logs"_qs});
    QTRY_COMPARE(m_view->model()->rowOfJob(u"rotate-logs"_qs), -1);
}

void tst_JobsView::editorRequests()
{
    showView(3);
    QSignalSpy created(m_view.get(), &JobsView::newJobRequested);
    QSignalSpy edit(m_view.get(), &JobsView::editJobRequested);
    QSignalSpy duplicate(m_view.get(), &JobsView::duplicateJobRequested);
    QSignalSpy activated(m_view.get(), &JobsView::jobActivated);
    QSignalSpy current(m_view.get(), &JobsView::currentJobChanged);

    QVERIFY(select(u"backup-db"_qs));
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().first().toString(), u"backup-db"_qs);
    QTest::keyClick(m_view->tableView(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(created.size(), 1);
    QTest::keyClick(m_view->tableView(), Qt::Key_F2);
    QTest::keyClick(m_view->tableView(), Qt::Key_Return);
    QCOMPARE(edit.size(), 2);
    QCOMPARE(edit.first().first().value<Job>().spec.name, u"backup-db"_qs);
    QCOMPARE(edit.first().first().value<Job>().spec.schedule, u"30 2 * * *"_qs);
    QTest::keyClick(m_view->tableView(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(duplicate.size(), 1);
    QCOMPARE(duplicate.first().first().value<Job>().spec.name, u"backup-db"_qs);

    // Enter in the filter moves to the list; it does not edit.
    m_view->filterEdit()->setFocus();
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Return);
    QCOMPARE(edit.size(), 2);
    QVERIFY(m_view->tableView()->hasFocus());

    const QModelIndex cell = m_view->tableView()->model()->index(0, JobsModel::NameColumn);
    const QPoint centre = m_view->tableView()->visualRect(cell).center();
    QTest::mouseClick(m_view->tableView()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(m_view->tableView()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), cell.data().toString());
}

void tst_JobsView::errorsAreShown()
{
    showView(3);
    // A job with a run still going cannot be deleted: the engine says why, the view shows it.
    m_fixture->createJob(shellJob(u"long"_qs, u"sleep 30"_qs));
    QTRY_COMPARE(m_view->model()->rowCount(), 4);
    const RunRecord run = m_fixture->runNow(u"long"_qs);
    QVERIFY(run.isValid());
    QSignalSpy errors(m_view.get(), &JobsView::errorOccurred);
    m_view->setDeleteConfirmation([](QWidget *, const QString &) { return true; });
    QVERIFY(select(u"long"_qs));
    m_view->deleteCurrentJob();
    QTRY_COMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"long"_qs) && message.contains(u"active"_qs), qPrintable(message));
    const auto labels = m_view->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->isVisible() && l->text() == message; }));
    QCOMPARE(m_view->model()->rowCount(), 4);
    QVERIFY(await(m_fixture->engine->cancelRun(run.id)).isOk());
    QCOMPARE(m_fixture->waitForFinal(run.id).state, RunState::Cancelled);
}

void tst_JobsView::selectJobWaitsForIt()
{
    showView(3);
    QSignalSpy current(m_view.get(), &JobsView::currentJobChanged);
    m_view->selectJob(u"made-by-the-editor"_qs); // not there yet
    QVERIFY(!m_view->currentJob().isValid());
    m_fixture->createJob(shellJob(u"made-by-the-editor"_qs, u"true"_qs));
    QTRY_COMPARE(m_view->currentJob().spec.name, u"made-by-the-editor"_qs);
    QCOMPARE(current.last().first().toString(), u"made-by-the-editor"_qs);
}

void tst_JobsView::screenshot()
{
    // A few jobs with a history: successes, failures, a time-out, a paused job.
    const QString counter = m_fixture->m_dir.filePath(u"count"_qs);
    JobSpec flaky = shellJob(u"sync-inventory"_qs,
                             u"f='"_qs + counter + u"'; n=$(cat \"$f\" 2>/dev/null || echo 0); n=$((n+1)); "
                                                   "echo $n > \"$f\"; test $((n % 4)) -ne 0"_qs,
                             u"*/10 * * * 1-5"_qs, u"Europe/London"_qs);
    flaky.description = u"Pull stock levels from the warehouse API"_qs;
    m_fixture->createJob(flaky);
    JobSpec slow = shellJob(u"reindex-search"_qs, u"sleep 5"_qs, u"@every 6h"_qs);
    slow.timeoutMs = 200;
    slow.killGraceMs = 100;
    m_fixture->createJob(slow);
    for (int i = 0; i < 9; ++i)
        m_fixture->waitForFinal(m_fixture->runNow(u"sync-inventory"_qs).id);
    for (int i = 0; i < 4; ++i)
        m_fixture->waitForFinal(m_fixture->runNow(u"backup-db"_qs).id);
    for (int i = 0; i < 2; ++i)
        m_fixture->waitForFinal(m_fixture->runNow(u"reindex-search"_qs).id);
    m_fixture->waitForFinal(m_fixture->runNow(u"rotate-logs"_qs).id);
    QVERIFY(await(m_fixture->engine->setJobPaused(u"weekly-report"_qs, true)).isOk());

    showView(5);
    QVERIFY(select(u"sync-inventory"_qs));
    const JobsModel *model = m_view->model();
    const auto allLoaded = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row, JobsModel::RecentResultsColumn).data(JobsModel::RecentLoadedRole).toBool())
                return false;
        }
        return true;
    };
    QTRY_VERIFY(allLoaded());
    QCOMPARE(model->recentRuns(u"sync-inventory"_qs).size(), 9);
    QTest::qWait(50); // let the last repaint happen
    QVERIFY(saveScreenshot(m_view.get(), u"jobs.png"_qs));
}

QTEST_MAIN(tst_JobsView)
#include "tst_jobsview.moc"
