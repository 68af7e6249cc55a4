#include "decodedline.h"

#include <engine/executor/logformat.h>

namespace Takt {

LogRecordView splitLogRecord(QByteArrayView record)
{
    LogRecordView out;
    // parseLogLine on the prefix alone validates the time and the stream letter without
    // copying the text.
    const std::optional<LogLine> prefix = record.size() >= LogLinePrefixLength - 1
        ? parseLogLine(record.first(std::min<qsizetype>(record.size(), LogLinePrefixLength)))
        : std::nullopt;
    if (prefix) {
        out.hasTime = true;
        out.timeMs = prefix->timeMs;
        out.stream = prefix->stream;
        out.text = record.size() > LogLinePrefixLength ? record.sliced(LogLinePrefixLength) : QByteArrayView();
    } else {
        out.text = record;
    }
    if (out.text.size() > MaxLineBytes)
        out.text = out.text.first(MaxLineBytes);
    return out;
}

qsizetype DecodedLine::memoryCost() const
{
    return qsizetype(sizeof(DecodedLine)) + text.text.size() * 2 + text.spans.size() * qsizetype(sizeof(AnsiSpan)) + 32;
}

DecodedLine decodeLogLine(QByteArrayView record)
{
    const LogRecordView view = splitLogRecord(record);
    DecodedLine line;
    line.hasTime = view.hasTime;
    line.timeMs = view.timeMs;
    line.stream = view.stream;
    if (AnsiParser::isPlainAscii(view.text))
        line.text.text = QString::fromLatin1(view.text);
    else
        line.text = AnsiParser::parse(view.text);
    return line;
}

} // namespace Takt
