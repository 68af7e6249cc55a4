#include "statusfile.h"

#include <QDir>
#include <QFile>

namespace Takt {

std::optional<AttemptOutcome> readStatusFile(const QString &attemptDir)
{
    QFile file(QDir(attemptDir).filePath(QLatin1String(AttemptStatusFileName)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A status file is a few hundred bytes; a bigger one is not ours.
    const QByteArray data = file.read(64 * 1024);

    AttemptOutcome outcome;
    bool hasState = false;
    for (const QByteArray &line : data.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.first(eq);
        const QByteArray value = line.sliced(eq + 1);
        const auto number = [&value](qint64 fallback) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            return ok ? n : fallback;
        };
        if (key == "state") {
            const std::optional<RunState> state = runStateFromName(QString::fromLatin1(value));
            if (state && (*state == RunState::Succeeded || *state == RunState::Failed
                          || *state == RunState::TimedOut || *state == RunState::Cancelled)) {
                outcome.state = *state;
                hasState = true;
            }
        } else if (key == "exit_code") {
            outcome.exitCode = int(number(-1));
        } else if (key == "signal") {
            outcome.signal = int(number(0));
        } else if (key == "started_at") {
            outcome.startedAt = number(0);
        } else if (key == "finished_at") {
            outcome.finishedAt = number(0);
        } else if (key == "cpu_ms") {
            outcome.cpuMs = number(0);
        } else if (key == "peak_rss_kb") {
            outcome.peakRssKb = number(0);
        } else if (key == "log_size") {
            outcome.logSize = number(0);
        } else if (key == "reason") {
            outcome.reason = QString::fromUtf8(value);
        }
    }
    if (!hasState)
        return std::nullopt;
    return outcome;
}

} // namespace Takt
