#pragma once
// Reads the status file takt-supervisor leaves in an attempt directory when the attempt ends.
//
// <attemptDir>/status, written atomically (status.tmp, then rename) just before the
// supervisor exits, as "key=value" lines in this order (readers ignore unknown keys):
//
//     state=succeeded|failed|timed_out|cancelled
//     exit_code=N        the command's exit code; -1 if it never ran or was killed by a signal
//     signal=N           the signal that ended it, 0 if none
//     started_at=MS      UTC epoch ms the command was started
//     finished_at=MS     UTC epoch ms it was seen to exit
//     cpu_ms=N           user + system CPU of the command and every descendant reaped
//     peak_rss_kb=N      the largest peak resident set among them
//     log_size=N         bytes in output.log, complete and synced when this file appears
//     pgid=N             the command's process group (= its pid); 0 if it never ran
//     reason=TEXT        for people, one line; empty on success
//
// When the file is missing, the supervisor's own exit code tells why (supervisor.h):
// 2 = bad arguments, 3 = the attempt directory could not be written.

#include <engine/executor/processexecutor.h>

#include <QString>

#include <optional>

namespace Takt {

inline constexpr char AttemptLogFileName[] = "output.log";
inline constexpr char AttemptStatusFileName[] = "status";

/// The outcome recorded in `attemptDir`/status; nothing if the file is missing or has no
/// valid state. A default-constructed field stays at AttemptOutcome's default.
std::optional<AttemptOutcome> readStatusFile(const QString &attemptDir);

} // namespace Takt
