// The OpenAPI document of a real `takt serve` against the server itself: the route table and
// the document list the same routes, and every operation in the document, called with its
// documented examples, answers its documented status with the documented top-level
// properties. A route added without its reference (apiroutes.cpp, apiRouteDoc) fails here.

#include "serveprocess.h"

#include <engine/server/apiroutes.h>

#include <QUrlQuery>

using namespace TestServer;
using namespace Takt;

namespace {

struct Operation
{
    QString path;
    QString method;   ///< lower case, as in the document
    QJsonObject spec;
};

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentIsOpenApi3();
    void routeTableAndDocumentAgree();
    void everyOperationAnswersAsDocumented();
    void errorsShareOneShape();

private:
    /// Follows a "$ref" into components/schemas.
    QJsonObject resolve(const QJsonObject &schema) const;
    /// Empty when `body` has every required property of `schema`; else what is missing.
    QString missingProperties(const QJsonObject &schema, const QJsonObject &body) const;

    ServeProcess m_serve;
    QJsonObject m_document;
};

void tst_OpenApi::initTestCase()
{
    QVERIFY(m_serve.start());
    // What the examples refer to: job "nightly" with run 1 (still running, so it can be
    // cancelled), and token "ci".
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"nightly"_qs}, {u"command"_qs, u"sleep 30"_qs}}).status, 201);
    const HttpReply run = m_serve.request("POST", u"/api/v1/jobs/nightly/run"_qs);
    QCOMPARE(run.status, 201);
    QCOMPARE(run.json[u"id"].toInteger(), 1);
    QCOMPARE(m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"ci"_qs}}).status, 201);
    // The workflow examples: "flow" with its ended run 2, and "hourly" to backfill.
    const QJsonObject flow = QJsonDocument::fromJson(R"({"name": "flow", "workflow": {
        "tasks": [{"name": "first", "command": "true"}, {"name": "second", "command": "true"}],
        "edges": [{"from": "first", "to": "second"}]}})").object();
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, flow).status, 201);
    const HttpReply flowRun = m_serve.request("POST", u"/api/v1/jobs/flow/run"_qs);
    QCOMPARE(flowRun.status, 201);
    QCOMPARE(flowRun.json[u"id"].toInteger(), 2);
    QVERIFY(!m_serve.waitForFinalRun(2).isEmpty());
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"hourly"_qs}, {u"command"_qs, u"true"_qs}, {u"schedule"_qs, u"0 * * * *"_qs}}).status, 201);

    const HttpReply doc = m_serve.request("GET", u"/api/v1/openapi.json"_qs, {}, ""); // needs no token
    QCOMPARE(doc.status, 200);
    m_document = doc.json;
}

void tst_OpenApi::documentIsOpenApi3()
{
    QVERIFY(m_document[u"openapi"].toString().startsWith(u"3."));
    QCOMPARE(m_document[u"info"][u"title"].toString(), u"Takt API"_qs);
    QVERIFY(!m_document[u"info"][u"version"].toString().isEmpty());
    QVERIFY(m_document[u"components"][u"schemas"][u"Error"].isObject());
    // Every $ref points at a schema that exists.
    const QByteArray text = QJsonDocument(m_document).toJson(QJsonDocument::Compact);
    static const QRegularExpression refs(u"\"\\$ref\":\"#/components/schemas/([A-Za-z]+)\""_qs);
    int count = 0;
    for (auto it = refs.globalMatch(QString::fromUtf8(text)); it.hasNext(); ++count) {
        const QString name = it.next().captured(1);
        QVERIFY2(m_document[u"components"][u"schemas"][name].isObject(), qPrintable(name));
    }
    QVERIFY(count > 10);
}

