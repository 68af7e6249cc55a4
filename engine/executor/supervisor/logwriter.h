#pragma once
// Turns the bytes of the child's stdout and stderr into stamped records of the log format
// (engine/executor/logformat.h) and appends them to output.log; also writes Takt's own notes.

#include <string>

namespace TaktSupervisor {

class LogWriter
{
public:
    static constexpr size_t MaxText = 64 * 1024; ///< longer lines are split (logformat.h)

    explicit LogWriter(int fd) : m_fd(fd) {}

    /// Bytes read from the child's stdout ('O') or stderr ('E') at `nowMs`. A line is stamped
    /// with the arrival time of its first byte.
    void append(char stream, const char *data, size_t size, long long nowMs);
    /// The stream reached EOF: its unterminated last line, if any, becomes a record.
    void finishStream(char stream);
    /// A 'T' record (Takt's own message) at `timeMs`.
    void note(const std::string &text, long long timeMs);

    /// Writes the buffered records. Called once per event-loop turn so the log grows
    /// live for followers, in whole records. False once a write failed (disk full…).
    bool flush();
    bool hasFailed() const { return m_failed; }
    /// The errno of the write that failed (ENOSPC for a full disk), 0 if none did.
    int failureErrno() const { return m_errno; }

private:
    struct Pending
    {
        std::string text;
        long long startMs = 0;
        bool open = false;
    };

    Pending &pending(char stream) { return stream == 'E' ? m_err : m_out; }
    void record(char stream, long long timeMs, const char *text, size_t size);
    void closeLine(char stream);

    int m_fd;
    Pending m_out;
    Pending m_err;
    std::string m_buffer;
    bool m_failed = false;
    int m_errno = 0;
};

} // namespace TaktSupervisor
