// RunsModel: pages of a real store loaded on demand (no row twice, never more than asked), the
// query's filters, live updates from real runs, and — with a fake EngineApi that releases its
// answers when the test says — one request at a time, stale answers dropped, failures, changes
// that race a page, and the ticking duration of running runs.

#include "viewtestsupport.h"

#include <views/runs/runsmodel.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSet>

using namespace Takt;
using namespace TaktTest;

namespace {

// Three days ago, on a whole minute: young enough for the engine's retention to keep.
const qint64 Base = QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000 - 3 * 24 * 3'600'000LL;

/// 1,000 runs of "bulk" (every 7th failed) and 50 of "other", scheduled a minute apart.
void fillStore(Store &store)
{
    const auto bulk = store.insertJob(shellJob(u"bulk"_qs, u"true"_qs), Base, 0);
    const auto other = store.insertJob(shellJob(u"other"_qs, u"true"_qs), Base, 0);
    QVERIFY(bulk.isOk() && other.isOk());
    const Result<void> ok = store.transaction([&]() -> Result<void> {
        for (int i = 0; i < 1050; ++i) {
            const bool isOther = i % 21 == 20;
            RunRecord run = makeRun(0, isOther ? u"other"_qs : u"bulk"_qs, i % 7 == 3 ? RunState::Failed : RunState::Succeeded,
                                    Base + i * 60'000);
            run.jobId = isOther ? other->id : bulk->id;
            run.trigger = RunTrigger::Manual;
            const auto inserted = store.insertRun(run);
            if (!inserted.isOk())
                return inserted.error();
        }
        return {};
    });
    QVERIFY2(ok.isOk(), qPrintable(ok.error().toString()));
}

/// Pages until the model is at its end; false if a page does not come.
bool loadAll(RunsModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&] { return !model.isFetching(); }, 10'000))
            return false;
    }
    return model.isAtEnd();
}

QList<RunId> ids(const RunsModel &model)
{
    QList<RunId> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.run(row).id);
    return list;
}

bool strictlyDescending(const QList<RunId> &list)
{
    return std::adjacent_find(list.cbegin(), list.cend(), [](RunId a, RunId b) { return a <= b; }) == list.cend();
}

} // namespace

class tst_RunsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { m_filled.reset(); }
    void pagesLazily();
    void filters_data();
    void filters();
    void liveRunAppearsAtTheTopAndSucceeds();
    void liveStateFilter();
    void oneRequestAtATime();
    void staleAnswersAreDropped();
    void failedPageStopsUntilAskedAgain();
    void changeRacingAPage();
    void changeBelowTheLoadedRangeWaitsForItsPage();
    void durationTicksForRunningRows();
    void removedJobTakesItsRows();

private:
    std::unique_ptr<LocalEngineFixture> m_filled;
};

void tst_RunsModel::pagesLazily()
{
    LocalEngineFixture fixture(fillStore);
    RunsModel model(fixture.engine.get());
    // No QAbstractItemModelTester here: it calls fetchMore() on every insertion, like a view
    // that always shows the last row, and this test counts pages. The filters test has one.
    model.setPageSize(200);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy pages(&model, &RunsModel::pageLoaded);
    QList<int> counts;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(model.isFetching());
        QVERIFY(!model.canFetchMore({})); // one request at a time
        model.fetchMore({});              // ignored while one is out
        QTRY_VERIFY(!model.isFetching());
        counts.append(model.rowCount());
    }
    QCOMPARE(counts, (QList<int>{200, 400, 600, 800, 1000, 1050}));
    QCOMPARE(pages.size(), 6);
    QVERIFY(model.isAtEnd());
    const QList<RunId> all = ids(model);
    QVERIFY(strictlyDescending(all)); // newest first, so no run twice
    QCOMPARE(QSet<RunId>(all.cbegin(), all.cend()).size(), 1050);
    QCOMPARE(model.index(0, RunsModel::IdColumn).data().toString(), QString::number(all.first()));
    QCOMPARE(model.index(0, RunsModel::JobColumn).data().toString(), u"other"_qs); // the 1,050th run
}

void tst_RunsModel::filters_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QList<RunState>>("states");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("job") << u"other"_qs << QList<RunState>{} << qint64(0) << qint64(0) << 50;
    QTest::newRow("failed") << QString() << QList<RunState>{RunState::Failed} << qint64(0) << qint64(0) << 150;
    QTest::newRow("job+failed") << u"bulk"_qs << QList<RunState>{RunState::Failed} << qint64(0) << qint64(0) << 150;
    QTest::newRow("running: none") << QString() << QList<RunState>{RunState::Running} << qint64(0) << qint64(0) << 0;
    QTest::newRow("two hours") << QString() << QList<RunState>{} << Base + 60 * 60'000 << Base + 180 * 60'000 << 120;
    QTest::newRow("from only") << QString() << QList<RunState>{} << Base + 1000 * 60'000 << qint64(0) << 50;
}

