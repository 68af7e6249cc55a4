#include "logincommand.h"

#include "apirequest.h"
#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "loginrecord.h"

#include <engine/api/credentialstore.h>

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Takt::Cli {

namespace {

/// One line from stdin, without echo when it is a terminal.
QString readSecretLine()
{
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        printErr(QStringLiteral("\n"));
    }
    return line.trimmed();
}

} // namespace

int runLoginCommand(const QStringList &args)
{
    CommandLine cl(QStringLiteral("login"), Tr::tr("URL [--token TOKEN] [--ca-cert FILE]"),
                   Tr::tr("Checks a token against the server at URL and keeps it, so that later commands "
                          "without --server use that server. Without --token the token is read from stdin."));
    cl.addOption({QStringLiteral("token"), Tr::tr("The access token (from 'takt tokens create')."), Tr::tr("token")});
    cl.addOption({QStringLiteral("ca-cert"),
                  Tr::tr("Trust this PEM CA certificate for the server, now and in later commands."), Tr::tr("file")});
    if (const auto done = cl.parse(args, 1, 1))
        return *done;

    const QString text = cl.positional().first();
    QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return cl.fail(makeError(ErrorCode::InvalidArgument, u"url"_qs, Tr::tr("'%1' is not an http(s) URL").arg(text)));
    url.setPath({});

    QString caCert;
    if (cl.isSet(QStringLiteral("ca-cert"))) {
        caCert = QFileInfo(cl.value(QStringLiteral("ca-cert"))).absoluteFilePath();
        if (const Result<void> trusted = trustCaCertificate(caCert); !trusted)
            return cl.fail(trusted.error());
    }

    QString token = cl.value(QStringLiteral("token"));
    if (token.isEmpty()) {
        printErr(Tr::tr("Token for %1: ").arg(url.toString()));
        token = readSecretLine();
    }
    if (token.isEmpty())
        return cl.fail(makeError(ErrorCode::InvalidArgument, u"token"_qs, Tr::tr("no token was given")));

    // Kept only once the server has accepted it.
    const Result<QJsonObject> checked = apiRequest({url, token}, "GET", QStringLiteral("/api/v1/jobs"));
    if (!checked)
        return cl.fail(checked.error());
    if (const Result<void> saved = CredentialStore::save(url, token); !saved)
        return cl.fail(saved.error());
    if (const Result<void> written = LoginRecord{url, caCert}.write(); !written)
        return cl.fail(written.error());
    printErr(Tr::tr("takt: logged in to %1; the token is kept in %2\n").arg(url.toString(), CredentialStore::backendName()));
    return ExitOk;
}

} // namespace Takt::Cli
