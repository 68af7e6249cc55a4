#include "tokenscommand.h"

#include "apirequest.h"
#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "texttable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace Takt::Cli {

namespace {

QString tokensHelp()
{
    return Tr::tr("Usage: takt tokens COMMAND [options]\n\n"
                  "Named access tokens of an engine. Each is shown once, when it is made; the engine keeps only a hash.\n\n"
                  "Commands:\n"
                  "  create NAME [--read-only]   make a token (read-only: may look, may not change anything)\n"
                  "  list                        the tokens, when made and last used\n"
                  "  revoke NAME                 stop a token at once (its open event sockets are closed)\n");
}

QString isoToLocal(const QJsonValue &value)
{
    if (!value.isString())
        return QStringLiteral("-");
    return localTime(QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch());
}

int create(const QStringList &args)
{
    CommandLine cl(QStringLiteral("tokens create"), Tr::tr("NAME [--read-only] [options]"),
                   Tr::tr("Makes an access token and prints it once; the engine keeps only its hash."));
    cl.addOption({QStringLiteral("read-only"), Tr::tr("The token may read everything but change nothing.")});
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const Result<EngineAddress> engine = resolveEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    const Result<QJsonObject> made = apiRequest(engine.value(), "POST", QStringLiteral("/api/v1/tokens"),
                                                {{u"name"_qs, cl.positional().first()},
                                                 {u"read_only"_qs, cl.isSet(QStringLiteral("read-only"))}});
    if (!made)
        return cl.fail(made.error());
    if (cl.wantsJson()) {
        printJson(made.value());
    } else {
        printOut(made->value(u"token").toString() + u'\n');
        printErr(Tr::tr("takt: tokens create: '%1' (%2) made; this is the only time it is shown\n")
                     .arg(cl.positional().first(),
                          made->value(u"read_only").toBool() ? Tr::tr("read-only") : Tr::tr("full access")));
    }
    return ExitOk;
}

int list(const QStringList &args)
{
    CommandLine cl(QStringLiteral("tokens list"), Tr::tr("[options]"), Tr::tr("Lists the named access tokens."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 0, 0))
        return *done;
    const Result<EngineAddress> engine = resolveEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    const Result<QJsonObject> tokens = apiRequest(engine.value(), "GET", QStringLiteral("/api/v1/tokens"));
    if (!tokens)
        return cl.fail(tokens.error());
    if (cl.wantsJson()) {
        printJson(tokens.value());
        return ExitOk;
    }
    TextTable table({Tr::tr("NAME"), Tr::tr("ACCESS"), Tr::tr("CREATED"), Tr::tr("LAST USED")});
    for (const QJsonValue &token : tokens->value(u"tokens").toArray()) {
        table.addRow({token[u"name"].toString(),
                      token[u"read_only"].toBool() ? Tr::tr("read-only") : Tr::tr("full"),
                      isoToLocal(token[u"created_at"]), isoToLocal(token[u"last_used_at"])});
    }
    printOut(table.toString());
    return ExitOk;
}

int revoke(const QStringList &args)
{
    CommandLine cl(QStringLiteral("tokens revoke"), Tr::tr("NAME [options]"),
                   Tr::tr("Revokes a named access token: it stops working at once."));
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const Result<EngineAddress> engine = resolveEngine(cl);
    if (!engine)
        return cl.fail(engine.error());
    const Result<QJsonObject> revoked = apiRequest(
        engine.value(), "DELETE",
        u"/api/v1/tokens/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(cl.positional().first())));
    if (!revoked)
        return cl.fail(revoked.error());
    return ExitOk;
}

} // namespace

int runTokensCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"create")
        return create(rest);
    if (sub == u"list")
        return list(rest);
    if (sub == u"revoke")
        return revoke(rest);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printOut(tokensHelp());
        return ExitOk;
    }
    printErr(sub.isEmpty() ? Tr::tr("takt: tokens: a command is required\n")
                           : Tr::tr("takt: tokens: unknown command '%1'\n").arg(sub));
    printErr(tokensHelp());
    return ExitUsage;
}

} // namespace Takt::Cli
