// ApiServer over real HTTP: a real EngineCore on a temporary directory, requests made with
// QNetworkAccessManager. Every route, and bad input for every route answered with the right
// status and error document while nothing changes.

#include <engine/scheduler/enginecore.h>
#include <engine/server/accesstoken.h>
#include <engine/server/apiroutes.h>
#include <engine/server/apiserver.h>
#include <engine/server/serverinfo.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Takt;

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorCode() const { return json[u"error"][u"code"].toString(); }
    QString errorField() const { return json[u"error"][u"field"].toString(); }
    QString errorMessage() const { return json[u"error"][u"message"].toString(); }
};

} // namespace

class tst_ApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void schemeIsCaseInsensitive();
    void tokenRequired_data();
    void tokenRequired();
    void jobLifecycle();
    void applyJob();
    void runAndLog();
    void listRunsFilters();
    void cancelRunning();
    void cronNext();
    void badInput_data();
    void badInput();
    void oversizedBody();
    void routeTable();
    void listenOnBusyPort();
    void accessToken();
    void serverInfo();

private:
    HttpReply request(const QByteArray &verb, const QByteArray &path, const QByteArray &body = {},
                      const QByteArray &authorization = QByteArray("default"));
    QJsonObject createJob(const QJsonObject &spec);
    QJsonObject waitForFinalRun(qint64 id);
    /// The whole observable state: jobs and runs, to check that a failed request changed nothing.
    QByteArray snapshot();

    QTemporaryDir m_dir;
    std::unique_ptr<EngineCore> m_core;
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_network;
    QString m_token;
    QByteArray m_base;
};

void tst_ApiServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    EngineCore::Options options;
    options.dataDir = m_dir.path();
    m_core = std::make_unique<EngineCore>(options);
    const Result<void> started = m_core->start();
    QVERIFY2(started.isOk(), qPrintable(started.error().toString()));

    const Result<QString> token = AccessToken::loadOrCreateToken(m_dir.path());
    QVERIFY(token.isOk());
    m_token = token.value();
    m_server = std::make_unique<ApiServer>(m_core.get(), m_token);
    const Result<quint16> port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port.isOk(), qPrintable(port.error().toString()));
    QVERIFY(port.value() > 0);
    QCOMPARE(m_server->serverPort(), port.value());
    QCOMPARE(m_server->url(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value())));
    m_base = m_server->url().toEncoded();
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void tst_ApiServer::cleanupTestCase()
{
    m_server.reset();
    if (m_core)
        m_core->stop();
}

