#pragma once
// Reads what the executor needs from /proc: the processes there, and from /proc/<pid>/stat the
// start time that tells a process from a later one that reused its pid, its parent, and
// whether it is already a zombie.

#include <QByteArrayList>
#include <QtGlobal>

#include <optional>

namespace Takt::Internal {

struct ProcStat
{
    qint64 startTime = 0; ///< field 22: clock ticks after boot; unique per pid across reuse
    char state = '?';     ///< field 3: 'R', 'S', 'Z' (zombie), 'X' (dead)…
    qint64 parentPid = 0; ///< field 4

    bool isDead() const { return state == 'Z' || state == 'X'; }
};

/// The pids of every process in /proc now (empty if /proc is not mounted).
QList<qint64> processIds();

/// Nothing if there is no such process (or /proc is not mounted).
std::optional<ProcStat> readProcStat(qint64 pid);

/// The arguments of a running process (/proc/<pid>/cmdline); empty if there is no such
/// process or it is a zombie.
QByteArrayList readProcCmdline(qint64 pid);

} // namespace Takt::Internal
