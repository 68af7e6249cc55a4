#include "apiserver.h"
#include "apiserver_p.h"

#include <engine/core/modeljson.h>
#include <engine/core/tr.h>
#include <engine/schedule/schedule.h>
#include <engine/scheduler/enginecore.h>
#include <engine/server/accesstoken.h>
#include <engine/server/apierror.h>
#include <engine/server/guardedserver.h>
#include <engine/server/openapi.h>
#include <engine/server/eventhub.h>
#include <engine/server/eventsession.h>

#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTimeZone>
#include <QWebSocket>

namespace Takt {

namespace {

/// The engine's answer as the API gives it: its error, or `status` with the value as JSON.
template<typename T, typename ToJson>
ApiResponse answer(const Result<T> &result, int status, ToJson toJson)
{
    if (!result)
        return ApiResponse::error(result.error());
    return ApiResponse::json(status, toJson(result.value()));
}

/// A list the engine answered, as {"key": [...]} with each item as JSON.
template<typename T, typename ToJson>
ApiResponse answerList(const Result<QList<T>> &result, const QString &key, ToJson toJson)
{
    return answer(result, 200, [&](const QList<T> &items) {
        QJsonArray array;
        for (const T &item : items)
            array.append(toJson(item));
        return QJsonObject{{key, array}};
    });
}

// Query parameters each route accepts (from its reference in apiroutes.cpp); anything else is
// refused, so a typo such as ?stat=failed is not silently ignored.
QSet<QString> knownParameters(ApiRoute::Action action)
{
    QSet<QString> known;
    if (const std::optional<ApiRouteDoc> doc = apiRouteDoc(action)) {
        for (const ApiParameter &parameter : doc->query)
            known.insert(parameter.name);
    }
    return known;
}

constexpr qint64 DefaultLogChunk = 1024 * 1024;
constexpr qint64 MaxLogChunk = 16 * 1024 * 1024;
constexpr int MaxRunsPerPage = 1000;
constexpr int MaxCronCount = 1000;

Error invalid(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, field, message);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return "GET";
    case M::Put: return "PUT";
    case M::Delete: return "DELETE";
    case M::Post: return "POST";
    case M::Head: return "HEAD";
    case M::Options: return "OPTIONS";
    case M::Patch: return "PATCH";
    case M::Connect: return "CONNECT";
    case M::Trace: return "TRACE";
    default: return {};
    }
}

QString hostPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return host + u':' + QString::number(port);
}

/// An integer query parameter in [min, max]; `fallback` when absent.
Result<qint64> integerParameter(const QUrlQuery &query, const QString &key, qint64 fallback,
                                qint64 min, qint64 max)
{
    if (!query.hasQueryItem(key))
        return fallback;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return invalid(key, Tr::tr("'%1' is not a whole number").arg(text));
    if (value < min || value > max)
        return invalid(key, Tr::tr("%1 is out of range %2-%3").arg(value).arg(min).arg(max));
    return value;
}

Result<RunId> runIdParameter(const ApiRequest &request)
{
    const QString text = request.params.value(u"id"_qs);
    bool ok = false;
    const RunId id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return invalid(u"id"_qs, Tr::tr("'%1' is not a run id").arg(text));
    return id;
}

Result<QTimeZone> zoneParameter(const QUrlQuery &query, const QString &key)
{
    const QString id = query.queryItemValue(key, QUrl::FullyDecoded);
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return invalid(key, Tr::tr("unknown time zone '%1'").arg(id));
    return zone;
}

/// An ISO-8601 time; without an offset it is read in `zone`. `fallback` when absent.
Result<qint64> timeParameter(const QUrlQuery &query, const QString &key, const QTimeZone &zone,
                             qint64 fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return invalid(key, Tr::tr("'%1' is not an ISO-8601 date-time").arg(text));
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), zone);
    return time.toMSecsSinceEpoch();
}

