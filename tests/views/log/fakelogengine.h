#pragma once
// Test doubles for the log viewer: FakeLogEngine, an EngineApi that serves run logs from
// files in a thread of its own (answers arrive later, through the event loop, as from
// LocalEngine), and helpers that write logs in the attempt log format. Header-only so the
// benchmark can use them too.

#include <engine/api/engineapi.h>
#include <engine/executor/logformat.h>

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace TaktTest {

using namespace Takt;

class FakeLogEngine final : public EngineApi
{
public:
    struct Served
    {
        QString path;
        bool finished = true;
        int attempt = 1;  // the run's latest attempt; 0 = not started
    };

    explicit FakeLogEngine(QObject *parent = nullptr)
        : EngineApi(parent)
    {
        m_pool.setMaxThreadCount(1); // one engine thread: calls are answered in order
    }
    ~FakeLogEngine() override { m_pool.waitForDone(); }

    void addRun(RunId id, const QString &path, bool finished = true, int attempt = 1)
    {
        QMutexLocker lock(&m_mutex);
        m_runs.insert(id, Served{path, finished, attempt});
    }
    void setFinished(RunId id, bool finished)
    {
        QMutexLocker lock(&m_mutex);
        m_runs[id].finished = finished;
    }
    /// Every readLog so far, and the attempts they named.
    int readCount() const { return m_reads.load(); }
    QList<int> attemptsRead() const
    {
        QMutexLocker lock(&m_mutex);
        return m_attemptsRead;
    }

    QString displayName() const override { return QStringLiteral("Fake log engine"); }

    QFuture<Result<RunRecord>> run(RunId id) override
    {
        const std::optional<Served> served = find(id);
        return QtConcurrent::run(&m_pool, [id, served]() -> Result<RunRecord> {
            if (!served)
                return makeError(ErrorCode::NotFound, QStringLiteral("run"), QStringLiteral("no run %1").arg(id));
            RunRecord record;
            record.id = id;
            record.state = served->finished ? RunState::Succeeded : RunState::Running;
            record.current.attempt = served->attempt;
            record.current.logPath = served->path;
            return record;
        });
    }

    QFuture<Result<LogChunk>> readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes) override
    {
        const std::optional<Served> served = find(id);
        ++m_reads;
        {
            QMutexLocker lock(&m_mutex);
            m_attemptsRead.append(attempt);
        }
        return QtConcurrent::run(&m_pool, [id, served, offset, maxBytes]() -> Result<LogChunk> {
            if (!served)
                return makeError(ErrorCode::NotFound, QStringLiteral("run"), QStringLiteral("no run %1").arg(id));
            if (offset < 0)
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("offset"), QStringLiteral("cannot be negative"));
            LogChunk chunk;
            chunk.offset = offset;
            chunk.finished = served->finished; // known before reading, as the engine does
            QFile file(served->path);
            if (!file.open(QIODevice::ReadOnly))
                return chunk;
            chunk.size = file.size();
            if (offset < chunk.size) {
                file.seek(offset);
                chunk.data = file.read(std::clamp<qint64>(maxBytes, 1, 4 * 1024 * 1024));
            }
            return chunk;
        });
    }

    QFuture<Result<QList<Job>>> jobs() override { return unavailable<QList<Job>>(); }
    QFuture<Result<Job>> job(const QString &) override { return unavailable<Job>(); }
    QFuture<Result<Job>> createJob(const JobSpec &) override { return unavailable<Job>(); }
    QFuture<Result<Job>> applyJob(const JobSpec &) override { return unavailable<Job>(); }
    QFuture<Result<void>> deleteJob(const QString &) override { return unavailable<void>(); }
    QFuture<Result<Job>> setJobPaused(const QString &, bool) override { return unavailable<Job>(); }
    QFuture<Result<RunRecord>> runJobNow(const QString &) override { return unavailable<RunRecord>(); }
    QFuture<Result<RunPage>> runs(const RunQuery &) override { return unavailable<RunPage>(); }
    QFuture<Result<QList<AttemptRecord>>> attempts(RunId) override { return unavailable<QList<AttemptRecord>>(); }
    QFuture<Result<RunRecord>> cancelRun(RunId) override { return unavailable<RunRecord>(); }

