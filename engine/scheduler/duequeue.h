#pragma once
// DueQueue: the next due time of every scheduled job, earliest first. O(log n) per change,
// so 100,000 jobs cost no more per decision than 1,000.

#include <engine/core/job.h>

#include <QHash>
#include <QList>

#include <set>
#include <utility>

namespace Takt {

class DueQueue final
{
public:
    /// Sets (or with 0, removes) the due time of a job.
    void set(JobId job, qint64 dueMs);
    void remove(JobId job) { set(job, 0); }
    /// The earliest due time, 0 when empty.
    qint64 earliest() const;
    /// Removes and returns the jobs due at or before `nowMs`, earliest first.
    QList<std::pair<JobId, qint64>> takeDue(qint64 nowMs);
    qsizetype size() const { return m_byJob.size(); }

private:
    std::set<std::pair<qint64, JobId>> m_byTime;
    QHash<JobId, qint64> m_byJob;
};

} // namespace Takt