/// The body of POST/PUT /jobs: a JSON object read by jobSpecFromJson.
Result<JobSpec> specFromBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return invalid(u"body"_qs, Tr::tr("a job spec (a JSON object) is required"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"body"_qs, Tr::tr("malformed JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()));
    if (!doc.isObject())
        return invalid(u"body"_qs, Tr::tr("must be a JSON object"));
    return jobSpecFromJson(doc.object());
}

/// A JSON object body whose fields are all in `known`.
Result<QJsonObject> objectFromBody(const QByteArray &body, const QSet<QString> &known)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"body"_qs, Tr::tr("malformed JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()));
    if (!doc.isObject())
        return invalid(u"body"_qs, Tr::tr("must be a JSON object"));
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(it.key(), Tr::tr("unknown field"));
    }
    return object;
}

} // namespace

// ---- ApiResponse ----

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    return response;
}

ApiResponse ApiResponse::error(const Error &error, int status)
{
    ApiResponse response;
    response.status = status ? status : ApiError::httpStatus(error.code);
    response.body = ApiError::toBody(error);
    return response;
}

// ---- ApiServerPrivate ----

ApiServerPrivate::ApiServerPrivate(EngineCore *core, const QString &token, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_core(core)
    , m_auth(core, token.toUtf8())
    , m_hub(new EventHub(core, EventHub::DefaultCapacity, this))
    , m_requestTimeoutMs(ApiServer::DefaultRequestTimeoutMs)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServerPrivate::acceptWebSockets);
}

void ApiServerPrivate::acceptWebSockets()
{
    while (std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection()) {
        QWebSocket *raw = socket.get();
        const auto refuse = [&](int code, const QString &reason) {
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            raw->close(QWebSocketProtocol::CloseCode(code), reason);
            socket.release();
        };
        const ApiRouteMatch match = matchApiRoute("GET", socket->requestUrl().path(QUrl::FullyEncoded).toUtf8());
        const Result<ApiCaller> caller = m_auth.authenticate(socket->request().rawHeader("Authorization"));
        // As over HTTP: the token is checked before anything is said about the path.
        if (!caller)
            refuse(EventSession::CloseUnauthorized, caller.error().message);
        else if (!match.route || match.route->action != ApiRoute::Action::Events)
            refuse(EventSession::CloseNotFound, Tr::tr("no such WebSocket route: %1").arg(socket->requestUrl().path()));
        else
            new EventSession(std::move(socket), m_hub, m_core, caller->tokenName, caller->readOnly, this);
    }
}

bool ApiServerPrivate::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade is left unanswered: QAbstractHttpServer then hands the connection
    // to its WebSocket server and acceptWebSockets() checks the path and the token.
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        ConnectionGuard::release(socket);
        return true;
    }
    ConnectionGuard::requestRead(socket);
    // HEAD is answered as GET without the body, as HTTP wants.
    const QByteArray method = methodName(request.method());
    const bool head = method == "HEAD";
    const ApiResponse response = respond(head ? QByteArray("GET") : method,
                                         request.url().path(QUrl::FullyEncoded).toUtf8(),
                                         request.value("Authorization"), request.query(),
                                         request.body());
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(head ? QByteArray() : response.body);
    return true;
}

void ApiServerPrivate::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers every request. Kept answering in case it is.
    makeResponder(request, socket).write(ApiError::toBody(makeError(ErrorCode::NotFound, {}, Tr::tr("no such route"))),
                                         "application/json", QHttpServerResponder::StatusCode::NotFound);
}

