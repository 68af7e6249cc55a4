#pragma once
// ConnectionGuard: watches one connection of the API server (QtHttpServer 6.4 has no timeouts
// and buffers any body it is sent). A request that does not arrive whole within the deadline
// (a slow or stalled client) gets 408 and the connection is closed; a request that grows past
// the size limit gets 413 at once and the rest of it is read and thrown away, not kept.

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Takt {

class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    /// Starts watching `socket` (the guard is its child).
    static void watch(QTcpSocket *socket, int timeoutMs, qint64 maxRequestBytes);
    /// A whole request was read from `socket`: its deadline starts again.
    static void requestRead(QTcpSocket *socket);
    /// `socket` became a WebSocket, which keeps its connection open: stop watching it.
    static void release(QTcpSocket *socket);

private:
    ConnectionGuard(QTcpSocket *socket, int timeoutMs, qint64 maxRequestBytes);
    void onReadyRead();
    void onDeadline();
    /// Writes a whole response and closes once it is sent.
    void answerAndClose(int status, const QByteArray &reason, const QByteArray &body);

    QTcpSocket *m_socket;
    QTimer m_deadline;
    qint64 m_maxRequestBytes;
    qint64 m_received = 0;   ///< bytes of the request being read
    bool m_draining = false; ///< answered already: what still comes is discarded
};

} // namespace Takt
