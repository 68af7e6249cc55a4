#include "apiserver.h"
#include "apiserver_p.h"

#include <engine/core/modeljson.h>
#include <engine/core/tr.h>
#include <engine/schedule/schedule.h>
#include <engine/scheduler/enginecore.h>
#include <engine/server/accesstoken.h>
#include <engine/server/apierror.h>

#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QTimeZone>

namespace Takt {

namespace {

// Query parameters each route accepts; anything else is refused, so a typo such as
// ?stat=failed is not silently ignored.
const QHash<ApiRoute::Action, QSet<QString>> &knownParameters()
{
    using A = ApiRoute::Action;
    static const QHash<A, QSet<QString>> known = {
        {A::ListRuns, {u"job"_qs, u"state"_qs, u"from"_qs, u"to"_qs, u"before"_qs, u"limit"_qs}},
        {A::ReadLog, {u"attempt"_qs, u"offset"_qs, u"max"_qs}},
        {A::CronNext, {u"expr"_qs, u"tz"_qs, u"from"_qs, u"count"_qs}},
    };
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
    , m_token(token.toUtf8())
{
}

bool ApiServerPrivate::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
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
        // The scheme is case-insensitive (RFC 7235); the token is not.
        const QByteArrayView scheme = "Bearer ";
        const QByteArray clusterSecret = m_core->clusterSecret().toUtf8();
        const bool authorized = !m_token.isEmpty() && authorization.size() > scheme.size()
            && QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0
            && (AccessToken::tokensEqual(QByteArrayView(authorization).sliced(scheme.size()).trimmed(), m_token)
                // Nodes of a cluster read each other's logs with the secret they share.
                || (!clusterSecret.isEmpty()
                    && AccessToken::tokensEqual(QByteArrayView(authorization).sliced(scheme.size()).trimmed(), clusterSecret)));
        if (!authorized) {
            ApiResponse response = ApiResponse::error(makeError(
                ErrorCode::Unauthorized, {},
                authorization.isEmpty() ? Tr::tr("an access token is required (Authorization: Bearer <token>)")
                                        : Tr::tr("the access token is not valid")));
            response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"takt\"")});
            return response;
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

    const QSet<QString> known = knownParameters().value(match.route->action);
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
    case A::ListNodes: {
        const Result<QList<NodeInfo>> nodes = m_core->nodes();
        if (!nodes)
            return ApiResponse::error(nodes.error());
        QJsonArray array;
        for (const NodeInfo &node : nodes.value())
            array.append(nodeToJson(node));
        return ApiResponse::json(200, {{u"nodes"_qs, array}});
    }
    }
    return ApiResponse::error(makeError(ErrorCode::Internal, {}, Tr::tr("route has no handler")));
}

ApiResponse ApiServerPrivate::health() const
{
    return ApiResponse::json(200, {{u"status"_qs, u"ok"_qs}, {u"version"_qs, QStringLiteral(TAKT_VERSION)}});
}

ApiResponse ApiServerPrivate::listJobs() const
{
    const Result<QList<Job>> jobs = m_core->jobs();
    if (!jobs)
        return ApiResponse::error(jobs.error());
    QJsonArray array;
    for (const Job &job : jobs.value())
        array.append(jobToJson(job));
    return ApiResponse::json(200, {{u"jobs"_qs, array}});
}

ApiResponse ApiServerPrivate::createJob(const ApiRequest &request) const
{
    const Result<JobSpec> spec = specFromBody(request.body);
    if (!spec)
        return ApiResponse::error(spec.error());
    const Result<Job> job = m_core->createJob(spec.value());
    if (!job)
        return ApiResponse::error(job.error());
    return ApiResponse::json(201, jobToJson(job.value()));
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
    const Result<Job> job = m_core->job(request.params.value(u"name"_qs));
    if (!job)
        return ApiResponse::error(job.error());
    return ApiResponse::json(200, jobToJson(job.value()));
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
    const Result<Job> job = m_core->setJobPaused(request.params.value(u"name"_qs), paused);
    if (!job)
        return ApiResponse::error(job.error());
    return ApiResponse::json(200, jobToJson(job.value()));
}

ApiResponse ApiServerPrivate::runJob(const ApiRequest &request) const
{
    const Result<RunRecord> run = m_core->runJobNow(request.params.value(u"name"_qs));
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
    const Result<RunRecord> run = m_core->run(id.value());
    if (!run)
        return ApiResponse::error(run.error());
    return ApiResponse::json(200, runToJson(run.value()));
}

ApiResponse ApiServerPrivate::listAttempts(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    const Result<QList<AttemptRecord>> attempts = m_core->attempts(id.value());
    if (!attempts)
        return ApiResponse::error(attempts.error());
    QJsonArray array;
    for (const AttemptRecord &attempt : attempts.value())
        array.append(attemptToJson(attempt));
    return ApiResponse::json(200, {{u"attempts"_qs, array}});
}

ApiResponse ApiServerPrivate::cancelRun(const ApiRequest &request) const
{
    const Result<RunId> id = runIdParameter(request);
    if (!id)
        return ApiResponse::error(id.error());
    const Result<RunRecord> run = m_core->cancelRun(id.value());
    if (!run)
        return ApiResponse::error(run.error());
    return ApiResponse::json(200, runToJson(run.value()));
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
    // returns 0).
    auto tcp = std::make_unique<QTcpServer>();
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
    return QUrl(u"http://"_qs + hostPort(host, serverPort()));
}

} // namespace Takt