ApiResponse ApiServerPrivate::respond(const QByteArray &method, const QByteArray &encodedPath,
                                      const QByteArray &authorization, const QUrlQuery &query,
                                      const QByteArray &body) const
{
    if (body.size() > ApiServer::MaxBodySize) {
        return ApiResponse::error(invalid(u"body"_qs, Tr::tr("the request body is larger than %1 bytes")
                                                          .arg(ApiServer::MaxBodySize)),
                                  413);
    }

    const ApiRouteMatch match = matchApiRoute(method, encodedPath);
    if (!match.route || match.route->needsToken) {
        // The token is checked before anything else is said about the path.
        const Result<ApiCaller> caller = m_auth.authenticate(authorization);
        if (!caller) {
            ApiResponse response = ApiResponse::error(caller.error());
            response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"takt\"")});
            return response;
        }
        if (match.route && match.route->method != "GET" && caller->readOnly) {
            return ApiResponse::error(makeError(ErrorCode::Forbidden, u"Authorization"_qs,
                                                Tr::tr("the token '%1' is read-only: it cannot change anything")
                                                    .arg(caller->tokenName)));
        }
    }

    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            return ApiResponse::error(makeError(ErrorCode::NotFound, {},
                                                Tr::tr("no such route: %1").arg(QString::fromUtf8(encodedPath))));
        }
        ApiResponse response = ApiResponse::error(
            invalid(u"method"_qs, Tr::tr("%1 is not allowed here; use %2")
                                       .arg(QString::fromLatin1(method),
                                            QString::fromLatin1(match.allowedMethods.join(", ")))),
            405);
        response.headers.append({QByteArray("Allow"), match.allowedMethods.join(", ")});
        return response;
    }

    const QSet<QString> known = knownParameters(match.route->action);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return ApiResponse::error(invalid(key, Tr::tr("unknown query parameter")));
    }

    return dispatch(match.route->action, ApiRequest{match.params, query, body});
}

ApiResponse ApiServerPrivate::dispatch(ApiRoute::Action action, const ApiRequest &request) const
{
    using A = ApiRoute::Action;
    switch (action) {
    case A::Health: return health();
    case A::ListJobs: return listJobs();
    case A::CreateJob: return createJob(request);
    case A::ApplyJob: return applyJob(request);
    case A::GetJob: return getJob(request);
    case A::DeleteJob: return deleteJob(request);
    case A::PauseJob: return setPaused(request, true);
    case A::ResumeJob: return setPaused(request, false);
    case A::RunJob: return runJob(request);
    case A::ListRuns: return listRuns(request);
    case A::GetRun: return getRun(request);
    case A::ListAttempts: return listAttempts(request);
    case A::CancelRun: return cancelRun(request);
    case A::ReadLog: return readLog(request);
    case A::CronNext: return cronNext(request);
    case A::OpenApi: return ApiResponse::json(200, openApiDocument(QStringLiteral(TAKT_VERSION)));
    case A::ListTokens: return listTokens();
    case A::CreateToken: return createToken(request);
    case A::RevokeToken: return revokeToken(request);
    case A::Events:
        return ApiResponse::error(makeError(ErrorCode::InvalidArgument, u"Upgrade"_qs,
                                            Tr::tr("this route is a WebSocket: send 'Upgrade: websocket'")),
                                  426);
    case A::BackfillJob: return backfill(request);
    case A::ListTaskRuns: return listTaskRuns(request);
    case A::GetWorkflowRun: return getWorkflowRun(request);
    case A::RerunWorkflow: return rerunWorkflow(request);
    case A::ListNodes: return answerList(m_core->nodes(), u"nodes"_qs, &nodeToJson);
    }
    return ApiResponse::error(makeError(ErrorCode::Internal, {}, Tr::tr("route has no handler")));
}

ApiResponse ApiServerPrivate::health() const
{
    return ApiResponse::json(200, {{u"status"_qs, u"ok"_qs}, {u"version"_qs, QStringLiteral(TAKT_VERSION)}});
}

ApiResponse ApiServerPrivate::listJobs() const
{
    return answerList(m_core->jobs(), u"jobs"_qs, &jobToJson);
}

ApiResponse ApiServerPrivate::createJob(const ApiRequest &request) const
{
    const Result<JobSpec> spec = specFromBody(request.body);
    if (!spec)
        return ApiResponse::error(spec.error());
    return answer(m_core->createJob(spec.value()), 201, &jobToJson);
}

