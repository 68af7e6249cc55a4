#include "engineapi.h"

#include <engine/core/tr.h>

namespace Takt {

EngineApi::~EngineApi() = default;

QFuture<Result<QList<NodeInfo>>> EngineApi::nodes()
{
    return QtFuture::makeReadyFuture(Result<QList<NodeInfo>>(
        makeError(ErrorCode::NotFound, u"cluster"_qs, Tr::tr("this engine is not part of a cluster"))));
}

} // namespace Takt
