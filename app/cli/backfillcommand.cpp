#include "backfillcommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "engineconnection.h"

#include <engine/core/modeljson.h>

#include <QDateTime>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

namespace Takt::Cli {

namespace {

// An ISO-8601 time; without an offset it is local time, as people type it.
std::optional<qint64> parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int runBackfillCommand(const QStringList &args)
{
    CommandLine cl(QStringLiteral("backfill"), Tr::tr("NAME --from TIME --to TIME [--parallel N] [options]"),
                   Tr::tr("Makes a run (trigger backfill) for every due time of the job's schedule from --from to "
                          "--to inclusive, skipping due times that already have a run, and follows them to the end. "
                          "Times are ISO-8601, local unless they carry Z or an offset."));
    cl.addOption(QCommandLineOption(QStringLiteral("from"), Tr::tr("The first time of the range."), Tr::tr("TIME")));
    cl.addOption(QCommandLineOption(QStringLiteral("to"), Tr::tr("The last time of the range."), Tr::tr("TIME")));
    cl.addOption(QCommandLineOption(QStringLiteral("parallel"),
                                    Tr::tr("At most N of the runs at once (default 1; 0 = no limit)."),
                                    QStringLiteral("N"), QStringLiteral("1")));
    cl.addOption(QCommandLineOption(QStringLiteral("no-wait"), Tr::tr("Make the runs and return at once.")));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const QString name = cl.positional().first();
    const auto from = parseTime(cl.value(QStringLiteral("from")));
    if (!from)
        return cl.usageError(Tr::tr("--from: '%1' is not an ISO-8601 time").arg(cl.value(QStringLiteral("from"))));
    const auto to = parseTime(cl.value(QStringLiteral("to")));
    if (!to)
        return cl.usageError(Tr::tr("--to: '%1' is not an ISO-8601 time").arg(cl.value(QStringLiteral("to"))));
    bool isNumber = false;
    const int parallel = cl.value(QStringLiteral("parallel")).toInt(&isNumber);
    if (!isNumber || parallel < 0)
        return cl.usageError(Tr::tr("--parallel: '%1' is not a number of runs").arg(cl.value(QStringLiteral("parallel"))));

    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    const Result<BackfillResult> made = waitFor(engine.value()->backfill(name, *from, *to, parallel));
    if (!made)
        return cl.fail(made.error());
    if (cl.wantsJson() && cl.isSet(QStringLiteral("no-wait"))) {
        printJson(backfillToJson(made.value()));
        return ExitOk;
    }
    if (!cl.wantsJson())
        printOut(Tr::tr("backfill of %1: %n run(s) made", nullptr, int(made->runs.size())).arg(name)
                 + Tr::tr(", %n due time(s) already had a run\n", nullptr, made->existing));
    if (cl.isSet(QStringLiteral("no-wait")) || made->runs.isEmpty())
        return ExitOk;

    // Follow the runs: one listing per second over the range, a line whenever it changes.
    QSet<RunId> ids;
    for (const RunRecord &run : made->runs)
        ids.insert(run.id);
    QHash<RunId, RunRecord> last;
    QString shown;
    for (;;) {
        RunQuery query;
        query.jobName = name;
        query.scheduledFrom = *from;
        query.scheduledTo = *to + 1;
        query.limit = 1000;
        do {
            const Result<RunPage> page = waitFor(engine.value()->runs(query));
            if (!page)
                return cl.fail(page.error());
            for (const RunRecord &run : page->runs) {
                if (ids.contains(run.id))
                    last.insert(run.id, run);
            }
            query.beforeId = page->nextBeforeId;
        } while (query.beforeId != 0);
        int done = 0, failed = 0, running = 0;
        for (const RunRecord &run : std::as_const(last)) {
            if (isFinal(run.state)) {
                ++done;
                if (run.state != RunState::Succeeded)
                    ++failed;
            } else if (run.state == RunState::Running) {
                ++running;
            }
        }
        const QString line = Tr::tr("%1/%2 done, %3 running, %4 failed").arg(done).arg(ids.size()).arg(running).arg(failed);
        if (line != shown && !cl.wantsJson()) {
            printOut(line + u'\n');
            shown = line;
        }
        if (done == ids.size()) {
            if (cl.wantsJson()) {
                BackfillResult result = made.value();
                for (RunRecord &run : result.runs)
                    run = last.value(run.id);
                printJson(backfillToJson(result));
            }
            return failed == 0 ? ExitOk : ExitFailure;
        }
        pause(1000);
    }
}

} // namespace Takt::Cli
