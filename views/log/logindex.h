#pragma once
// LogIndex: where the lines of a log start, kept compactly: one byte offset per block of
// LinesPerBlock lines. A line inside a block is found by reading and scanning that block.
// 1 GB of 100-byte lines needs about 1.3 MB. Built piece by piece, in order, as the log is read.

#include <QByteArrayView>

#include <vector>

namespace Takt {

class LogIndex final
{
public:
    static constexpr int LinesPerBlock = 64;

    /// What one piece of the log adds to the index. Made by scan() in any thread.
    struct Extension
    {
        qint64 lines = 0;                ///< lines the piece holds
        qint64 end = 0;                  ///< offset after the piece
        std::vector<qint64> checkpoints; ///< starts of the blocks that begin in the piece
        bool sealed = false;             ///< the piece ended the log
    };

    /// Scans `piece`, which starts at byte `offset` of the log with line number `firstLine`.
    /// The piece holds whole lines, each ending with '\n', except when `last` is set: then
    /// the log ends with it, and a final line without '\n' counts as a line.
    /// Thread-safe (no state); cost: one memchr per line.
    static Extension scan(QByteArrayView piece, qint64 offset, qint64 firstLine, bool last);

    /// Appends what scan() found for the piece that follows the lines indexed so far.
    void extend(const Extension &extension);
    void clear();

    /// The lines indexed so far: every line ended by '\n', and the unterminated last line
    /// once the log has ended.
    qint64 lineCount() const { return m_lineCount; }
    /// Offset after the last indexed line.
    qint64 end() const { return m_end; }
    /// True when the log has ended and all of it is indexed.
    bool isSealed() const { return m_sealed; }

    qint64 blockCount() const { return (m_lineCount + LinesPerBlock - 1) / LinesPerBlock; }
    static qint64 blockOf(qint64 line) { return line / LinesPerBlock; }
    /// Byte range [blockStart, blockEnd) of a block; valid for 0 <= block < blockCount().
    qint64 blockStart(qint64 block) const { return m_checkpoints[size_t(block)]; }
    qint64 blockEnd(qint64 block) const;
    /// LinesPerBlock, or fewer for the last block.
    int blockLineCount(qint64 block) const;

    /// The bytes the index holds.
    qint64 memoryUsage() const { return qint64(m_checkpoints.capacity() * sizeof(qint64)); }

private:
    // m_checkpoints[k] is the offset of line k * LinesPerBlock; there is always one entry
    // for the block after the last complete one (its start is the end of the lines so far).
    std::vector<qint64> m_checkpoints{0};
    qint64 m_lineCount = 0;
    qint64 m_end = 0;
    bool m_sealed = false;
};

} // namespace Takt
