#include "remoteengine.h"

#include <engine/api/logfollower.h>
#include <engine/api/remoteevents.h>
#include <engine/core/modeljson.h>
#include <engine/core/tr.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
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

/// A follow fed by the events socket's log frames for its run.
class RemoteLogFollower final : public LogFollower
{
public:
    using LogFollower::LogFollower;

    void feed(const QJsonObject &frame)
    {
        const int attempt = frame.value(u"attempt").toInt();
        if (frame.value(u"type").toString() == u"log") {
            deliver(attempt, frame.value(u"offset").toInteger(), frame.value(u"data").toString().toUtf8(),
                    frame.value(u"next").toInteger());
            return;
        }
        const QJsonValue exitCode = frame.value(u"exitCode");
        deliverEnd(attempt, frame.value(u"offset").toInteger(),
                   runStateFromName(frame.value(u"state").toString()).value_or(RunState::Lost),
                   exitCode.isDouble() ? exitCode.toInt() : -1);
    }
};

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
    if (query.includeTasks)
        items.append({u"tasks"_qs, u"1"_qs});

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

void RemoteEngine::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&EngineApi::jobChanged)
        || signal == QMetaMethod::fromSignal(&EngineApi::jobRemoved)
        || signal == QMetaMethod::fromSignal(&EngineApi::runChanged)
        || signal == QMetaMethod::fromSignal(&EngineApi::resynced)
        || signal == QMetaMethod::fromSignal(&RemoteEngine::eventReceived)) {
        // connectNotify may run in the connecting thread: open the socket in ours.
        QMetaObject::invokeMethod(this, &RemoteEngine::startEvents, Qt::QueuedConnection);
    }
}

void RemoteEngine::startEvents()
{
    if (m_events)
        return;
    m_events = new RemoteEvents(m_baseUrl, m_authorization, this);
    m_events->setKeepAlive(m_pingIntervalMs, m_deadAfterMs);
    connect(m_events, &RemoteEvents::changeEvent, this, &RemoteEngine::applyEvent);
    connect(m_events, &RemoteEvents::logFrame, this, &RemoteEngine::routeLogFrame);
    connect(m_events, &RemoteEvents::reset, this, &EngineApi::resynced);
    connect(m_events, &RemoteEvents::lost, this, [this] { Q_EMIT connectionChanged(false); });
    connect(m_events, &RemoteEvents::connected, this, [this] {
        // Every follow continues from its own offset on the new connection.
        m_followers.removeAll(nullptr);
        for (const QPointer<RemoteLogFollower> &follower : std::as_const(m_followers)) {
            if (!follower->hasEnded())
                subscribe(follower);
        }
        if (m_eventsWereUp)
            Q_EMIT connectionChanged(true);
        m_eventsWereUp = true;
    });
    m_events->start();
}

void RemoteEngine::setEventsKeepAlive(int pingIntervalMs, int deadAfterMs)
{
    m_pingIntervalMs = pingIntervalMs;
    m_deadAfterMs = deadAfterMs;
    if (m_events)
        m_events->setKeepAlive(pingIntervalMs, deadAfterMs);
}

bool RemoteEngine::isReadOnly() const
{
    return !isConnected() || (m_events && m_events->isReadOnlyToken());
}

bool RemoteEngine::isConnected() const
{
    return !m_events || m_events->state() != RemoteEvents::State::Lost;
}

QString RemoteEngine::connectionError() const
{
    return m_events ? m_events->lastError() : QString();
}

QString RemoteEngine::eventEpoch() const
{
    return m_events ? m_events->epoch() : QString();
}

qint64 RemoteEngine::lastEventId() const
{
    return m_events ? m_events->lastEventId() : 0;
}

void RemoteEngine::applyEvent(const QJsonObject &event)
{
    const QString type = event.value(u"type").toString();
    Q_EMIT eventReceived(event.value(u"id").toInteger(), type);
    if (type == u"job") {
        const Result<Job> job = jobFromJson(event.value(u"job").toObject());
        if (job)
            Q_EMIT jobChanged(job.value());
    } else if (type == u"jobRemoved") {
        Q_EMIT jobRemoved(event.value(u"name").toString());
    } else if (type == u"run") {
        const Result<RunRecord> run = runFromJson(event.value(u"run").toObject());
        if (run)
            Q_EMIT runChanged(run.value());
    }
}

