#include "croncommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"

#include <engine/schedule/schedule.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Takt::Cli {

namespace {

int next(const QStringList &args)
{
    CommandLine cl(QStringLiteral("cron next"), Tr::tr("EXPR [--tz ZONE] [--from TIME] [--count N]"),
                   Tr::tr("Prints the next times the schedule EXPR fires, one ISO-8601 time with its UTC "
                          "offset per line. Needs no engine."));
    cl.addOption({QStringLiteral("tz"), Tr::tr("IANA time zone (default: this machine's)."), Tr::tr("zone")});
    cl.addOption({QStringLiteral("from"),
                  Tr::tr("Start after this ISO-8601 time (default: now; without an offset, in --tz)."), Tr::tr("time")});
    cl.addOption({QStringLiteral("count"), Tr::tr("How many times (default 10, at most 1000)."), Tr::tr("n")});
    cl.addJsonOption();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;

    const QString expr = cl.positional().first();
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (cl.isSet(QStringLiteral("tz"))) {
        const QString id = cl.value(QStringLiteral("tz"));
        zone = QTimeZone(id.toUtf8());
        if (!zone.isValid())
            return cl.fail(Tr::tr("--tz: unknown time zone '%1'").arg(id));
    }
    qint64 from = QDateTime::currentMSecsSinceEpoch();
    if (cl.isSet(QStringLiteral("from"))) {
        const QString text = cl.value(QStringLiteral("from"));
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return cl.fail(Tr::tr("--from: '%1' is not an ISO-8601 date-time").arg(text));
        if (time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), zone);
        from = time.toMSecsSinceEpoch();
    }
    int count = 10;
    if (cl.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = cl.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 1000)
            return cl.fail(Tr::tr("--count: '%1' is not a number from 1 to 1000").arg(cl.value(QStringLiteral("count"))));
    }

    const Result<Schedule> schedule = Schedule::parse(expr);
    if (!schedule)
        return cl.fail(schedule.error());
    QStringList times;
    for (qint64 ms : schedule.value().nextFireTimes(from, zone, count))
        times << QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);

    if (cl.wantsJson()) {
        printJson(QJsonObject{{u"expr"_qs, expr},
                              {u"timezone"_qs, QString::fromUtf8(zone.id())},
                              {u"description"_qs, schedule.value().describe()},
                              {u"times"_qs, QJsonArray::fromStringList(times)}});
    } else if (!times.isEmpty()) {
        printOut(times.join(u'\n') + u'\n');
    }
    return ExitOk;
}

} // namespace

QString cronHelp()
{
    return Tr::tr("Usage: takt cron COMMAND [options]\n\n"
                  "Commands:\n"
                  "  next EXPR [--tz ZONE] [--from TIME] [--count N]\n"
                  "                     print the next fire times of a schedule\n\n"
                  "Run 'takt cron next --help' for its options.\n");
}

int runCronCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"next")
        return next(args.mid(1));
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printOut(cronHelp());
        return ExitOk;
    }
    printErr(sub.isEmpty() ? Tr::tr("takt: cron: a command is required\n")
                           : Tr::tr("takt: cron: unknown command '%1'\n").arg(sub));
    printErr(cronHelp());
    return ExitUsage;
}

} // namespace Takt::Cli
