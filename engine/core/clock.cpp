#include "clock.h"

#include <QDateTime>

namespace Takt {

Clock::~Clock() = default;

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Takt