HttpReply tst_ApiServer::request(const QByteArray &verb, const QByteArray &path, const QByteArray &body,
                                 const QByteArray &authorization)
{
    QNetworkRequest req(QUrl::fromEncoded(m_base + path));
    if (authorization == "default")
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    else if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20'000);
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QJsonObject tst_ApiServer::createJob(const QJsonObject &spec)
{
    const HttpReply reply = request("POST", "/api/v1/jobs", QJsonDocument(spec).toJson());
    if (reply.status != 201)
        qWarning() << "create failed:" << reply.status << reply.body;
    return reply.json;
}

QJsonObject tst_ApiServer::waitForFinalRun(qint64 id)
{
    const QByteArray path = "/api/v1/runs/" + QByteArray::number(id);
    QJsonObject run;
    const auto isFinal = [&] {
        run = request("GET", path).json;
        const QString state = run[u"state"].toString();
        return !state.isEmpty() && state != u"scheduled" && state != u"queued" && state != u"running";
    };
    if (!QTest::qWaitFor(isFinal, 30'000))
        qWarning("run %lld did not end in time", id);
    return run;
}

QByteArray tst_ApiServer::snapshot()
{
    const HttpReply jobs = request("GET", "/api/v1/jobs");
    const HttpReply runs = request("GET", "/api/v1/runs?limit=1000");
    return jobs.body + runs.body;
}

void tst_ApiServer::health()
{
    const HttpReply reply = request("GET", "/healthz", {}, {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"].toString(), u"ok"_qs);
    QVERIFY(!reply.json[u"version"].toString().isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));

    // HEAD: the same headers, no body.
    QNetworkReply *head = m_network.head(QNetworkRequest(QUrl::fromEncoded(m_base + "/healthz")));
    QSignalSpy finished(head, &QNetworkReply::finished);
    QVERIFY(head->isFinished() || finished.wait(20'000));
    QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(head->rawHeader("Content-Length").toLongLong(), reply.body.size());
    QVERIFY(head->readAll().isEmpty());
    delete head;
    // The connection is still usable after a HEAD.
    QCOMPARE(request("GET", "/healthz", {}, {}).status, 200);
}

void tst_ApiServer::schemeIsCaseInsensitive()
{
    QCOMPARE(request("GET", "/api/v1/jobs", {}, "bearer " + m_token.toUtf8()).status, 200);
    QCOMPARE(request("GET", "/api/v1/jobs", {}, "BEARER " + m_token.toUtf8()).status, 200);
    QCOMPARE(request("GET", "/api/v1/jobs", {}, "Bearer " + m_token.toUpper().toUtf8()).status,
             m_token == m_token.toUpper() ? 200 : 401);
    QCOMPARE(request("GET", "/api/v1/jobs", {}, "Bearer").status, 401);
}

void tst_ApiServer::tokenRequired_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray("/api/v1/jobs") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("/api/v1/jobs") << QByteArray("Bearer 0123456789");
    QTest::newRow("token with a byte more") << QByteArray("/api/v1/jobs") << QByteArray("Bearer " + m_token.toUtf8() + "0");
    QTest::newRow("not bearer") << QByteArray("/api/v1/jobs") << QByteArray("Basic " + m_token.toUtf8());
    QTest::newRow("runs") << QByteArray("/api/v1/runs") << QByteArray();
    QTest::newRow("cron") << QByteArray("/api/v1/cron/next?expr=@daily") << QByteArray();
    QTest::newRow("unknown route") << QByteArray("/api/v1/nothing") << QByteArray();
}

void tst_ApiServer::tokenRequired()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    const HttpReply reply = request("GET", path, {}, authorization.isEmpty() ? QByteArray("") : authorization);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_qs);
    QVERIFY(!reply.errorMessage().isEmpty());
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));

    // A POST without the token creates nothing.
    const QByteArray before = snapshot();
    const HttpReply post = request("POST", "/api/v1/jobs", R"({"name":"sneaky","command":"true"})", authorization.isEmpty() ? QByteArray("") : authorization);
    QCOMPARE(post.status, 401);
    QCOMPARE(snapshot(), before);
}

void tst_ApiServer::jobLifecycle()
{
    const QJsonObject spec{{u"name"_qs, u"nightly"_qs}, {u"schedule"_qs, u"0 3 * * *"_qs},
                           {u"timezone"_qs, u"Europe/Berlin"_qs}, {u"command"_qs, QJsonArray{u"/bin/true"_qs}},
                           {u"description"_qs, u"backup"_qs}};
    HttpReply created = request("POST", "/api/v1/jobs", QJsonDocument(spec).toJson());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[u"version"].toInt(), 1);
    QCOMPARE(created.json[u"paused"].toBool(), false);
    QCOMPARE(created.json[u"spec"][u"name"].toString(), u"nightly"_qs);
    QCOMPARE(created.json[u"spec"][u"description"].toString(), u"backup"_qs);
    QVERIFY(created.json[u"next_fire_at"].isString());

    // The same name again: 409, and the first job is untouched.
    const QByteArray before = snapshot();
    HttpReply again = request("POST", "/api/v1/jobs", QJsonDocument(spec).toJson());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"already_exists"_qs);
    QCOMPARE(again.errorField(), u"name"_qs);
    QCOMPARE(snapshot(), before);

    HttpReply list = request("GET", "/api/v1/jobs");
    QCOMPARE(list.status, 200);
    QStringList names;
    for (const QJsonValue &job : list.json[u"jobs"].toArray())
        names << job[u"spec"][u"name"].toString();
    QVERIFY(names.contains(u"nightly"_qs));

    HttpReply one = request("GET", "/api/v1/jobs/nightly");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json, created.json);

    HttpReply paused = request("POST", "/api/v1/jobs/nightly/pause");
    QCOMPARE(paused.status, 200);
    QCOMPARE(paused.json[u"paused"].toBool(), true);
    QCOMPARE(request("GET", "/api/v1/jobs/nightly").json[u"paused"].toBool(), true);
    HttpReply resumed = request("POST", "/api/v1/jobs/nightly/resume");
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json[u"paused"].toBool(), false);

    HttpReply deleted = request("DELETE", "/api/v1/jobs/nightly");
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    HttpReply gone = request("GET", "/api/v1/jobs/nightly");
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"not_found"_qs);
}

