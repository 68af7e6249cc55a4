#pragma once
// A node of a cluster as the consoles see it: what it offers (labels, slots), how alive it
// is (heartbeat age, state) and what it runs. A default-constructed NodeInfo is invalid.

#include <engine/core/run.h>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Takt {

struct NodeInfo
{
    qint64 id = 0;
    QString name;
    QStringList labels;
    int slotCount = 0;
    int running = 0;            ///< runs this node is executing now
    QString apiUrl;             ///< its HTTP API (where its logs are read)
    qint64 incarnation = 0;     ///< +1 at every (re)join: fences what an older life left behind
    qint64 startedAt = 0;       ///< UTC epoch ms of the current incarnation
    qint64 heartbeatAgeMs = 0;  ///< how long since its last heartbeat, by the database's clock
    bool alive = false;         ///< false once the leader declared it dead
    bool leader = false;
    QList<RunId> runningRuns;

    bool isValid() const { return id > 0; }
    friend bool operator==(const NodeInfo &, const NodeInfo &) = default;
};

} // namespace Takt

Q_DECLARE_METATYPE(Takt::NodeInfo)
