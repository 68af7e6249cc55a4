#include "logwriter.h"
#include "sysutil.h"

#include <cerrno>
#include <cstring>

namespace TaktSupervisor {

void LogWriter::append(char stream, const char *data, size_t size, long long nowMs)
{
    Pending &p = pending(stream);
    while (size > 0) {
        if (!p.open) {
            p.open = true;
            p.startMs = nowMs;
        }
        const char *newline = static_cast<const char *>(std::memchr(data, '\n', size));
        const size_t take = newline ? static_cast<size_t>(newline - data) : size;
        const size_t room = MaxText - p.text.size();
        if (take > room) {
            // An overlong line: cut it at the limit and go on with a new record.
            p.text.append(data, room);
            data += room;
            size -= room;
            closeLine(stream);
            continue;
        }
        p.text.append(data, take);
        data += take;
        size -= take;
        if (newline) {
            closeLine(stream);
            ++data;
            --size;
        }
    }
    // Keep memory bounded when the child writes faster than one turn of the loop.
    if (m_buffer.size() > 1024 * 1024)
        flush();
}

void LogWriter::finishStream(char stream)
{
    if (pending(stream).open)
        closeLine(stream);
}

void LogWriter::note(const std::string &text, long long timeMs)
{
    record('T', timeMs, text.data(), text.size());
}

void LogWriter::closeLine(char stream)
{
    Pending &p = pending(stream);
    record(stream, p.startMs, p.text.data(), p.text.size());
    p.text.clear();
    p.open = false;
}

void LogWriter::record(char stream, long long timeMs, const char *text, size_t size)
{
    char prefix[27];
    formatUtcStamp(timeMs, prefix);
    prefix[24] = ' ';
    prefix[25] = stream;
    prefix[26] = ' ';
    m_buffer.append(prefix, sizeof prefix);
    m_buffer.append(text, size);
    m_buffer += '\n';
}

bool LogWriter::flush()
{
    if (m_buffer.empty())
        return !m_failed;
    // After a failed write (disk full) the log is incomplete anyway; keep supervising the
    // child rather than giving up, and stop growing memory.
    if (!m_failed && !writeAll(m_fd, m_buffer)) {
        m_failed = true;
        m_errno = errno;
    }
    m_buffer.clear();
    return !m_failed;
}

} // namespace TaktSupervisor
