// JobsModel over a real LocalEngine (jobs appear, change and go live; schedule in words; next
// run in the job's zone; recent results from real runs) and over a fake EngineApi (recent
// results are asked for lazily, once, and then kept current from runChanged).

#include "viewtestsupport.h"

#include <engine/schedule/schedule.h>
#include <views/jobs/jobsmodel.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTimeZone>

using namespace Takt;
using namespace TaktTest;

class tst_JobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsAppearChangeAndGoLive();
    void changesWhileLoadingAreKept();
    void scheduleInWords_data();
    void scheduleInWords();
    void nextRunInJobZone();
    void recentResultsFromRealRuns();
    void recentResultsAreLazyAndLive();
    void sortRoleIsRaw();

private:
    static QString text(const JobsModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
};

void tst_JobsModel::jobsAppearChangeAndGoLive()
{
    LocalEngineFixture fixture;
    fixture.createJob(shellJob(u"alpha"_qs, u"true"_qs, u"*/5 * * * *"_qs));

    JobsModel model(fixture.engine.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, JobsModel::NameColumn), u"alpha"_qs);
    QCOMPARE(text(model, 0, JobsModel::EnabledColumn), u"Active"_qs);

    // Created elsewhere: appears in name order.
    fixture.createJob(shellJob(u"zulu"_qs, u"true"_qs));
    fixture.createJob(shellJob(u"beta"_qs, u"true"_qs, u"@hourly"_qs));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 1, JobsModel::NameColumn), u"beta"_qs);
    QCOMPARE(text(model, 2, JobsModel::NameColumn), u"zulu"_qs);
    QCOMPARE(text(model, 2, JobsModel::ScheduleColumn), u"Only when started by hand"_qs);

    // Changed elsewhere: the row follows.
    JobSpec changed = shellJob(u"zulu"_qs, u"true"_qs, u"0 3 * * *"_qs);
    QVERIFY(await(fixture.engine->applyJob(changed)).isOk());
    const QString words = Schedule::parse(u"0 3 * * *").value().describe();
    QTRY_COMPARE(text(model, 2, JobsModel::ScheduleColumn), words);
    QCOMPARE(model.job(2).version, 2);

    QVERIFY(await(fixture.engine->setJobPaused(u"alpha"_qs, true)).isOk());
    QTRY_COMPARE(text(model, 0, JobsModel::EnabledColumn), u"Paused"_qs);
    QCOMPARE(text(model, 0, JobsModel::NextRunColumn), u"Paused"_qs);

    // Deleted elsewhere: the row goes.
    QVERIFY(await(fixture.engine->deleteJob(u"beta"_qs)).isOk());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfJob(u"beta"_qs), -1);
    QCOMPARE(model.rowOfJob(u"zulu"_qs), 1);
}

void tst_JobsModel::changesWhileLoadingAreKept()
{
    // The fake answers jobs() at once, but the answer is delivered from the event loop: a
    // change signalled before it arrives must survive the reset the answer causes.
    FakeEngineApi api;
    Job a;
    a.id = 1;
    a.version = 1;
    a.spec = shellJob(u"a"_qs, u"true"_qs);
    api.jobList = {a};
    JobsModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Job b = a;
    b.id = 2;
    b.spec.name = u"b"_qs;
    Q_EMIT api.jobChanged(b); // not in the (older) list the fake hands out
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfJob(u"b"_qs), 1);
}

void tst_JobsModel::scheduleInWords_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("zone");
    QTest::newRow("cron") << u"*/15 * * * *"_qs << u"Europe/Berlin"_qs;
    QTest::newRow("weekdays") << u"30 2 * * 1-5"_qs << u"America/New_York"_qs;
    QTest::newRow("every") << u"@every 90s"_qs << u"UTC"_qs;
    QTest::newRow("daily") << u"@daily"_qs << u"Asia/Tokyo"_qs;
}

