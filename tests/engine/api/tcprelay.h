#pragma once
// For the reconnection tests: a TCP relay on 127.0.0.1 between a client and a server — the
// network cable a test can pull (cut() drops every connection at once, setBlocked() refuses
// new ones, setSilent() swallows every byte without closing anything, as a network that went
// quiet does) and plug in again. Bytes are otherwise passed on unchanged. Header-only.

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace TaktTest {

class TcpRelay final : public QObject
{
public:
    explicit TcpRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    ~TcpRelay() override { cut(); }

    quint16 port() const { return m_server.serverPort(); }
    /// Drops every open connection without a goodbye, as a broken network does.
    void cut()
    {
        for (const Pair &pair : std::as_const(m_pairs)) {
            if (pair.client)
                pair.client->abort();
            if (pair.server)
                pair.server->abort();
        }
        m_pairs.clear();
    }
    /// While blocked, new connections are accepted and dropped at once.
    void setBlocked(bool blocked) { m_blocked = blocked; }
    /// While silent, bytes are read and thrown away in both directions; nothing is closed.
    void setSilent(bool silent) { m_silent = silent; }
    int refusedCount() const { return m_refused; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        if (m_blocked) {
            ++m_refused;
            client->abort();
            client->deleteLater();
            return;
        }
        auto *server = new QTcpSocket(this);
        m_pairs.append(Pair{client, server});
        auto pipe = [this](QTcpSocket *from, QTcpSocket *to) {
            QObject::connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
                const QByteArray bytes = from->readAll();
                if (!m_silent && to->state() == QAbstractSocket::ConnectedState)
                    to->write(bytes);
            });
            QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
        };
        pipe(client, server);
        pipe(server, client);
        // What the client sent before the server side was up goes now.
        QObject::connect(server, &QTcpSocket::connected, client, [this, client, server] {
            const QByteArray bytes = client->readAll();
            if (!m_silent)
                server->write(bytes);
        });
        QObject::connect(server, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<Pair> m_pairs;
    bool m_blocked = false;
    bool m_silent = false;
    int m_refused = 0;
};

} // namespace TaktTest