private:
    std::optional<Served> find(RunId id) const
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_runs.constFind(id);
        return it == m_runs.constEnd() ? std::nullopt : std::optional<Served>(*it);
    }

    template<typename T>
    static QFuture<Result<T>> unavailable()
    {
        return QtFuture::makeReadyFuture(
            Result<T>(makeError(ErrorCode::Unavailable, {}, QStringLiteral("not served by FakeLogEngine"))));
    }

    mutable QMutex m_mutex;
    QHash<RunId, Served> m_runs;
    QList<int> m_attemptsRead;
    std::atomic<int> m_reads{0};
    QThreadPool m_pool;
};

/// 2026-11-24T21:22:03.123Z plus `ms`.
inline qint64 baseTime(qint64 ms = 0)
{
    return 1795555323123LL + ms;
}

inline QByteArray record(qint64 timeMs, char stream, const QByteArray &text)
{
    return formatLogLine(LogLine{timeMs, stream, text});
}

inline bool writeFile(const QString &path, const QByteArray &data, bool append = false)
{
    QFile file(path);
    if (!file.open(append ? QIODevice::Append : QIODevice::WriteOnly))
        return false;
    return file.write(data) == data.size();
}

} // namespace TaktTest

#include <views/log/logsource.h>

#include <QTimer>

namespace TaktTest {

/// A LogSource over a file with a read size of your choosing (a few bytes puts chunk
/// boundaries everywhere). Reads are answered from a thread pool, later.
class TestFileSource final : public LogSource
{
public:
    TestFileSource(const QString &path, qint64 readSize, bool finished, QObject *parent = nullptr)
        : LogSource(parent)
        , m_path(path)
        , m_readSize(readSize)
        , m_finished(finished)
    {
        m_pool.setMaxThreadCount(1);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            QFile file(m_path);
            reportSize(file.size(), m_finished.load());
            if (isFinished())
                m_timer.stop();
        });
    }
    ~TestFileSource() override { m_pool.waitForDone(); }

    void setFinished(bool finished) { m_finished = finished; }

    QFuture<Result<LogChunk>> read(qint64 offset, qint64 length) override
    {
        const QString path = m_path;
        const bool finished = m_finished;
        return QtConcurrent::run(&m_pool, [path, finished, offset, length]() -> Result<LogChunk> {
                   LogChunk chunk;
                   chunk.offset = offset;
                   chunk.finished = finished;
                   QFile file(path);
                   if (!file.open(QIODevice::ReadOnly))
                       return chunk;
                   chunk.size = file.size();
                   if (offset < chunk.size) {
                       file.seek(offset);
                       chunk.data = file.read(length);
                   }
                   return chunk;
               })
            .then(this, [this](const Result<LogChunk> &chunk) {
                if (chunk.isOk())
                    reportSize(chunk->size, chunk->finished);
                return chunk;
            });
    }
    qint64 preferredReadSize() const override { return m_readSize; }
    void watch() override
    {
        if (!isFinished())
            m_timer.start();
    }

private:
    QString m_path;
    qint64 m_readSize;
    std::atomic<bool> m_finished;
    QThreadPool m_pool;
    QTimer m_timer;
};

} // namespace TaktTest

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace TaktTest {

/// Runs the event loop until `done()` holds (true) or `timeoutMs` pass (false). Unlike
/// QTRY_*, which sleeps 10 ms between rounds, it wakes as soon as an answer is posted, so
/// thousands of cross-thread round trips stay fast.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop now and then to look at the clock
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace TaktTest