void tst_JobsModel::scheduleInWords()
{
    QFETCH(QString, schedule);
    QFETCH(QString, zone);
    FakeEngineApi api;
    Job job;
    job.id = 1;
    job.version = 1;
    job.spec = shellJob(u"j"_qs, u"true"_qs, schedule, zone);
    api.jobList = {job};
    JobsModel model(&api);
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(loaded.wait());
    const QModelIndex cell = model.index(0, JobsModel::ScheduleColumn);
    QCOMPARE(cell.data().toString(), Schedule::parse(schedule).value().describe());
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(schedule) && tip.contains(zone), qPrintable(tip));
    QCOMPARE(cell.data(JobsModel::SortRole).toString(), schedule);
    QVERIFY(cell.data(JobsModel::SearchTextRole).toString().contains(cell.data().toString()));
}

void tst_JobsModel::nextRunInJobZone()
{
    LocalEngineFixture fixture;
    fixture.createJob(shellJob(u"tokyo"_qs, u"true"_qs, u"0 9 * * *"_qs, u"Asia/Tokyo"_qs));
    JobsModel model(fixture.engine.get());
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(loaded.wait());
    const Job job = model.job(0);
    QVERIFY(job.nextFireAt > 0);
    const QString next = text(model, 0, JobsModel::NextRunColumn);
    // 09:00 in Tokyo, whatever the zone of this machine, with Tokyo's abbreviation.
    const QTimeZone tokyo("Asia/Tokyo");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(job.nextFireAt, tokyo);
    QVERIFY2(next.contains(u"09:00:00") && next.endsWith(tokyo.abbreviation(at)), qPrintable(next));
    QCOMPARE(model.index(0, JobsModel::NextRunColumn).data(JobsModel::SortRole).toLongLong(), job.nextFireAt);
}

