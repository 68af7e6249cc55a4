#pragma once
// The request a spare takt-supervisor waits for: ProcessExecutor keeps one supervisor started
// ahead of time (`takt-supervisor --spare PADDING`), so starting a run costs a write, not an exec.
// Shared by the supervisor (plain C++) and ProcessExecutor (Qt); constants and format only.
//
// On the spare's standard input (one end of a socketpair) the engine writes, once:
//     "TKS1" | uint32 payload length (host order) | payload
// (the magic names the format: a changed format gets a new one, so a supervisor binary
// replaced under a running engine refuses a request it would misread: exit code 2).
// and the payload is NUL-terminated fields, in this order:
//     attemptDir, workDir ("" = keep the spare's), timeoutMs, graceMs, argc, argv[0..argc),
//     then the command's environment, "K=V" each, up to the end.
// An incomplete request (the engine died or gave up while writing) ends the spare without
// starting anything. Once the request is read, the spare writes "--dir ATTEMPT_DIR -- COMMAND"
// over PADDING, so /proc/<pid>/cmdline looks like a supervisor started with those arguments
// (that is how an engine finds the supervisor of an attempt whose pid it never stored).

#include <cstdint>

namespace TaktSupervisor {

inline constexpr char SpareOption[] = "--spare";
inline constexpr char SpareMagic[4] = {'T', 'K', 'S', '1'};
inline constexpr std::uint32_t SpareMaxPayload = 16u << 20;
/// Bytes of command line the spare can rewrite; an attempt directory longer than
/// SparePadding - 16 is started the ordinary way.
inline constexpr int SparePadding = 2048;

} // namespace TaktSupervisor
