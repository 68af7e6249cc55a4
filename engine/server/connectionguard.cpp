#include "connectionguard.h"

#include "apierror.h"

#include <engine/core/tr.h>

#include <QTcpSocket>

namespace Takt {

void ConnectionGuard::watch(QTcpSocket *socket, int timeoutMs, qint64 maxRequestBytes)
{
    new ConnectionGuard(socket, timeoutMs, maxRequestBytes);
}

void ConnectionGuard::requestRead(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->m_received = 0;
        guard->m_deadline.start();
    }
}

void ConnectionGuard::release(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->m_deadline.stop();
        disconnect(socket, nullptr, guard, nullptr);
        guard->deleteLater();
    }
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, int timeoutMs, qint64 maxRequestBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxRequestBytes(maxRequestBytes)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    m_deadline.start();
    // Connected before the HTTP server connects its own slot, so this one sees each chunk
    // first, while it is still unread: bytesAvailable() is what just arrived.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
}

void ConnectionGuard::onReadyRead()
{
    if (m_draining) {
        m_socket->readAll();
        return;
    }
    m_received += m_socket->bytesAvailable();
    if (m_received > m_maxRequestBytes) {
        // Stop the HTTP server from buffering the rest; answer now.
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
        m_draining = true;
        m_socket->readAll();
        answerAndClose(413, "Payload Too Large",
                       ApiError::toBody(makeError(ErrorCode::InvalidArgument, u"body"_qs,
                                                  Tr::tr("the request is larger than %1 bytes").arg(m_maxRequestBytes))));
    }
}

void ConnectionGuard::onDeadline()
{
    if (m_draining || m_received == 0) {
        // Idle between requests, or answered already: just close.
        m_socket->abort();
        return;
    }
    m_draining = true;
    answerAndClose(408, "Request Timeout",
                   ApiError::toBody(makeError(ErrorCode::InvalidArgument, {},
                                              Tr::tr("the request did not arrive within %1 s")
                                                  .arg(m_deadline.interval() / 1000.0))));
}

void ConnectionGuard::answerAndClose(int status, const QByteArray &reason, const QByteArray &body)
{
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body);
    // The client gets a moment to read the answer, then the connection goes.
    m_deadline.setInterval(2000);
    m_deadline.start();
    m_socket->flush();
}

} // namespace Takt
