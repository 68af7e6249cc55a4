#include "eventsession.h"

#include "eventhub.h"
#include "logsubscription.h"

#include <engine/core/result.h>
#include <engine/core/tr.h>
#include <engine/scheduler/enginecore.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace Takt {

namespace {

// How long live events wait for a first client frame, so that a "resume" sent right after
// connecting is answered before newer events and the ids the client sees keep increasing.
constexpr int HoldMs = 300;
// How often subscribed logs are looked at: a stat() per subscription.
constexpr int LogPollMs = 100;
// Log bytes sent per subscription and poll, so one busy log does not starve the others.
constexpr qint64 LogBytesPerPoll = 1024 * 1024;

Error badFrame(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, field, message);
}

/// A whole number >= 0 at `key`, or an error naming it.
Result<qint64> count(const QJsonObject &frame, const QString &key, bool required)
{
    const QJsonValue value = frame.value(key);
    if (value.isUndefined() && !required)
        return qint64(0);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number)) || number > 9e15)
        return badFrame(key, Tr::tr("must be a whole number of at least 0"));
    return qint64(number);
}

} // namespace

EventSession::EventSession(std::unique_ptr<QWebSocket> socket, EventHub *hub, EngineCore *core,
                           const QString &tokenName, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_hub(hub)
    , m_core(core)
    , m_tokenName(tokenName)
{
    m_socket->setMaxAllowedIncomingFrameSize(MaxFrameSize);
    m_socket->setMaxAllowedIncomingMessageSize(MaxFrameSize);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &EventSession::onTextMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        sendError(badFrame(u"frame"_qs, Tr::tr("frames are JSON text, not binary")));
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
    connect(m_hub, &EventHub::eventAdded, this, &EventSession::onEvent);
    connect(m_core, &EngineCore::runChanged, this, [this](const RunRecord &run) {
        if (const auto it = m_logs.find(run.id); it != m_logs.end())
            it->second->markDirty();
    });

    m_helloId = m_lastSentId = m_hub->lastEventId();
    send(QJsonDocument(QJsonObject{{u"type"_qs, u"hello"_qs},
                                   {u"epoch"_qs, m_hub->epoch()},
                                   {u"lastEventId"_qs, m_helloId},
                                   {u"readOnly"_qs, readOnly}})
             .toJson(QJsonDocument::Compact));

    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &EventSession::endHolding);
    m_holdTimer.start(HoldMs);
    m_logTimer.setInterval(LogPollMs);
    connect(&m_logTimer, &QTimer::timeout, this, &EventSession::pollLogs);
}

EventSession::~EventSession() = default;

void EventSession::close(int code, const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void EventSession::onEvent(qint64 id, const QByteArray &frame)
{
    if (m_holding) {
        m_held.append({id, frame});
        return;
    }
    if (id <= m_lastSentId)
        return;
    m_lastSentId = id;
    send(frame);
}

void EventSession::endHolding()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_holdTimer.stop();
    const auto held = std::exchange(m_held, {});
    for (const auto &[id, frame] : held)
        onEvent(id, frame);
}

void EventSession::onTextMessage(const QString &message)
{
    const bool first = !m_sawFrame;
    m_sawFrame = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(badFrame(u"frame"_qs, Tr::tr("not a JSON object")));
        endHolding();
        return;
    }
    const QJsonObject frame = doc.object();
    const QString type = frame.value(u"type").toString();
    if (type == u"resume") {
        if (!first) {
            sendError(badFrame(u"type"_qs, Tr::tr("resume must be the first frame")));
            return;
        }
        resume(frame);
        endHolding();
        return;
    }
    endHolding();
    if (type == u"subscribeLog") {
        subscribeLog(frame);
    } else if (type == u"unsubscribeLog") {
        const Result<qint64> run = count(frame, u"run"_qs, true);
        if (!run)
            sendError(run.error());
        else
            m_logs.erase(run.value());
    } else {
        sendError(badFrame(u"type"_qs, Tr::tr("'%1' is not one of: resume, subscribeLog, unsubscribeLog")
                                           .arg(frame.value(u"type").toVariant().toString())));
    }
}

