#include "nodescommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "engineconnection.h"
#include "texttable.h"

#include <engine/core/modeljson.h>

#include <QJsonArray>

namespace Takt::Cli {

namespace {

QString ageText(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 10'000)
        return Tr::tr("%1s").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (ms < 120'000)
        return Tr::tr("%1s").arg(ms / 1000);
    return Tr::tr("%1m").arg(ms / 60'000);
}

QString runsText(const QList<RunId> &runs)
{
    QStringList ids;
    for (RunId id : runs.mid(0, 10))
        ids << QString::number(id);
    if (runs.size() > 10)
        ids << Tr::tr("+%1 more").arg(runs.size() - 10);
    return ids.isEmpty() ? QStringLiteral("-") : ids.join(u',');
}

} // namespace

int runNodesCommand(const QStringList &args)
{
    CommandLine cl(QStringLiteral("nodes"), Tr::tr("[options]"),
                   Tr::tr("Lists the nodes of the cluster: labels, slots in use, heartbeat age, leader, running runs."));
    cl.addJsonOption();
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 0, 0))
        return *done;
    return askEngine(cl, [](RemoteEngine &engine) { return engine.nodes(); },
                     [&cl](const QList<NodeInfo> &nodes) {
        if (cl.wantsJson()) {
            QJsonArray array;
            for (const NodeInfo &node : nodes)
                array.append(nodeToJson(node));
            printJson(QJsonObject{{u"nodes"_qs, array}});
            return;
        }
        TextTable table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("LEADER"), Tr::tr("LABELS"), Tr::tr("SLOTS"),
                         Tr::tr("HEARTBEAT"), Tr::tr("RUNNING"), Tr::tr("API")});
        for (const NodeInfo &node : nodes) {
            table.addRow({node.name, node.alive ? Tr::tr("alive") : Tr::tr("dead"),
                          node.leader ? Tr::tr("leader") : QStringLiteral("-"),
                          node.labels.isEmpty() ? QStringLiteral("-") : node.labels.join(u','),
                          QStringLiteral("%1/%2").arg(node.running).arg(node.slotCount),
                          Tr::tr("%1 ago").arg(ageText(node.heartbeatAgeMs)), runsText(node.runningRuns),
                          node.apiUrl.isEmpty() ? QStringLiteral("-") : node.apiUrl});
        }
        printOut(table.toString());
    });
}

} // namespace Takt::Cli
