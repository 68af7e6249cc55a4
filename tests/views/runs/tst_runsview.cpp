// RunsView over a real LocalEngine: the filter bar makes the model's query, the table loads
// pages as it scrolls, cancel stops a real running process, re-run starts a new run, Enter
// asks for the log, and a screenshot of runs in many states.

#include "viewtestsupport.h"

#include <views/runs/runsmodel.h>
#include <views/runs/runsview.h>

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

using namespace Takt;
using namespace TaktTest;

namespace {

void fillStore(Store &store)
{
    const qint64 base = QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000 - 2 * 24 * 3'600'000LL;
    const auto job = store.insertJob(shellJob(u"bulk"_qs, u"true"_qs), base, 0);
    QVERIFY(job.isOk());
    const Result<void> ok = store.transaction([&]() -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            RunRecord run = makeRun(0, u"bulk"_qs, i % 5 == 0 ? RunState::Failed : RunState::Succeeded, base + i * 60'000);
            run.jobId = job->id;
            run.trigger = RunTrigger::Schedule;
            const auto inserted = store.insertRun(run);
            if (!inserted.isOk())
                return inserted.error();
        }
        return {};
    });
    QVERIFY2(ok.isOk(), qPrintable(ok.error().toString()));
}

} // namespace

class tst_RunsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void filterBarMakesTheQuery();
    void scrollingLoadsPages();
    void cancelRunningRun();
    void rerunStartsANewRun();
    void openLogOnEnterAndDoubleClick();
    void screenshot();

private:
    void showView(std::function<void(Store &)> prepare = {});
    bool selectRun(RunId id);

    std::unique_ptr<LocalEngineFixture> m_fixture;
    std::unique_ptr<RunsView> m_view;
};

void tst_RunsView::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

void tst_RunsView::showView(std::function<void(Store &)> prepare)
{
    m_fixture = std::make_unique<LocalEngineFixture>(prepare);
    m_view = std::make_unique<RunsView>(m_fixture->engine.get());
    m_view->resize(1000, 400);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

bool tst_RunsView::selectRun(RunId id)
{
    const int row = m_view->model()->rowOfRun(id);
    if (row < 0)
        return false;
    m_view->tableView()->selectRow(row);
    m_view->tableView()->setFocus();
    return m_view->currentRun().id == id;
}

void tst_RunsView::filterBarMakesTheQuery()
{
    showView(fillStore);
    QTRY_VERIFY(m_view->model()->rowCount() > 0);
    QCOMPARE(m_view->model()->query().jobName, QString());

    m_view->showJob(u"bulk"_qs);
    QCOMPARE(m_view->jobFilter(), u"bulk"_qs);
    QCOMPARE(m_view->model()->query().jobName, u"bulk"_qs);
    QTRY_VERIFY(m_view->model()->rowCount() > 0);

    m_view->setStateFilter({RunState::Failed});
    QCOMPARE(m_view->model()->query().states, QList<RunState>{RunState::Failed});
    QTRY_VERIFY(m_view->model()->rowCount() > 0);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->run(row).state, RunState::Failed);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    m_view->setTimeRange(RunsView::TimeRange::LastDay);
    const qint64 from = m_view->model()->query().scheduledFrom;
    QVERIFY(from >= before - 24 * 3'600'000LL - 1000 && from <= QDateTime::currentMSecsSinceEpoch() - 24 * 3'600'000LL);
    QTRY_VERIFY(!m_view->model()->isFetching());
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QVERIFY(m_view->model()->run(row).scheduledAt >= from);

    const QDateTime start = QDateTime::currentDateTime().addDays(-2);
    m_view->setCustomRange(start, start.addSecs(3600));
    QCOMPARE(m_view->timeRange(), RunsView::TimeRange::Custom);
    QCOMPARE(m_view->model()->query().scheduledFrom, start.toMSecsSinceEpoch());
    QCOMPARE(m_view->model()->query().scheduledTo, start.addSecs(3600).toMSecsSinceEpoch());

    m_view->showJob({});
    m_view->setStateFilter({});
    m_view->setTimeRange(RunsView::TimeRange::All);
    const RunQuery all = m_view->model()->query();
    QVERIFY(all.jobName.isEmpty() && all.states.isEmpty() && all.scheduledFrom == 0 && all.scheduledTo == 0);
}

void tst_RunsView::scrollingLoadsPages()
{
    showView(fillStore);
    RunsModel *model = m_view->model();
    // The view asks for what it shows: one page, not the thousand runs.
    QTRY_COMPARE(model->rowCount(), RunsModel::DefaultPageSize);
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), RunsModel::DefaultPageSize);
    const auto labels = m_view->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(u"200 runs loaded"); }));

    // Scrolling to the bottom brings the next page, and so on to the end.
    QScrollBar *bar = m_view->tableView()->verticalScrollBar();
    for (int page = 2; page <= 5; ++page) {
        bar->setValue(bar->maximum());
        QTRY_COMPARE(model->rowCount(), page * RunsModel::DefaultPageSize);
    }
    bar->setValue(bar->maximum());
    QTRY_VERIFY(model->isAtEnd());
    QCOMPARE(model->rowCount(), 1000);
    QVERIFY(m_view->statusText().startsWith(u"1000 runs loaded"));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->run(row - 1).id > model->run(row).id);
}

