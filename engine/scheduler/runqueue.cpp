#include "runqueue.h"

namespace Takt {

void RunQueue::push(RunId run, int priority, qint64 scheduledAt)
{
    remove(run);
    const Key key{-priority, scheduledAt, run};
    m_order.insert(key);
    m_keys.insert(run, key);
}

bool RunQueue::remove(RunId run)
{
    const auto it = m_keys.constFind(run);
    if (it == m_keys.constEnd())
        return false;
    m_order.erase(it.value());
    m_keys.erase(it);
    return true;
}

bool RunQueue::contains(RunId run) const
{
    return m_keys.contains(run);
}

QList<RunId> RunQueue::inOrder() const
{
    QList<RunId> ids;
    ids.reserve(qsizetype(m_order.size()));
    for (const Key &key : m_order)
        ids.append(std::get<2>(key));
    return ids;
}

} // namespace Takt
