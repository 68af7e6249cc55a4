#include "procstat.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Takt::Internal {

QList<qint64> processIds()
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid && pid > 0)
            pids.append(pid);
    }
    return pids;
}

std::optional<ProcStat> readProcStat(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    // Plain read(2), not QFile: this runs for every launch and is one small read.
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/stat";
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    char buffer[1024];
    ssize_t n;
    do {
        n = ::read(fd, buffer, sizeof buffer - 1);
    } while (n < 0 && errno == EINTR);
    ::close(fd);
    if (n <= 0)
        return std::nullopt;

    // "pid (comm) S ppid …": comm may hold spaces and ')', so fields count from the last ')'.
    const QByteArray text(buffer, n);
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
    if (fields.size() < 20 || fields[0].isEmpty())
        return std::nullopt;
    bool ok = false;
    ProcStat stat;
    stat.state = fields[0].at(0);
    stat.parentPid = fields[1].toLongLong();
    stat.startTime = fields[19].toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return stat;
}

QByteArrayList readProcCmdline(qint64 pid)
{
    if (pid <= 0)
        return {};
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    if (data.isEmpty())
        return {};
    if (data.endsWith('\0'))
        data.chop(1);
    return data.split('\0');
}

} // namespace Takt::Internal
