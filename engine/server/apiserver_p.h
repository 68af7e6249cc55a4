#pragma once
// Private to engine/server: the QAbstractHttpServer that ApiServer drives, and the response
// value its handlers return.

#include <engine/core/result.h>
#include <engine/server/apiroutes.h>
#include <engine/server/authenticator.h>

#include <QtHttpServer/QAbstractHttpServer>

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <optional>

namespace Takt {

class EngineCore;
class EventHub;

/// What a handler answers; written to the socket in one go.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    /// The error document, with the status of its code unless `status` overrides it.
    static ApiResponse error(const Error &error, int status = 0);
};

/// The parts of a request the handlers read.
struct ApiRequest
{
    QHash<QString, QString> params;
    QUrlQuery query;
    QByteArray body;
};

class ApiServerPrivate final : public QAbstractHttpServer
{
public:
    ApiServerPrivate(EngineCore *core, const QString &token, QObject *parent);

    /// Answers one request: size limit, route lookup, token check, then the handler.
    ApiResponse respond(const QByteArray &method, const QByteArray &encodedPath,
                        const QByteArray &authorization, const QUrlQuery &query,
                        const QByteArray &body) const;

    /// Takes the upgraded sockets: checks path and token, then gives each an EventSession.
    void acceptWebSockets();

    EngineCore *m_core;
    Authenticator m_auth;
    EventHub *m_hub;
    QHostAddress m_address;
    int m_requestTimeoutMs;
    std::optional<QSslConfiguration> m_tls;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse dispatch(ApiRoute::Action action, const ApiRequest &request) const;

    ApiResponse health() const;
    ApiResponse listJobs() const;
    ApiResponse createJob(const ApiRequest &request) const;
    ApiResponse applyJob(const ApiRequest &request) const;
    ApiResponse getJob(const ApiRequest &request) const;
    ApiResponse deleteJob(const ApiRequest &request) const;
    ApiResponse setPaused(const ApiRequest &request, bool paused) const;
    ApiResponse runJob(const ApiRequest &request) const;
    ApiResponse listRuns(const ApiRequest &request) const;
    ApiResponse getRun(const ApiRequest &request) const;
    ApiResponse listAttempts(const ApiRequest &request) const;
    ApiResponse cancelRun(const ApiRequest &request) const;
    ApiResponse readLog(const ApiRequest &request) const;
    ApiResponse cronNext(const ApiRequest &request) const;
    ApiResponse listTokens() const;
    ApiResponse createToken(const ApiRequest &request) const;
    ApiResponse revokeToken(const ApiRequest &request) const;
    ApiResponse backfill(const ApiRequest &request) const;
    ApiResponse listTaskRuns(const ApiRequest &request) const;
    ApiResponse getWorkflowRun(const ApiRequest &request) const;
    ApiResponse rerunWorkflow(const ApiRequest &request) const;
};

} // namespace Takt
