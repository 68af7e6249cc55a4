#include "logscommand.h"

#include "clitr.h"
#include "commandline.h"
#include "console.h"
#include "engineconnection.h"
#include "logstream.h"
#include "runscommand.h"

#include <engine/executor/logformat.h>

#include <QDateTime>

#include <cstdio>

namespace Takt::Cli {

namespace {

constexpr qint64 ChunkSize = 1024 * 1024;

/// Turns log records (executor/logformat.h) into what the user asked to see.
class LogPrinter
{
public:
    explicit LogPrinter(bool timestamps) : m_timestamps(timestamps) {}

    void add(const QByteArray &data)
    {
        m_pending += data;
        qsizetype start = 0;
        for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', start)) {
            printRecord(QByteArrayView(m_pending).sliced(start, nl - start));
            start = nl + 1;
        }
        m_pending.remove(0, start);
    }

    /// A record still being written when the log was read.
    void finish()
    {
        if (!m_pending.isEmpty())
            printRecord(m_pending);
        m_pending.clear();
    }

private:
    void printRecord(QByteArrayView record)
    {
        const std::optional<LogLine> line = parseLogLine(record);
        if (!line) {
            // Not a record (a damaged file): show it rather than hide it.
            printOutBytes(record.toByteArray() + '\n');
            return;
        }
        if (!m_timestamps) {
            // The command's output only; Takt's own notes ('T') need --timestamps.
            if (line->stream != 'T')
                printOutBytes(line->text + '\n');
            return;
        }
        const QString time = QDateTime::fromMSecsSinceEpoch(line->timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        const QString stream = line->stream == 'O' ? QStringLiteral("out ")
                             : line->stream == 'E' ? QStringLiteral("err ")
                                                   : QStringLiteral("takt");
        printOutBytes((time + u' ' + stream + u' ').toUtf8() + line->text + '\n');
    }

    bool m_timestamps;
    QByteArray m_pending;
};

} // namespace

int runLogsCommand(const QStringList &args)
{
    CommandLine cl(QStringLiteral("logs"), Tr::tr("ID [options]"),
                   Tr::tr("Prints the output of a run (its latest attempt unless --attempt): the text of each "
                          "line, stdout and stderr in the order they were written."));
    cl.addOption({QStringLiteral("attempt"), Tr::tr("Which attempt (1 = the first)."), Tr::tr("n")});
    cl.addOption({QStringLiteral("timestamps"),
                  Tr::tr("Prefix each line with its local time and stream (out, err, or takt for Takt's own notes).")});
    cl.addOption({QStringLiteral("raw"), Tr::tr("Print the log file as stored.")});
    cl.addOption({{QStringLiteral("f"), QStringLiteral("follow")},
                  Tr::tr("Keep printing as the run writes, through its retries, until it ends; exit with the run's "
                         "exit status (128 + n after signal n, 1 when it failed without one).")});
    cl.addEngineOptions();
    if (const auto done = cl.parse(args, 1, 1))
        return *done;
    const Result<qint64> parsed = parseRunId(cl.positional().first());
    if (!parsed)
        return cl.fail(parsed.error());
    const RunId id = parsed.value();
    int attempt = 0;
    if (cl.isSet(QStringLiteral("attempt"))) {
        bool ok = false;
        attempt = cl.value(QStringLiteral("attempt")).toInt(&ok);
        if (!ok || attempt < 1)
            return cl.fail(Tr::tr("attempt: '%1' is not an attempt number").arg(cl.value(QStringLiteral("attempt"))));
    }
    const bool raw = cl.isSet(QStringLiteral("raw"));

    LogPrinter printer(cl.isSet(QStringLiteral("timestamps")));
    if (cl.isSet(QStringLiteral("follow"))) {
        const Result<EngineAddress> address = resolveEngine(cl);
        if (!address)
            return cl.fail(address.error());
        LogStream stream(address.value(), id, attempt, [&](const QByteArray &data) {
            if (raw)
                printOutBytes(data);
            else
                printer.add(data);
            std::fflush(stdout); // live: a reader on a pipe sees each chunk as it comes
        });
        const Result<int> status = stream.exec();
        printer.finish();
        if (!status)
            return cl.fail(status.error());
        return status.value();
    }

    Result<std::unique_ptr<RemoteEngine>> engine = connectToEngine(cl);
    if (!engine)
        return cl.fail(engine.error());

    qint64 offset = 0;
    for (;;) {
        const Result<LogChunk> chunk = waitFor(engine.value()->readLog(id, attempt, offset, ChunkSize));
        if (!chunk)
            return cl.fail(chunk.error());
        const QByteArray &data = chunk.value().data;
        if (raw)
            printOutBytes(data);
        else
            printer.add(data);
        offset = chunk.value().offset + data.size();
        if (data.isEmpty() || offset >= chunk.value().size)
            break;
    }
    printer.finish();
    return ExitOk;
}

} // namespace Takt::Cli
