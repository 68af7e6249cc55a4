#pragma once
// WalCheckpointer: copies a SQLite store's write-ahead log back into the database file on a
// thread and connection of its own, so that the writer's commits never wait for a
// checkpoint (and its fsync) — the engine commits right before every start.

#include <QString>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Takt::Internal {

class CheckpointWorker;

class WalCheckpointer final
{
public:
    /// How long after a commit the checkpoint runs: commits in between share it.
    static constexpr int DelayMs = 200;
    /// The writer's own automatic checkpoint, kept as a backstop in case this thread falls
    /// behind: in pages of the log (SQLite's default is 1000).
    static constexpr int WriterBackstopPages = 20000;

    /// Starts the thread; the file must exist and be in WAL mode.
    explicit WalCheckpointer(const QString &databasePath);
    /// Stops the thread (a checkpoint under way finishes first).
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Called by the writer after each commit; cheap, never blocks.
    void noteCommit();

private:
    std::unique_ptr<QThread> m_thread;
    CheckpointWorker *m_worker = nullptr; // lives in m_thread
    std::atomic<bool> m_requested{false};
};

} // namespace Takt::Internal
