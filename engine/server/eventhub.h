#pragma once
// EventHub: numbers the engine's committed changes (jobs and runs) as events of the live-events
// socket and keeps the latest ones, so a client that reconnects can be given what it missed.

#include <engine/core/job.h>
#include <engine/core/run.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>

namespace Takt {

class EngineCore;

class EventHub final : public QObject
{
    Q_OBJECT
public:
    /// Events kept for replay; a resume point older than this gets a "reset".
    static constexpr qsizetype DefaultCapacity = 16384;

    /// `core` is not owned and must live in this object's thread.
    explicit EventHub(EngineCore *core, qsizetype capacity = DefaultCapacity, QObject *parent = nullptr);

    /// A new UUID per process: ids restart with it, so a client can tell a restarted server.
    QString epoch() const { return m_epoch; }
    /// The id of the newest event, 0 before the first.
    qint64 lastEventId() const { return m_lastId; }

    struct Event
    {
        qint64 id = 0;
        QByteArray frame;   ///< the JSON text frame as sent
    };

    /// Whether every event after `afterId` is still kept (afterId ≤ lastEventId()).
    bool canReplayAfter(qint64 afterId) const;
    /// The kept events with afterId < id ≤ upToId, oldest first.
    QList<Event> eventsBetween(qint64 afterId, qint64 upToId) const;

Q_SIGNALS:
    /// A new event; connected sessions forward it.
    void eventAdded(qint64 id, const QByteArray &frame);

private:
    void add(const char *type, const QString &key, const QJsonValue &value);

    QString m_epoch;
    qint64 m_lastId = 0;
    qsizetype m_capacity;
    std::deque<Event> m_events;
};

} // namespace Takt