void tst_OpenApi::routeTableAndDocumentAgree()
{
    QSet<QString> table;
    for (const ApiRoute &route : apiRoutes())
        table.insert(QString::fromLatin1(route.method).toLower() + u' ' + route.pattern);
    QSet<QString> documented;
    const QJsonObject paths = m_document[u"paths"].toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject methods = path.value().toObject();
        for (auto method = methods.begin(); method != methods.end(); ++method)
            documented.insert(method.key() + u' ' + path.key());
    }
    for (const QString &route : table) {
        QVERIFY2(documented.contains(route),
                 qPrintable(u"the route '%1' is in the route table but not in openapi.json: give it a reference "
                            "in engine/server/apiroutes.cpp (apiRouteDoc)"_qs.arg(route)));
    }
    for (const QString &route : documented)
        QVERIFY2(table.contains(route), qPrintable(u"openapi.json documents '%1', which the server does not have"_qs.arg(route)));
    QCOMPARE(documented.size(), apiRoutes().size());
}

QJsonObject tst_OpenApi::resolve(const QJsonObject &schema) const
{
    const QString ref = schema[u"$ref"].toString();
    if (ref.isEmpty())
        return schema;
    return m_document[u"components"][u"schemas"][ref.section(u'/', -1)].toObject();
}

QString tst_OpenApi::missingProperties(const QJsonObject &schema, const QJsonObject &body) const
{
    QStringList missing;
    const QJsonObject resolved = resolve(schema);
    for (const QJsonValue &name : resolved[u"required"].toArray()) {
        if (!body.contains(name.toString()))
            missing << name.toString();
    }
    // Nothing undocumented either, where the schema is closed.
    if (resolved[u"additionalProperties"] == QJsonValue(false)) {
        const QJsonObject properties = resolved[u"properties"].toObject();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!properties.contains(it.key()))
                missing << u"(undocumented) "_qs + it.key();
        }
    }
    return missing.join(u", ");
}

