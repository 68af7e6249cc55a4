#pragma once
// RunQueue: queued runs waiting for a slot, in start order: higher priority first, then the
// earlier due time, then the older run.

#include <engine/core/run.h>

#include <QHash>
#include <QList>

#include <set>
#include <tuple>

namespace Takt {

class RunQueue final
{
public:
    void push(RunId run, int priority, qint64 scheduledAt);
    bool remove(RunId run);
    bool contains(RunId run) const;
    bool isEmpty() const { return m_order.empty(); }
    qsizetype size() const { return qsizetype(m_order.size()); }
    /// The queued runs in start order (for a dispatcher that may pass some over).
    QList<RunId> inOrder() const;
    /// Calls `visit(id)` in start order until it returns false. The queue must not change meanwhile.
    template<typename Visit>
    void forEachInOrder(Visit visit) const
    {
        for (const Key &key : m_order) {
            if (!visit(std::get<2>(key)))
                return;
        }
    }

private:
    using Key = std::tuple<int, qint64, RunId>; // (-priority, scheduledAt, id)
    std::set<Key> m_order;
    QHash<RunId, Key> m_keys;
};

} // namespace Takt
