#include "eventhub.h"

#include <engine/core/modeljson.h>
#include <engine/scheduler/enginecore.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Takt {

EventHub::EventHub(EngineCore *core, qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_epoch(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_capacity(std::max<qsizetype>(capacity, 1))
{
    // The core emits only after the change is committed, so an event never tells of a state
    // that a crash could still take back.
    connect(core, &EngineCore::jobChanged, this,
            [this](const Job &job) { add("job", u"job"_qs, jobToJson(job)); });
    connect(core, &EngineCore::jobRemoved, this,
            [this](const QString &name) { add("jobRemoved", u"name"_qs, name); });
    connect(core, &EngineCore::runChanged, this,
            [this](const RunRecord &run) { add("run", u"run"_qs, runToJson(run)); });
}

bool EventHub::canReplayAfter(qint64 afterId) const
{
    if (afterId < 0 || afterId > m_lastId)
        return false;
    if (afterId == m_lastId)
        return true;
    return !m_events.empty() && m_events.front().id <= afterId + 1;
}

QList<EventHub::Event> EventHub::eventsBetween(qint64 afterId, qint64 upToId) const
{
    QList<Event> events;
    if (m_events.empty() || upToId <= afterId)
        return events;
    // Ids are consecutive, so the first wanted one is found by arithmetic.
    const qint64 first = m_events.front().id;
    for (qint64 id = std::max(afterId + 1, first); id <= std::min(upToId, m_lastId); ++id)
        events.append(m_events[size_t(id - first)]);
    return events;
}

void EventHub::add(const char *type, const QString &key, const QJsonValue &value)
{
    const qint64 id = ++m_lastId;
    const QJsonObject object{{u"type"_qs, QString::fromLatin1(type)}, {u"id"_qs, id}, {key, value}};
    Event event{id, QJsonDocument(object).toJson(QJsonDocument::Compact)};
    m_events.push_back(event);
    while (qsizetype(m_events.size()) > m_capacity)
        m_events.pop_front();
    Q_EMIT eventAdded(id, event.frame);
}

} // namespace Takt
