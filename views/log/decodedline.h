#pragma once
// DecodedLine: one record of an attempt's log as the viewer shows it (time, stream, styled
// text), and splitLogRecord(), the allocation-free split that display and search share so
// that both see the same text.

#include "ansiparser.h"

#include <QByteArrayView>

namespace Takt {

/// Text beyond this many bytes of one line is neither shown nor searched. takt-supervisor
/// splits lines at 64 KiB, so only logs written by other programs reach it.
inline constexpr qsizetype MaxLineBytes = 1 << 20;

/// A record split in place. `text` points into the record it was made from.
struct LogRecordView
{
    bool hasTime = false; ///< false: the line is not in the log format; `text` is all of it
    qint64 timeMs = 0;    ///< UTC epoch ms
    char stream = 'O';    ///< 'O' stdout, 'E' stderr, 'T' Takt
    QByteArrayView text;
};

/// Splits one record given without its '\n'. A line that is not in the log format is
/// shown as stdout text without a time. Cheap: no allocation.
LogRecordView splitLogRecord(QByteArrayView record);

/// One line ready to draw.
struct DecodedLine
{
    qint64 timeMs = 0;
    bool hasTime = false;
    char stream = 'O';
    AnsiText text;

    /// Roughly the bytes this line holds, for the block cache's budget.
    qsizetype memoryCost() const;
};

DecodedLine decodeLogLine(QByteArrayView record);

} // namespace Takt
