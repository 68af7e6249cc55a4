#pragma once
// For the server tests: a real `takt serve` process on 127.0.0.1 with its own data directory,
// an HTTP client for it, and a WebSocket client of its live-events socket that records frames.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

namespace TestServer {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;   ///< the network's, when there was no HTTP answer

    QString errorCode() const { return json[u"error"][u"code"].toString(); }
    QString errorField() const { return json[u"error"][u"field"].toString(); }
    QString errorMessage() const { return json[u"error"][u"message"].toString(); }
};

/// `takt serve --data DIR --listen 127.0.0.1:0 EXTRA...`, started by start() and killed on
/// destruction.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &dataDir = {}) : m_dataDir(dataDir.isEmpty() ? m_dir.path() : dataDir)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }
    ~ServeProcess() { stop(); }

    /// Starts and waits for server.json; false (with the reason in `error()`) if it did not come up.
    bool start(const QStringList &extra = {})
    {
        QFile::remove(QDir(m_dataDir).filePath(QStringLiteral("server.json")));
        m_process.setProgram(QStringLiteral(TAKT_EXECUTABLE));
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir,
                                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                               + extra);
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start();
        if (!m_process.waitForStarted())
            return false;
        const QString info = QDir(m_dataDir).filePath(QStringLiteral("server.json"));
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(info) && timer.elapsed() < 30'000 && m_process.state() == QProcess::Running)
            QTest::qWait(20);
        QFile file(info);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_url = QJsonDocument::fromJson(file.readAll()).object()[u"url"].toString();
        QFile tokenFile(QDir(m_dataDir).filePath(QStringLiteral("token")));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return false;
        m_token = tokenFile.readAll().trimmed();
        return !m_url.isEmpty();
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(20'000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    QString dataDir() const { return m_dataDir; }
    QString url() const { return m_url; }
    QByteArray token() const { return m_token; }
    QProcess &process() { return m_process; }
    QNetworkAccessManager &network() { return m_network; }

    /// A request with the admin token unless `token` says otherwise ("" = none).
    HttpReply request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                      const QByteArray &token = QByteArray("admin"))
    {
        QNetworkRequest req(QUrl(m_url + path));
        const QByteArray bearer = token == "admin" ? m_token : token;
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (m_ssl)
            req.setSslConfiguration(*m_ssl);
        QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30'000);
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.error = reply->error();
        result.errorString = reply->errorString();
        reply->deleteLater();
        return result;
    }
    HttpReply post(const QString &path, const QJsonObject &json, const QByteArray &token = QByteArray("admin"))
    {
        return request("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), token);
    }

    /// The run's JSON once it is in a final state (empty after 60 s).
    QJsonObject waitForFinalRun(qint64 id)
    {
        static const QStringList finals{u"succeeded"_qs, u"failed"_qs, u"timed_out"_qs, u"cancelled"_qs,
                                        u"skipped"_qs, u"upstream_failed"_qs, u"lost"_qs};
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60'000) {
            const HttpReply reply = request("GET", u"/api/v1/runs/"_qs + QString::number(id));
            if (finals.contains(reply.json[u"state"].toString()))
                return reply.json;
            QTest::qWait(50);
        }
        return {};
    }

    /// The whole log of an attempt as the HTTP route gives it.
    QByteArray log(qint64 run, int attempt)
    {
        return request("GET", u"/api/v1/runs/%1/log?attempt=%2&max=16777216"_qs.arg(run).arg(attempt)).body;
    }

    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_url;
    QByteArray m_token;
    std::optional<QSslConfiguration> m_ssl;
};

/// A client of /api/v1/events that keeps every frame it gets.
class EventClient
{
public:
    EventClient()
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] {
            m_closeCode = m_socket.closeCode();
            m_closeReason = m_socket.closeReason();
            m_closed = true;
        });
    }

    /// Opens the socket to `url` (http(s)://… of the server) + `path`; `token` empty = none.
    void open(const QString &url, const QByteArray &token, const QString &path = QStringLiteral("/api/v1/events"))
    {
        QUrl ws(url + path);
        ws.setScheme(ws.scheme() == u"https" ? u"wss"_qs : u"ws"_qs);
        QNetworkRequest request(ws);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        m_closed = false;
        m_socket.open(request);
    }
    bool waitConnected()
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() != QAbstractSocket::ConnectedState && !m_closed && timer.elapsed() < 20'000)
            QTest::qWait(10);
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QJsonObject &frame) { m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact))); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void close() { m_socket.close(); }
    /// Drops the connection without a closing handshake, as a lost network would.
    void abort() { m_socket.abort(); }

    QList<QJsonObject> &frames() { return m_frames; }
    QList<QJsonObject> framesOfType(const QString &type) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &f : m_frames) {
            if (f[u"type"].toString() == type)
                result.append(f);
        }
        return result;
    }
    /// The change events (those with an id), in the order received.
    QList<QJsonObject> changeEvents() const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &f : m_frames) {
            if (f.contains(u"id"))
                result.append(f);
        }
        return result;
    }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    bool m_closed = false;
    int m_closeCode = 0;
    QString m_closeReason;
};

} // namespace TestServer
