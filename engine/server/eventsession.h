#pragma once
// EventSession: one client of the live-events socket (GET /api/v1/events). Says hello, replays
// what a resuming client missed from the EventHub, forwards new events, and streams the logs
// the client subscribes to (see the protocol in the README, "Live events").

#include <engine/core/run.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Takt {

class EngineCore;
class EventHub;
class LogSubscription;
struct Error;

class EventSession final : public QObject
{
    Q_OBJECT
public:
    /// Close codes beyond the standard ones.
    static constexpr int CloseUnauthorized = 4401;
    static constexpr int CloseNotFound = 4404;
    /// A client that does not read: more than this waiting to be sent closes its socket
    /// (1008); it can reconnect and resume without losing anything.
    static constexpr qint64 MaxPendingBytes = 64 * 1024 * 1024;
    /// A client frame larger than this closes the socket (1009).
    static constexpr qint64 MaxFrameSize = 64 * 1024;
    /// Log subscriptions one socket may hold at once.
    static constexpr int MaxSubscriptions = 64;

    /// Takes over an accepted socket; deletes itself when the socket disconnects.
    EventSession(std::unique_ptr<QWebSocket> socket, EventHub *hub, EngineCore *core,
                 const QString &tokenName, bool readOnly, QObject *parent = nullptr);
    ~EventSession() override;

    QString tokenName() const { return m_tokenName; }
    /// Closes the socket with `code` and `reason` (e.g. when its token is revoked).
    void close(int code, const QString &reason);

private:
    void onTextMessage(const QString &message);
    void onEvent(qint64 id, const QByteArray &frame);
    void endHolding();
    void resume(const QJsonObject &frame);
    void subscribeLog(const QJsonObject &frame);
    void pollLogs();
    void send(const QByteArray &frame);
    void sendError(const Error &error);

    std::unique_ptr<QWebSocket> m_socket;
    EventHub *m_hub;
    EngineCore *m_core;
    QString m_tokenName;
    qint64 m_helloId = 0;       ///< the hub's last id when the client connected
    qint64 m_lastSentId = 0;    ///< the newest event id sent on this socket
    bool m_holding = true;      ///< until the first client frame (a resume) or a short wait
    bool m_sawFrame = false;
    QList<QPair<qint64, QByteArray>> m_held;
    QTimer m_holdTimer;
    QTimer m_logTimer;
    std::map<RunId, std::unique_ptr<LogSubscription>> m_logs;
};

} // namespace Takt