void tst_ApiServer::applyJob()
{
    // Creates (201), then stores a new version (200); the name may be left out of the body.
    HttpReply created = request("PUT", "/api/v1/jobs/applied", R"({"command": "echo one", "schedule": "@daily"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[u"version"].toInt(), 1);
    QCOMPARE(created.json[u"spec"][u"name"].toString(), u"applied"_qs);
    QCOMPARE(created.json[u"spec"][u"command"].toArray().last().toString(), u"echo one"_qs);

    HttpReply updated = request("PUT", "/api/v1/jobs/applied", R"({"name": "applied", "command": "echo two", "schedule": "@daily"})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json[u"version"].toInt(), 2);
    QCOMPARE(updated.json[u"spec"][u"command"].toArray().last().toString(), u"echo two"_qs);

    // A name in the body that differs from the path is refused, and changes nothing.
    const QByteArray before = snapshot();
    HttpReply mismatch = request("PUT", "/api/v1/jobs/applied", R"({"name": "other", "command": "echo three"})");
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.errorCode(), u"invalid_argument"_qs);
    QCOMPARE(mismatch.errorField(), u"name"_qs);
    QCOMPARE(snapshot(), before);
    QCOMPARE(request("DELETE", "/api/v1/jobs/applied").status, 204);
}

void tst_ApiServer::runAndLog()
{
    const QJsonObject job = createJob({{u"name"_qs, u"hello"_qs}, {u"command"_qs, QJsonArray{u"echo"_qs, u"hello"_qs}}});
    QCOMPARE(job[u"spec"][u"name"].toString(), u"hello"_qs);

    HttpReply started = request("POST", "/api/v1/jobs/hello/run");
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json[u"job"].toString(), u"hello"_qs);
    QCOMPARE(started.json[u"trigger"].toString(), u"manual"_qs);
    const qint64 id = started.json[u"id"].toInteger();
    QVERIFY(id > 0);

    const QJsonObject run = waitForFinalRun(id);
    QCOMPARE(run[u"state"].toString(), u"succeeded"_qs);
    QCOMPARE(run[u"exit_code"].toInt(), 0);

    HttpReply attempts = request("GET", "/api/v1/runs/" + QByteArray::number(id) + "/attempts");
    QCOMPARE(attempts.status, 200);
    QCOMPARE(attempts.json[u"attempts"].toArray().size(), 1);
    QCOMPARE(attempts.json[u"attempts"][0][u"attempt"].toInt(), 1);
    QCOMPARE(attempts.json[u"attempts"][0][u"state"].toString(), u"succeeded"_qs);

    HttpReply log = request("GET", "/api/v1/runs/" + QByteArray::number(id) + "/log");
    QCOMPARE(log.status, 200);
    QCOMPARE(log.header("Content-Type"), QByteArray("application/octet-stream"));
    QVERIFY2(log.body.contains(" O hello\n"), log.body.constData());
    QCOMPARE(log.header("X-Takt-Log-Offset"), QByteArray("0"));
    QCOMPARE(log.header("X-Takt-Log-Size").toLongLong(), log.body.size());
    QCOMPARE(log.header("X-Takt-Log-Finished"), QByteArray("true"));

    // A slice: offset and max are honoured, the size is the whole file's.
    HttpReply slice = request("GET", "/api/v1/runs/" + QByteArray::number(id) + "/log?attempt=1&offset=5&max=10");
    QCOMPARE(slice.status, 200);
    QCOMPARE(slice.body, log.body.mid(5, 10));
    QCOMPARE(slice.header("X-Takt-Log-Offset"), QByteArray("5"));
    QCOMPARE(slice.header("X-Takt-Log-Size").toLongLong(), log.body.size());

    // Cancelling a run that has ended is a conflict and changes nothing.
    const QByteArray before = snapshot();
    HttpReply cancel = request("POST", "/api/v1/runs/" + QByteArray::number(id) + "/cancel");
    QCOMPARE(cancel.status, 409);
    QCOMPARE(cancel.errorCode(), u"conflict"_qs);
    QCOMPARE(snapshot(), before);

    HttpReply noAttempt = request("GET", "/api/v1/runs/" + QByteArray::number(id) + "/log?attempt=7");
    QCOMPARE(noAttempt.status, 404);
    QCOMPARE(noAttempt.errorField(), u"attempt"_qs);
}

