#include "engineapi.h"

namespace Takt {

EngineApi::~EngineApi() = default;

} // namespace Takt
