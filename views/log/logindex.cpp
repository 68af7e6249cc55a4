#include "logindex.h"

#include <algorithm>
#include <cstring>

namespace Takt {

LogIndex::Extension LogIndex::scan(QByteArrayView piece, qint64 offset, qint64 firstLine, bool last)
{
    Extension out;
    const char *const begin = piece.data();
    const char *const end = begin + piece.size();
    const char *p = begin;
    qint64 line = firstLine;
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!newline)
            break;
        p = newline + 1;
        ++line;
        if (line % LinesPerBlock == 0)
            out.checkpoints.push_back(offset + (p - begin));
    }
    if (last && p < end) {
        // The unterminated last line of an ended log. Its start is already a checkpoint when
        // it opens a block; the entry after it keeps the "one entry past the end" rule.
        ++line;
        if (line % LinesPerBlock == 0)
            out.checkpoints.push_back(offset + piece.size());
    }
    out.lines = line - firstLine;
    out.end = offset + (last ? piece.size() : p - begin);
    out.sealed = last;
    return out;
}

void LogIndex::extend(const Extension &extension)
{
    m_checkpoints.insert(m_checkpoints.end(), extension.checkpoints.begin(), extension.checkpoints.end());
    m_lineCount += extension.lines;
    m_end = std::max(m_end, extension.end);
    m_sealed = m_sealed || extension.sealed;
}

void LogIndex::clear()
{
    *this = LogIndex();
}

qint64 LogIndex::blockEnd(qint64 block) const
{
    return size_t(block + 1) < m_checkpoints.size() ? m_checkpoints[size_t(block + 1)] : m_end;
}

int LogIndex::blockLineCount(qint64 block) const
{
    return int(std::min<qint64>(LinesPerBlock, m_lineCount - block * LinesPerBlock));
}

} // namespace Takt
