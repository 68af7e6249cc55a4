#include "runscommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "engineconnection.h"
#include "texttable.h"

#include <engine/core/modeljson.h>

#include <QJsonArray>

namespace Takt::Cli {

Result<qint64> parseRunId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("id"), Tr::tr("'%1' is not a run id").arg(text));
    return id;
}

namespace {

QString exitText(const AttemptRecord &a)
{
    if (a.signal > 0)
        return Tr::tr("signal %1").arg(a.signal);
    return a.exitCode < 0 ? QStringLiteral("-") : QString::number(a.exitCode);
}

QString attemptText(const RunRecord &run)
{
    return QStringLiteral("%1/%2").arg(run.current.attempt).arg(run.maxAttempts);
}

int list(const QStringList &args)
{
    CommandLine cl(QStringLiteral("runs list"), Tr::tr("[options]"), Tr::tr("Lists runs, newest first."));
    cl.addOption({QStringLiteral("job"), Tr::tr("Only the runs of this job."), Tr::tr("name")});
    cl.addOption({QStringLiteral("state"), Tr::tr("Only runs in these states (comma-separated, e.g. failed,timed_out)."),
                  Tr::tr("state")});
    cl.addOption({QStringLiteral("limit"), Tr::tr("At most this many runs (default 50)."), Tr::tr("n")});
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 0, 0))
        return *done;

    RunQuery query;
    query.jobName = cl.value(QStringLiteral("job"));
    query.limit = 50;
    for (const QString &name : cl.value(QStringLiteral("state")).split(u',', Qt::SkipEmptyParts)) {
        const auto state = runStateFromName(name.trimmed());
        if (!state) {
            QStringList names;
            for (RunState s : allRunStates())
                names << runStateName(s);
            return cl.fail(Tr::tr("state: '%1' is not one of: %2").arg(name, names.join(u", ")));
        }
        query.states << *state;
    }
    if (cl.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = cl.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000)
            return cl.fail(Tr::tr("limit: '%1' is not a number from 1 to 1000").arg(cl.value(QStringLiteral("limit"))));
    }

    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    const Result<RunPage> page = waitFor(engine.value()->runs(query));
    if (!page)
        return cl.fail(page.error());

    if (cl.wantsJson()) {
        QJsonArray runs;
        for (const RunRecord &run : page.value().runs)
            runs.append(runToJson(run));
        const RunId next = page.value().nextBeforeId;
        printJson(QJsonObject{{u"runs"_qs, runs},
                              {u"next_before"_qs, next > 0 ? QJsonValue(next) : QJsonValue(QJsonValue::Null)}});
        return ExitOk;
    }
    TextTable table({Tr::tr("ID"), Tr::tr("JOB"), Tr::tr("STATE"), Tr::tr("TRIGGER"), Tr::tr("ATTEMPT"),
                     Tr::tr("SCHEDULED"), Tr::tr("STARTED"), Tr::tr("DURATION"), Tr::tr("EXIT")});
    for (const RunRecord &run : page.value().runs) {
        table.addRow({QString::number(run.id), run.jobName, runStateName(run.state), runTriggerName(run.trigger),
                      attemptText(run), localTime(run.scheduledAt), localTime(run.current.startedAt),
                      elapsed(run.current.startedAt, run.current.finishedAt), exitText(run.current)});
    }
    printOut(table.toString());
    return ExitOk;
}

