#include "duequeue.h"

namespace Takt {

void DueQueue::set(JobId job, qint64 dueMs)
{
    const auto it = m_byJob.constFind(job);
    if (it != m_byJob.constEnd()) {
        m_byTime.erase({it.value(), job});
        m_byJob.erase(it);
    }
    if (dueMs > 0) {
        m_byTime.insert({dueMs, job});
        m_byJob.insert(job, dueMs);
    }
}

qint64 DueQueue::earliest() const
{
    return m_byTime.empty() ? 0 : m_byTime.begin()->first;
}

QList<std::pair<JobId, qint64>> DueQueue::takeDue(qint64 nowMs)
{
    QList<std::pair<JobId, qint64>> due;
    while (!m_byTime.empty() && m_byTime.begin()->first <= nowMs) {
        const auto [time, job] = *m_byTime.begin();
        m_byTime.erase(m_byTime.begin());
        m_byJob.remove(job);
        due.append({job, time});
    }
    return due;
}

} // namespace Takt
