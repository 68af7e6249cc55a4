#include "jobscommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "engineconnection.h"
#include "texttable.h"

#include <engine/core/duration.h>
#include <engine/core/modeljson.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Takt::Cli {

namespace {

QString jobStatus(const Job &job)
{
    return job.paused ? Tr::tr("paused") : Tr::tr("active");
}

void printJob(const Job &job)
{
    const JobSpec &s = job.spec;
    TextTable table({Tr::tr("name:"), s.name});
    const auto row = [&](const QString &key, const QString &value) { table.addRow({key, value}); };
    if (!s.description.isEmpty())
        row(Tr::tr("description:"), s.description);
    row(Tr::tr("status:"), jobStatus(job));
    row(Tr::tr("version:"), QString::number(job.version));
    row(Tr::tr("schedule:"), s.schedule.isEmpty() ? Tr::tr("(manual)") : s.schedule);
    row(Tr::tr("time zone:"), s.timeZone);
    row(Tr::tr("next run:"), localTime(job.nextFireAt));
    row(Tr::tr("command:"), s.command.join(u' '));
    if (!s.workDir.isEmpty())
        row(Tr::tr("workdir:"), s.workDir);
    for (auto it = s.env.begin(); it != s.env.end(); ++it)
        row(Tr::tr("env:"), it.key() + u'=' + it.value());
    row(Tr::tr("timeout:"), s.timeoutMs ? formatDuration(s.timeoutMs) : Tr::tr("none"));
    row(Tr::tr("retries:"), s.retry.maxRetries == 0
                                ? Tr::tr("none")
                                : Tr::tr("%1, %2 backoff from %3")
                                      .arg(s.retry.maxRetries)
                                      .arg(backoffName(s.retry.backoff), formatDuration(s.retry.delayMs)));
    row(Tr::tr("overlap:"), overlapPolicyName(s.overlap));
    row(Tr::tr("misfire:"), misfirePolicyName(s.misfire));
    row(Tr::tr("created:"), localTime(job.createdAt));
    row(Tr::tr("updated:"), localTime(job.updatedAt));
    printOut(table.toString());
}

/// Prints the job as JSON or as a one-line confirmation.
int reportJob(const CommandLine &cl, const Result<Job> &job, const QString &message)
{
    if (!job)
        return cl.fail(job.error());
    if (cl.wantsJson())
        printJson(jobToJson(job.value()));
    else
        printOut(message.arg(job.value().spec.name).arg(job.value().version) + u'\n');
    return ExitOk;
}

int create(const QStringList &args)
{
    CommandLine cl(QStringLiteral("jobs create"),
                   Tr::tr("NAME --schedule EXPR [options] -- COMMAND [ARGS...]"),
                   Tr::tr("Creates a job that runs COMMAND with ARGS on the schedule EXPR "
                          "(cron, @daily, @every 5m, @at TIME; '' = only when run by hand)."));
    cl.addOption({QStringLiteral("schedule"), Tr::tr("When the job runs."), Tr::tr("expr")});
    cl.addOption({QStringLiteral("tz"), Tr::tr("IANA time zone of the schedule (default: the engine's)."), Tr::tr("zone")});
    cl.addOption({QStringLiteral("timeout"), Tr::tr("Time limit of each attempt, e.g. 30s or 1h."), Tr::tr("duration")});
    cl.addOption({QStringLiteral("retries"), Tr::tr("Attempts after a failed first one."), Tr::tr("n")});
    cl.addOption({QStringLiteral("retry-delay"), Tr::tr("Wait before the first retry."), Tr::tr("duration")});
    cl.addOption({QStringLiteral("backoff"), Tr::tr("fixed or exponential."), Tr::tr("kind")});
    cl.addOption({QStringLiteral("workdir"), Tr::tr("Working directory of the command."), Tr::tr("dir")});
    cl.addOption({QStringLiteral("env"), Tr::tr("Environment variable for the command (repeatable)."), Tr::tr("K=V")});
    cl.addOption({QStringLiteral("description"), Tr::tr("What the job is for."), Tr::tr("text")});
    cl.addJsonOption();
    cl.addEngineOptions();

    // Everything after "--" is the command, never an option of ours.
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    const QStringList own = separator < 0 ? args : args.mid(0, separator);
    const QStringList command = separator < 0 ? QStringList() : args.mid(separator + 1);
    if (const auto done = cl.parse(own, 1, 1))
        return *done;
    if (!cl.isSet(QStringLiteral("schedule")))
        return cl.usageError(Tr::tr("--schedule is required ('' for a job that runs only by hand)"));
    if (command.isEmpty())
        return cl.usageError(Tr::tr("a command is required after '--'"));

    JobSpec spec;
    spec.name = cl.positional().first();
    spec.schedule = cl.value(QStringLiteral("schedule"));
    spec.timeZone = cl.value(QStringLiteral("tz"));
    spec.description = cl.value(QStringLiteral("description"));
    spec.workDir = cl.value(QStringLiteral("workdir"));
    spec.command = command;
    if (cl.isSet(QStringLiteral("timeout"))) {
        const Result<qint64> timeout = parseDuration(cl.value(QStringLiteral("timeout")), u"timeout"_qs);
        if (!timeout)
            return cl.fail(timeout.error());
        spec.timeoutMs = timeout.value();
    }
    if (cl.isSet(QStringLiteral("retries"))) {
        bool ok = false;
        const int retries = cl.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || retries < 0 || retries > 1000)
            return cl.fail(Tr::tr("retries: '%1' is not a number from 0 to 1000").arg(cl.value(QStringLiteral("retries"))));
        spec.retry.maxRetries = retries;
    }
    if (cl.isSet(QStringLiteral("retry-delay"))) {
        const Result<qint64> delay = parseDuration(cl.value(QStringLiteral("retry-delay")), u"retry-delay"_qs);
        if (!delay)
            return cl.fail(delay.error());
        spec.retry.delayMs = delay.value();
    }
    if (cl.isSet(QStringLiteral("backoff"))) {
        const QString backoff = cl.value(QStringLiteral("backoff"));
        if (backoff == backoffName(RetryPolicy::Backoff::Fixed))
            spec.retry.backoff = RetryPolicy::Backoff::Fixed;
        else if (backoff == backoffName(RetryPolicy::Backoff::Exponential))
            spec.retry.backoff = RetryPolicy::Backoff::Exponential;
        else
            return cl.fail(Tr::tr("backoff: '%1' is not one of: fixed, exponential").arg(backoff));
    }
    for (const QString &pair : cl.values(QStringLiteral("env"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return cl.fail(Tr::tr("env: '%1' is not of the form K=V").arg(pair));
        spec.env.insert(pair.left(eq), pair.mid(eq + 1));
    }

    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    return reportJob(cl, waitFor(engine.value()->createJob(spec)), Tr::tr("created job %1 (version %2)"));
}

int apply(const QStringList &args)
{
    CommandLine cl(QStringLiteral("jobs apply"), Tr::tr("-f FILE"),
                   Tr::tr("Creates the job described by the JSON job spec in FILE ('-' = standard input), "
                          "or stores it as the job's new version."));
    cl.addOption({{QStringLiteral("f"), QStringLiteral("file")}, Tr::tr("The job spec (JSON)."), Tr::tr("file")});
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 0, 0))
        return *done;
    if (!cl.isSet(QStringLiteral("file")))
        return cl.usageError(Tr::tr("-f FILE is required"));