void tst_RunsModel::filters()
{
    QFETCH(QString, job);
    QFETCH(QList<RunState>, states);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, expected);
    if (!m_filled) // one store for every row
        m_filled = std::make_unique<LocalEngineFixture>(fillStore);
    RunsModel model(m_filled->engine.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunQuery query;
    query.jobName = job;
    query.states = states;
    query.scheduledFrom = from;
    query.scheduledTo = to;
    model.setQuery(query);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(RunsModel::matches(query, model.run(row)));
    QVERIFY(strictlyDescending(ids(model)));
}

void tst_RunsModel::liveRunAppearsAtTheTopAndSucceeds()
{
    LocalEngineFixture fixture;
    fixture.createJob(shellJob(u"quick"_qs, u"sleep 0.2"_qs));
    fixture.waitForFinal(fixture.runNow(u"quick"_qs).id);
    RunsModel model(fixture.engine.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 1);

    const RunRecord run = fixture.runNow(u"quick"_qs);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.run(0).id, run.id);
    QVERIFY(!isFinal(model.run(0).state));
    QTRY_COMPARE(model.run(0).state, RunState::Succeeded);
    QCOMPARE(model.index(0, RunsModel::StateColumn).data().toString(), u"Succeeded"_qs);
    QCOMPARE(model.index(0, RunsModel::ExitCodeColumn).data().toString(), u"0"_qs);
    QCOMPARE(model.index(0, RunsModel::AttemptColumn).data().toString(), u"1/1"_qs);
    QCOMPARE(model.index(0, RunsModel::TriggerColumn).data().toString(), u"Manual"_qs);
    QVERIFY(model.index(0, RunsModel::DurationColumn).data(RunsModel::SortRole).toLongLong() >= 150);
    QCOMPARE(model.rowCount(), 2);
}

void tst_RunsModel::liveStateFilter()
{
    LocalEngineFixture fixture;
    fixture.createJob(shellJob(u"slow"_qs, u"sleep 0.5"_qs));
    fixture.createJob(shellJob(u"failing"_qs, u"sleep 0.2; exit 4"_qs));

    RunsModel running(fixture.engine.get());
    QAbstractItemModelTester tester(&running, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunQuery query;
    query.states = {RunState::Running};
    running.setQuery(query);
    QVERIFY(loadAll(running));
    RunsModel failed(fixture.engine.get());
    query.states = {RunState::Failed};
    failed.setQuery(query);
    QVERIFY(loadAll(failed));

    const RunRecord slow = fixture.runNow(u"slow"_qs);
    QTRY_COMPARE(running.rowCount(), 1); // appears when it starts running
    QCOMPARE(running.run(0).id, slow.id);
    QTRY_COMPARE(running.rowCount(), 0); // and goes when it has succeeded

    const RunRecord bad = fixture.runNow(u"failing"_qs);
    fixture.waitForState(bad.id, [](RunState s) { return s == RunState::Running; });
    QCOMPARE(failed.rowCount(), 0);
    QTRY_COMPARE(failed.rowCount(), 1); // appears once it has failed
    QCOMPARE(failed.run(0).id, bad.id);
    QCOMPARE(failed.index(0, RunsModel::ExitCodeColumn).data().toString(), u"4"_qs);
}

void tst_RunsModel::oneRequestAtATime()
{
    FakeEngineApi api;
    for (int i = 1; i <= 10; ++i)
        api.store.append(makeRun(i, u"j"_qs, RunState::Succeeded));
    api.holdRuns = true;
    RunsModel model(&api);
    model.setPageSize(4);
    model.setQuery({});
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(api.pendingRuns.size(), 1);
    QCOMPARE(api.pendingRuns.first().query.beforeId, 0);
    QCOMPARE(api.pendingRuns.first().query.limit, 4);
    api.answer(0);
    QTRY_COMPARE(model.rowCount(), 4);
    model.fetchMore({});
    QCOMPARE(api.pendingRuns.first().query.beforeId, 7); // keyset cursor, not an offset
    api.answer(0);
    QTRY_COMPARE(model.rowCount(), 8);
    model.fetchMore({});
    api.answer(0);
    QTRY_COMPARE(model.rowCount(), 10);
    QVERIFY(model.isAtEnd());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(api.runsCalls.size(), 3);
}

void tst_RunsModel::staleAnswersAreDropped()
{
    FakeEngineApi api;
    for (int i = 1; i <= 10; ++i)
        api.store.append(makeRun(i, i % 2 ? u"odd"_qs : u"even"_qs, RunState::Succeeded));
    api.holdRuns = true;
    RunsModel model(&api);
    RunQuery odd;
    odd.jobName = u"odd"_qs;
    model.setQuery(odd);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    RunQuery even;
    even.jobName = u"even"_qs;
    model.setQuery(even); // the user changed the filter while the first page was out
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(api.pendingRuns.size(), 2);

    api.answer(0); // the old query's answer comes first
    QTest::qWait(20);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isFetching());
    api.answer(0);
    QTRY_COMPARE(model.rowCount(), 5);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.run(row).jobName, u"even"_qs);
}