int show(const QStringList &args)
{
    CommandLine cl(QStringLiteral("runs show"), Tr::tr("ID [options]"), Tr::tr("Shows a run and its attempts."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const Result<qint64> parsed = parseRunId(cl.positional().first());
    if (!parsed)
        return cl.fail(parsed.error());
    const RunId id = parsed.value();

    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    const Result<RunRecord> run = waitFor(engine.value()->run(id));
    if (!run)
        return cl.fail(run.error());
    const Result<QList<AttemptRecord>> attempts = waitFor(engine.value()->attempts(id));
    if (!attempts)
        return cl.fail(attempts.error());

    if (cl.wantsJson()) {
        QJsonArray array;
        for (const AttemptRecord &attempt : attempts.value())
            array.append(attemptToJson(attempt));
        printJson(QJsonObject{{u"run"_qs, runToJson(run.value())}, {u"attempts"_qs, array}});
        return ExitOk;
    }
    const RunRecord &r = run.value();
    TextTable info({Tr::tr("run:"), QString::number(r.id)});
    info.addRow({Tr::tr("job:"), Tr::tr("%1 (version %2)").arg(r.jobName).arg(r.jobVersion)});
    info.addRow({Tr::tr("state:"), runStateName(r.state)});
    info.addRow({Tr::tr("trigger:"), runTriggerName(r.trigger)});
    info.addRow({Tr::tr("scheduled:"), localTime(r.scheduledAt)});
    info.addRow({Tr::tr("attempt:"), attemptText(r)});
    if (r.notBefore != 0 && !isFinal(r.state))
        info.addRow({Tr::tr("next attempt:"), localTime(r.notBefore)});
    if (!r.current.reason.isEmpty())
        info.addRow({Tr::tr("reason:"), r.current.reason});
    if (r.rerunOf != 0)
        info.addRow({Tr::tr("re-run of:"), QString::number(r.rerunOf)});
    for (auto it = r.params.cbegin(); it != r.params.cend(); ++it)
        info.addRow({Tr::tr("param:"), it.key() + u'=' + it.value()});
    for (auto it = r.outputs.cbegin(); it != r.outputs.cend(); ++it)
        info.addRow({Tr::tr("output:"), it.key() + u'=' + it.value()});
    printOut(info.toString());

    // A workflow run: every task, with its task run once it has one.
    if (const Result<WorkflowRunDetail> workflow = waitFor(engine.value()->workflowRun(id)); workflow.isOk()) {
        TextTable tasks({Tr::tr("TASK"), Tr::tr("RUN"), Tr::tr("STATE"), Tr::tr("ATTEMPT"), Tr::tr("DURATION"),
                         Tr::tr("REASON")});
        for (const TaskSpec &task : workflow->spec.workflow->tasks) {
            const auto run = std::find_if(workflow->tasks.begin(), workflow->tasks.end(),
                                          [&](const RunRecord &t) { return t.task == task.name; });
            if (run == workflow->tasks.end()) {
                tasks.addRow({task.name, QStringLiteral("-"), Tr::tr("pending"), QStringLiteral("-"),
                              QStringLiteral("-"), QString()});
                continue;
            }
            tasks.addRow({task.name, QString::number(run->id), runStateName(run->state), attemptText(*run),
                          elapsed(run->current.startedAt, run->current.finishedAt), run->current.reason});
        }
        printOut(u'\n' + tasks.toString());
    }

    if (!attempts.value().isEmpty()) {
        TextTable table({Tr::tr("ATTEMPT"), Tr::tr("STATE"), Tr::tr("STARTED"), Tr::tr("DURATION"), Tr::tr("EXIT"),
                         Tr::tr("CPU"), Tr::tr("PEAK RSS"), Tr::tr("REASON")});
        for (const AttemptRecord &a : attempts.value()) {
            table.addRow({QString::number(a.attempt), runStateName(a.state), localTime(a.startedAt),
                          elapsed(a.startedAt, a.finishedAt), exitText(a),
                          a.cpuMs ? QStringLiteral("%1 ms").arg(a.cpuMs) : QStringLiteral("-"),
                          a.peakRssKb ? QStringLiteral("%1 KiB").arg(a.peakRssKb) : QStringLiteral("-"), a.reason});
        }
        printOut(u'\n' + table.toString());
    }
    return ExitOk;
}

int cancel(const QStringList &args)
{
    CommandLine cl(QStringLiteral("runs cancel"), Tr::tr("ID [options]"),
                   Tr::tr("Cancels a run that has not ended (a running attempt is terminated)."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const Result<qint64> parsed = parseRunId(cl.positional().first());
    if (!parsed)
        return cl.fail(parsed.error());
    const RunId id = parsed.value();

    return askEngine(cl, [id](RemoteEngine &engine) { return engine.cancelRun(id); }, [&cl](const RunRecord &run) {
        if (cl.wantsJson())
            printJson(runToJson(run));
        else
            printOut(Tr::tr("run %1: %2\n").arg(run.id).arg(runStateName(run.state)));
    });
}

int rerun(const QStringList &args)
{
    CommandLine cl(QStringLiteral("runs rerun"), Tr::tr("ID [--task NAME] [options]"),
                   Tr::tr("Runs an ended workflow run again as a new run that keeps the results of the old one: "
                          "from its failed tasks (the succeeded ones are kept), or with --task that task and "
                          "everything downstream of it. Prints the new run's id."));
    cl.addOption(QCommandLineOption(QStringLiteral("task"), Tr::tr("Run this task and its downstream again."),
                                    Tr::tr("NAME")));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const Result<qint64> parsed = parseRunId(cl.positional().first());
    if (!parsed)
        return cl.fail(parsed.error());
    const RunId id = parsed.value();
    const QString task = cl.value(QStringLiteral("task"));
    return askEngine(cl, [&](RemoteEngine &engine) { return engine.rerunWorkflow(id, task); }, [&cl](const RunRecord &run) {
        if (cl.wantsJson())
            printJson(runToJson(run));
        else
            printOut(QString::number(run.id) + u'\n');
    });
}

} // namespace

QString runsHelp()
{
    return Tr::tr("Usage: takt runs COMMAND [options]\n\n"
                  "Commands:\n"
                  "  list [--job NAME] [--state STATE] [--limit N]\n"
                  "                     list runs, newest first\n"
                  "  show ID            show a run and its attempts\n"
                  "  cancel ID          cancel a run that has not ended\n"
                  "  rerun ID [--task NAME]\n"
                  "                     run a workflow run again from its failed tasks (or one task\n"
                  "                     and its downstream); prints the new run id\n\n"
                  "Run 'takt runs COMMAND --help' for a command's options.\n");
}

int runRunsCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list")
        return list(rest);
    if (sub == u"show")
        return show(rest);
    if (sub == u"cancel")
        return cancel(rest);
    if (sub == u"rerun")
        return rerun(rest);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printOut(runsHelp());
        return ExitOk;
    }
    printErr(sub.isEmpty() ? Tr::tr("takt: runs: a command is required\n")
                           : Tr::tr("takt: runs: unknown command '%1'\n").arg(sub));
    printErr(runsHelp());
    return ExitUsage;
}

} // namespace Takt::Cli
