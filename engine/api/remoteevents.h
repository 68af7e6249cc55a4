#pragma once
// RemoteEvents: the live-events WebSocket of a `takt serve` (GET /api/v1/events). Keeps the
// epoch and last event id, reconnects by itself with backoff and resumes where it left off, so
// each change event is passed on exactly once; a `reset` from the server is passed on as such.

#include <engine/core/run.h>

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace Takt {

class RemoteEvents final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Lost };
    Q_ENUM(State)

    /// `baseUrl` as RemoteEngine's ("http://host:port"); `authorization` the header value.
    RemoteEvents(const QUrl &baseUrl, const QByteArray &authorization, QObject *parent = nullptr);
    ~RemoteEvents() override;

    /// Opens the socket; from then on it is reopened whenever it closes. Idempotent.
    void start();
    State state() const { return m_state; }
    /// The server process's epoch and the id of the last event passed on (0 = none yet).
    QString epoch() const { return m_epoch; }
    qint64 lastEventId() const { return m_lastId; }
    /// Why the last connection attempt failed or closed (empty while connected).
    QString lastError() const { return m_lastError; }
    QUrl url() const { return m_url; }
    /// What the server said in its hello: the token may look but not change.
    bool isReadOnlyToken() const { return m_readOnlyToken; }

    /// Sends a frame now if connected; returns false (nothing sent) otherwise.
    bool send(const QJsonObject &frame);

    /// A connection that answers no ping for `deadAfterMs` (pinged every `pingIntervalMs`),
    /// or that has not said hello `deadAfterMs` after opening, is dropped and reopened: a
    /// network that went silent (no reset, no close) is noticed too. Defaults 10 s and 25 s.
    void setKeepAlive(int pingIntervalMs, int deadAfterMs);

Q_SIGNALS:
    /// Connected: after the first hello and after each reconnection (resume already sent).
    void connected();
    /// The connection was up and is lost (or the first one failed); reconnection is under way.
    void lost(const QString &reason);
    /// A change event (type job, jobRemoved or run) not seen before, in id order.
    void changeEvent(const QJsonObject &event);
    /// The server could not resume from our point: lists must be read again.
    void reset();
    /// A log or logEnd frame.
    void logFrame(const QJsonObject &frame);

private:
    void open();
    void onConnected();
    void onDisconnected();
    /// Closes the socket at once (a dead connection) and reconnects later.
    void drop(const QString &reason);
    void handleLoss();
    void onMessage(const QString &text);
    void scheduleReconnect();

    QUrl m_url;
    QByteArray m_authorization;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Idle;
    QString m_epoch;
    bool m_readOnlyToken = false;
    qint64 m_lastId = 0;
    QString m_lastError;
    int m_backoffMs = 0;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_helloTimer;
    qint64 m_lastPong = 0;
    int m_pingIntervalMs = 10'000;
    int m_deadAfterMs = 25'000;
};

} // namespace Takt