void tst_RunsModel::failedPageStopsUntilAskedAgain()
{
    FakeEngineApi api;
    api.store.append(makeRun(1, u"j"_qs, RunState::Succeeded));
    api.holdRuns = true;
    RunsModel model(&api);
    QSignalSpy failed(&model, &RunsModel::loadFailed);
    model.setQuery({});
    model.fetchMore({});
    api.answer(0, Result<RunPage>(makeError(ErrorCode::Unavailable, {}, u"engine is gone"_qs)));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"engine is gone"_qs));
    QVERIFY(!model.canFetchMore({})); // views do not retry in a loop
    QVERIFY(!model.isAtEnd());
    model.fetchMore({});              // an explicit retry does
    api.answer(0);
    QTRY_COMPARE(model.rowCount(), 1);
}

void tst_RunsModel::changeRacingAPage()
{
    // The engine answered with run 3 queued, then reported it running — but the report
    // arrives first. The row must end up running, not go back to queued.
    FakeEngineApi api;
    for (int i = 1; i <= 3; ++i)
        api.store.append(makeRun(i, u"j"_qs, i == 3 ? RunState::Queued : RunState::Succeeded));
    api.holdRuns = true;
    RunsModel model(&api);
    model.setQuery({});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(api.pendingRuns.size(), 1);
    const Result<RunPage> old = api.page(api.pendingRuns.first().query);
    api.changeRun(makeRun(3, u"j"_qs, RunState::Running));
    api.changeRun(makeRun(4, u"j"_qs, RunState::Queued)); // new, also before the page
    api.answer(0, old);
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(ids(model), (QList<RunId>{4, 3, 2, 1}));
    QCOMPARE(model.run(1).state, RunState::Running);
    QCOMPARE(model.run(0).state, RunState::Queued);

    // A late, older record does not undo a newer one.
    Q_EMIT api.runChanged(makeRun(3, u"j"_qs, RunState::Queued));
    QCOMPARE(model.run(1).state, RunState::Running);
}

void tst_RunsModel::changeBelowTheLoadedRangeWaitsForItsPage()
{
    FakeEngineApi api;
    for (int i = 1; i <= 10; ++i)
        api.store.append(makeRun(i, u"j"_qs, i == 2 ? RunState::Running : RunState::Succeeded));
    RunsModel model(&api);
    model.setPageSize(4);
    model.setQuery({});
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 4); // 10..7
    api.changeRun(makeRun(2, u"j"_qs, RunState::Failed));
    QCOMPARE(model.rowCount(), 4); // not loaded yet: not shown out of place
    QCOMPARE(model.rowOfRun(2), -1);
    QVERIFY(loadAll(model));
    QCOMPARE(ids(model), (QList<RunId>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
    QCOMPARE(model.run(model.rowOfRun(2)).state, RunState::Failed);
}

void tst_RunsModel::durationTicksForRunningRows()
{
    FakeEngineApi api;
    RunRecord running = makeRun(2, u"j"_qs, RunState::Running);
    api.store = {makeRun(1, u"j"_qs, RunState::Succeeded), running};
    RunsModel model(&api);
    qint64 now = running.current.startedAt + 65'000;
    model.setNow([&] { return now; });
    model.setQuery({});
    QVERIFY(loadAll(model));
    QCOMPARE(model.index(0, RunsModel::DurationColumn).data().toString(), u"1 min 05 s"_qs);
    QCOMPARE(model.index(1, RunsModel::DurationColumn).data().toString(), u"2.50 s"_qs);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now += 60'000;
    QTRY_VERIFY(!changed.isEmpty()); // within a second or so
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from.row(), 0); // only the running row…
        QCOMPARE(to.row(), 0);
        QCOMPARE(from.column(), int(RunsModel::DurationColumn)); // …and only its duration
        QCOMPARE(to.column(), int(RunsModel::DurationColumn));
    }
    QCOMPARE(model.index(0, RunsModel::DurationColumn).data().toString(), u"2 min 05 s"_qs);

    // Once it has ended nothing ticks.
    api.changeRun(makeRun(2, u"j"_qs, RunState::Succeeded));
    changed.clear();
    QTest::qWait(1300);
    QVERIFY(changed.isEmpty());
}

void tst_RunsModel::removedJobTakesItsRows()
{
    FakeEngineApi api;
    for (int i = 1; i <= 6; ++i)
        api.store.append(makeRun(i, i % 2 ? u"odd"_qs : u"even"_qs, RunState::Succeeded));
    RunsModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QVERIFY(loadAll(model));
    Q_EMIT api.jobRemoved(u"odd"_qs);
    QCOMPARE(ids(model), (QList<RunId>{6, 4, 2}));
}

QTEST_MAIN(tst_RunsModel)
#include "tst_runsmodel.moc"
