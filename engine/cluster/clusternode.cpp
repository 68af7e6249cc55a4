#include "clusternode.h"

#include "leaderlock.h"

#include <QTimer>

namespace Takt {

ClusterNode::ClusterNode(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(options.heartbeatMs);
    connect(m_timer, &QTimer::timeout, this, &ClusterNode::heartbeat);
}

ClusterNode::~ClusterNode()
{
    stop();
}

Result<void> ClusterNode::start()
{
    const QString prefix = QStringLiteral("takt-cluster-%1").arg(quintptr(this));
    auto store = ClusterStore::open(m_options.storeUrl, prefix, m_options.name);
    if (!store.isOk())
        return store.error();
    m_store = std::move(store).value();
    m_lock = std::make_unique<LeaderLock>(m_options.storeUrl, prefix + QStringLiteral("-lock"), m_options.name);
    const auto joined = m_store->join(m_options.name, m_options.labels, m_options.slotCount, m_apiUrl);
    if (!joined.isOk())
        return joined.error();
    m_me = joined.value();
    m_sinceBeat.start();
    qInfo("takt: joined the cluster as node '%s' (id %lld, incarnation %lld)", qPrintable(m_options.name),
          m_me.nodeId, m_me.incarnation);
    m_timer->start();
    return {};
}

void ClusterNode::stop()
{
    m_timer->stop();
    if (m_store && m_me.isValid())
        (void)m_store->leave(m_me);
    if (m_lock)
        m_lock->release();
    m_term = 0;
    m_lock.reset();
    m_store.reset();
    m_me = {};
}

void ClusterNode::setApiUrl(const QString &url)
{
    m_apiUrl = url;
    if (m_store && m_me.isValid())
        (void)m_store->setApiUrl(m_me, url);
}

bool ClusterNode::join()
{
    const auto joined = m_store->join(m_options.name, m_options.labels, m_options.slotCount, m_apiUrl);
    if (!joined.isOk())
        return false;
    m_me = joined.value();
    m_sinceBeat.start();
    qInfo("takt: rejoined the cluster as node '%s' (incarnation %lld)", qPrintable(m_options.name), m_me.incarnation);
    Q_EMIT rejoined();
    return true;
}

void ClusterNode::loseLeadership()
{
    if (m_term == 0)
        return;
    qInfo("takt: node '%s' no longer leads (term %lld)", qPrintable(m_options.name), m_term);
    m_term = 0;
    m_lock->release();
    Q_EMIT leadershipLost();
}

void ClusterNode::heartbeat()
{
    if (!m_store)
        return;
    if (!m_me.isValid() && !join())
        return;
    const Result<bool> accepted = m_store->heartbeat(m_me);
    if (accepted.isOk() && accepted.value()) {
        m_sinceBeat.start();
    } else if (accepted.isOk() || m_sinceBeat.elapsed() > m_options.nodeTimeoutMs) {
        // Declared dead by the leader, or cut off for so long that it will be: the runs this
        // incarnation claimed are (or will be) retried elsewhere, so it must let go of them.
        qWarning("takt: node '%s' was %s; giving up its runs and joining again", qPrintable(m_options.name),
                 accepted.isOk() ? "declared dead by the cluster" : "cut off from the database");
        loseLeadership();
        m_me = {};
        Q_EMIT fenced();
        if (!join())
            return;
    } else {
        return; // not reachable right now; try again at the next beat
    }

    if (isLeader()) {
        const auto leader = m_store->leader();
        if (!m_lock->isHeld() || (leader.isOk() && leader->term != m_term))
            loseLeadership();
    } else {
        const Result<bool> acquired = m_lock->tryAcquire();
        if (acquired.isOk() && acquired.value()) {
            const Result<qint64> term = m_store->takeTerm(m_me.nodeId);
            if (term.isOk()) {
                m_term = term.value();
                qInfo("takt: node '%s' leads the cluster (term %lld)", qPrintable(m_options.name), m_term);
                Q_EMIT leadershipGained(m_term);
            } else {
                m_lock->release();
            }
        } else if (acquired.isOk()) {
            // Someone holds the lock. If its node has stopped heartbeating, its session may
            // still be open (a stalled process): end that session so the lock becomes free.
            const auto leader = m_store->leader();
            if (leader.isOk() && leader->heartbeatAgeMs > m_options.nodeTimeoutMs) {
                // Its other sessions too: an open transaction of its own would otherwise keep
                // the next term from being taken.
                if (!leader->node.isEmpty() && leader->node != m_options.name)
                    (void)m_store->terminateSessionsOf(leader->node);
                const Result<int> pid = m_store->terminateLockHolder(LeaderLock::Key);
                if (pid.isOk() && pid.value() > 0)
                    qWarning("takt: the leader stopped heartbeating; ended its database session (pid %d)", pid.value());
            }
        }
    }
    Q_EMIT beat();
}

} // namespace Takt