ApiResponse ApiServerPrivate::applyJob(const ApiRequest &request) const
{
    Result<JobSpec> spec = specFromBody(request.body);
    if (!spec)
        return ApiResponse::error(spec.error());
    const QString name = request.params.value(u"name"_qs);
    if (spec.value().name.isEmpty())
        spec.value().name = name;
    else if (spec.value().name != name)
        return ApiResponse::error(invalid(u"name"_qs, Tr::tr("'%1' does not match the job name in the path, '%2'")
                                                          .arg(spec.value().name, name)));
    const bool existed = m_core->job(name).isOk();
    const Result<Job> job = m_core->applyJob(spec.value());
    if (!job)
        return ApiResponse::error(job.error());
    return ApiResponse::json(existed ? 200 : 201, jobToJson(job.value()));
}

ApiResponse ApiServerPrivate::getJob(const ApiRequest &request) const
{
    return answer(m_core->job(request.params.value(u"name"_qs)), 200, &jobToJson);
}

ApiResponse ApiServerPrivate::deleteJob(const ApiRequest &request) const
{
    const Result<void> deleted = m_core->deleteJob(request.params.value(u"name"_qs));
    if (!deleted)
        return ApiResponse::error(deleted.error());
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiServerPrivate::setPaused(const ApiRequest &request, bool paused) const
{
    return answer(m_core->setJobPaused(request.params.value(u"name"_qs), paused), 200, &jobToJson);
}

ApiResponse ApiServerPrivate::runJob(const ApiRequest &request) const
{
    // The body is optional: {"params": {"date": "2026-11-24"}}.
    QMap<QString, QString> params;
    if (!request.body.trimmed().isEmpty()) {
        const Result<QJsonObject> body = objectFromBody(request.body, {u"params"_qs});
        if (!body)
            return ApiResponse::error(body.error());
        const QJsonValue values = body.value().value(u"params");
        if (!values.isObject() && !values.isUndefined() && !values.isNull())
            return ApiResponse::error(invalid(u"params"_qs, Tr::tr("must be an object of strings")));
        const QJsonObject object = values.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return ApiResponse::error(invalid(u"params."_qs + it.key(), Tr::tr("must be a string")));
            params.insert(it.key(), it.value().toString());
        }
    }
    const Result<RunRecord> run = params.isEmpty() ? m_core->runJobNow(request.params.value(u"name"_qs))
                                                   : m_core->runJobNow(request.params.value(u"name"_qs), params);
    if (!run)
        return ApiResponse::error(run.error());
    return ApiResponse::json(201, runToJson(run.value()));
}

ApiResponse ApiServerPrivate::listRuns(const ApiRequest &request) const
{
    const QUrlQuery &q = request.query;
    RunQuery query;
    query.jobName = q.queryItemValue(u"job"_qs, QUrl::FullyDecoded);
    const QString states = q.queryItemValue(u"state"_qs, QUrl::FullyDecoded);
    if (q.hasQueryItem(u"state"_qs)) {
        for (const QString &name : states.split(u',', Qt::SkipEmptyParts)) {
            const auto state = runStateFromName(name.trimmed());
            if (!state) {
                QStringList names;
                for (RunState s : allRunStates())
                    names << runStateName(s);
                return ApiResponse::error(invalid(u"state"_qs, Tr::tr("'%1' is not one of: %2")
                                                                   .arg(name, names.join(u", "))));
            }
            query.states << *state;
        }
    }
    const QTimeZone utc(QTimeZone::utc());
    const Result<qint64> from = timeParameter(q, u"from"_qs, utc, 0);
    if (!from)
        return ApiResponse::error(from.error());
    const Result<qint64> to = timeParameter(q, u"to"_qs, utc, 0);
    if (!to)
        return ApiResponse::error(to.error());
    const Result<qint64> before = integerParameter(q, u"before"_qs, 0, 1, std::numeric_limits<qint64>::max());
    if (!before)
        return ApiResponse::error(before.error());
    const Result<qint64> limit = integerParameter(q, u"limit"_qs, 100, 1, MaxRunsPerPage);
    if (!limit)
        return ApiResponse::error(limit.error());
    query.scheduledFrom = from.value();
    query.scheduledTo = to.value();
    query.beforeId = before.value();
    query.limit = int(limit.value());
    query.includeTasks = q.queryItemValue(u"tasks"_qs) == u"1" || q.queryItemValue(u"tasks"_qs) == u"true";

    const Result<RunPage> page = m_core->runs(query);
    if (!page)
        return ApiResponse::error(page.error());
    QJsonArray runs;
    for (const RunRecord &run : page.value().runs)
        runs.append(runToJson(run));
    const RunId next = page.value().nextBeforeId;
    return ApiResponse::json(200, {{u"runs"_qs, runs},
                                   {u"next_before"_qs, next > 0 ? QJsonValue(next) : QJsonValue(QJsonValue::Null)}});
}