    const QString path = cl.value(QStringLiteral("file"));
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return cl.fail(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    const QString source = path == u"-" ? Tr::tr("standard input") : path;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return cl.fail(Tr::tr("%1: malformed JSON at offset %2: %3").arg(source).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return cl.fail(Tr::tr("%1: a job spec must be a JSON object").arg(source));
    const Result<JobSpec> spec = jobSpecFromJson(doc.object());
    if (!spec)
        return cl.fail(spec.error());
    if (spec.value().name.isEmpty())
        return cl.fail(Tr::tr("name: is required"));

    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    return reportJob(cl, waitFor(engine.value()->applyJob(spec.value())), Tr::tr("applied job %1 (version %2)"));
}

void printJobs(const QList<Job> &jobs, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Job &job : jobs)
            array.append(jobToJson(job));
        printJson(QJsonObject{{u"jobs"_qs, array}});
        return;
    }
    TextTable table({Tr::tr("NAME"), Tr::tr("SCHEDULE"), Tr::tr("TIME ZONE"), Tr::tr("NEXT RUN"),
                     Tr::tr("STATUS"), Tr::tr("VERSION")});
    for (const Job &job : jobs) {
        table.addRow({job.spec.name, job.spec.schedule.isEmpty() ? Tr::tr("(manual)") : job.spec.schedule,
                      job.spec.timeZone, localTime(job.nextFireAt), jobStatus(job), QString::number(job.version)});
    }
    printOut(table.toString());
}

