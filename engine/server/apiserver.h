#pragma once
// ApiServer: the HTTP API of `takt serve` (routes in apiroutes.h, errors in apierror.h).
// It lives in the engine thread and answers each request by calling EngineCore directly.
//
// Bodies are JSON in the forms of core/modeljson.h: a job is jobToJson, a run runToJson;
// lists are {"jobs": [...]}, {"runs": [...], "next_before": id|null}, {"attempts": [...]}.
// Creating answers 201, deleting 204. The log route answers the raw bytes of the log file
// (application/octet-stream, in executor/logformat.h's format) with the headers
// X-Takt-Log-Offset (where the bytes start), X-Takt-Log-Size (the file's size when read) and
// X-Takt-Log-Finished (true once the attempt has ended and the file will not grow).
// Every error is {"error": {"code", "field", "message"}} with the status of its code;
// 404 for an unknown path, 405 (with Allow) for a wrong method, 413 for a body over 1 MiB,
// 403 for a change asked with a read-only token (authenticator.h), 408 for a request that
// does not arrive within the request timeout (connectionguard.h). GET /api/v1/events is the
// live-events WebSocket (eventsession.h); GET /api/v1/openapi.json the reference (openapi.h).

#include <engine/core/result.h>

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace Takt {

class EngineCore;
class ApiServerPrivate;

class ApiServer final : public QObject
{
    Q_OBJECT
public:
    /// The largest request body accepted; a larger one is answered 413.
    static constexpr qint64 MaxBodySize = 1024 * 1024;

    /// `core` is not owned; it must outlive the server and live in the server's thread.
    /// Every request but GET /healthz must carry "Authorization: Bearer <token>"; an empty
    /// token refuses them all.
    ApiServer(EngineCore *core, const QString &token, QObject *parent = nullptr);
    ~ApiServer() override;

    /// How long a client may take to send a whole request; a slower one gets 408 and is
    /// disconnected, as is a connection idle that long. Default 30 s.
    static constexpr int DefaultRequestTimeoutMs = 30'000;
    /// Set before listen(): the connections opened afterwards use it.
    void setRequestTimeout(int ms);
    /// Serve HTTPS (and WSS) with this certificate and key; set before listen().
    void setTlsConfiguration(const QSslConfiguration &configuration);
    /// Reads a PEM certificate (chain) and its PEM private key (RSA or EC). The error names
    /// "tls-cert" or "tls-key" and says what is wrong with the file.
    static Result<QSslConfiguration> loadTlsFiles(const QString &certificatePath, const QString &keyPath);

    /// Starts listening; `port` 0 takes any free port. Returns the bound port, or an
    /// Unavailable error naming address:port and the reason ("Address already in use").
    /// Can be called again to listen on several addresses.
    Result<quint16> listen(const QHostAddress &address, quint16 port = 0);
    /// Stops accepting connections (requests already read are still answered).
    void close();

    bool isListening() const;
    /// The first bound port, 0 when not listening.
    quint16 serverPort() const;
    /// The URL a client on this machine uses: "http://127.0.0.1:8611" (https with TLS) (a wildcard address is
    /// given as the loopback one). Empty when not listening.
    QUrl url() const;

private:
    std::unique_ptr<ApiServerPrivate> d;
};

} // namespace Takt
