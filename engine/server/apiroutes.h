#pragma once
// The HTTP API's route table: every method and path the server answers, in one place, so
// that the dispatcher, the 404/405 answers and (later) the OpenAPI document agree.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
        ListNodes,
    };

    Action action;
    QByteArray method;    ///< "GET", "POST", "PUT", "DELETE"
    QString pattern;      ///< "/api/v1/jobs/{name}": a {param} matches one path segment
    int successStatus;    ///< 200, 201 or 204
    bool needsToken;      ///< false only for the health check
    QString summary;      ///< one line for the API reference
};

/// All routes, in the order the API reference lists them.
const QList<ApiRoute> &apiRoutes();

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