void tst_ApiServer::listRunsFilters()
{
    createJob({{u"name"_qs, u"pager"_qs}, {u"command"_qs, u"exit 3"_qs}});
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        HttpReply started = request("POST", "/api/v1/jobs/pager/run");
        QCOMPARE(started.status, 201);
        ids << started.json[u"id"].toInteger();
    }
    for (qint64 id : ids)
        QCOMPARE(waitForFinalRun(id)[u"state"].toString(), u"failed"_qs);

    HttpReply all = request("GET", "/api/v1/runs?job=pager");
    QCOMPARE(all.status, 200);
    const QJsonArray runs = all.json[u"runs"].toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0][u"id"].toInteger(), ids[2]);   // newest first
    QVERIFY(all.json[u"next_before"].isNull());

    // Keyset paging.
    HttpReply first = request("GET", "/api/v1/runs?job=pager&limit=2");
    QCOMPARE(first.json[u"runs"].toArray().size(), 2);
    const qint64 next = first.json[u"next_before"].toInteger();
    QVERIFY(next > 0);
    HttpReply second = request("GET", "/api/v1/runs?job=pager&limit=2&before=" + QByteArray::number(next));
    QCOMPARE(second.json[u"runs"].toArray().size(), 1);
    QCOMPARE(second.json[u"runs"][0][u"id"].toInteger(), ids[0]);

    // States, several at once.
    QCOMPARE(request("GET", "/api/v1/runs?job=pager&state=succeeded").json[u"runs"].toArray().size(), 0);
    QCOMPARE(request("GET", "/api/v1/runs?job=pager&state=succeeded,failed").json[u"runs"].toArray().size(), 3);

    // A time window on the scheduled time.
    QCOMPARE(request("GET", "/api/v1/runs?job=pager&from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z")
                 .json[u"runs"].toArray().size(), 3);
    QCOMPARE(request("GET", "/api/v1/runs?job=pager&to=2000-01-01T00:00:00Z").json[u"runs"].toArray().size(), 0);
}

void tst_ApiServer::cancelRunning()
{
    createJob({{u"name"_qs, u"sleeper"_qs}, {u"command"_qs, QJsonArray{u"sleep"_qs, u"60"_qs}}});
    HttpReply started = request("POST", "/api/v1/jobs/sleeper/run");
    QCOMPARE(started.status, 201);
    const qint64 id = started.json[u"id"].toInteger();

    // While a run of it has not ended, the job cannot be deleted.
    HttpReply busy = request("DELETE", "/api/v1/jobs/sleeper");
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.errorCode(), u"conflict"_qs);

    HttpReply cancelled = request("POST", "/api/v1/runs/" + QByteArray::number(id) + "/cancel");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[u"id"].toInteger(), id);
    QCOMPARE(waitForFinalRun(id)[u"state"].toString(), u"cancelled"_qs);
    QCOMPARE(request("DELETE", "/api/v1/jobs/sleeper").status, 204);
}