ApiResponse ApiServerPrivate::getRun(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    return answer(m_core->run(id.value()), 200, &runToJson);
}

ApiResponse ApiServerPrivate::listAttempts(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    return answerList(m_core->attempts(id.value()), u"attempts"_qs, &attemptToJson);
}

ApiResponse ApiServerPrivate::cancelRun(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    return answer(m_core->cancelRun(id.value()), 200, &runToJson);
}

ApiResponse ApiServerPrivate::readLog(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    const Result<qint64> attempt = integerParameter(request.query, u"attempt"_qs, 0, 0, 1'000'000);
    if (!attempt)
        return ApiResponse::error(attempt.error());
    const Result<qint64> offset = integerParameter(request.query, u"offset"_qs, 0, 0, std::numeric_limits<qint64>::max());
    if (!offset)
        return ApiResponse::error(offset.error());
    const Result<qint64> max = integerParameter(request.query, u"max"_qs, DefaultLogChunk, 1, MaxLogChunk);
    if (!max)
        return ApiResponse::error(max.error());

    const Result<LogChunk> chunk = m_core->readLog(id.value(), int(attempt.value()), offset.value(), max.value());
    if (!chunk)
        return ApiResponse::error(chunk.error());
    ApiResponse response;
    response.contentType = "application/octet-stream";
    response.body = chunk.value().data;
    response.headers = {
        {"X-Takt-Log-Size", QByteArray::number(chunk.value().size)},
        {"X-Takt-Log-Offset", QByteArray::number(chunk.value().offset)},
        {"X-Takt-Log-Finished", chunk.value().finished ? "true" : "false"},
    };
    return response;
}

ApiResponse ApiServerPrivate::cronNext(const ApiRequest &request) const
{
    const QUrlQuery &q = request.query;
    const QString expr = q.queryItemValue(u"expr"_qs, QUrl::FullyDecoded);
    if (expr.trimmed().isEmpty())
        return ApiResponse::error(invalid(u"expr"_qs, Tr::tr("a schedule expression is required")));
    const Result<QTimeZone> zone = zoneParameter(q, u"tz"_qs);
    if (!zone)
        return ApiResponse::error(zone.error());
    const Result<qint64> from = timeParameter(q, u"from"_qs, zone.value(), QDateTime::currentMSecsSinceEpoch());
    if (!from)
        return ApiResponse::error(from.error());
    const Result<qint64> count = integerParameter(q, u"count"_qs, 10, 1, MaxCronCount);
    if (!count)
        return ApiResponse::error(count.error());
    const Result<Schedule> schedule = Schedule::parse(expr);
    if (!schedule)
        return ApiResponse::error(schedule.error());

    QJsonArray times;
    for (qint64 ms : schedule.value().nextFireTimes(from.value(), zone.value(), int(count.value())))
        times.append(QDateTime::fromMSecsSinceEpoch(ms, zone.value()).toString(Qt::ISODate));
    return ApiResponse::json(200, {
        {u"expr"_qs, expr},
        {u"timezone"_qs, QString::fromUtf8(zone.value().id())},
        {u"description"_qs, schedule.value().describe()},
        {u"times"_qs, times},
    });
}

