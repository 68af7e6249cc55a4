#include "engineapi.h"

#include <engine/api/logfollower.h>

namespace Takt {

EngineApi::~EngineApi() = default;

LogFollower *EngineApi::followLog(RunId id, int attempt, qint64 offset, QObject *parent)
{
    return new PollingLogFollower(this, id, attempt, offset, parent);
}

} // namespace Takt
