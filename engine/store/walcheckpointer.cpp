#include "walcheckpointer.h"

#include "store_p.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace Takt::Internal {

// The connection and timer, both used only on the checkpointer's thread.
class CheckpointWorker final : public QObject
{
public:
    CheckpointWorker(const QString &databasePath, std::atomic<bool> &requested)
        : m_databasePath(databasePath)
        , m_requested(requested)
        , m_connectionName(QStringLiteral("takt-checkpoint-%1").arg(quintptr(this)))
        , m_timer(this) // a child, so that it moves to the thread with the worker
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(WalCheckpointer::DelayMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, &CheckpointWorker::checkpoint);
    }

    void schedule()
    {
        if (!m_timer.isActive())
            m_timer.start();
    }

    void shutDown()
    {
        m_timer.stop();
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

private:
    void checkpoint()
    {
        // Cleared first: a commit made while this runs asks for the next one.
        m_requested.store(false);
        if (!m_db.isValid()) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            m_db.setDatabaseName(m_databasePath);
            // PASSIVE never waits for the writer (it copies what it can and leaves the rest);
            // the short timeout only covers opening while the writer restarts the log.
            m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        }
        if (!m_db.isOpen() && !m_db.open()) {
            warnOnce(m_db.lastError().text());
            return;
        }
        QSqlQuery query(m_db);
        // Columns: busy, frames in the log, frames copied into the database.
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
            warnOnce(query.lastError().text());
            return;
        }
        const bool busy = query.value(0).toInt() != 0;
        const int logFrames = query.value(1).toInt();
        const int copied = query.value(2).toInt();
        query.finish();
        // Readers held part of the log: try again.
        if ((busy || copied != logFrames) && !m_requested.exchange(true))
            m_timer.start();
    }

    void warnOnce(const QString &reason)
    {
        if (m_warned)
            return;
        m_warned = true;
        // The writer's own backstop checkpoint still keeps the log bounded.
        qCWarning(lcStore, "%s: background checkpoint failed: %s", qPrintable(m_databasePath),
                  qPrintable(reason));
    }

    const QString m_databasePath;
    std::atomic<bool> &m_requested;
    const QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;
    bool m_warned = false;
};

WalCheckpointer::WalCheckpointer(const QString &databasePath)
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("takt-checkpoint"));
    m_worker = new CheckpointWorker(databasePath, m_requested);
    m_worker->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    // The connection belongs to the thread: it is closed there, then the thread ends.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->shutDown(); },
                              Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void WalCheckpointer::noteCommit()
{
    if (!m_requested.exchange(true))
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->schedule(); }, Qt::QueuedConnection);
}

} // namespace Takt::Internal
