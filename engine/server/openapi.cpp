#include "openapi.h"

#include "apiroutes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Takt {

namespace {

QJsonObject schemaRef(const QString &name)
{
    return {{u"$ref"_qs, u"#/components/schemas/"_qs + name}};
}

QJsonObject jsonContent(const QString &schema, const QJsonObject &example = {})
{
    QJsonObject media{{u"schema"_qs, schemaRef(schema)}};
    if (!example.isEmpty())
        media.insert(u"example"_qs, example);
    return {{u"application/json"_qs, media}};
}

QJsonObject errorResponse(const QString &description)
{
    return {{u"description"_qs, description}, {u"content"_qs, jsonContent(u"Error"_qs)}};
}

QJsonObject operation(const ApiRoute &route, const ApiRouteDoc &doc)
{
    QJsonObject op{{u"summary"_qs, route.summary},
                   {u"operationId"_qs, QString::fromLatin1(route.method).toLower()
                                           + QString(route.pattern).replace(QRegularExpression(u"[^A-Za-z0-9]+"_qs), u"_"_qs)}};
    QJsonArray parameters;
    static const QRegularExpression param(u"\\{([^}]+)\\}"_qs);
    for (auto it = param.globalMatch(route.pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        parameters.append(QJsonObject{{u"name"_qs, name},
                                      {u"in"_qs, u"path"_qs},
                                      {u"required"_qs, true},
                                      {u"schema"_qs, QJsonObject{{u"type"_qs, u"string"_qs}}},
                                      {u"example"_qs, doc.pathExamples.value(name)}});
    }
    for (const ApiParameter &query : doc.query) {
        parameters.append(QJsonObject{{u"name"_qs, query.name},
                                      {u"in"_qs, u"query"_qs},
                                      {u"required"_qs, false},
                                      {u"description"_qs, query.description},
                                      {u"schema"_qs, QJsonObject{{u"type"_qs, u"string"_qs}}},
                                      {u"example"_qs, query.example}});
    }
    if (!parameters.isEmpty())
        op.insert(u"parameters"_qs, parameters);
    if (!doc.requestSchema.isEmpty())
        op.insert(u"requestBody"_qs, QJsonObject{{u"required"_qs, true},
                                                 {u"content"_qs, jsonContent(doc.requestSchema, doc.requestExample)}});

    QJsonObject success{{u"description"_qs, route.summary}};
    if (doc.binaryResponse) {
        success.insert(u"content"_qs, QJsonObject{{u"application/octet-stream"_qs,
                                                   QJsonObject{{u"schema"_qs, QJsonObject{{u"type"_qs, u"string"_qs},
                                                                                          {u"format"_qs, u"binary"_qs}}}}}});
    } else if (!doc.responseSchema.isEmpty()) {
        success.insert(u"content"_qs, jsonContent(doc.responseSchema));
    }
    QJsonObject responses{{QString::number(route.successStatus), success}};
    responses.insert(u"400"_qs, errorResponse(u"Bad input; error.field names it"_qs));
    if (route.needsToken) {
        responses.insert(u"401"_qs, errorResponse(u"No token, or not a valid one"_qs));
        if (route.method != "GET")
            responses.insert(u"403"_qs, errorResponse(u"A read-only token cannot change anything"_qs));
    }
    if (route.pattern.contains(u'{'))
        responses.insert(u"404"_qs, errorResponse(u"No such object"_qs));
    if (doc.clusterOnly) {
        responses.insert(u"404"_qs, errorResponse(u"This engine is not part of a cluster (error.field: cluster)"_qs));
        op.insert(u"x-cluster-only"_qs, true);
    }
    if (!doc.requestSchema.isEmpty())
        responses.insert(u"413"_qs, errorResponse(u"The body is larger than 1 MiB"_qs));
    op.insert(u"responses"_qs, responses);
    if (route.needsToken)
        op.insert(u"security"_qs, QJsonArray{QJsonObject{{u"bearer"_qs, QJsonArray()}}});
    else
        op.insert(u"security"_qs, QJsonArray());
    if (route.successStatus == 101)
        op.insert(u"x-websocket"_qs, true);
    return op;
}

} // namespace

QJsonObject openApiDocument(const QString &version)
{
    QJsonObject paths;
    for (const ApiRoute &route : apiRoutes()) {
        const std::optional<ApiRouteDoc> doc = apiRouteDoc(route.action);
        if (!doc)
            continue; // tst_openapi names the route
        QJsonObject path = paths.value(route.pattern).toObject();
        path.insert(QString::fromLatin1(route.method).toLower(), operation(route, *doc));
        paths.insert(route.pattern, path);
    }
    return {
        {u"openapi"_qs, u"3.0.3"_qs},
        {u"info"_qs, QJsonObject{{u"title"_qs, u"Takt API"_qs},
                                 {u"version"_qs, version},
                                 {u"description"_qs, u"Every error answers {\"error\": {\"code\", \"field\", \"message\"}}."_qs}}},
        {u"paths"_qs, paths},
        {u"components"_qs, QJsonObject{{u"schemas"_qs, apiSchemas()},
                                       {u"securitySchemes"_qs, QJsonObject{{u"bearer"_qs, QJsonObject{{u"type"_qs, u"http"_qs},
                                                                                                        {u"scheme"_qs, u"bearer"_qs}}}}}}},
    };
}

} // namespace Takt
