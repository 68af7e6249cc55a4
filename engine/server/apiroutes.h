#pragma once
// The HTTP API's route table: every method and path the server answers, in one place, with
// each route's reference (parameters, bodies, examples), so that the dispatcher, the 404/405
// answers, the accepted query parameters and the OpenAPI document (openapi.h) agree.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Takt {

struct ApiRoute
{
    /// What the server does for the route; ApiServer dispatches on it.
    enum class Action {
        Health,
        ListJobs,
        CreateJob,
        ApplyJob,
        GetJob,
        DeleteJob,
        PauseJob,
        ResumeJob,
        RunJob,
        ListRuns,
        GetRun,
        ListAttempts,
        CancelRun,
        ReadLog,
        CronNext,
        Events,
        ListTokens,
        CreateToken,
        RevokeToken,
        OpenApi,
        BackfillJob,
        ListTaskRuns,
        GetWorkflowRun,
        RerunWorkflow,
        ListNodes,
    };

    Action action;
    QByteArray method;    ///< "GET", "POST", "PUT", "DELETE"
    QString pattern;      ///< "/api/v1/jobs/{name}": a {param} matches one path segment
    int successStatus;    ///< 200, 201, 204, or 101 for the events socket
    bool needsToken;      ///< false only for the health check
    QString summary;      ///< one line for the API reference
};

/// All routes, in the order the API reference lists them.
const QList<ApiRoute> &apiRoutes();

/// A query parameter a route accepts.
struct ApiParameter
{
    QString name;
    QString description;
    QString example;       ///< a valid value, used by the API test
};

/// The reference of one route, for the OpenAPI document. Every route needs one: a route
/// without it is missing from the document, and tst_openapi fails naming it.
struct ApiRouteDoc
{
    QList<ApiParameter> query;            ///< the only query parameters accepted (others: 400)
    QHash<QString, QString> pathExamples; ///< {param} -> a valid value
    QString requestSchema;                ///< name in apiSchemas() of the JSON body; empty = none
    QJsonObject requestExample;
    QString responseSchema;               ///< of the success answer; empty = no body (204, 101)
    bool binaryResponse = false;          ///< application/octet-stream instead of JSON
    bool clusterOnly = false;             ///< answers 404 (field "cluster") outside a cluster
};

/// Nothing when the route has no reference yet.
std::optional<ApiRouteDoc> apiRouteDoc(ApiRoute::Action action);

/// JSON Schemas of the bodies, by name ("Job", "Run", "Error"…), as OpenAPI components.
const QJsonObject &apiSchemas();

/// The result of looking up a request's method and path.
struct ApiRouteMatch
{
    const ApiRoute *route = nullptr;    ///< null: no route for this method and path
    QHash<QString, QString> params;     ///< percent-decoded path parameters
    QByteArrayList allowedMethods;      ///< when only the method is wrong: the ones the path has
};

/// `path` as sent (percent-encoded); each segment is decoded after splitting, so an encoded
/// '/' stays inside its parameter. A trailing '/' does not match.
ApiRouteMatch matchApiRoute(const QByteArray &method, const QByteArray &encodedPath);

} // namespace Takt
