#include "remoteengine.h"

#include <engine/core/modeljson.h>
#include <engine/core/tr.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>

#include <memory>

namespace Takt {

namespace {

QByteArray encodedName(const QString &name)
{
    return QUrl::toPercentEncoding(name);
}

QByteArray runPath(RunId id, const char *suffix = "")
{
    return "/api/v1/runs/" + QByteArray::number(id) + suffix;
}

/// The error code a status stands for when the body is not our error document
/// (a proxy in between, or a server that is not takt).
QString codeForStatus(int status)
{
    switch (status) {
    case 400: case 405: case 413: return ErrorCode::InvalidArgument;
    case 401: return ErrorCode::Unauthorized;
    case 403: return ErrorCode::Forbidden;
    case 404: return ErrorCode::NotFound;
    case 409: return ErrorCode::Conflict;
    case 502: case 503: case 504: return ErrorCode::Unavailable;
    default: return ErrorCode::Internal;
    }
}

Result<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Internal, {},
                         Tr::tr("the server's answer is not a JSON object: %1").arg(parseError.errorString()));
    return doc.object();
}

template<typename T>
Result<QList<T>> listFromJson(const QByteArray &body, const QString &key,
                              Result<T> (*fromJson)(const QJsonObject &))
{
    const Result<QJsonObject> object = jsonObject(body);
    if (!object)
        return object.error();
    QList<T> items;
    for (const QJsonValue &value : object.value().value(key).toArray()) {
        Result<T> item = fromJson(value.toObject());
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

template<typename T>
Result<T> valueFromJson(const QByteArray &body, Result<T> (*fromJson)(const QJsonObject &))
{
    const Result<QJsonObject> object = jsonObject(body);
    if (!object)
        return object.error();
    return fromJson(object.value());
}

} // namespace

RemoteEngine::RemoteEngine(const QUrl &baseUrl, const QString &token, QObject *parent)
    : EngineApi(parent)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
    , m_authorization("Bearer " + token.toUtf8())
    , m_network(new QNetworkAccessManager(this))
{
    // A proxy from http_proxy must not carry requests meant for this machine.
    const QHostAddress host(m_baseUrl.host());
    if (host.isLoopback() || m_baseUrl.host() == u"localhost")
        m_network->setProxy(QNetworkProxy::NoProxy);
}

RemoteEngine::~RemoteEngine() = default;

QString RemoteEngine::displayName() const
{
    return m_baseUrl.toString();
}

template<typename T, typename Parse>
QFuture<Result<T>> RemoteEngine::send(const QByteArray &verb, const QByteArray &encodedPath,
                                      const QList<QPair<QString, QString>> &query,
                                      const QByteArray &body, Parse parse)
{
    QByteArray url = m_baseUrl.toEncoded() + encodedPath;
    QByteArrayList items;
    for (const auto &[key, value] : query)
        items << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    if (!items.isEmpty())
        url += '?' + items.join('&');

    QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
    request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(m_timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);

    // Shared by the future's producer (the lambda) only; dropping it unfinished (the engine
    // destroyed first) cancels the future instead of leaving it pending forever.
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, parse] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const Error error = replyError(reply, answer);
        promise->addResult(error.isValid() ? Result<T>(error) : Result<T>(parse(answer, reply)));
        promise->finish();
    });
    return future;
}

Error RemoteEngine::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // No HTTP answer at all: the engine is not there, or did not answer in time.
        const QString reason = reply->error() == QNetworkReply::OperationCanceledError
                                   ? Tr::tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
                                   : reply->errorString();
        return makeError(ErrorCode::Unavailable, {},
                         Tr::tr("cannot reach %1: %2").arg(displayName(), reason));
    }
    if (status >= 200 && status < 300)
        return {};
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(u"error");
    if (error.isObject() && error[u"code"].isString())
        return Error{error[u"code"].toString(), error[u"field"].toString(), error[u"message"].toString()};
    return makeError(codeForStatus(status), {},
                     Tr::tr("%1 answered HTTP %2 %3")
                         .arg(displayName())
                         .arg(status)
                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
}

QFuture<Result<QList<Job>>> RemoteEngine::jobs()
{
    return send<QList<Job>>("GET", "/api/v1/jobs", {}, {}, [](const QByteArray &body, QNetworkReply *) {
        return listFromJson<Job>(body, u"jobs"_qs, &jobFromJson);
    });
}

QFuture<Result<Job>> RemoteEngine::job(const QString &name)
{
    return send<Job>("GET", "/api/v1/jobs/" + encodedName(name), {}, {},
                     [](const QByteArray &body, QNetworkReply *) { return valueFromJson<Job>(body, &jobFromJson); });
}

QFuture<Result<Job>> RemoteEngine::createJob(const JobSpec &spec)
{
    return send<Job>("POST", "/api/v1/jobs", {}, QJsonDocument(jobSpecToJson(spec)).toJson(QJsonDocument::Compact),
                     [](const QByteArray &body, QNetworkReply *) { return valueFromJson<Job>(body, &jobFromJson); });
}