void tst_RunsView::cancelRunningRun()
{
    showView();
    m_fixture->createJob(shellJob(u"long"_qs, u"sleep 30"_qs));
    const RunRecord run = m_fixture->runNow(u"long"_qs);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QTRY_COMPARE(m_view->model()->run(0).state, RunState::Running);
    QVERIFY(selectRun(run.id));
    QAction *cancel = m_view->action(RunsView::Action::Cancel);
    QVERIFY(cancel->isEnabled());
    QSignalSpy status(m_view.get(), &RunsView::statusMessage);
    QTest::keyClick(m_view->tableView(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(m_view->model()->run(0).state, RunState::Cancelled);
    QCOMPARE(m_fixture->waitForFinal(run.id).state, RunState::Cancelled);
    QCOMPARE(status.size(), 1);
    QVERIFY(!cancel->isEnabled()); // a final run cannot be cancelled
}

void tst_RunsView::rerunStartsANewRun()
{
    showView();
    m_fixture->createJob(shellJob(u"report"_qs, u"exit 2"_qs));
    const RunRecord first = m_fixture->waitForFinal(m_fixture->runNow(u"report"_qs).id);
    QCOMPARE(first.state, RunState::Failed);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QTRY_COMPARE(m_view->model()->run(0).state, RunState::Failed);
    QVERIFY(selectRun(first.id));
    QTest::keyClick(m_view->tableView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    const RunRecord again = m_view->model()->run(0);
    QVERIFY(again.id > first.id);
    QCOMPARE(again.jobName, u"report"_qs);
    QCOMPARE(again.trigger, RunTrigger::Manual);
    QCOMPARE(m_fixture->waitForFinal(again.id).state, RunState::Failed);
}

void tst_RunsView::openLogOnEnterAndDoubleClick()
{
    showView();
    m_fixture->createJob(shellJob(u"hello"_qs, u"echo hello"_qs));
    const RunRecord run = m_fixture->waitForFinal(m_fixture->runNow(u"hello"_qs).id);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QTRY_VERIFY(isFinal(m_view->model()->run(0).state));
    QSignalSpy open(m_view.get(), &RunsView::openLogRequested);
    QVERIFY(open.isValid());
    QVERIFY(selectRun(run.id));
    QTest::keyClick(m_view->tableView(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).value<RunId>(), run.id);
    QCOMPARE(open.first().at(1).toInt(), 1);

    const QPoint centre = m_view->tableView()->visualRect(m_view->model()->index(0, RunsModel::JobColumn)).center();
    QTest::mouseClick(m_view->tableView()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(m_view->tableView()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(open.size(), 2);
}

void tst_RunsView::screenshot()
{
    showView();
    JobSpec etl = shellJob(u"etl-orders"_qs, u"sleep 0.1"_qs, u"*/10 * * * *"_qs);
    m_fixture->createJob(etl);
    m_fixture->createJob(shellJob(u"backup-db"_qs, u"sleep 0.2; exit 1"_qs, u"30 2 * * *"_qs));
    JobSpec slow = shellJob(u"reindex-search"_qs, u"sleep 5"_qs);
    slow.timeoutMs = 300;
    slow.killGraceMs = 100;
    m_fixture->createJob(slow);
    JobSpec flaky = shellJob(u"sync-inventory"_qs, u"exit 3"_qs);
    flaky.retry.maxRetries = 2;
    flaky.retry.delayMs = 3'600'000; // waits for its second attempt
    m_fixture->createJob(flaky);
    JobSpec serial = shellJob(u"render-video"_qs, u"sleep 30"_qs);
    serial.maxConcurrent = 1;
    m_fixture->createJob(serial);

    for (int i = 0; i < 3; ++i)
        m_fixture->waitForFinal(m_fixture->runNow(u"etl-orders"_qs).id);
    m_fixture->waitForFinal(m_fixture->runNow(u"backup-db"_qs).id);
    m_fixture->waitForFinal(m_fixture->runNow(u"reindex-search"_qs).id);
    const RunRecord cancelled = m_fixture->runNow(u"render-video"_qs);
    m_fixture->waitForState(cancelled.id, [](RunState s) { return s == RunState::Running; });
    QVERIFY(await(m_fixture->engine->cancelRun(cancelled.id)).isOk());
    m_fixture->waitForFinal(cancelled.id);
    const RunRecord retrying = m_fixture->runNow(u"sync-inventory"_qs);
    m_fixture->waitForState(retrying.id, [](RunState s) { return s == RunState::Scheduled; });
    m_fixture->waitForFinal(m_fixture->runNow(u"etl-orders"_qs).id);
    const RunRecord running = m_fixture->runNow(u"render-video"_qs);
    m_fixture->waitForState(running.id, [](RunState s) { return s == RunState::Running; });
    m_fixture->runNow(u"render-video"_qs); // waits for the first: queued

    QTRY_COMPARE(m_view->model()->rowCount(), 10);
    QTRY_COMPARE(m_view->model()->run(0).state, RunState::Queued);
    QVERIFY(selectRun(retrying.id));
    QTest::qWait(1100); // one tick of the running duration
    QVERIFY(saveScreenshot(m_view.get(), u"runs.png"_qs));
}

QTEST_MAIN(tst_RunsView)
#include "tst_runsview.moc"