void tst_ApiServer::cronNext()
{
    // 29 March 2026: Berlin moves to summer time, so the offset changes between the two.
    HttpReply reply = request("GET", "/api/v1/cron/next?expr=0%203%20*%20*%20*&tz=Europe/Berlin"
                                     "&from=2026-03-28T12:00:00Z&count=2");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"timezone"].toString(), u"Europe/Berlin"_qs);
    QVERIFY(!reply.json[u"description"].toString().isEmpty());
    const QJsonArray times = reply.json[u"times"].toArray();
    QCOMPARE(times.size(), 2);
    QCOMPARE(times[0].toString(), u"2026-03-29T03:00:00+02:00"_qs);
    QCOMPARE(times[1].toString(), u"2026-03-30T03:00:00+02:00"_qs);

    // Without an offset, "from" is read in the zone: 02:59 Berlin winter time is before 03:00.
    HttpReply local = request("GET", "/api/v1/cron/next?expr=0%203%20*%20*%20*&tz=Europe/Berlin"
                                     "&from=2026-01-10T02:59:00&count=1");
    QCOMPARE(local.json[u"times"][0].toString(), u"2026-01-10T03:00:00+01:00"_qs);

    // Default count.
    HttpReply defaults = request("GET", "/api/v1/cron/next?expr=@hourly");
    QCOMPARE(defaults.status, 200);
    QCOMPARE(defaults.json[u"times"].toArray().size(), 10);
}

