#include "logsource.h"

namespace Takt {

LogSource::~LogSource() = default;

void LogSource::reportSize(qint64 size, bool finished)
{
    const bool changed = size > m_size || (finished && !m_finished);
    m_size = std::max(m_size, size);
    m_finished = m_finished || finished;
    if (changed)
        Q_EMIT grown(m_size, m_finished);
}

} // namespace Takt
