#include "logstream.h"

#include "clitr.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>

namespace Takt::Cli {

namespace {

// Reconnection waits grow to this; after this many failed opens in a row the command gives up.
constexpr int MaxRetryMs = 2000;
constexpr int MaxFailedOpens = 60;

} // namespace

LogStream::LogStream(const EngineAddress &engine, RunId run, int attempt, std::function<void(const QByteArray &)> print)
    : m_engine(engine)
    , m_run(run)
    , m_attempt(attempt)
    , m_print(std::move(print))
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LogStream::open);
    connect(&m_socket, &QWebSocket::connected, this, &LogStream::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LogStream::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &LogStream::onDisconnected);
    // A refused connection reports an error but no disconnection.
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

Result<int> LogStream::exec()
{
    QEventLoop loop;
    m_loop = &loop;
    open();
    if (!m_done)
        loop.exec();
    m_loop = nullptr;
    return m_result;
}

void LogStream::open()
{
    QUrl url = m_engine.url;
    url.setScheme(url.scheme() == u"https" ? u"wss"_qs : u"ws"_qs);
    url.setPath(url.path() + u"/api/v1/events"_qs);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_engine.token.toUtf8());
    m_socket.open(request);
}

void LogStream::onConnected()
{
    m_failedOpens = 0;
    m_everConnected = true;
    // From the last byte received: the server goes on with later attempts by itself.
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_qs, u"subscribeLog"_qs},
                                                                         {u"run"_qs, m_run},
                                                                         {u"attempt"_qs, m_attempt},
                                                                         {u"offset"_qs, m_offset}})
                                                   .toJson(QJsonDocument::Compact)));
}

void LogStream::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type").toString();
    if (frame.value(u"run").toInteger() != m_run && type != u"error")
        return;
    if (type == u"log") {
        const int attempt = frame.value(u"attempt").toInt();
        const qint64 offset = frame.value(u"offset").toInteger();
        // Anything already printed (a frame crossing a reconnection) is skipped.
        if (attempt < m_attempt || (attempt == m_attempt && offset != m_offset))
            return;
        m_print(frame.value(u"data").toString().toUtf8());
        m_attempt = attempt;
        m_offset = frame.value(u"next").toInteger();
    } else if (type == u"logEnd") {
        const QString state = frame.value(u"state").toString();
        const QJsonValue code = frame.value(u"exitCode");
        const QJsonValue signal = frame.value(u"signal");
        int status = 1;
        if (state == u"succeeded")
            status = 0;
        else if (signal.isDouble() && signal.toInt() > 0)
            status = 128 + signal.toInt();
        else if (code.isDouble() && code.toInt() > 0)
            status = code.toInt();
        finish(status);
    } else if (type == u"error") {
        const QJsonObject error = frame.value(u"error").toObject();
        finish(makeError(error.value(u"code").toString(), error.value(u"field").toString(),
                         error.value(u"message").toString()));
    }
}

void LogStream::onDisconnected()
{
    if (m_done || m_retry.isActive())
        return; // finished, or already handled (error and disconnected both came)
    const int code = m_socket.closeCode();
    if (code == 4401 || code == 4404) {
        finish(makeError(code == 4401 ? ErrorCode::Unauthorized : ErrorCode::NotFound, {},
                         Tr::tr("the server closed the events socket: %1").arg(m_socket.closeReason())));
        return;
    }
    if (!m_everConnected) {
        finish(makeError(ErrorCode::Unavailable, {},
                         Tr::tr("cannot reach %1: %2").arg(m_engine.url.toString(), m_socket.errorString())));
        return;
    }
    if (++m_failedOpens > MaxFailedOpens) {
        finish(makeError(ErrorCode::Unavailable, {},
                         Tr::tr("lost %1 and could not reconnect: %2").arg(m_engine.url.toString(), m_socket.errorString())));
        return;
    }
    ++m_reconnects;
    m_retry.start(std::min(MaxRetryMs, 100 * (1 << std::min(m_failedOpens, 5))));
}

void LogStream::finish(const Result<int> &result)
{
    m_done = true;
    m_result = result;
    m_retry.stop();
    m_socket.close();
    if (m_loop)
        m_loop->quit();
}

} // namespace Takt::Cli
