#pragma once
// Small POSIX helpers for takt-supervisor, which has no Qt and no iostream on purpose:
// it is linked statically and must start fast and stay small.

#include <string>

namespace TaktSupervisor {

long long realtimeMs();   ///< CLOCK_REALTIME, epoch ms: what the log and status file record
long long monotonicMs();  ///< CLOCK_MONOTONIC ms: deadlines, immune to clock changes

/// Writes all of [data, data+size), retrying on EINTR and short writes.
bool writeAll(int fd, const char *data, size_t size);
inline bool writeAll(int fd, const std::string &s) { return writeAll(fd, s.data(), s.size()); }

/// strerror() text for `err` ("No such file or directory"); always English: no setlocale().
std::string errnoText(int err);

/// 90000 -> "1m30s", 250 -> "250ms", 0 -> "0s"; the same form as Takt::formatDuration().
std::string formatDuration(long long ms);

/// The argv as a shell would need it typed: words with special characters single-quoted.
std::string joinCommand(char *const argv[]);

/// Writes "2026-11-24T21:22:03.123Z" (24 chars, no terminator) for an epoch ms.
void formatUtcStamp(long long ms, char out[24]);

/// mkdir -p; true if `dir` exists as a directory afterwards. errno is set on failure.
bool makePath(const std::string &dir);

} // namespace TaktSupervisor
