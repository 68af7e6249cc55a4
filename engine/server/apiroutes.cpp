#include "apiroutes.h"

#include <QUrl>

namespace Takt {

const QList<ApiRoute> &apiRoutes()
{
    using A = ApiRoute::Action;
    static const QList<ApiRoute> routes = {
        {A::Health, "GET", u"/healthz"_qs, 200, false, u"Liveness check and server version; needs no token"_qs},
        {A::ListJobs, "GET", u"/api/v1/jobs"_qs, 200, true, u"List all jobs, by name"_qs},
        {A::CreateJob, "POST", u"/api/v1/jobs"_qs, 201, true, u"Create a job from a job spec; 409 if the name is taken"_qs},
        {A::GetJob, "GET", u"/api/v1/jobs/{name}"_qs, 200, true, u"One job"_qs},
        {A::ApplyJob, "PUT", u"/api/v1/jobs/{name}"_qs, 200, true, u"Create the job (201) or store a new version of its spec (200)"_qs},
        {A::DeleteJob, "DELETE", u"/api/v1/jobs/{name}"_qs, 204, true, u"Delete a job with its runs; 409 while it has unfinished runs"_qs},
        {A::PauseJob, "POST", u"/api/v1/jobs/{name}/pause"_qs, 200, true, u"Stop scheduling the job"_qs},
        {A::ResumeJob, "POST", u"/api/v1/jobs/{name}/resume"_qs, 200, true, u"Schedule the job again"_qs},
        {A::RunJob, "POST", u"/api/v1/jobs/{name}/run"_qs, 201, true, u"Start a run now (trigger manual)"_qs},
        {A::ListRuns, "GET", u"/api/v1/runs"_qs, 200, true, u"Runs newest first: ?job=&state=a,b&from=&to=&before=&limit="_qs},
        {A::GetRun, "GET", u"/api/v1/runs/{id}"_qs, 200, true, u"One run with its latest attempt"_qs},
        {A::ListAttempts, "GET", u"/api/v1/runs/{id}/attempts"_qs, 200, true, u"Every attempt of a run, first to last"_qs},
        {A::CancelRun, "POST", u"/api/v1/runs/{id}/cancel"_qs, 200, true, u"Cancel a run that has not ended; 409 if it has"_qs},
        {A::ReadLog, "GET", u"/api/v1/runs/{id}/log"_qs, 200, true, u"Raw bytes of an attempt's log: ?attempt=&offset=&max="_qs},
        {A::CronNext, "GET", u"/api/v1/cron/next"_qs, 200, true, u"Next fire times of a schedule: ?expr=&tz=&from=&count="_qs},
        {A::ListNodes, "GET", u"/api/v1/nodes"_qs, 200, true, u"The nodes of the cluster: labels, slots, heartbeat age, leader, running runs; 404 outside a cluster"_qs},
    };
    return routes;
}

ApiRouteMatch matchApiRoute(const QByteArray &method, const QByteArray &encodedPath)
{
    const QByteArrayList segments = encodedPath.split('/');
    ApiRouteMatch result;
    for (const ApiRoute &route : apiRoutes()) {
        const QStringList pattern = route.pattern.split(u'/');
        if (pattern.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            const QString &expected = pattern[i];
            if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
                const QString value = QUrl::fromPercentEncoding(segments[i]);
                matches = !value.isEmpty();
                params.insert(expected.mid(1, expected.size() - 2), value);
            } else {
                matches = expected == QLatin1StringView(segments[i]);
            }
        }
        if (!matches)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods << route.method;
    }
    return result;
}

} // namespace Takt