LogFollower *RemoteEngine::followLog(RunId id, int attempt, qint64 offset, QObject *parent)
{
    auto *follower = new RemoteLogFollower(id, attempt, offset, parent);
    m_followers.append(follower);
    connect(follower, &QObject::destroyed, this, [this, id] {
        m_followers.removeAll(nullptr);
        for (const QPointer<RemoteLogFollower> &other : std::as_const(m_followers)) {
            if (other && other->runId() == id)
                return; // still followed by someone else
        }
        if (m_events)
            m_events->send(QJsonObject{{u"type"_qs, u"unsubscribeLog"_qs}, {u"run"_qs, id}});
    });
    startEvents();
    if (m_events->state() == RemoteEvents::State::Connected)
        subscribe(follower);
    return follower;
}

void RemoteEngine::subscribe(RemoteLogFollower *follower)
{
    // A known attempt, not "the latest": a retry that started meanwhile must not shift offsets.
    m_events->send(QJsonObject{{u"type"_qs, u"subscribeLog"_qs},
                               {u"run"_qs, follower->runId()},
                               {u"attempt"_qs, follower->attempt()},
                               {u"offset"_qs, follower->nextOffset()}});
}

void RemoteEngine::routeLogFrame(const QJsonObject &frame)
{
    const RunId run = frame.value(u"run").toInteger();
    const QList<QPointer<RemoteLogFollower>> followers = m_followers; // feeding may delete one
    for (const QPointer<RemoteLogFollower> &follower : followers) {
        if (follower && follower->runId() == run)
            follower->feed(frame);
    }
}

QFuture<Result<RunRecord>> RemoteEngine::runJobNow(const QString &name, const QMap<QString, QString> &params)
{
    QJsonObject values;
    for (auto it = params.begin(); it != params.end(); ++it)
        values.insert(it.key(), it.value());
    const QByteArray body = QJsonDocument(QJsonObject{{u"params"_qs, values}}).toJson(QJsonDocument::Compact);
    return send<RunRecord>("POST", "/api/v1/jobs/" + encodedName(name) + "/run", {}, body,
                           [](const QByteArray &answer, QNetworkReply *) {
                               return valueFromJson<RunRecord>(answer, &runFromJson);
                           });
}

QFuture<Result<QList<RunRecord>>> RemoteEngine::taskRuns(RunId workflowRun)
{
    return send<QList<RunRecord>>("GET", runPath(workflowRun, "/tasks"), {}, {},
                                  [](const QByteArray &body, QNetworkReply *) {
                                      return listFromJson<RunRecord>(body, u"tasks"_qs, &runFromJson);
                                  });
}

QFuture<Result<WorkflowRunDetail>> RemoteEngine::workflowRun(RunId id)
{
    return send<WorkflowRunDetail>("GET", runPath(id, "/workflow"), {}, {}, [](const QByteArray &body, QNetworkReply *) {
        return valueFromJson<WorkflowRunDetail>(body, &workflowRunFromJson);
    });
}

QFuture<Result<RunRecord>> RemoteEngine::rerunWorkflow(RunId id, const QString &task)
{
    QJsonObject request;
    if (!task.isEmpty())
        request.insert(u"task"_qs, task);
    return send<RunRecord>("POST", runPath(id, "/rerun"), {}, QJsonDocument(request).toJson(QJsonDocument::Compact),
                           [](const QByteArray &body, QNetworkReply *) {
                               return valueFromJson<RunRecord>(body, &runFromJson);
                           });
}

QFuture<Result<BackfillResult>> RemoteEngine::backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel)
{
    const QJsonObject request{{u"from"_qs, timeToJson(fromMs)}, {u"to"_qs, timeToJson(toMs)}, {u"parallel"_qs, parallel}};
    return send<BackfillResult>("POST", "/api/v1/jobs/" + encodedName(name) + "/backfill", {},
                                QJsonDocument(request).toJson(QJsonDocument::Compact),
                                [](const QByteArray &body, QNetworkReply *) {
                                    return valueFromJson<BackfillResult>(body, &backfillFromJson);
                                });
}

QFuture<Result<QList<NodeInfo>>> RemoteEngine::nodes()
{
    return send<QList<NodeInfo>>("GET", "/api/v1/nodes", {}, {}, [](const QByteArray &body, QNetworkReply *) {
        return listFromJson<NodeInfo>(body, u"nodes"_qs, &nodeFromJson);
    });
}

} // namespace Takt