void tst_OpenApi::everyOperationAnswersAsDocumented()
{
    QList<Operation> operations;
    const QJsonObject paths = m_document[u"paths"].toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject methods = path.value().toObject();
        for (auto method = methods.begin(); method != methods.end(); ++method)
            operations.append({path.key(), method.key(), method.value().toObject()});
    }
    // Reads first, then changes, deletions last (they remove what the examples name).
    const auto rank = [](const Operation &op) {
        if (op.method == u"get")
            return 0;
        if (op.method == u"delete")
            return 2;
        return 1;
    };
    std::stable_sort(operations.begin(), operations.end(), [&](const Operation &a, const Operation &b) { return rank(a) < rank(b); });

    int called = 0;
    bool runsSettled = false;
    for (const Operation &op : operations) {
        if (op.method == u"delete" && !runsSettled) {
            // A job is deleted only once its runs have ended: cancel what is still running.
            const HttpReply runs = m_serve.request("GET", u"/api/v1/runs?job=nightly"_qs);
            for (const QJsonValue &run : runs.json[u"runs"].toArray()) {
                m_serve.request("POST", u"/api/v1/runs/%1/cancel"_qs.arg(run[u"id"].toInteger()));
                QVERIFY(!m_serve.waitForFinalRun(run[u"id"].toInteger()).isEmpty());
            }
            runsSettled = true;
        }
        QString path = op.path;
        QUrlQuery query;
        for (const QJsonValue &parameter : op.spec[u"parameters"].toArray()) {
            const QString name = parameter[u"name"].toString();
            const QString example = parameter[u"example"].toString();
            QVERIFY2(!example.isEmpty(), qPrintable(u"%1 %2: parameter '%3' has no example"_qs.arg(op.method, op.path, name)));
            if (parameter[u"in"].toString() == u"path")
                path.replace(u'{' + name + u'}', QString::fromLatin1(QUrl::toPercentEncoding(example)));
            else
                query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(example)));
        }
        QVERIFY2(!path.contains(u'{'), qPrintable(path));
        if (!query.isEmpty())
            path += u'?' + query.toString(QUrl::FullyEncoded);

        const QJsonObject responses = op.spec[u"responses"].toObject();
        QString success;
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            if (it.key().startsWith(u'2') || it.key() == u"101")
                success = it.key();
        }
        QVERIFY2(!success.isEmpty(), qPrintable(op.path));
        // Every operation documents the shared error answer.
        QVERIFY2(resolve(responses[u"400"][u"content"][u"application/json"][u"schema"].toObject())
                     == m_document[u"components"][u"schemas"][u"Error"].toObject(),
                 qPrintable(op.path));

        if (op.spec[u"x-websocket"].toBool()) {
            QCOMPARE(success, u"101"_qs);
            EventClient client;
            client.open(m_serve.url(), m_serve.token(), path);
            QVERIFY2(client.waitConnected(), qPrintable(path));
            QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"hello"_qs).isEmpty(), 20'000);
            ++called;
            continue;
        }

        const QJsonObject request = op.spec[u"requestBody"][u"content"][u"application/json"].toObject();
        QByteArray body;
        if (!request.isEmpty()) {
            QVERIFY2(request[u"example"].isObject(), qPrintable(u"%1 %2: the body has no example"_qs.arg(op.method, op.path)));
            body = QJsonDocument(request[u"example"].toObject()).toJson(QJsonDocument::Compact);
        }
        const HttpReply reply = m_serve.request(op.method.toUpper().toLatin1(), path, body);
        if (op.spec[u"x-cluster-only"].toBool()) {
            // This server is a single engine: the route answers its documented 404 (the
            // cluster tests call it on a cluster).
            QVERIFY2(reply.status == 404 && reply.json[u"error"][u"field"].toString() == u"cluster",
                     qPrintable(u"%1 %2 outside a cluster answered %3"_qs.arg(op.method.toUpper(), path).arg(reply.status)));
            ++called;
            continue;
        }
        QVERIFY2(QString::number(reply.status) == success,
                 qPrintable(u"%1 %2 answered %3, documented %4: %5"_qs.arg(op.method.toUpper(), path)
                                .arg(reply.status).arg(success, QString::fromUtf8(reply.body.left(300)))));
        const QJsonObject content = responses[success][u"content"].toObject();
        if (content.contains(u"application/json")) {
            QVERIFY2(!reply.json.isEmpty(), qPrintable(path));
            const QString missing = missingProperties(content[u"application/json"][u"schema"].toObject(), reply.json);
            QVERIFY2(missing.isEmpty(), qPrintable(u"%1 %2: %3"_qs.arg(op.method.toUpper(), path, missing)));
        } else if (content.contains(u"application/octet-stream")) {
            QVERIFY2(!reply.body.isEmpty() || reply.status == 200, qPrintable(path));
        } else {
            QVERIFY2(reply.body.isEmpty(), qPrintable(path + u": documented without a body"_qs));
        }
        ++called;
    }
    QCOMPARE(called, apiRoutes().size());
}

void tst_OpenApi::errorsShareOneShape()
{
    const QList<HttpReply> errors = {
        m_serve.request("GET", u"/api/v1/jobs"_qs, {}, ""),                          // 401
        m_serve.request("GET", u"/api/v1/jobs/none-such"_qs),                        // 404
        m_serve.request("POST", u"/api/v1/jobs"_qs, "{\"name\": 5}"),               // 400
        m_serve.request("PATCH", u"/api/v1/jobs"_qs),                                // 405
        m_serve.request("GET", u"/api/v1/runs?limit=x"_qs),                          // 400
    };
    for (const HttpReply &error : errors) {
        QVERIFY2(error.status >= 400, error.body.constData());
        QVERIFY2(missingProperties(m_document[u"components"][u"schemas"][u"Error"].toObject(), error.json).isEmpty(),
                 error.body.constData());
        QVERIFY(!error.errorCode().isEmpty());
        QVERIFY(!error.errorMessage().isEmpty());
        QVERIFY(error.json[u"error"].toObject().contains(u"field"));
    }
    QCOMPARE(errors[2].errorField(), u"name"_qs);
    QCOMPARE(errors[4].errorField(), u"limit"_qs);
}

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