namespace {

QJsonObject tokenToJson(const ApiToken &token)
{
    const auto time = [](qint64 ms) {
        return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                      : QJsonValue(QJsonValue::Null);
    };
    return {{u"name"_qs, token.name},
            {u"read_only"_qs, token.readOnly},
            {u"created_at"_qs, time(token.createdAt)},
            {u"last_used_at"_qs, time(token.lastUsedAt)}};
}

} // namespace

ApiResponse ApiServerPrivate::listTokens() const
{
    return answerList(m_core->apiTokens(), u"tokens"_qs, &tokenToJson);
}

ApiResponse ApiServerPrivate::createToken(const ApiRequest &request) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ApiResponse::error(invalid(u"body"_qs, Tr::tr("must be a JSON object: {\"name\": ..., \"read_only\": false}")));
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"name" && it.key() != u"read_only")
            return ApiResponse::error(invalid(it.key(), Tr::tr("unknown field")));
    }
    if (!body.value(u"name").isString())
        return ApiResponse::error(invalid(u"name"_qs, Tr::tr("a token name (a string) is required")));
    const QString name = body.value(u"name").toString();
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_qs);
    if (!valid.match(name).hasMatch())
        return ApiResponse::error(invalid(u"name"_qs, Tr::tr("'%1' is not a token name: 1-64 letters, digits, '.', '_' or '-'").arg(name)));
    if (name == Authenticator::adminName() || name == Authenticator::clusterName())
        return ApiResponse::error(makeError(ErrorCode::AlreadyExists, u"name"_qs,
                                            Tr::tr("'%1' is the data directory's own token").arg(name)));
    const QJsonValue readOnly = body.value(u"read_only");
    if (!readOnly.isUndefined() && !readOnly.isBool())
        return ApiResponse::error(invalid(u"read_only"_qs, Tr::tr("must be true or false")));

    const QByteArray secret = AccessToken::newSecret();
    ApiToken token;
    token.name = name;
    token.hash = AccessToken::hashSecret(secret);
    token.readOnly = readOnly.toBool(false);
    token.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (const Result<void> added = m_core->addApiToken(token); !added)
        return ApiResponse::error(added.error());
    QJsonObject json = tokenToJson(token);
    json.insert(u"token"_qs, QString::fromLatin1(secret));
    return ApiResponse::json(201, json);
}

