#include "cli.h"

#include "clitr.h"
#include "console.h"
#include "backfillcommand.h"
#include "croncommand.h"
#include "jobscommand.h"
#include "logincommand.h"
#include "logscommand.h"
#include "nodescommand.h"
#include "runscommand.h"
#include "servecommand.h"
#include "tokenscommand.h"

#include <QCoreApplication>

namespace Takt::Cli {

namespace {

QString mainHelp()
{
    return Tr::tr("Usage: takt [COMMAND] [options]\n\n"
                  "Commands:\n"
                  "  serve              run the engine without a display and serve its API\n"
                  "  jobs               create, apply, list, show, delete, pause, resume and run jobs\n"
                  "  runs               list, show and cancel runs\n"
                  "  logs ID [-f]       print a run's output (-f: follow it live until the run ends)\n"
                  "  tokens             create, list and revoke named access tokens (read-only or full)\n"
                  "  login URL          keep a server's token for later commands\n"
                  "  backfill NAME --from TIME --to TIME [--parallel N]\n"
                  "                     run a job for every due time of a past range, each once\n"
                  "  nodes              list the nodes of the cluster (PostgreSQL store)\n"
                  "  cron next EXPR     print the next fire times of a schedule\n\n"
                  "Without a command, takt opens the desktop console (or runs 'serve' where there is no display).\n"
                  "Run 'takt COMMAND --help' for a command's options.\n"
                  "Exit codes: 0 done, 1 failed, 2 the command line was not understood.\n");
}

} // namespace

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    // No command: the engine. (The desktop console will take this place.)
    if (command.isEmpty() || command == u"serve")
        return runServeCommand(rest);
    if (command == u"jobs")
        return runJobsCommand(rest);
    if (command == u"runs")
        return runRunsCommand(rest);
    if (command == u"logs")
        return runLogsCommand(rest);
    if (command == u"tokens")
        return runTokensCommand(rest);
    if (command == u"login")
        return runLoginCommand(rest);
    if (command == u"backfill")
        return runBackfillCommand(rest);
    if (command == u"cron")
        return runCronCommand(rest);
    if (command == u"nodes")
        return runNodesCommand(rest);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(mainHelp());
        return ExitOk;
    }
    if (command == u"--version") {
        printOut(QStringLiteral("takt %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    printErr(Tr::tr("takt: unknown command '%1'\n").arg(command));
    printErr(mainHelp());
    return ExitUsage;
}

} // namespace Takt::Cli
