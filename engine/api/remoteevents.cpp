#include "remoteevents.h"

#include <engine/core/tr.h>

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QWebSocket>

namespace Takt {

namespace {
constexpr int FirstBackoffMs = 200;
constexpr int MaxBackoffMs = 5000;
} // namespace

RemoteEvents::RemoteEvents(const QUrl &baseUrl, const QByteArray &authorization, QObject *parent)
    : QObject(parent)
    , m_authorization(authorization)
{
    m_url = baseUrl.adjusted(QUrl::StripTrailingSlash);
    m_url.setScheme(baseUrl.scheme() == u"https" ? u"wss"_qs : u"ws"_qs);
    m_url.setPath(m_url.path() + u"/api/v1/events"_qs);

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RemoteEvents::open);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket || m_state != State::Connected)
            return;
        // No pong for this long: dead, even if TCP has not noticed (a silent network).
        if (QDateTime::currentMSecsSinceEpoch() - m_lastPong > m_deadAfterMs) {
            drop(Tr::tr("no answer to pings for %1 s").arg(m_deadAfterMs / 1000.0));
            return;
        }
        m_socket->ping();
    });
    // A handshake that never completes (a silent network) would otherwise wait forever.
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Connected)
            drop(Tr::tr("no answer within %1 s").arg(m_deadAfterMs / 1000.0));
    });
}

void RemoteEvents::setKeepAlive(int pingIntervalMs, int deadAfterMs)
{
    m_pingIntervalMs = std::max(1, pingIntervalMs);
    m_deadAfterMs = std::max(1, deadAfterMs);
    if (m_pingTimer.isActive())
        m_pingTimer.start(m_pingIntervalMs);
}

RemoteEvents::~RemoteEvents()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RemoteEvents::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    open();
}

void RemoteEvents::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    const QHostAddress host(m_url.host());
    if (host.isLoopback() || m_url.host() == u"localhost")
        m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, &RemoteEvents::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &RemoteEvents::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RemoteEvents::onMessage);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastPong = QDateTime::currentMSecsSinceEpoch(); });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        m_lastError = m_socket->errorString();
    });
    m_helloTimer.start(m_deadAfterMs);
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", m_authorization);
    m_socket->open(request);
}

void RemoteEvents::onConnected()
{
    // Resume first, before anything else can happen on this connection: the server then
    // replays exactly what came after our last event.
    if (!m_epoch.isEmpty())
        send(QJsonObject{{u"type"_qs, u"resume"_qs}, {u"epoch"_qs, m_epoch}, {u"after"_qs, m_lastId}});
    m_lastPong = QDateTime::currentMSecsSinceEpoch();
}

void RemoteEvents::onDisconnected()
{
    const QWebSocketProtocol::CloseCode code = m_socket->closeCode();
    if (code == QWebSocketProtocol::CloseCode(4401))
        m_lastError = Tr::tr("the server refused the token: %1").arg(m_socket->closeReason());
    else if (!m_socket->closeReason().isEmpty())
        m_lastError = m_socket->closeReason();
    else if (m_lastError.isEmpty())
        m_lastError = Tr::tr("the connection was closed");
    handleLoss();
}

void RemoteEvents::drop(const QString &reason)
{
    m_lastError = reason;
    if (m_socket) {
        // Not through disconnected(): an abort before the handshake may not emit it.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    handleLoss();
}

void RemoteEvents::handleLoss()
{
    m_pingTimer.stop();
    m_helloTimer.stop();
    const bool wasUp = m_state == State::Connected;
    const bool first = m_state == State::Connecting;
    m_state = State::Lost;
    if (wasUp || first)
        Q_EMIT lost(m_lastError);
    scheduleReconnect();
}

void RemoteEvents::scheduleReconnect()
{
    m_backoffMs = m_backoffMs == 0 ? FirstBackoffMs : std::min(MaxBackoffMs, m_backoffMs * 2);
    m_reconnectTimer.start(m_backoffMs);
}

bool RemoteEvents::send(const QJsonObject &frame)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    return true;
}

void RemoteEvents::onMessage(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type").toString();
    if (type == u"hello") {
        if (m_epoch.isEmpty()) {
            // First contact: the lists the views read over HTTP are the state up to here.
            m_epoch = frame.value(u"epoch").toString();
            m_lastId = frame.value(u"lastEventId").toInteger();
        }
        m_readOnlyToken = frame.value(u"readOnly").toBool();
        m_backoffMs = 0;
        m_lastError.clear();
        m_state = State::Connected;
        m_helloTimer.stop();
        m_pingTimer.start(m_pingIntervalMs);
        Q_EMIT connected();
    } else if (type == u"reset") {
        m_epoch = frame.value(u"epoch").toString();
        m_lastId = frame.value(u"lastEventId").toInteger();
        Q_EMIT reset();
    } else if (type == u"job" || type == u"jobRemoved" || type == u"run") {
        const qint64 id = frame.value(u"id").toInteger();
        if (id <= m_lastId)
            return; // seen already (a replay overlapping what we had)
        m_lastId = id;
        Q_EMIT changeEvent(frame);
    } else if (type == u"log" || type == u"logEnd") {
        Q_EMIT logFrame(frame);
    } else if (type == u"error") {
        qWarning("takt events: the server refused a frame: %s",
                 qPrintable(frame.value(u"error").toObject().value(u"message").toString()));
    }
}

} // namespace Takt
