#include "servecommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "datadir.h"
#include "signalwatcher.h"

#include <engine/core/duration.h>
#include <engine/scheduler/enginecore.h>
#include <engine/server/apiserver.h>
#include <engine/server/enginehost.h>

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QRegularExpression>

#include <csignal>

namespace Takt::Cli {

namespace {

constexpr quint16 DefaultPort = 8611;

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

/// "127.0.0.1:8611", "[::1]:8611", "0.0.0.0:0", "localhost:8611".
std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QHostAddress address(host == u"localhost" ? QStringLiteral("127.0.0.1") : host);
    if (address.isNull())
        return std::nullopt;
    return ListenAddress{address, quint16(port)};
}

} // namespace

int runServeCommand(const QStringList &args)
{
    CommandLine cl(QStringLiteral("serve"),
                   Tr::tr("[--data DIR] [--listen ADDRESS:PORT] [--tls-cert FILE --tls-key FILE | --insecure]"),
                   Tr::tr("Runs the engine without a display and serves its API until SIGTERM or SIGINT."));
    cl.addOption({QStringLiteral("listen"),
                  Tr::tr("Address and port to serve on (default 127.0.0.1:%1; port 0 = any free port).").arg(DefaultPort),
                  Tr::tr("address:port")});
    cl.addOption({QStringLiteral("tls-cert"),
                  Tr::tr("Serve HTTPS and WSS with this PEM certificate (chain); needs --tls-key."), Tr::tr("file")});
    cl.addOption({QStringLiteral("tls-key"), Tr::tr("The PEM private key of --tls-cert."), Tr::tr("file")});
    cl.addOption({QStringLiteral("insecure"),
                  Tr::tr("Allow plain HTTP on an address other than loopback (tokens then cross the network in clear text).")});
    cl.addOption({QStringLiteral("request-timeout"),
                  Tr::tr("How long a client may take to send a request before it is disconnected (default 30s)."),
                  Tr::tr("duration")});
    cl.addOption({QStringLiteral("slots"), Tr::tr("Runs at once (default: 2 × cores)."), Tr::tr("n")});
    cl.addOption({QStringLiteral("keep-runs"),
                  Tr::tr("Finished runs kept per job, for jobs that set none (default: no limit)."), Tr::tr("n")});
    cl.addOption({QStringLiteral("keep-for"),
                  Tr::tr("How long finished runs are kept, for jobs that set nothing (default: 90d)."),
                  Tr::tr("duration")});
    cl.addOption({QStringLiteral("keep-log-bytes"),
                  Tr::tr("Total size of all logs kept; the oldest go first (default: no limit)."), Tr::tr("size")});
    cl.addOption({QStringLiteral("store"),
                  Tr::tr("The store: a postgresql://user@host:port/db URL shared by the nodes of a cluster "
                         "(default: DATA/takt.db, SQLite)."),
                  Tr::tr("url")});
    cl.addOption({QStringLiteral("node"), Tr::tr("This node's name in the cluster (default: the host name and a hash of the data directory)."),
                  Tr::tr("name")});
    cl.addOption({QStringLiteral("labels"), Tr::tr("Labels this node offers to jobs that require them, e.g. gpu,linux."),
                  Tr::tr("list")});
    cl.addOption({QStringLiteral("heartbeat"), Tr::tr("How often a cluster node reports it is alive (default: 1s)."),
                  Tr::tr("duration")});
    cl.addOption({QStringLiteral("node-timeout"),
                  Tr::tr("A node silent this long is declared dead and its runs are retried elsewhere (default: 10s)."),
                  Tr::tr("duration")});
    cl.addDataOption();
    if (const auto done = cl.parse(args, 0, 0))
        return *done;

    EngineCore::Options options;
    if (cl.isSet(QStringLiteral("slots"))) {
        bool ok = false;
        options.slotCount = cl.value(QStringLiteral("slots")).toInt(&ok);
        if (!ok || options.slotCount < 1)
            return cl.fail(Tr::tr("--slots: '%1' is not a number of at least 1").arg(cl.value(QStringLiteral("slots"))));
    }
    if (cl.isSet(QStringLiteral("keep-runs"))) {
        bool ok = false;
        options.retention.keepRuns = cl.value(QStringLiteral("keep-runs")).toInt(&ok);
        if (!ok || options.retention.keepRuns < 0)
            return cl.fail(Tr::tr("--keep-runs: '%1' is not a number").arg(cl.value(QStringLiteral("keep-runs"))));
    }
    if (cl.isSet(QStringLiteral("keep-for"))) {
        const auto keepFor = parseDuration(cl.value(QStringLiteral("keep-for")), QStringLiteral("--keep-for"));
        if (!keepFor)
            return cl.fail(keepFor.error());
        options.retention.keepForMs = keepFor.value();
    }
    if (cl.isSet(QStringLiteral("keep-log-bytes"))) {
        const auto bytes = parseSize(cl.value(QStringLiteral("keep-log-bytes")), QStringLiteral("--keep-log-bytes"));
        if (!bytes)
            return cl.fail(bytes.error());
        options.retention.keepLogBytes = bytes.value();
    }

    if (cl.isSet(QStringLiteral("store")))
        options.store = cl.value(QStringLiteral("store"));
    if (cl.isSet(QStringLiteral("node"))) {
        options.cluster.nodeName = cl.value(QStringLiteral("node")).trimmed();
        // The name goes into database session names and file-like places: keep it plain.
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
        if (!plain.match(options.cluster.nodeName).hasMatch())
            return cl.fail(Tr::tr("--node: '%1' is not a node name: use letters, digits, '.', '_' and '-' "
                                  "(up to 63, starting with a letter or digit)").arg(options.cluster.nodeName));
    }
    if (cl.isSet(QStringLiteral("labels"))) {
        for (const QString &label : cl.value(QStringLiteral("labels")).split(u',', Qt::SkipEmptyParts)) {
            if (label.trimmed().isEmpty() || label.trimmed().contains(u' '))
                return cl.fail(Tr::tr("--labels: '%1' is not a label").arg(label));
            options.cluster.labels << label.trimmed();
        }
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("heartbeat"), &options.cluster.heartbeatMs},
                                       std::pair{QStringLiteral("node-timeout"), &options.cluster.nodeTimeoutMs}}) {
        if (!cl.isSet(name))
            continue;
        const auto ms = parseDuration(cl.value(name), QStringLiteral("--") + name);
        if (!ms)
            return cl.fail(ms.error());
        if (ms.value() < 50 || ms.value() > 3'600'000)
            return cl.fail(Tr::tr("--%1: '%2' is not between 50ms and 1h").arg(name, cl.value(name)));
        *target = int(ms.value());
    }
    if (cl.isSet(QStringLiteral("heartbeat")) && !cl.isSet(QStringLiteral("node-timeout"))
        && options.cluster.nodeTimeoutMs < 3 * options.cluster.heartbeatMs)
        options.cluster.nodeTimeoutMs = 3 * options.cluster.heartbeatMs;
    if (options.cluster.nodeTimeoutMs < 2 * options.cluster.heartbeatMs)
        return cl.fail(Tr::tr("--node-timeout: must be at least two heartbeats"));

    ListenAddress listen{QHostAddress::LocalHost, DefaultPort};
    if (cl.isSet(QStringLiteral("listen"))) {
        const auto parsed = parseListen(cl.value(QStringLiteral("listen")));
        if (!parsed)
            return cl.fail(Tr::tr("--listen: '%1' is not ADDRESS:PORT (e.g. 127.0.0.1:8611)").arg(cl.value(QStringLiteral("listen"))));
        listen = *parsed;
    }

    const bool tlsCert = cl.isSet(QStringLiteral("tls-cert"));
    if (tlsCert != cl.isSet(QStringLiteral("tls-key")))
        return cl.usageError(Tr::tr("--tls-cert and --tls-key go together"));
    std::optional<QSslConfiguration> tls;
    if (tlsCert) {
        const Result<QSslConfiguration> loaded =
            ApiServer::loadTlsFiles(cl.value(QStringLiteral("tls-cert")), cl.value(QStringLiteral("tls-key")));
        if (!loaded)
            return cl.usageError(u"--"_qs + loaded.error().field + u": "_qs + loaded.error().message);
        tls = loaded.value();
    } else if (!listen.address.isLoopback() && !cl.isSet(QStringLiteral("insecure"))) {
        // Every request carries its token: over plain HTTP anyone on the path could read it.
        return cl.usageError(Tr::tr("refusing to serve plain HTTP on %1, which is not a loopback address: "
                                    "access tokens would cross the network unencrypted. "
                                    "Pass --tls-cert FILE --tls-key FILE to serve HTTPS, "
                                    "or --insecure if the network is trusted.")
                                 .arg(listen.address.toString()));
    }
    int requestTimeoutMs = 0;
    if (cl.isSet(QStringLiteral("request-timeout"))) {
        const auto timeout = parseDuration(cl.value(QStringLiteral("request-timeout")), QStringLiteral("--request-timeout"));
        if (!timeout)
            return cl.fail(timeout.error());
        if (timeout.value() < 1 || timeout.value() > 3600'000)
            return cl.usageError(Tr::tr("--request-timeout: must be between 1ms and 1h"));
        requestTimeoutMs = int(timeout.value());
    }

    const QString dataDir = resolveDataDir(cl.value(QStringLiteral("data")));
    if (const Result<void> made = ensureDataDir(dataDir); !made)
        return cl.fail(made.error());

    // One engine per data directory: two would dispatch the same runs twice.
    const auto lock = EngineHost::lockDataDir(dataDir);
    if (!lock)
        return cl.fail(lock.error());

    // Installed before anything is started, so that an early SIGTERM still shuts down cleanly.
    SignalWatcher signalWatcher({SIGTERM, SIGINT});
    QObject::connect(&signalWatcher, &SignalWatcher::received, qApp, [](int) { QCoreApplication::quit(); });

    options.dataDir = dataDir;
    EngineCore core(options);
    if (const Result<void> started = core.start(); !started)
        return cl.fail(started.error());

    auto host = std::make_unique<EngineHost>(&core);
    if (tls)
        host->setTlsConfiguration(*tls);
    if (requestTimeoutMs > 0)
        host->setRequestTimeout(requestTimeoutMs);
    const Result<QUrl> url = host->serve(listen.address, listen.port);
    if (!url) {
        host.reset();
        core.stop();
        return cl.fail(url.error());
    }
    core.setApiUrl(url->toString());
    printErr(Tr::tr("takt: serving on %1 (data: %2)\n").arg(url->toString(), dataDir));

    QCoreApplication::exec();

    host.reset(); // stops serving, removes server.json
    core.stop();
    printErr(Tr::tr("takt: stopped\n"));
    return ExitOk;
}

} // namespace Takt::Cli
