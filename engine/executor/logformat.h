#pragma once
// The format of an attempt's output.log: what takt-supervisor writes and what the engine,
// the API and the consoles parse. One function pair per direction; no class state.
//
// Each line of the file is one line of the command's output (or one of Takt's own notes):
//
//     2026-11-24T21:22:03.123Z O text of the line
//     ^ 24 chars, UTC, ms, 'Z' ^ stream letter, then one space, then the text (no newline)
//
// Stream letters: 'O' = stdout, 'E' = stderr, 'T' = Takt's own messages (the supervisor's
// "started: …", "exited with code 3", "timed out after 30s", "cancelled", kill steps).
//
// Writer-side contract (takt-supervisor, engine/executor/supervisor/logwriter.cpp):
// - the time is when the line's first byte was read from the pipe (CLOCK_REALTIME), so
//   stdout and stderr lines are in arrival order, as precise as the pipes allow: bytes that
//   arrive on both pipes between two reads cannot be ordered, stdout is then written first;
// - the text is the raw bytes of the line without its '\n' (no re-encoding: it may be
//   invalid UTF-8, contain '\r' or NULs); an empty output line is written as "… O " with
//   the trailing space;
// - a line longer than 64 KiB is split into several lines of at most 64 KiB each;
// - a last line without a newline is written when its stream reaches end of file;
// - every record ends with '\n', and each write(2) carries whole records, so a reader that
//   follows the growing file sees at most one incomplete record, at the very end.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Takt {

/// One record of an attempt's log.
struct LogLine
{
    qint64 timeMs = 0;   ///< UTC epoch milliseconds
    char stream = 'O';   ///< 'O' stdout, 'E' stderr, 'T' Takt
    QByteArray text;     ///< without the newline

    friend bool operator==(const LogLine &, const LogLine &) = default;
};

/// Length of "2026-11-24T21:22:03.123Z O " (the text starts at this offset).
inline constexpr int LogLinePrefixLength = 27;
/// The longest text the supervisor writes in one record; longer lines are split.
inline constexpr int LogLineMaxText = 64 * 1024;

/// Parses one record given without its trailing '\n' (a trailing '\r' is part of the text).
/// Returns nothing if the timestamp, the stream letter or the separators are malformed.
/// "…Z O" without the space after the letter is accepted as an empty line.
std::optional<LogLine> parseLogLine(QByteArrayView line);

/// The record for `line`, ending with '\n'. The text is written as is: the caller must not
/// pass a newline in it (it would make two records).
QByteArray formatLogLine(const LogLine &line);

/// "2026-11-24T21:22:03.123Z" for a UTC epoch millisecond (years 0000-9999).
QByteArray formatLogTime(qint64 timeMs);

} // namespace Takt
