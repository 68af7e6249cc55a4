// The workflow model: JSON forms, validation errors and the trigger-rule table.

#include <engine/workflow/workflow.h>

#include <QJsonDocument>
#include <QTest>

using namespace Takt;

Q_DECLARE_METATYPE(Takt::TriggerRule)
Q_DECLARE_METATYPE(Takt::TriggerDecision)

class TestWorkflowModel : public QObject
{
    Q_OBJECT

private:
    static WorkflowSpec parse(const char *json)
    {
        const auto spec = workflowSpecFromJson(QJsonDocument::fromJson(json).object());
        if (!spec.isOk())
            qWarning("%s", qPrintable(spec.error().toString()));
        return spec.isOk() ? spec.value() : WorkflowSpec{};
    }

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const QByteArray json = R"({"name": "etl", "schedule": "0 2 * * *", "workflow": {
            "maxParallel": 4, "params": {"date": "", "region": "eu"},
            "tasks": [
              {"name": "extract", "command": "echo x", "timeout": "10m", "retry": {"retries": 2, "retry_delay": "1s"},
               "onFailure": ["undo-extract"], "env": {"A": "1"}},
              {"name": "choose", "kind": "branch", "command": ["/bin/sh", "-c", "echo next=load >> $TAKT_OUTPUT"]},
              {"name": "load", "command": "true", "trigger": "none_failed_min_one_success"},
              {"name": "child", "kind": "workflow", "workflow": "other"},
              {"name": "undo-extract", "kind": "handler", "command": "true"}],
            "edges": [{"from": "extract", "to": "choose"}, {"from": "choose", "to": "load"}],
            "onFailure": "undo-extract"}})";
        const auto spec = jobSpecFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(spec.isOk(), qPrintable(spec.error().toString()));
        QVERIFY(spec->workflow.has_value());
        const WorkflowSpec &wf = *spec->workflow;
        QCOMPARE(wf.maxParallel, 4);
        QCOMPARE(wf.params.value(u"region"_qs), u"eu"_qs);
        QCOMPARE(wf.tasks.size(), 5);
        QCOMPARE(wf.tasks[0].command, (QStringList{u"/bin/sh"_qs, u"-c"_qs, u"echo x"_qs}));
        QCOMPARE(wf.tasks[0].timeoutMs, 600'000);
        QCOMPARE(wf.tasks[0].retry.maxRetries, 2);
        QCOMPARE(wf.tasks[0].retry.delayMs, 1000);
        QCOMPARE(wf.tasks[0].onFailure, QStringList{u"undo-extract"_qs});
        QCOMPARE(wf.tasks[1].kind, TaskKind::Branch);
        QCOMPARE(wf.tasks[2].trigger, TriggerRule::NoneFailedMinOneSuccess);
        QCOMPARE(wf.tasks[3].workflow, u"other"_qs);
        QCOMPARE(wf.edges.size(), 2);
        QCOMPARE(wf.onFailure, u"undo-extract"_qs);
        QVERIFY(validateWorkflow(wf, u"etl"_qs).isOk());

        // What GET prints is what apply reads back.
        const auto again = jobSpecFromJson(jobSpecToJson(spec.value()));
        QVERIFY2(again.isOk(), qPrintable(again.error().toString()));
        QCOMPARE(again.value(), spec.value());
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown trigger") << QByteArray(R"({"tasks": [{"name": "a", "command": "x", "trigger": "all_sucess"}]})")
                                         << u"workflow.tasks[0].trigger"_qs;
        QTest::newRow("unknown kind") << QByteArray(R"({"tasks": [{"name": "a", "kind": "bash"}]})")
                                      << u"workflow.tasks[0].kind"_qs;
        QTest::newRow("unknown task field") << QByteArray(R"({"tasks": [{"name": "a", "cmd": "x"}]})")
                                            << u"workflow.tasks[0].cmd"_qs;
        QTest::newRow("bad retry") << QByteArray(R"({"tasks": [{"name": "a", "command": "x", "retry": {"retries": -1}}]})")
                                   << u"workflow.tasks[0].retry.retries"_qs;
        QTest::newRow("bad timeout") << QByteArray(R"({"tasks": [{"name": "a", "command": "x", "timeout": "5x"}]})")
                                     << u"workflow.tasks[0].timeout"_qs;
        QTest::newRow("edge shape") << QByteArray(R"({"tasks": [], "edges": [{"from": "a"}]})") << u"workflow.edges[0]"_qs;
        QTest::newRow("unknown field") << QByteArray(R"({"task": []})") << u"workflow.task"_qs;
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto spec = workflowSpecFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!spec.isOk());
        QCOMPARE(spec.error().field, field);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cycle") << QByteArray(R"({"tasks": [{"name": "start", "command": "x"}, {"name": "extract", "command": "x"},
            {"name": "choose", "command": "x"}], "edges": [{"from": "start", "to": "extract"},
            {"from": "extract", "to": "choose"}, {"from": "choose", "to": "extract"}]})")
            << u"workflow.edges: cycle extract → choose → extract"_qs;
        QTest::newRow("self edge") << QByteArray(R"({"tasks": [{"name": "a", "command": "x"}], "edges": [{"from": "a", "to": "a"}]})")
                                   << u"workflow.edges: cycle a → a"_qs;
        QTest::newRow("unknown edge target") << QByteArray(R"({"tasks": [{"name": "a", "command": "x"}, {"name": "b", "command": "x"}],
            "edges": [{"from": "a", "to": "b"}, {"from": "a", "to": "b2"}, {"from": "b", "to": "a"}, {"from": "a", "to": "lod"}]})")
            << u"workflow.edges[1].to: unknown task \"b2\""_qs;
        QTest::newRow("unknown edge source") << QByteArray(R"({"tasks": [{"name": "a", "command": "x"}], "edges": [{"from": "z", "to": "a"}]})")
                                             << u"workflow.edges[0].from: unknown task \"z\""_qs;
        QTest::newRow("duplicate") << QByteArray(R"({"tasks": [{"name": "load", "command": "x"}, {"name": "x", "command": "x"},
            {"name": "load", "command": "y"}]})") << u"workflow.tasks[2].name: duplicate task \"load\""_qs;
        QTest::newRow("handler with edges") << QByteArray(R"({"tasks": [{"name": "a", "command": "x"}, {"name": "h", "kind": "handler", "command": "x"}],
            "edges": [{"from": "a", "to": "h"}]})") << u"workflow.edges[0]: handler \"h\" cannot have edges: it runs when a task fails"_qs;
        QTest::newRow("onFailure not a handler") << QByteArray(R"({"tasks": [{"name": "a", "command": "x", "onFailure": ["b"]}, {"name": "b", "command": "x"}]})")
            << u"workflow.tasks[0].onFailure: \"b\" is not a handler: give it \"kind\": \"handler\""_qs;
        QTest::newRow("onFailure unknown") << QByteArray(R"({"tasks": [{"name": "a", "command": "x", "onFailure": ["undo"]}]})")
            << u"workflow.tasks[0].onFailure: unknown task \"undo\""_qs;
        QTest::newRow("final handler unknown") << QByteArray(R"({"tasks": [{"name": "a", "command": "x"}], "onFailure": "cleanup"})")
            << u"workflow.onFailure: unknown task \"cleanup\""_qs;
        QTest::newRow("no command") << QByteArray(R"({"tasks": [{"name": "a"}]})") << u"workflow.tasks[0].command: task \"a\" needs a command to run"_qs;
        QTest::newRow("no tasks") << QByteArray(R"({"tasks": []})") << u"workflow.tasks: a workflow needs at least one task"_qs;
        QTest::newRow("workflow without name") << QByteArray(R"({"tasks": [{"name": "a", "kind": "workflow"}]})")
            << u"workflow.tasks[0].workflow: a workflow task needs the name of the workflow job to run"_qs;
        QTest::newRow("runs itself") << QByteArray(R"({"tasks": [{"name": "again", "kind": "workflow", "workflow": "etl"}]})")
            << u"workflow.tasks[0].workflow: task \"again\" runs its own workflow \"etl\": a workflow cannot run itself"_qs;
        QTest::newRow("bad param") << QByteArray(R"({"params": {"a-b": ""}, "tasks": [{"name": "a", "command": "x"}]})")
            << u"workflow.params.a-b: 'a-b' is not a valid parameter name: use letters, digits and '_'"_qs;
        QTest::newRow("bad task name") << QByteArray(R"({"tasks": [{"name": "a b", "command": "x"}]})")
            << u"workflow.tasks[0].name: 'a b' is not a valid task name: use letters, digits, '.', '_' and '-'"_qs;
    }

    void validationErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const WorkflowSpec spec = parse(json);
        const Result<void> checked = validateWorkflow(spec, u"etl"_qs);
        QVERIFY(!checked.isOk());
        QCOMPARE(checked.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(checked.error().toString(), expected);
    }

    void bigChainHasNoStackProblem()
    {
        WorkflowSpec spec;
        for (int i = 0; i < 20000; ++i) {
            spec.tasks.append(TaskSpec{QStringLiteral("t%1").arg(i), TaskKind::Command, {u"true"_qs}});
            if (i > 0)
                spec.edges.append({QStringLiteral("t%1").arg(i - 1), QStringLiteral("t%1").arg(i)});
        }
        QVERIFY(validateWorkflow(spec).isOk());
        spec.edges.append({u"t19999"_qs, u"t0"_qs});
        const auto cycle = validateWorkflow(spec);
        QVERIFY(!cycle.isOk());
        QVERIFY(cycle.error().message.startsWith(u"cycle t0 → t1 → t2"));
    }

    void graph()
    {
        const WorkflowSpec spec = parse(R"({"tasks": [{"name": "d", "command": "x"}, {"name": "a", "command": "x"},
            {"name": "b", "command": "x"}, {"name": "c", "command": "x"}],
            "edges": [{"from": "a", "to": "b"}, {"from": "b", "to": "d"}, {"from": "a", "to": "c"}]})");
        const WorkflowGraph g(spec);
        QCOMPARE(g.topologicalOrder(), (QList<int>{1, 2, 3, 0}));
        QCOMPARE(g.descendants(1), (QList<int>{0, 2, 3}));
        QCOMPARE(g.ancestors(0), (QList<int>{1, 2}));
        QCOMPARE(g.upstream(0), QList<int>{2});
    }

    // Every rule, with upstream states as "s f u k p" (succeeded, failed, upstream_failed,
    // skipped, pending) out of the total, and what Airflow decides.
    void triggerRules_data()
    {
        QTest::addColumn<TriggerRule>("rule");
        QTest::addColumn<QList<int>>("counts"); // succeeded, failed, upstreamFailed, skipped, pending
        QTest::addColumn<TriggerDecision>("decision");
        using R = TriggerRule;
        using D = TriggerDecision;
        const auto row = [](const char *name, R rule, QList<int> counts, D decision) {
            QTest::newRow(name) << rule << counts << decision;
        };
        row("no upstream runs", R::AllFailed, {0, 0, 0, 0, 0}, D::Run);
        row("all_success waits", R::AllSuccess, {1, 0, 0, 0, 1}, D::Wait);
        row("all_success runs", R::AllSuccess, {2, 0, 0, 0, 0}, D::Run);
        row("all_success gives up early on a failure", R::AllSuccess, {0, 1, 0, 0, 2}, D::UpstreamFailed);
        row("all_success gives up on upstream_failed", R::AllSuccess, {1, 0, 1, 0, 0}, D::UpstreamFailed);
        row("all_success skips on a skip", R::AllSuccess, {1, 0, 0, 1, 1}, D::Skip);
        row("all_success failure beats skip", R::AllSuccess, {0, 1, 0, 1, 0}, D::UpstreamFailed);
        row("all_failed waits", R::AllFailed, {0, 1, 0, 0, 1}, D::Wait);
        row("all_failed runs", R::AllFailed, {0, 1, 1, 0, 0}, D::Run);
        row("all_failed skips early on a success", R::AllFailed, {1, 0, 0, 0, 2}, D::Skip);
        row("all_failed skips on a skip", R::AllFailed, {0, 1, 0, 1, 0}, D::Skip);
        row("all_done waits", R::AllDone, {1, 1, 0, 0, 1}, D::Wait);
        row("all_done runs after failures", R::AllDone, {0, 1, 1, 1, 0}, D::Run);
        row("all_skipped runs", R::AllSkipped, {0, 0, 0, 2, 0}, D::Run);
        row("all_skipped waits", R::AllSkipped, {0, 0, 0, 1, 1}, D::Wait);
        row("all_skipped skips early on a success", R::AllSkipped, {1, 0, 0, 0, 1}, D::Skip);
        row("all_skipped skips on a failure", R::AllSkipped, {0, 1, 0, 0, 1}, D::Skip);
        row("one_success runs at the first success", R::OneSuccess, {1, 0, 0, 0, 3}, D::Run);
        row("one_success waits", R::OneSuccess, {0, 1, 0, 0, 1}, D::Wait);
        row("one_success upstream_failed when none succeeded", R::OneSuccess, {0, 1, 0, 1, 0}, D::UpstreamFailed);
        row("one_success skipped when all skipped", R::OneSuccess, {0, 0, 0, 2, 0}, D::Skip);
        row("one_failed runs at the first failure", R::OneFailed, {0, 1, 0, 0, 3}, D::Run);
        row("one_failed counts upstream_failed", R::OneFailed, {0, 0, 1, 0, 1}, D::Run);
        row("one_failed waits", R::OneFailed, {1, 0, 0, 0, 1}, D::Wait);
        row("one_failed skips when none failed", R::OneFailed, {1, 0, 0, 1, 0}, D::Skip);
        row("one_done runs at a success", R::OneDone, {1, 0, 0, 0, 2}, D::Run);
        row("one_done runs at a failure", R::OneDone, {0, 1, 0, 0, 2}, D::Run);
        row("one_done waits", R::OneDone, {0, 0, 0, 1, 1}, D::Wait);
        row("one_done skips when none succeeded or failed", R::OneDone, {0, 0, 1, 1, 0}, D::Skip);
        row("none_failed runs with skips", R::NoneFailed, {1, 0, 0, 1, 0}, D::Run);
        row("none_failed runs when all skipped", R::NoneFailed, {0, 0, 0, 2, 0}, D::Run);
        row("none_failed waits", R::NoneFailed, {1, 0, 0, 0, 1}, D::Wait);
        row("none_failed gives up early", R::NoneFailed, {0, 0, 1, 0, 2}, D::UpstreamFailed);
        row("nfmos runs with one success and skips", R::NoneFailedMinOneSuccess, {1, 0, 0, 2, 0}, D::Run);
        row("nfmos skipped when all skipped", R::NoneFailedMinOneSuccess, {0, 0, 0, 2, 0}, D::Skip);
        row("nfmos waits", R::NoneFailedMinOneSuccess, {0, 0, 0, 1, 1}, D::Wait);
        row("nfmos gives up early on a failure", R::NoneFailedMinOneSuccess, {0, 1, 0, 0, 2}, D::UpstreamFailed);
        row("none_skipped runs after a failure", R::NoneSkipped, {1, 1, 0, 0, 0}, D::Run);
        row("none_skipped skips early", R::NoneSkipped, {0, 0, 0, 1, 2}, D::Skip);
        row("none_skipped waits", R::NoneSkipped, {1, 0, 0, 0, 1}, D::Wait);
        row("always runs at once", R::Always, {0, 0, 0, 0, 3}, D::Run);
        row("always runs after failures", R::Always, {0, 2, 1, 0, 0}, D::Run);
    }

    void triggerRules()
    {
        QFETCH(TriggerRule, rule);
        QFETCH(QList<int>, counts);
        QFETCH(TriggerDecision, decision);
        UpstreamStates u;
        const QList<RunState> states = {RunState::Succeeded, RunState::Failed, RunState::UpstreamFailed,
                                        RunState::Skipped, RunState::Running};
        for (int kind = 0; kind < 5; ++kind) {
            for (int n = 0; n < counts[kind]; ++n)
                u.add(states[kind]);
        }
        QCOMPARE(triggerDecisionName(evaluateTrigger(rule, u)), triggerDecisionName(decision));
    }

    void everyRuleHasAName()
    {
        for (TriggerRule rule : allTriggerRules())
            QCOMPARE(triggerRuleFromName(triggerRuleName(rule)), rule);
        QCOMPARE(allTriggerRules().size(), 11);
    }

    void failedLikeStatesCountAsFailed()
    {
        UpstreamStates u;
        u.add(RunState::TimedOut);
        u.add(RunState::Cancelled);
        u.add(RunState::Lost);
        QCOMPARE(u.failed, 3);
        QCOMPARE(evaluateTrigger(TriggerRule::AllFailed, u), TriggerDecision::Run);
    }

    void taskOutput()
    {
        const TaskOutput out = parseTaskOutput("rows=42\n# a comment\n\nnext=load_full, load_delta\nnonsense\n1bad=x\nrows=43\n");
        QCOMPARE(out.values.value(u"rows"_qs), u"43"_qs);
        QCOMPARE(out.values.value(u"next"_qs), u"load_full, load_delta"_qs);
        QCOMPARE(out.values.size(), 2);
        QCOMPARE(out.badLines.size(), 2);
        QVERIFY(out.badLines[0].startsWith(u"line 5: no '='"));
        QCOMPARE(branchChoice(out.values), (QStringList{u"load_full"_qs, u"load_delta"_qs}));

        QByteArray big;
        for (int i = 0; i < 1000; ++i)
            big += "key" + QByteArray::number(i) + "=0123456789\n";
        const TaskOutput limited = parseTaskOutput(big, 1024);
        QVERIFY(limited.values.size() < 100);
        QVERIFY(limited.badLines.last().contains(u"beyond 1024 bytes"));
        QCOMPARE(outputEnvName(u"load-full"_qs, u"row.count"_qs), u"TAKT_OUTPUT_LOAD_FULL_ROW_COUNT"_qs);
        QCOMPARE(paramEnvName(u"date"_qs), u"TAKT_PARAM_DATE"_qs);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowModel)
#include "tst_workflowmodel.moc"
