#include "engineapi.h"

#include <engine/api/logfollower.h>
#include <engine/core/tr.h>

namespace Takt {

EngineApi::~EngineApi() = default;

LogFollower *EngineApi::followLog(RunId id, int attempt, qint64 offset, QObject *parent)
{
    return new PollingLogFollower(this, id, attempt, offset, parent);
}

namespace {
template<typename T>
QFuture<Result<T>> unsupported()
{
    return QtFuture::makeReadyFuture(Result<T>(
        makeError(ErrorCode::Unavailable, {}, Tr::tr("this engine does not run workflows"))));
}
} // namespace

QFuture<Result<RunRecord>> EngineApi::runJobNow(const QString &, const QMap<QString, QString> &)
{
    return unsupported<RunRecord>();
}

QFuture<Result<QList<RunRecord>>> EngineApi::taskRuns(RunId)
{
    return unsupported<QList<RunRecord>>();
}

QFuture<Result<WorkflowRunDetail>> EngineApi::workflowRun(RunId)
{
    return unsupported<WorkflowRunDetail>();
}

QFuture<Result<RunRecord>> EngineApi::rerunWorkflow(RunId, const QString &)
{
    return unsupported<RunRecord>();
}

QFuture<Result<BackfillResult>> EngineApi::backfill(const QString &, qint64, qint64, int)
{
    return unsupported<BackfillResult>();
}

QFuture<Result<QList<NodeInfo>>> EngineApi::nodes()
{
    return QtFuture::makeReadyFuture(Result<QList<NodeInfo>>(
        makeError(ErrorCode::NotFound, u"cluster"_qs, Tr::tr("this engine is not part of a cluster"))));
}

} // namespace Takt