ApiResponse ApiServerPrivate::revokeToken(const ApiRequest &request) const
{
    const QString name = request.params.value(u"name"_qs);
    if (const Result<void> removed = m_core->removeApiToken(name); !removed)
        return ApiResponse::error(removed.error());
    // Its open event sockets go too: a revoked token sees nothing more.
    for (EventSession *session : findChildren<EventSession *>()) {
        if (session->tokenName() == name)
            session->close(EventSession::CloseUnauthorized, Tr::tr("the token '%1' was revoked").arg(name));
    }
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiServerPrivate::backfill(const ApiRequest &request) const
{
    const Result<QJsonObject> body = objectFromBody(request.body, {u"from"_qs, u"to"_qs, u"parallel"_qs});
    if (!body)
        return ApiResponse::error(body.error());
    const Result<qint64> from = timeFromJson(body.value().value(u"from"), u"from"_qs);
    if (!from)
        return ApiResponse::error(from.error());
    const Result<qint64> to = timeFromJson(body.value().value(u"to"), u"to"_qs);
    if (!to)
        return ApiResponse::error(to.error());
    const QJsonValue parallel = body.value().value(u"parallel");
    if (!parallel.isUndefined() && !parallel.isNull() && (!parallel.isDouble() || parallel.toInt(-1) < 0))
        return ApiResponse::error(invalid(u"parallel"_qs, Tr::tr("must be a whole number, 0 or more")));
    return answer(m_core->backfill(request.params.value(u"name"_qs), from.value(), to.value(), parallel.toInt(0)),
                  201, &backfillToJson);
}

ApiResponse ApiServerPrivate::listTaskRuns(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    return answerList(m_core->taskRuns(id.value()), u"tasks"_qs, &runToJson);
}

ApiResponse ApiServerPrivate::getWorkflowRun(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    return answer(m_core->workflowRun(id.value()), 200, &workflowRunToJson);
}

ApiResponse ApiServerPrivate::rerunWorkflow(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    QString task;
    if (!request.body.trimmed().isEmpty()) {
        const Result<QJsonObject> body = objectFromBody(request.body, {u"task"_qs});
        if (!body)
            return ApiResponse::error(body.error());
        const QJsonValue value = body.value().value(u"task");
        if (!value.isString() && !value.isUndefined() && !value.isNull())
            return ApiResponse::error(invalid(u"task"_qs, Tr::tr("must be a task name")));
        task = value.toString();
    }
    return answer(m_core->rerunWorkflow(id.value(), task), 201, &runToJson);
}

// ---- ApiServer ----

ApiServer::ApiServer(EngineCore *core, const QString &token, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ApiServerPrivate>(core, token, this))
{
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer, so that a failure can say why (QAbstractHttpServer::listen only
    // returns 0), and so that each connection gets a deadline and a size limit.
    const qint64 maxRequest = MaxBodySize + 64 * 1024; // the body and generous headers
    std::unique_ptr<QTcpServer> tcp;
    if (d->m_tls) {
        auto ssl = std::make_unique<GuardedServer<QSslServer>>(d->m_requestTimeoutMs, maxRequest);
        ssl->setSslConfiguration(*d->m_tls);
        tcp = std::move(ssl);
    } else {
        tcp = std::make_unique<GuardedServer<QTcpServer>>(d->m_requestTimeoutMs, maxRequest);
    }
    if (!tcp->listen(address, port)) {
        return makeError(ErrorCode::Unavailable, {},
                         Tr::tr("cannot listen on %1: %2").arg(hostPort(address, port), tcp->errorString()));
    }
    const quint16 bound = tcp->serverPort();
    if (d->servers().isEmpty())
        d->m_address = address;
    d->bind(tcp.release());   // parented to the HTTP server from here on
    return bound;
}

void ApiServer::setRequestTimeout(int ms)
{
    d->m_requestTimeoutMs = std::max(ms, 1);
}

void ApiServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->m_tls = configuration;
}

Result<QSslConfiguration> ApiServer::loadTlsFiles(const QString &certificatePath, const QString &keyPath)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, u"tls-cert"_qs,
                         Tr::tr("cannot read %1: %2").arg(certificatePath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return makeError(ErrorCode::InvalidArgument, u"tls-cert"_qs,
                         Tr::tr("%1 holds no PEM certificate").arg(certificatePath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, u"tls-key"_qs,
                         Tr::tr("cannot read %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return makeError(ErrorCode::InvalidArgument, u"tls-key"_qs,
                         Tr::tr("%1 holds no unencrypted PEM private key (RSA or EC)").arg(keyPath));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return configuration;
}

void ApiServer::close()
{
    const QList<QTcpServer *> servers = d->servers();
    for (QTcpServer *server : servers) {
        server->close();
        delete server;
    }
}

bool ApiServer::isListening() const
{
    return !d->servers().isEmpty();
}

quint16 ApiServer::serverPort() const
{
    const QList<QTcpServer *> servers = d->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

QUrl ApiServer::url() const
{
    if (!isListening())
        return {};
    QHostAddress host = d->m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    return QUrl((d->m_tls ? u"https://"_qs : u"http://"_qs) + hostPort(host, serverPort()));
}

} // namespace Takt