int list(const QStringList &args)
{
    CommandLine cl(QStringLiteral("jobs list"), Tr::tr("[options]"), Tr::tr("Lists the jobs."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 0, 0))
        return *done;
    return askEngine(cl, [](RemoteEngine &engine) { return engine.jobs(); },
                     [&cl](const QList<Job> &jobs) { printJobs(jobs, cl.wantsJson()); });
}

int show(const QStringList &args)
{
    CommandLine cl(QStringLiteral("jobs show"), Tr::tr("NAME [options]"), Tr::tr("Shows a job."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const QString name = cl.positional().first();
    return askEngine(cl, [&](RemoteEngine &engine) { return engine.job(name); }, [&cl](const Job &job) {
        if (cl.wantsJson())
            printJson(jobToJson(job));
        else
            printJob(job);
    });
}

int remove(const QStringList &args)
{
    CommandLine cl(QStringLiteral("jobs delete"), Tr::tr("NAME [options]"),
                   Tr::tr("Deletes a job with its runs. Refused while a run of it has not ended."));
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const QString name = cl.positional().first();
    return askEngine(cl, [&](RemoteEngine &engine) { return engine.deleteJob(name); },
                     [&] { printOut(Tr::tr("deleted job %1\n").arg(name)); });
}

int setPaused(const QStringList &args, bool paused)
{
    CommandLine cl(paused ? QStringLiteral("jobs pause") : QStringLiteral("jobs resume"), Tr::tr("NAME [options]"),
                   paused ? Tr::tr("Stops scheduling a job (runs already started go on).")
                          : Tr::tr("Schedules a paused job again."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    return reportJob(cl, waitFor(engine.value()->setJobPaused(cl.positional().first(), paused)),
                     paused ? Tr::tr("paused job %1 (version %2)") : Tr::tr("resumed job %1 (version %2)"));
}

int runNow(const QStringList &args)
{
    CommandLine cl(QStringLiteral("jobs run"), Tr::tr("NAME [--param KEY=VALUE ...] [options]"),
                   Tr::tr("Starts a run of the job now and prints its id."));
    cl.addOption(QCommandLineOption(QStringLiteral("param"),
                                    Tr::tr("A parameter of the run (a workflow's declared parameter; every task, "
                                           "or the job's command, gets it as $TAKT_PARAM_KEY). Repeatable."),
                                    Tr::tr("KEY=VALUE")));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const QString name = cl.positional().first();
    QMap<QString, QString> params;
    for (const QString &param : cl.values(QStringLiteral("param"))) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0)
            return cl.usageError(Tr::tr("--param: '%1' is not KEY=VALUE").arg(param));
        params.insert(param.left(eq), param.mid(eq + 1));
    }
    return askEngine(cl, [&](RemoteEngine &engine) {
        return params.isEmpty() ? engine.runJobNow(name) : engine.runJobNow(name, params);
    }, [&cl](const RunRecord &run) {
        if (cl.wantsJson())
            printJson(runToJson(run));
        else
            printOut(QString::number(run.id) + u'\n');
    });
}

} // namespace

QString jobsHelp()
{
    return Tr::tr("Usage: takt jobs COMMAND [options]\n\n"
                  "Commands:\n"
                  "  create NAME --schedule EXPR [options] -- COMMAND [ARGS...]\n"
                  "                     create a job\n"
                  "  apply -f FILE      create or update a job from a JSON job spec ('-' = stdin)\n"
                  "  list               list the jobs\n"
                  "  show NAME          show a job\n"
                  "  delete NAME        delete a job and its runs\n"
                  "  pause NAME         stop scheduling a job\n"
                  "  resume NAME        schedule a paused job again\n"
                  "  run NAME [--param KEY=VALUE ...]\n"
                  "                     start a run now; prints the run id\n\n"
                  "Run 'takt jobs COMMAND --help' for a command's options.\n");
}

int runJobsCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"create")
        return create(rest);
    if (sub == u"apply")
        return apply(rest);
    if (sub == u"list")
        return list(rest);
    if (sub == u"show")
        return show(rest);
    if (sub == u"delete")
        return remove(rest);
    if (sub == u"pause")
        return setPaused(rest, true);
    if (sub == u"resume")
        return setPaused(rest, false);
    if (sub == u"run")
        return runNow(rest);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printOut(jobsHelp());
        return ExitOk;
    }
    printErr(sub.isEmpty() ? Tr::tr("takt: jobs: a command is required\n")
                           : Tr::tr("takt: jobs: unknown command '%1'\n").arg(sub));
    printErr(jobsHelp());
    return ExitUsage;
}

} // namespace Takt::Cli