QFuture<Result<Job>> RemoteEngine::applyJob(const JobSpec &spec)
{
    // The name is the URL's last segment: without one there is nothing to address.
    if (spec.name.isEmpty())
        return QtFuture::makeReadyFuture(Result<Job>(makeError(ErrorCode::InvalidArgument, u"name"_qs, Tr::tr("a job needs a name"))));
    return send<Job>("PUT", "/api/v1/jobs/" + encodedName(spec.name), {},
                     QJsonDocument(jobSpecToJson(spec)).toJson(QJsonDocument::Compact),
                     [](const QByteArray &body, QNetworkReply *) { return valueFromJson<Job>(body, &jobFromJson); });
}

QFuture<Result<void>> RemoteEngine::deleteJob(const QString &name)
{
    return send<void>("DELETE", "/api/v1/jobs/" + encodedName(name), {}, {},
                      [](const QByteArray &, QNetworkReply *) { return Result<void>(); });
}

QFuture<Result<Job>> RemoteEngine::setJobPaused(const QString &name, bool paused)
{
    return send<Job>("POST", "/api/v1/jobs/" + encodedName(name) + (paused ? "/pause" : "/resume"), {}, {},
                     [](const QByteArray &body, QNetworkReply *) { return valueFromJson<Job>(body, &jobFromJson); });
}

QFuture<Result<RunRecord>> RemoteEngine::runJobNow(const QString &name)
{
    return send<RunRecord>("POST", "/api/v1/jobs/" + encodedName(name) + "/run", {}, {},
                           [](const QByteArray &body, QNetworkReply *) {
                               return valueFromJson<RunRecord>(body, &runFromJson);
                           });
}

QFuture<Result<RunPage>> RemoteEngine::runs(const RunQuery &query)
{
    QList<QPair<QString, QString>> items;
    if (!query.jobName.isEmpty())
        items.append({u"job"_qs, query.jobName});
    if (!query.states.isEmpty()) {
        QStringList names;
        for (RunState state : query.states)
            names << runStateName(state);
        items.append({u"state"_qs, names.join(u',')});
    }
    if (query.scheduledFrom != 0)
        items.append({u"from"_qs, timeToJson(query.scheduledFrom).toString()});
    if (query.scheduledTo != 0)
        items.append({u"to"_qs, timeToJson(query.scheduledTo).toString()});
    if (query.beforeId > 0)
        items.append({u"before"_qs, QString::number(query.beforeId)});
    items.append({u"limit"_qs, QString::number(query.limit)});

    return send<RunPage>("GET", "/api/v1/runs", items, {}, [](const QByteArray &body, QNetworkReply *) -> Result<RunPage> {
        Result<QList<RunRecord>> runs = listFromJson<RunRecord>(body, u"runs"_qs, &runFromJson);
        if (!runs)
            return runs.error();
        RunPage page;
        page.runs = std::move(runs).value();
        page.nextBeforeId = qint64(QJsonDocument::fromJson(body).object().value(u"next_before").toDouble());
        return page;
    });
}

QFuture<Result<RunRecord>> RemoteEngine::run(RunId id)
{
    return send<RunRecord>("GET", runPath(id), {}, {}, [](const QByteArray &body, QNetworkReply *) {
        return valueFromJson<RunRecord>(body, &runFromJson);
    });
}

QFuture<Result<QList<AttemptRecord>>> RemoteEngine::attempts(RunId id)
{
    return send<QList<AttemptRecord>>("GET", runPath(id, "/attempts"), {}, {},
                                      [](const QByteArray &body, QNetworkReply *) {
                                          return listFromJson<AttemptRecord>(body, u"attempts"_qs, &attemptFromJson);
                                      });
}

QFuture<Result<RunRecord>> RemoteEngine::cancelRun(RunId id)
{
    return send<RunRecord>("POST", runPath(id, "/cancel"), {}, {}, [](const QByteArray &body, QNetworkReply *) {
        return valueFromJson<RunRecord>(body, &runFromJson);
    });
}

QFuture<Result<LogChunk>> RemoteEngine::readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes)
{
    const QList<QPair<QString, QString>> items = {
        {u"attempt"_qs, QString::number(attempt)},
        {u"offset"_qs, QString::number(offset)},
        {u"max"_qs, QString::number(maxBytes)},
    };
    return send<LogChunk>("GET", runPath(id, "/log"), items, {}, [](const QByteArray &body, QNetworkReply *reply) {
        LogChunk chunk;
        chunk.data = body;
        chunk.offset = reply->rawHeader("X-Takt-Log-Offset").toLongLong();
        chunk.size = reply->rawHeader("X-Takt-Log-Size").toLongLong();
        chunk.finished = reply->rawHeader("X-Takt-Log-Finished") == "true";
        return Result<LogChunk>(chunk);
    });
}

QFuture<Result<QList<NodeInfo>>> RemoteEngine::nodes()
{
    return send<QList<NodeInfo>>("GET", "/api/v1/nodes", {}, {}, [](const QByteArray &body, QNetworkReply *) {
        return listFromJson<NodeInfo>(body, u"nodes"_qs, &nodeFromJson);
    });
}

} // namespace Takt