void tst_ApiServer::badInput_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const QString bad = u"invalid_argument"_qs;
    const QString notFound = u"not_found"_qs;
    // POST /jobs
    QTest::newRow("create: malformed JSON") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"name": "x",)") << 400 << bad << u"body"_qs << u"offset"_qs;
    QTest::newRow("create: not an object") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"(["x"])") << 400 << bad << u"body"_qs << u"object"_qs;
    QTest::newRow("create: empty body") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray() << 400 << bad << u"body"_qs << QString();
    QTest::newRow("create: wrong type") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"name": "x", "command": "true", "retries": "three"})") << 400 << bad << u"retries"_qs << QString();
    QTest::newRow("create: unknown field") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"name": "x", "command": "true", "colour": "red"})") << 400 << bad << u"colour"_qs << u"unknown"_qs;
    QTest::newRow("create: bad cron") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"name": "x", "command": "true", "schedule": "0 0 32 * *"})") << 400 << bad
        << u"schedule"_qs << u"day-of-month"_qs;
    QTest::newRow("create: bad time zone") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"name": "x", "command": "true", "timezone": "Mars/Base"})") << 400 << bad
        << u"timezone"_qs << u"Mars/Base"_qs;
    QTest::newRow("create: no name") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"command": "true"})") << 400 << bad << u"name"_qs << QString();
    QTest::newRow("create: no command") << QByteArray("POST") << QByteArray("/api/v1/jobs")
        << QByteArray(R"({"name": "x"})") << 400 << bad << u"command"_qs << QString();
    QTest::newRow("create: query parameter") << QByteArray("POST") << QByteArray("/api/v1/jobs?force=1")
        << QByteArray(R"({"name": "x", "command": "true"})") << 400 << bad << u"force"_qs << QString();
    // PUT /jobs/<name>
    QTest::newRow("apply: malformed JSON") << QByteArray("PUT") << QByteArray("/api/v1/jobs/x")
        << QByteArray("{]") << 400 << bad << u"body"_qs << u"offset"_qs;
    QTest::newRow("apply: bad cron") << QByteArray("PUT") << QByteArray("/api/v1/jobs/x")
        << QByteArray(R"({"command": "true", "schedule": "61 * * * *"})") << 400 << bad << u"schedule"_qs << u"minute"_qs;
    QTest::newRow("apply: wrong type") << QByteArray("PUT") << QByteArray("/api/v1/jobs/x")
        << QByteArray(R"({"command": 42})") << 400 << bad << u"command"_qs << QString();
    // unknown jobs
    QTest::newRow("get: unknown job") << QByteArray("GET") << QByteArray("/api/v1/jobs/nosuch")
        << QByteArray() << 404 << notFound << u"name"_qs << u"nosuch"_qs;
    QTest::newRow("delete: unknown job") << QByteArray("DELETE") << QByteArray("/api/v1/jobs/nosuch")
        << QByteArray() << 404 << notFound << u"name"_qs << QString();
    QTest::newRow("pause: unknown job") << QByteArray("POST") << QByteArray("/api/v1/jobs/nosuch/pause")
        << QByteArray() << 404 << notFound << u"name"_qs << QString();
    QTest::newRow("resume: unknown job") << QByteArray("POST") << QByteArray("/api/v1/jobs/nosuch/resume")
        << QByteArray() << 404 << notFound << u"name"_qs << QString();
    QTest::newRow("run: unknown job") << QByteArray("POST") << QByteArray("/api/v1/jobs/nosuch/run")
        << QByteArray() << 404 << notFound << u"name"_qs << QString();
    // run ids
    QTest::newRow("run: non-numeric id") << QByteArray("GET") << QByteArray("/api/v1/runs/abc")
        << QByteArray() << 400 << bad << u"id"_qs << u"abc"_qs;
    QTest::newRow("run: negative id") << QByteArray("GET") << QByteArray("/api/v1/runs/-4")
        << QByteArray() << 400 << bad << u"id"_qs << QString();
    QTest::newRow("attempts: non-numeric id") << QByteArray("GET") << QByteArray("/api/v1/runs/1x/attempts")
        << QByteArray() << 400 << bad << u"id"_qs << QString();
    QTest::newRow("cancel: non-numeric id") << QByteArray("POST") << QByteArray("/api/v1/runs/abc/cancel")
        << QByteArray() << 400 << bad << u"id"_qs << QString();
    QTest::newRow("log: non-numeric id") << QByteArray("GET") << QByteArray("/api/v1/runs/abc/log")
        << QByteArray() << 400 << bad << u"id"_qs << QString();
    QTest::newRow("run: unknown id") << QByteArray("GET") << QByteArray("/api/v1/runs/999999")
        << QByteArray() << 404 << notFound << QString() << QString();
    QTest::newRow("attempts: unknown id") << QByteArray("GET") << QByteArray("/api/v1/runs/999999/attempts")
        << QByteArray() << 404 << notFound << QString() << QString();
    QTest::newRow("cancel: unknown id") << QByteArray("POST") << QByteArray("/api/v1/runs/999999/cancel")
        << QByteArray() << 404 << notFound << QString() << QString();
    QTest::newRow("log: unknown id") << QByteArray("GET") << QByteArray("/api/v1/runs/999999/log")
        << QByteArray() << 404 << notFound << QString() << QString();
    QTest::newRow("log: bad attempt") << QByteArray("GET") << QByteArray("/api/v1/runs/1/log?attempt=x")
        << QByteArray() << 400 << bad << u"attempt"_qs << QString();
    QTest::newRow("log: negative offset") << QByteArray("GET") << QByteArray("/api/v1/runs/1/log?offset=-1")
        << QByteArray() << 400 << bad << u"offset"_qs << QString();
    QTest::newRow("log: zero max") << QByteArray("GET") << QByteArray("/api/v1/runs/1/log?max=0")
        << QByteArray() << 400 << bad << u"max"_qs << QString();
    // run listing
    QTest::newRow("runs: unknown state") << QByteArray("GET") << QByteArray("/api/v1/runs?state=done")
        << QByteArray() << 400 << bad << u"state"_qs << u"done"_qs;
    QTest::newRow("runs: limit 0") << QByteArray("GET") << QByteArray("/api/v1/runs?limit=0")
        << QByteArray() << 400 << bad << u"limit"_qs << QString();
    QTest::newRow("runs: limit text") << QByteArray("GET") << QByteArray("/api/v1/runs?limit=ten")
        << QByteArray() << 400 << bad << u"limit"_qs << QString();
    QTest::newRow("runs: bad from") << QByteArray("GET") << QByteArray("/api/v1/runs?from=yesterday")
        << QByteArray() << 400 << bad << u"from"_qs << QString();
    QTest::newRow("runs: bad before") << QByteArray("GET") << QByteArray("/api/v1/runs?before=x")
        << QByteArray() << 400 << bad << u"before"_qs << QString();
    QTest::newRow("runs: unknown parameter") << QByteArray("GET") << QByteArray("/api/v1/runs?stat=failed")
        << QByteArray() << 400 << bad << u"stat"_qs << QString();
    // cron
    QTest::newRow("cron: no expr") << QByteArray("GET") << QByteArray("/api/v1/cron/next")
        << QByteArray() << 400 << bad << u"expr"_qs << QString();
    QTest::newRow("cron: bad expr") << QByteArray("GET") << QByteArray("/api/v1/cron/next?expr=0%200%2032%20*%20*")
        << QByteArray() << 400 << bad << u"day-of-month"_qs << u"32"_qs;
    QTest::newRow("cron: bad zone") << QByteArray("GET") << QByteArray("/api/v1/cron/next?expr=@daily&tz=Mars/Base")
        << QByteArray() << 400 << bad << u"tz"_qs << u"unknown time zone 'Mars/Base'"_qs;
    QTest::newRow("cron: bad count") << QByteArray("GET") << QByteArray("/api/v1/cron/next?expr=@daily&count=0")
        << QByteArray() << 400 << bad << u"count"_qs << QString();
    QTest::newRow("cron: bad from") << QByteArray("GET") << QByteArray("/api/v1/cron/next?expr=@daily&from=soon")
        << QByteArray() << 400 << bad << u"from"_qs << QString();
    // routes and methods
    QTest::newRow("unknown route") << QByteArray("GET") << QByteArray("/api/v2/jobs")
        << QByteArray() << 404 << notFound << QString() << QString();
    QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/api/v1/jobs/")
        << QByteArray() << 404 << notFound << QString() << QString();
    QTest::newRow("wrong method on jobs") << QByteArray("DELETE") << QByteArray("/api/v1/jobs")
        << QByteArray() << 405 << bad << u"method"_qs << u"GET, POST"_qs;
    QTest::newRow("wrong method on a job") << QByteArray("PATCH") << QByteArray("/api/v1/jobs/x")
        << QByteArray(R"({"command": "true"})") << 405 << bad << u"method"_qs << QString();
    QTest::newRow("wrong method on run") << QByteArray("GET") << QByteArray("/api/v1/jobs/x/run")
        << QByteArray() << 405 << bad << u"method"_qs << u"POST"_qs;
}