void EventSession::resume(const QJsonObject &frame)
{
    const QJsonValue epoch = frame.value(u"epoch");
    if (!epoch.isString()) {
        sendError(badFrame(u"epoch"_qs, Tr::tr("must be the epoch string of an earlier hello")));
        return;
    }
    const Result<qint64> after = count(frame, u"after"_qs, true);
    if (!after) {
        sendError(after.error());
        return;
    }
    if (epoch.toString() == m_hub->epoch() && m_hub->canReplayAfter(after.value())) {
        // The events up to hello were not sent here; those after it come live.
        for (const EventHub::Event &event : m_hub->eventsBetween(after.value(), m_helloId))
            send(event.frame);
        m_lastSentId = std::max(m_helloId, after.value());
        return;
    }
    // Another server process, or older than the buffer: the client re-reads, then goes on
    // from the hello's point.
    send(QJsonDocument(QJsonObject{{u"type"_qs, u"reset"_qs},
                                   {u"epoch"_qs, m_hub->epoch()},
                                   {u"lastEventId"_qs, m_helloId}})
             .toJson(QJsonDocument::Compact));
}

void EventSession::subscribeLog(const QJsonObject &frame)
{
    const Result<qint64> run = count(frame, u"run"_qs, true);
    if (!run || run.value() == 0) {
        sendError(run ? badFrame(u"run"_qs, Tr::tr("must be a run id")) : run.error());
        return;
    }
    const Result<qint64> attempt = count(frame, u"attempt"_qs, false);
    if (!attempt || attempt.value() > 1'000'000) {
        sendError(attempt ? badFrame(u"attempt"_qs, Tr::tr("is out of range")) : attempt.error());
        return;
    }
    const Result<qint64> offset = count(frame, u"offset"_qs, false);
    if (!offset) {
        sendError(offset.error());
        return;
    }
    if (!m_logs.count(run.value()) && int(m_logs.size()) >= MaxSubscriptions) {
        sendError(badFrame(u"run"_qs, Tr::tr("at most %1 logs can be followed at once").arg(MaxSubscriptions)));
        return;
    }
    auto subscription = std::make_unique<LogSubscription>(run.value(), int(attempt.value()), offset.value());
    if (const Result<void> started = subscription->start(m_core); !started) {
        sendError(started.error());
        return;
    }
    m_logs[run.value()] = std::move(subscription); // a second subscription replaces the first
    m_logTimer.start();
    pollLogs();
}

void EventSession::pollLogs()
{
    for (auto it = m_logs.begin(); it != m_logs.end();) {
        for (const QByteArray &frame : it->second->poll(m_core, LogBytesPerPoll))
            send(frame);
        if (!m_socket->isValid())
            return;
        it = it->second->isFinished() ? m_logs.erase(it) : std::next(it);
    }
    if (m_logs.empty())
        m_logTimer.stop();
}

void EventSession::send(const QByteArray &frame)
{
    if (!m_socket->isValid())
        return;
    if (m_socket->bytesToWrite() > MaxPendingBytes) {
        close(QWebSocketProtocol::CloseCodePolicyViolated, Tr::tr("the client does not read its events"));
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void EventSession::sendError(const Error &error)
{
    send(QJsonDocument(QJsonObject{{u"type"_qs, u"error"_qs},
                                   {u"error"_qs, QJsonObject{
                                                     {u"code"_qs, error.code},
                                                     {u"field"_qs, error.field.isEmpty() ? QJsonValue() : QJsonValue(error.field)},
                                                     {u"message"_qs, error.message},
                                                 }}})
             .toJson(QJsonDocument::Compact));
}

} // namespace Takt
