#include "logsubscription.h"

#include <engine/core/tr.h>
#include <engine/scheduler/enginecore.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Takt {

namespace {

std::optional<AttemptRecord> findAttempt(EngineCore *core, RunId run, int attempt)
{
    const Result<QList<AttemptRecord>> all = core->attempts(run);
    if (!all)
        return std::nullopt;
    for (const AttemptRecord &a : all.value()) {
        if (a.attempt == attempt)
            return a;
    }
    return std::nullopt;
}

} // namespace

LogSubscription::LogSubscription(RunId run, int attempt, qint64 offset)
    : m_run(run)
    , m_followLatest(attempt == 0)
    , m_attempt(attempt)
    , m_offset(offset)
{
}

Result<void> LogSubscription::start(EngineCore *core)
{
    const Result<RunRecord> run = core->run(m_run);
    if (!run) {
        Error error = run.error();
        error.field = u"run"_qs;
        return error;
    }
    if (m_followLatest) {
        m_attempt = run->current.attempt;
    } else if (m_attempt != run->current.attempt && !findAttempt(core, m_run, m_attempt)) {
        return makeError(ErrorCode::NotFound, u"attempt"_qs,
                         Tr::tr("run %1 has no attempt %2").arg(m_run).arg(m_attempt));
    }
    return {};
}

QList<QByteArray> LogSubscription::poll(EngineCore *core, qint64 maxBytes)
{
    QList<QByteArray> frames;
    while (!m_finished && maxBytes > 0) {
        if (!m_dirty && (m_logPath.isEmpty() || QFileInfo(m_logPath).size() == m_seenSize))
            return frames; // nothing new: the common case, one stat() (none while waiting for an attempt)
        m_dirty = false;

        if (m_attempt == 0) {
            // Not started when subscribed: wait for its first attempt, or its end (cancelled).
            const Result<RunRecord> run = core->run(m_run);
            if (!run)
                return frames;
            if (run->current.attempt > 0) {
                m_attempt = 1;
                m_dirty = true;
                continue;
            }
            if (isFinal(run->state)) {
                frames << logEnd(run.value(), run->current);
                m_finished = true;
            }
            return frames;
        }

        // State first, then bytes: once the attempt is seen finished, its file will not grow,
        // so the bytes read after that are all there will ever be.
        const Result<LogChunk> chunk = core->readLog(m_run, m_attempt, m_offset, maxBytes);
        if (!chunk) {
            // The next attempt of a retried run does not exist until it starts.
            if (chunk.error().field == u"attempt")
                return frames;
            m_finished = true;
            frames << QJsonDocument(QJsonObject{{u"type"_qs, u"error"_qs},
                                                {u"error"_qs, QJsonObject{{u"code"_qs, chunk.error().code},
                                                                          {u"field"_qs, u"run"_qs},
                                                                          {u"message"_qs, chunk.error().message}}}})
                          .toJson(QJsonDocument::Compact);
            return frames;
        }
        m_seenSize = chunk->size;
        if (m_logPath.isEmpty() && m_attempt > 0) {
            if (const auto attempt = findAttempt(core, m_run, m_attempt))
                m_logPath = attempt->logPath;
        }

        QByteArray data = chunk->data;
        const bool atEnd = m_offset + data.size() >= chunk->size;
        // Whole lines only, so a multi-byte character is never cut; the tail of an ended
        // attempt goes out even without its newline, since no more will come.
        if (!(chunk->finished && atEnd)) {
            const qsizetype lastNewline = data.lastIndexOf('\n');
            if (lastNewline >= 0)
                data.truncate(lastNewline + 1);
            else if (data.size() < maxBytes)
                data.clear(); // a line still being written
        }
        if (!data.isEmpty()) {
            const qint64 next = m_offset + data.size();
            frames << QJsonDocument(QJsonObject{{u"type"_qs, u"log"_qs},
                                                {u"run"_qs, m_run},
                                                {u"attempt"_qs, m_attempt},
                                                {u"offset"_qs, m_offset},
                                                {u"data"_qs, QString::fromUtf8(data)},
                                                {u"next"_qs, next}})
                          .toJson(QJsonDocument::Compact);
            m_offset = next;
            maxBytes -= data.size();
            if (m_offset < chunk->size) {
                m_dirty = true; // more is there already
                continue;
            }
        }
        if (!chunk->finished || m_offset < chunk->size)
            return frames;

        // Every byte of an ended attempt was sent.
        const Result<RunRecord> run = core->run(m_run);
        if (!run)
            return frames;
        if (isFinal(run->state) && run->current.attempt <= m_attempt) {
            frames << logEnd(run.value(), run->current);
            m_finished = true;
        } else {
            // A retry (or the first attempt) is on its way: go on with it from its start.
            ++m_attempt;
            m_offset = 0;
            m_logPath.clear();
            m_seenSize = -1;
            m_dirty = true;
            if (m_attempt > run->current.attempt) {
                m_dirty = false;
                return frames; // it has not started: wait for the run to change
            }
        }
    }
    return frames;
}

QByteArray LogSubscription::logEnd(const RunRecord &run, const AttemptRecord &attempt) const
{
    const RunState state = run.state;
    return QJsonDocument(QJsonObject{
                             {u"type"_qs, u"logEnd"_qs},
                             {u"run"_qs, m_run},
                             {u"attempt"_qs, m_attempt},
                             {u"offset"_qs, m_offset},
                             {u"state"_qs, runStateName(state)},
                             {u"exitCode"_qs, attempt.exitCode < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(attempt.exitCode)},
                             {u"signal"_qs, attempt.signal > 0 ? QJsonValue(attempt.signal) : QJsonValue(QJsonValue::Null)},
                         })
        .toJson(QJsonDocument::Compact);
}

} // namespace Takt