void tst_ApiServer::badInput()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    const QByteArray before = snapshot();
    const HttpReply reply = request(verb, path, body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type").constData());
    // One shape everywhere: {"error": {"code", "field", "message"}}.
    QCOMPARE(reply.json.keys(), QStringList{u"error"_qs});
    QCOMPARE(reply.errorCode(), code);
    if (!field.isEmpty())
        QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.errorMessage().isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(reply.errorMessage().contains(messagePart), qPrintable(reply.errorMessage()));
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());
    QCOMPARE(snapshot(), before);
}

void tst_ApiServer::oversizedBody()
{
    const QByteArray before = snapshot();
    QByteArray body = R"({"name": "big", "command": "true", "description": ")";
    body += QByteArray(ApiServer::MaxBodySize, 'x') + "\"}";
    const HttpReply reply = request("POST", "/api/v1/jobs", body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"invalid_argument"_qs);
    QCOMPARE(reply.errorField(), u"body"_qs);
    QCOMPARE(snapshot(), before);

    // Just under the limit is read (and refused for its content only).
    QByteArray fits = R"({"name": "big", "command": "true", "colour": ")";
    fits += QByteArray(ApiServer::MaxBodySize - fits.size() - 2, 'x') + "\"}";
    QCOMPARE(fits.size(), ApiServer::MaxBodySize);
    QCOMPARE(request("POST", "/api/v1/jobs", fits).status, 400);
}