void tst_JobsModel::recentResultsFromRealRuns()
{
    LocalEngineFixture fixture;
    // Fails on every third run: the strip must show each run's own state, oldest first.
    const QString counter = fixture.m_dir.filePath(u"count"_qs);
    fixture.createJob(shellJob(u"flaky"_qs, u"f='"_qs + counter
                                                + u"'; n=$(cat \"$f\" 2>/dev/null || echo 0); n=$((n+1)); "
                                                  "echo $n > \"$f\"; test $((n % 3)) -ne 0"_qs));
    fixture.createJob(shellJob(u"broken"_qs, u"exit 3"_qs));
    QList<RunState> expected;
    for (int i = 0; i < 12; ++i) {
        const RunRecord run = fixture.runNow(i % 3 == 2 ? u"broken"_qs : u"flaky"_qs);
        const RunRecord done = fixture.waitForFinal(run.id);
        if (run.jobName == u"flaky"_qs)
            expected.append(done.state);
    }
    QCOMPARE(expected, (QList<RunState>{RunState::Succeeded, RunState::Succeeded, RunState::Failed,
                                        RunState::Succeeded, RunState::Succeeded, RunState::Failed,
                                        RunState::Succeeded, RunState::Succeeded}));
    QCOMPARE(expected.size(), 8);

    JobsModel model(fixture.engine.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(loaded.wait());
    const int flaky = model.rowOfJob(u"flaky"_qs);
    const int broken = model.rowOfJob(u"broken"_qs);
    const QModelIndex strip = model.index(flaky, JobsModel::RecentResultsColumn);
    (void)strip.data(JobsModel::RecentStatesRole); // asks for them
    QTRY_VERIFY(strip.data(JobsModel::RecentLoadedRole).toBool());
    QCOMPARE(strip.data(JobsModel::RecentStatesRole).value<QList<RunState>>(), expected);

    const QModelIndex last = model.index(broken, JobsModel::LastResultColumn);
    (void)last.data();
    QTRY_VERIFY(last.data(JobsModel::RecentLoadedRole).toBool());
    QVERIFY2(last.data().toString().startsWith(u"Failed"), qPrintable(last.data().toString()));
    QVERIFY(!last.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(broken, JobsModel::RecentResultsColumn).data(JobsModel::RecentStatesRole)
                 .value<QList<RunState>>().size(), 4);

    // More than RecentRunCount runs: the strip keeps the newest ten, oldest first, live.
    for (int i = 0; i < 8; ++i) {
        const RunRecord done = fixture.waitForFinal(fixture.runNow(u"broken"_qs).id);
        QCOMPARE(done.state, RunState::Failed);
    }
    QTRY_COMPARE(model.recentRuns(u"broken"_qs).size(), JobsModel::RecentRunCount);
    const QList<RunRecord> recent = model.recentRuns(u"broken"_qs);
    for (int i = 1; i < recent.size(); ++i)
        QVERIFY(recent.at(i - 1).id > recent.at(i).id);
}

void tst_JobsModel::recentResultsAreLazyAndLive()
{
    FakeEngineApi api;
    Job job;
    job.id = 1;
    job.version = 1;
    job.spec = shellJob(u"nightly"_qs, u"true"_qs, u"@daily"_qs);
    api.jobList = {job};
    api.store = {makeRun(1, u"nightly"_qs, RunState::Succeeded), makeRun(2, u"nightly"_qs, RunState::Failed),
                 makeRun(3, u"nightly"_qs, RunState::Running)};
    api.holdRuns = true;

    JobsModel model(&api);
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(loaded.wait());
    QCOMPARE(model.index(0, JobsModel::NameColumn).data().toString(), u"nightly"_qs);
    QCOMPARE(api.runsCalls.size(), 0); // nobody looked at the results yet

    const QModelIndex strip = model.index(0, JobsModel::RecentResultsColumn);
    (void)strip.data(JobsModel::RecentStatesRole);
    (void)strip.data(JobsModel::RecentStatesRole);
    (void)model.index(0, JobsModel::LastResultColumn).data();
    QCOMPARE(api.runsCalls.size(), 1); // one request, however often the view paints
    QCOMPARE(api.runsCalls.first().jobName, u"nightly"_qs);
    QCOMPARE(api.runsCalls.first().limit, JobsModel::RecentRunCount);
    QVERIFY(!api.runsCalls.first().states.contains(RunState::Running));
    QCOMPARE(model.index(0, JobsModel::LastResultColumn).data().toString(), u"…"_qs);

    // Run 3 ends while the request is out; the answer (made before) does not have it.
    const Result<RunPage> before = api.page(api.pendingRuns.first().query);
    api.changeRun(makeRun(3, u"nightly"_qs, RunState::TimedOut));
    api.answer(0, before);
    QTRY_VERIFY(strip.data(JobsModel::RecentLoadedRole).toBool());
    QCOMPARE(strip.data(JobsModel::RecentStatesRole).value<QList<RunState>>(),
             (QList<RunState>{RunState::Succeeded, RunState::Failed, RunState::TimedOut}));

    // Later runs come from runChanged alone.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    api.changeRun(makeRun(4, u"nightly"_qs, RunState::Running));
    api.changeRun(makeRun(4, u"nightly"_qs, RunState::Succeeded));
    QCOMPARE(api.runsCalls.size(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(strip.data(JobsModel::RecentStatesRole).value<QList<RunState>>().last(), RunState::Succeeded);
    QVERIFY(model.index(0, JobsModel::LastResultColumn).data().toString().startsWith(u"Succeeded"));
}

void tst_JobsModel::sortRoleIsRaw()
{
    FakeEngineApi api;
    Job due;
    due.id = 1;
    due.version = 1;
    due.spec = shellJob(u"due"_qs, u"true"_qs, u"@hourly"_qs);
    due.nextFireAt = 1'800'000'000'000;
    Job manual = due;
    manual.id = 2;
    manual.spec = shellJob(u"manual"_qs, u"true"_qs);
    manual.nextFireAt = 0;
    manual.paused = true;
    api.jobList = {due, manual};
    JobsModel model(&api);
    QSignalSpy loaded(&model, &JobsModel::loaded);
    QVERIFY(loaded.wait());
    QCOMPARE(model.index(0, JobsModel::NextRunColumn).data(JobsModel::SortRole).toLongLong(), due.nextFireAt);
    QCOMPARE(model.index(1, JobsModel::NextRunColumn).data(JobsModel::SortRole).toLongLong(),
             std::numeric_limits<qint64>::max());
    QCOMPARE(model.index(1, JobsModel::EnabledColumn).data(JobsModel::SortRole).toBool(), true);
    QCOMPARE(model.index(0, JobsModel::NameColumn).data(JobsModel::SortRole).toString(), u"due"_qs);
    QCOMPARE(model.index(0, JobsModel::NameColumn).data(JobsModel::JobRole).value<Job>(), due);
}

QTEST_MAIN(tst_JobsModel)
#include "tst_jobsmodel.moc"
