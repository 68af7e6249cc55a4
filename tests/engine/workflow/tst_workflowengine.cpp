// Workflows run by a real EngineCore: real SQLite store, real task processes, a ManualClock for
// due times. Each test asserts what a person running the workflow relies on.

#include <engine/core/clock.h>
#include <engine/executor/logformat.h>
#include <engine/scheduler/enginecore.h>
#include <engine/workflow/workflow.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Takt;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestWorkflowEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EngineCore> m_core;

    QString scratch() const { return m_dir->path() + QStringLiteral("/scratch"); }

    void startCore()
    {
        m_core.reset();
        EngineCore::Options options;
        options.dataDir = m_dir->path() + QStringLiteral("/data");
        options.clock = m_clock.get();
        options.slotCount = 8;
        m_core = std::make_unique<EngineCore>(options);
        const Result<void> started = m_core->start();
        if (!started.isOk())
            qFatal("engine did not start: %s", qPrintable(started.error().toString()));
    }

    // A job from JSON in which SCRATCH stands for the test's scratch directory.
    Result<Job> apply(const char *json)
    {
        QByteArray text(json);
        text.replace("SCRATCH", scratch().toUtf8());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (!doc.isObject())
            qFatal("bad test JSON: %s", qPrintable(error.errorString()));
        const auto spec = jobSpecFromJson(doc.object());
        if (!spec.isOk())
            return spec.error();
        return m_core->applyJob(spec.value());
    }

    RunRecord runOf(RunId id) const
    {
        const auto run = m_core->run(id);
        return run.isOk() ? run.value() : RunRecord{};
    }
    RunState stateOf(RunId id) const { return runOf(id).state; }
    bool isDone(RunId id) const
    {
        const auto run = m_core->run(id);
        return run.isOk() && isFinal(run->state);
    }

    RunRecord task(RunId workflowRun, const QString &name) const
    {
        const auto tasks = m_core->taskRuns(workflowRun);
        if (tasks.isOk()) {
            for (const RunRecord &t : tasks.value()) {
                if (t.task == name)
                    return t;
            }
        }
        return {};
    }
    QString taskState(RunId workflowRun, const QString &name) const
    {
        const RunRecord t = task(workflowRun, name);
        return t.isValid() ? runStateName(t.state) : QStringLiteral("pending");
    }

    QByteArray logOf(RunId id) const
    {
        const auto chunk = m_core->readLog(id, 0, 0, 1 << 20);
        if (!chunk.isOk())
            return {};
        QByteArray out;
        for (const QByteArray &line : chunk->data.split('\n')) {
            if (const auto parsed = parseLogLine(line))
                out += QByteArray(1, parsed->stream) + ' ' + parsed->text + '\n';
        }
        return out;
    }

    QByteArray scratchFile(const QString &name) const
    {
        QFile file(scratch() + u'/' + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    RunId runNow(const QString &name, const QMap<QString, QString> &params = {})
    {
        const auto run = m_core->runJobNow(name, params);
        if (!run.isOk())
            qWarning("%s", qPrintable(run.error().toString()));
        return run.isOk() ? run->id : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(scratch()));
        m_clock = std::make_unique<ManualClock>(utc(2026, 6, 1, 10, 7));
        startCore();
    }

    void cleanup()
    {
        if (m_core) {
            RunQuery query;
            query.includeTasks = true;
            query.limit = 1000;
            const auto page = m_core->runs(query);
            if (page.isOk()) {
                for (const RunRecord &run : page->runs) {
                    if (!isFinal(run.state))
                        (void)m_core->cancelRun(run.id);
                }
                for (const RunRecord &run : page->runs)
                    QTRY_VERIFY_WITH_TIMEOUT(isDone(run.id), 20000);
            }
        }
        m_core.reset();
        m_dir.reset();
    }

    void validationErrorsNameTheProblem()
    {
        auto cycle = apply(R"({"name": "wf", "workflow": {"tasks": [{"name": "extract", "command": "true"},
            {"name": "choose", "command": "true"}],
            "edges": [{"from": "extract", "to": "choose"}, {"from": "choose", "to": "extract"}]}})");
        QVERIFY(!cycle.isOk());
        QCOMPARE(cycle.error().toString(), u"workflow.edges: cycle extract → choose → extract"_qs);
        auto both = apply(R"({"name": "wf", "command": "true", "workflow": {"tasks": [{"name": "a", "command": "true"}]}})");
        QVERIFY(!both.isOk());
        QCOMPARE(both.error().field, u"command"_qs);
        auto unknown = apply(R"({"name": "wf", "workflow": {"tasks": [{"name": "a", "command": "true"}],
            "edges": [{"from": "a", "to": "lod"}]}})");
        QVERIFY(!unknown.isOk());
        QCOMPARE(unknown.error().toString(), u"workflow.edges[0].to: unknown task \"lod\""_qs);
        QVERIFY(!m_core->job(u"wf"_qs).isOk()); // nothing half-written
    }

    void tasksRunAsSoonAsAllowedUpToMaxParallel()
    {
        // a → b1..b4 → c: the four b's run in parallel, never more than two at once.
        QVERIFY(apply(R"({"name": "fan", "workflow": {"maxParallel": 2, "tasks": [
            {"name": "a", "command": "echo a >> SCRATCH/order"},
            {"name": "b1", "command": "SCRATCH/../probe.sh"},
            {"name": "b2", "command": "SCRATCH/../probe.sh"},
            {"name": "b3", "command": "SCRATCH/../probe.sh"},
            {"name": "b4", "command": "SCRATCH/../probe.sh"},
            {"name": "c", "command": "echo c >> SCRATCH/order"}],
            "edges": [{"from": "a", "to": "b1"}, {"from": "a", "to": "b2"}, {"from": "a", "to": "b3"},
                      {"from": "a", "to": "b4"}, {"from": "b1", "to": "c"}, {"from": "b2", "to": "c"},
                      {"from": "b3", "to": "c"}, {"from": "b4", "to": "c"}]}})").isOk());
        // Each probe counts the probes running beside it (a directory per running probe).
        QFile probe(m_dir->path() + QStringLiteral("/probe.sh"));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write(QStringLiteral("#!/bin/sh\nmkdir %1/running.$TAKT_TASK\nls -d %1/running.* | wc -l >> %1/counts\n"
                                   "sleep 0.4\nrmdir %1/running.$TAKT_TASK\necho $TAKT_TASK >> %1/order\n")
                        .arg(scratch()).toUtf8());
        probe.close();
        probe.setPermissions(probe.permissions() | QFile::ExeOwner);

        const RunId id = runNow(u"fan"_qs);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"succeeded"_qs);
        const QList<QByteArray> counts = scratchFile(u"counts"_qs).trimmed().split('\n');
        QCOMPARE(counts.size(), 4);
        int most = 0;
        for (const QByteArray &c : counts)
            most = std::max(most, c.trimmed().toInt());
        QCOMPARE(most, 2); // in parallel, and held to maxParallel
        const QList<QByteArray> order = scratchFile(u"order"_qs).trimmed().split('\n');
        QCOMPARE(order.first(), QByteArray("a"));
        QCOMPARE(order.last(), QByteArray("c"));
        const auto tasks = m_core->taskRuns(id);
        QCOMPARE(tasks->size(), 6);
        for (const RunRecord &t : tasks.value()) {
            QCOMPARE(t.parentRunId, id);
            QCOMPARE(t.trigger, RunTrigger::Task);
        }
        // Task runs are listed with their workflow run, not among the job's runs.
        RunQuery query;
        query.jobName = u"fan"_qs;
        QCOMPARE(m_core->runs(query)->runs.size(), 1);
        query.includeTasks = true;
        QCOMPARE(m_core->runs(query)->runs.size(), 7);
    }

    void triggerRulesDecideAfterAFailure()
    {
        // bad fails; everything below follows its trigger rule.
        QVERIFY(apply(R"({"name": "rules", "workflow": {"tasks": [
            {"name": "ok", "command": "true"},
            {"name": "bad", "command": "exit 3"},
            {"name": "needs_bad", "command": "true"},
            {"name": "needs_needs_bad", "command": "true"},
            {"name": "on_failure", "command": "true", "trigger": "one_failed"},
            {"name": "all_failed", "command": "true", "trigger": "all_failed"},
            {"name": "cleanup", "command": "true", "trigger": "all_done"},
            {"name": "any_ok", "command": "true", "trigger": "one_success"},
            {"name": "no_failures", "command": "true", "trigger": "none_failed"},
            {"name": "always", "command": "true", "trigger": "always"}],
            "edges": [{"from": "bad", "to": "needs_bad"}, {"from": "needs_bad", "to": "needs_needs_bad"},
                      {"from": "ok", "to": "on_failure"}, {"from": "bad", "to": "on_failure"},
                      {"from": "ok", "to": "all_failed"}, {"from": "bad", "to": "all_failed"},
                      {"from": "ok", "to": "cleanup"}, {"from": "bad", "to": "cleanup"},
                      {"from": "ok", "to": "any_ok"}, {"from": "bad", "to": "any_ok"},
                      {"from": "ok", "to": "no_failures"}, {"from": "bad", "to": "no_failures"},
                      {"from": "bad", "to": "always"}]}})").isOk());
        const RunId id = runNow(u"rules"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"failed"_qs);
        QCOMPARE(runOf(id).current.reason, u"failed task(s): bad"_qs);
        QCOMPARE(taskState(id, u"bad"_qs), u"failed"_qs);
        QCOMPARE(taskState(id, u"needs_bad"_qs), u"upstream_failed"_qs);
        QCOMPARE(taskState(id, u"needs_needs_bad"_qs), u"upstream_failed"_qs);
        QCOMPARE(taskState(id, u"on_failure"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"all_failed"_qs), u"skipped"_qs);
        QCOMPARE(taskState(id, u"cleanup"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"any_ok"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"no_failures"_qs), u"upstream_failed"_qs);
        QCOMPARE(taskState(id, u"always"_qs), u"succeeded"_qs);
        // A failed task's log is like any run's: its attempts and exit code are there.
        QCOMPARE(task(id, u"bad"_qs).current.exitCode, 3);
    }

    void branchSkipsTheOtherPathAndSkippingPropagates()
    {
        QVERIFY(apply(R"({"name": "branchy", "workflow": {"tasks": [
            {"name": "choose", "kind": "branch", "command": "echo next=load_full >> $TAKT_OUTPUT"},
            {"name": "load_full", "command": "true"},
            {"name": "load_delta", "command": "true"},
            {"name": "after_delta", "command": "true"},
            {"name": "after_after_delta", "command": "true"},
            {"name": "report", "command": "true", "trigger": "none_failed_min_one_success"},
            {"name": "only_if_all_ran", "command": "true", "trigger": "none_skipped"},
            {"name": "when_all_skipped", "command": "true", "trigger": "all_skipped"},
            {"name": "when_one_done", "command": "true", "trigger": "one_done"}],
            "edges": [{"from": "choose", "to": "load_full"}, {"from": "choose", "to": "load_delta"},
                      {"from": "load_delta", "to": "after_delta"}, {"from": "after_delta", "to": "after_after_delta"},
                      {"from": "load_full", "to": "report"}, {"from": "after_after_delta", "to": "report"},
                      {"from": "load_full", "to": "only_if_all_ran"}, {"from": "load_delta", "to": "only_if_all_ran"},
                      {"from": "load_delta", "to": "when_all_skipped"}, {"from": "after_delta", "to": "when_all_skipped"},
                      {"from": "load_full", "to": "when_one_done"}, {"from": "load_delta", "to": "when_one_done"}]}})").isOk());
        const RunId id = runNow(u"branchy"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"succeeded"_qs); // skips are not failures
        QCOMPARE(taskState(id, u"load_full"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"load_delta"_qs), u"skipped"_qs);
        QCOMPARE(task(id, u"load_delta"_qs).current.reason, u"skipped: branch \"choose\" did not choose it"_qs);
        QCOMPARE(taskState(id, u"after_delta"_qs), u"skipped"_qs);
        QCOMPARE(taskState(id, u"after_after_delta"_qs), u"skipped"_qs);
        QCOMPARE(taskState(id, u"report"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"only_if_all_ran"_qs), u"skipped"_qs);
        QCOMPARE(taskState(id, u"when_all_skipped"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"when_one_done"_qs), u"succeeded"_qs);
        QCOMPARE(task(id, u"choose"_qs).outputs.value(u"next"_qs), u"load_full"_qs);
    }

    void branchNamingAnUnknownTaskFails()
    {
        QVERIFY(apply(R"({"name": "lost", "workflow": {"tasks": [
            {"name": "choose", "kind": "branch", "command": "echo next=lod >> $TAKT_OUTPUT"},
            {"name": "load", "command": "true"}],
            "edges": [{"from": "choose", "to": "load"}]}})").isOk());
        const RunId id = runNow(u"lost"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"failed"_qs);
        QCOMPARE(taskState(id, u"choose"_qs), u"failed"_qs);
        QCOMPARE(task(id, u"choose"_qs).current.reason, u"branch chose \"lod\", which is not a task right after it (load)"_qs);
        QCOMPARE(taskState(id, u"load"_qs), u"upstream_failed"_qs);
    }

    void compensationHandlersRunWhenATaskFails()
    {
        QVERIFY(apply(R"({"name": "saga", "workflow": {"tasks": [
            {"name": "reserve", "command": "echo reserved >> SCRATCH/ledger"},
            {"name": "charge", "command": "exit 1", "onFailure": ["release"]},
            {"name": "ship", "command": "echo shipped >> SCRATCH/ledger"},
            {"name": "release", "kind": "handler", "command": "echo released after $TAKT_FAILED_TASKS >> SCRATCH/ledger"},
            {"name": "cleanup", "kind": "handler", "command": "echo cleanup >> SCRATCH/ledger"}],
            "edges": [{"from": "reserve", "to": "charge"}, {"from": "charge", "to": "ship"}],
            "onFailure": "cleanup"}})").isOk());
        const RunId id = runNow(u"saga"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"failed"_qs); // handlers never turn it into a success
        QCOMPARE(taskState(id, u"ship"_qs), u"upstream_failed"_qs);
        QCOMPARE(taskState(id, u"release"_qs), u"succeeded"_qs);
        QCOMPARE(taskState(id, u"cleanup"_qs), u"succeeded"_qs);
        const QByteArray ledger = scratchFile(u"ledger"_qs);
        QVERIFY2(ledger.contains("reserved\n") && ledger.contains("released after charge\n") && ledger.endsWith("cleanup\n"),
                 ledger.constData());
        QVERIFY(!ledger.contains("shipped"));

        // When nothing fails, no handler runs.
        QVERIFY(apply(R"({"name": "saga-ok", "workflow": {"tasks": [
            {"name": "charge", "command": "true", "onFailure": ["release"]},
            {"name": "release", "kind": "handler", "command": "echo released >> SCRATCH/ok-ledger"},
            {"name": "cleanup", "kind": "handler", "command": "echo cleanup >> SCRATCH/ok-ledger"}],
            "onFailure": "cleanup"}})").isOk());
        const RunId ok = runNow(u"saga-ok"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(ok), 20000);
        QCOMPARE(runStateName(stateOf(ok)), u"succeeded"_qs);
        QCOMPARE(taskState(ok, u"release"_qs), u"pending"_qs);
        QCOMPARE(scratchFile(u"ok-ledger"_qs), QByteArray());
    }

    void parametersAndOutputsReachTheTasks()
    {
        QVERIFY(apply(R"({"name": "etl", "workflow": {"params": {"date": "", "region": "eu"}, "tasks": [
            {"name": "extract", "command": "echo rows=42 >> $TAKT_OUTPUT; echo 'not a pair' >> $TAKT_OUTPUT; echo file.name=x.csv >> $TAKT_OUTPUT; echo $TAKT_PARAM_DATE/$TAKT_PARAM_REGION"},
            {"name": "load", "command": "echo loaded $TAKT_OUTPUT_EXTRACT_ROWS from $TAKT_OUTPUT_EXTRACT_FILE_NAME on $TAKT_PARAM_DATE"}],
            "edges": [{"from": "extract", "to": "load"}]}})").isOk());
        const auto unknown = m_core->runJobNow(u"etl"_qs, {{u"dat"_qs, u"x"_qs}});
        QVERIFY(!unknown.isOk());
        QCOMPARE(unknown.error().field, u"params.dat"_qs);

        const RunId id = runNow(u"etl"_qs, {{u"date"_qs, u"2026-05-31"_qs}});
        QCOMPARE(runOf(id).params.value(u"date"_qs), u"2026-05-31"_qs);
        QCOMPARE(runOf(id).params.value(u"region"_qs), u"eu"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"succeeded"_qs);
        const RunRecord extract = task(id, u"extract"_qs);
        QCOMPARE(extract.outputs.value(u"rows"_qs), u"42"_qs);
        QCOMPARE(extract.outputs.value(u"file.name"_qs), u"x.csv"_qs);
        QCOMPARE(extract.outputs.size(), 2);
        const QByteArray extractLog = logOf(extract.id);
        QVERIFY2(extractLog.contains("O 2026-05-31/eu\n"), extractLog.constData());
        QVERIFY2(extractLog.contains("T TAKT_OUTPUT: line 2: no '=' in \"not a pair\" (ignored)"), extractLog.constData());
        const QByteArray loadLog = logOf(task(id, u"load"_qs).id);
        QVERIFY2(loadLog.contains("O loaded 42 from x.csv on 2026-05-31\n"), loadLog.constData());
    }

    void rerunFromTheFailedTasksKeepsTheSucceededOnes()
    {
        QVERIFY(apply(R"({"name": "flaky", "workflow": {"tasks": [
            {"name": "a", "command": "echo a >> SCRATCH/ran"},
            {"name": "b", "command": "echo b >> SCRATCH/ran; test -f SCRATCH/fixed"},
            {"name": "c", "command": "echo c >> SCRATCH/ran"},
            {"name": "side", "command": "echo side >> SCRATCH/ran"}],
            "edges": [{"from": "a", "to": "b"}, {"from": "b", "to": "c"}]}})").isOk());
        const RunId first = runNow(u"flaky"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(first), 20000);
        QCOMPARE(runStateName(stateOf(first)), u"failed"_qs);
        QCOMPARE(taskState(first, u"c"_qs), u"upstream_failed"_qs);
        QCOMPARE(m_core->rerunWorkflow(first, u"nope"_qs).error().field, u"task"_qs);

        QFile fixed(scratch() + QStringLiteral("/fixed"));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.close();
        QFile::remove(scratch() + QStringLiteral("/ran"));
        const auto again = m_core->rerunWorkflow(first);
        QVERIFY2(again.isOk(), qPrintable(again.error().toString()));
        QCOMPARE(again->rerunOf, first);
        QCOMPARE(again->trigger, RunTrigger::Rerun);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(again->id), 20000);
        QCOMPARE(runStateName(stateOf(again->id)), u"succeeded"_qs);
        QCOMPARE(scratchFile(u"ran"_qs), QByteArray("b\nc\n")); // a and side were kept, not run again
        const RunRecord keptA = task(again->id, u"a"_qs);
        QCOMPARE(runStateName(keptA.state), u"succeeded"_qs);
        QVERIFY(keptA.current.reason.startsWith(u"kept from run"));
        QVERIFY(logOf(keptA.id).isEmpty() == false || keptA.current.logPath == task(first, u"a"_qs).current.logPath);

        // One task and its downstream, the rest kept.
        QFile::remove(scratch() + QStringLiteral("/ran"));
        const auto third = m_core->rerunWorkflow(again->id, u"b"_qs);
        QVERIFY2(third.isOk(), qPrintable(third.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(isDone(third->id), 20000);
        QCOMPARE(runStateName(stateOf(third->id)), u"succeeded"_qs);
        QCOMPARE(scratchFile(u"ran"_qs), QByteArray("b\nc\n"));

        // A run without failures has nothing to re-run from failure.
        QCOMPARE(m_core->rerunWorkflow(third->id).error().code, ErrorCode::Conflict);
    }

    void backfillMakesEachDueTimeOnce()
    {
        QVERIFY(apply(R"({"name": "hourly", "schedule": "0 * * * *", "timezone": "UTC",
            "command": "mkdir SCRATCH/running.$TAKT_RUN_ID; ls -d SCRATCH/running.* | wc -l >> SCRATCH/counts; sleep 0.3; rmdir SCRATCH/running.$TAKT_RUN_ID; echo $TAKT_SCHEDULED_TIME $TAKT_TRIGGER >> SCRATCH/times"})").isOk());
        const auto first = m_core->backfill(u"hourly"_qs, utc(2026, 6, 1, 0, 0), utc(2026, 6, 1, 5, 0), 2);
        QVERIFY2(first.isOk(), qPrintable(first.error().toString()));
        QCOMPARE(first->runs.size(), 6);
        QCOMPARE(first->existing, 0);
        for (const RunRecord &run : first->runs)
            QCOMPARE(run.trigger, RunTrigger::Backfill);
        // Again over the same range, and over one that overlaps it: no doubles.
        const auto second = m_core->backfill(u"hourly"_qs, utc(2026, 6, 1, 0, 0), utc(2026, 6, 1, 5, 0), 2);
        QVERIFY(second.isOk());
        QCOMPARE(second->runs.size(), 0);
        QCOMPARE(second->existing, 6);
        const auto third = m_core->backfill(u"hourly"_qs, utc(2026, 6, 1, 4, 30), utc(2026, 6, 1, 7, 0), 2);
        QVERIFY(third.isOk());
        QCOMPARE(third->runs.size(), 2);
        QCOMPARE(third->existing, 1);

        QList<RunId> ids;
        for (const auto &made : {first.value(), third.value()}) {
            for (const RunRecord &run : made.runs)
                ids << run.id;
        }
        for (RunId id : ids)
            QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 30000);
        const QList<QByteArray> times = scratchFile(u"times"_qs).trimmed().split('\n');
        QCOMPARE(times.size(), 8);
        QVERIFY(times.contains("2026-06-01T03:00:00Z backfill"));
        int most = 0;
        for (const QByteArray &c : scratchFile(u"counts"_qs).trimmed().split('\n'))
            most = std::max(most, c.trimmed().toInt());
        QVERIFY2(most <= 2, qPrintable(QString::number(most))); // --parallel 2 held

        QCOMPARE(m_core->backfill(u"hourly"_qs, utc(2026, 6, 1, 5, 0), utc(2026, 6, 1, 4, 0), 1).error().field, u"to"_qs);
        QCOMPARE(m_core->backfill(u"hourly"_qs, utc(2026, 6, 1, 5, 0), utc(2027, 6, 1, 4, 0), 1).error().field, u"to"_qs);
    }

    void subWorkflowRunsAndItsOutcomeIsTheTasks()
    {
        QVERIFY(apply(R"({"name": "child", "workflow": {"params": {"region": "us"}, "tasks": [
            {"name": "work", "command": "echo child-$TAKT_PARAM_REGION >> SCRATCH/log"}]}})").isOk());
        QVERIFY(apply(R"({"name": "parent", "workflow": {"params": {"region": "eu"}, "tasks": [
            {"name": "before", "command": "echo before >> SCRATCH/log"},
            {"name": "sub", "kind": "workflow", "workflow": "child"},
            {"name": "after", "command": "echo after >> SCRATCH/log"}],
            "edges": [{"from": "before", "to": "sub"}, {"from": "sub", "to": "after"}]}})").isOk());
        const RunId id = runNow(u"parent"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"succeeded"_qs);
        QCOMPARE(scratchFile(u"log"_qs), QByteArray("before\nchild-eu\nafter\n"));
        // The child is a real run of the child job, linked to the task that waited for it.
        RunQuery query;
        query.jobName = u"child"_qs;
        const auto childRuns = m_core->runs(query);
        QCOMPARE(childRuns->runs.size(), 1);
        const RunRecord child = childRuns->runs.first();
        QCOMPARE(child.trigger, RunTrigger::Workflow);
        QCOMPARE(child.parentRunId, task(id, u"sub"_qs).id);
        QCOMPARE(runStateName(child.state), u"succeeded"_qs);

        // A failing child fails the task; a missing one too, with the reason.
        QVERIFY(apply(R"({"name": "child", "workflow": {"tasks": [{"name": "work", "command": "exit 1"}]}})").isOk());
        const RunId failing = runNow(u"parent"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(failing), 20000);
        QCOMPARE(taskState(failing, u"sub"_qs), u"failed"_qs);
        QCOMPARE(taskState(failing, u"after"_qs), u"upstream_failed"_qs);
        QVERIFY(m_core->deleteJob(u"child"_qs).isOk());
        const RunId missing = runNow(u"parent"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(missing), 20000);
        QCOMPARE(task(missing, u"sub"_qs).current.reason, u"there is no job named \"child\" to run as a sub-workflow"_qs);
    }

    void recursionIsRefused()
    {
        // ping runs pong, which runs ping: refused when it would start again.
        QVERIFY(apply(R"({"name": "ping", "workflow": {"tasks": [{"name": "call", "kind": "workflow", "workflow": "pong"}]}})").isOk());
        QVERIFY(apply(R"({"name": "pong", "workflow": {"tasks": [{"name": "call", "kind": "workflow", "workflow": "ping"}]}})").isOk());
        const RunId id = runNow(u"ping"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"failed"_qs);
        RunQuery query;
        query.jobName = u"pong"_qs;
        const RunRecord pong = m_core->runs(query)->runs.first();
        QCOMPARE(task(pong.id, u"call"_qs).current.reason, u"recursion: ping → pong → ping would run itself"_qs);
        // A workflow naming itself does not even get stored.
        const auto self = apply(R"({"name": "ouro", "workflow": {"tasks": [{"name": "again", "kind": "workflow", "workflow": "ouro"}]}})");
        QVERIFY(!self.isOk());
        QCOMPARE(self.error().field, u"workflow.tasks[0].workflow"_qs);
    }

    void cancellingTheParentCancelsTheChild()
    {
        QVERIFY(apply(R"({"name": "slow-child", "workflow": {"tasks": [{"name": "wait", "command": "touch SCRATCH/started; sleep 60"}]}})").isOk());
        QVERIFY(apply(R"({"name": "holder", "workflow": {"tasks": [{"name": "sub", "kind": "workflow", "workflow": "slow-child"},
            {"name": "never", "command": "echo never >> SCRATCH/log"}], "edges": [{"from": "sub", "to": "never"}]}})").isOk());
        const RunId id = runNow(u"holder"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(scratch() + QStringLiteral("/started")), 20000);
        const auto cancelled = m_core->cancelRun(id);
        QVERIFY2(cancelled.isOk(), qPrintable(cancelled.error().toString()));
        QCOMPARE(runStateName(stateOf(id)), u"cancelled"_qs);
        RunQuery query;
        query.jobName = u"slow-child"_qs;
        const RunRecord child = m_core->runs(query)->runs.first();
        QTRY_COMPARE_WITH_TIMEOUT(runStateName(stateOf(child.id)), u"cancelled"_qs, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(runStateName(task(child.id, u"wait"_qs).state), u"cancelled"_qs, 20000);
        QCOMPARE(taskState(id, u"never"_qs), u"pending"_qs);
        QCOMPARE(scratchFile(u"log"_qs), QByteArray());
    }

    void aRestartedEngineContinuesTheWorkflow()
    {
        QVERIFY(apply(R"({"name": "long", "workflow": {"tasks": [
            {"name": "first", "command": "touch SCRATCH/first-started; while [ ! -f SCRATCH/go ]; do sleep 0.05; done; echo rows=7 >> $TAKT_OUTPUT"},
            {"name": "second", "command": "echo second $TAKT_OUTPUT_FIRST_ROWS >> SCRATCH/log"}],
            "edges": [{"from": "first", "to": "second"}]}})").isOk());
        const RunId id = runNow(u"long"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(scratch() + QStringLiteral("/first-started")), 20000);
        // The engine stops (as after a kill, the task's process keeps running) and a new one starts.
        m_core.reset();
        QFile go(scratch() + QStringLiteral("/go"));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        startCore();
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"succeeded"_qs);
        QCOMPARE(scratchFile(u"log"_qs), QByteArray("second 7\n"));
        QCOMPARE(task(id, u"first"_qs).current.attempt, 1); // adopted, not started again
    }

    void aWorkflowRunsHistoryGoesWithIt()
    {
        // keep_runs 1: the older workflow run goes, with its task runs and their logs.
        QVERIFY(apply(R"({"name": "kept", "keep_runs": 1, "workflow": {"tasks": [
            {"name": "a", "command": "echo a"}, {"name": "b", "command": "echo b"}],
            "edges": [{"from": "a", "to": "b"}]}})").isOk());
        const RunId first = runNow(u"kept"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(first), 20000);
        const RunId firstTask = task(first, u"b"_qs).id;
        const QString firstTaskDir = m_dir->path() + QStringLiteral("/data/runs/") + QString::number(firstTask);
        QVERIFY(QFile::exists(firstTaskDir));
        const RunId second = runNow(u"kept"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(second), 20000);
        const auto pruned = m_core->pruneHistory();
        QVERIFY2(pruned.isOk(), qPrintable(pruned.error().toString()));
        QCOMPARE(pruned.value(), 1);
        QCOMPARE(m_core->run(firstTask).error().code, ErrorCode::NotFound);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(firstTaskDir), 20000);
        QCOMPARE(taskState(second, u"b"_qs), u"succeeded"_qs);

        // Deleting the job deletes the task runs' logs too.
        const QString secondTaskDir = m_dir->path() + QStringLiteral("/data/runs/") + QString::number(task(second, u"b"_qs).id);
        QVERIFY(QFile::exists(secondTaskDir));
        QVERIFY(m_core->deleteJob(u"kept"_qs).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(secondTaskDir), 20000);
    }

    void tasksRetryByTheirOwnPolicy()
    {
        QVERIFY(apply(R"({"name": "retrying", "workflow": {"tasks": [
            {"name": "shaky", "command": "echo x >> SCRATCH/tries; [ $(wc -l < SCRATCH/tries) -ge 3 ]",
             "retry": {"retries": 2, "retry_delay": "0s"}}]}})").isOk());
        const RunId id = runNow(u"retrying"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(isDone(id), 20000);
        QCOMPARE(runStateName(stateOf(id)), u"succeeded"_qs);
        QCOMPARE(task(id, u"shaky"_qs).current.attempt, 3);
        QCOMPARE(m_core->attempts(task(id, u"shaky"_qs).id)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEngine)
#include "tst_workflowengine.moc"