void tst_ApiServer::routeTable()
{
    // Every route in the table answers (not 404/405) with the token; the table is the API.
    QSet<QString> seen;
    for (const ApiRoute &route : apiRoutes()) {
        const QString key = QString::fromLatin1(route.method) + u' ' + route.pattern;
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        const ApiRouteMatch match = matchApiRoute(route.method, route.pattern.toUtf8());
        QVERIFY(match.route == &route);
    }
    const ApiRouteMatch encoded = matchApiRoute("GET", "/api/v1/jobs/a%20b");
    QVERIFY(encoded.route);
    QCOMPARE(encoded.params.value(u"name"_qs), u"a b"_qs);
    const ApiRouteMatch wrongMethod = matchApiRoute("PUT", "/api/v1/runs/3");
    QVERIFY(!wrongMethod.route);
    QCOMPARE(wrongMethod.allowedMethods, QByteArrayList{"GET"});
}

void tst_ApiServer::listenOnBusyPort()
{
    ApiServer second(m_core.get(), m_token);
    const Result<quint16> port = second.listen(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(!port.isOk());
    QCOMPARE(port.error().code, u"unavailable"_qs);
    QVERIFY2(port.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort())),
             qPrintable(port.error().message));
    QVERIFY(!second.isListening());
    QVERIFY(second.url().isEmpty());
}

void tst_ApiServer::accessToken()
{
    QTemporaryDir dir;
    const Result<QString> first = AccessToken::loadOrCreateToken(dir.path());
    QVERIFY(first.isOk());
    QCOMPARE(first.value().size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_qs).match(first.value()).hasMatch());
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(AccessToken::tokenPath(dir.path())).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    // Created once and kept.
    QCOMPARE(AccessToken::loadOrCreateToken(dir.path()).value(), first.value());
    QCOMPARE(AccessToken::loadToken(dir.path()).value(), first.value());

    QTemporaryDir other;
    QVERIFY(AccessToken::loadOrCreateToken(other.path()).value() != first.value());
    QCOMPARE(AccessToken::loadToken(QDir(other.path()).filePath(u"none"_qs)).error().code, u"not_found"_qs);

    QVERIFY(AccessToken::tokensEqual("abc", "abc"));
    QVERIFY(!AccessToken::tokensEqual("abc", "abd"));
    QVERIFY(!AccessToken::tokensEqual("abc", "abcd"));
    QVERIFY(!AccessToken::tokensEqual("", "a"));
}

void tst_ApiServer::serverInfo()
{
    QTemporaryDir dir;
    QCOMPARE(ServerInfo::read(dir.path()).error().code, u"not_found"_qs);
    const ServerInfo info{QUrl(u"http://127.0.0.1:8611"_qs), QCoreApplication::applicationPid()};
    QVERIFY(info.write(dir.path()).isOk());
    const Result<ServerInfo> read = ServerInfo::read(dir.path());
    QVERIFY(read.isOk());
    QCOMPARE(read.value(), info);
    QVERIFY(read.value().isProcessAlive());
    QVERIFY(ServerInfo::remove(dir.path()));
    QVERIFY(!QFile::exists(ServerInfo::filePath(dir.path())));
    QVERIFY(ServerInfo::remove(dir.path()));

    QFile bad(ServerInfo::filePath(dir.path()));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{]");
    bad.close();
    QCOMPARE(ServerInfo::read(dir.path()).error().code, u"invalid_argument"_qs);
}

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
