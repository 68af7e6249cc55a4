#pragma once
// The listening sockets of the API server: plain TCP or TLS (QSslServer), each putting a
// ConnectionGuard on every connection before QAbstractHttpServer takes it.

#include "connectionguard.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Takt {

template<typename Server>
class GuardedServer final : public Server
{
public:
    GuardedServer(int timeoutMs, qint64 maxRequestBytes)
        : m_timeoutMs(timeoutMs)
        , m_maxRequestBytes(maxRequestBytes)
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            ConnectionGuard::watch(socket, m_timeoutMs, m_maxRequestBytes);
        return socket;
    }

private:
    int m_timeoutMs;
    qint64 m_maxRequestBytes;
};

} // namespace Takt
