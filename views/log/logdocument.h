#pragma once
// LogDocument: one log as the viewer sees it, without holding it: the line index built in
// the background, and an LRU cache of decoded blocks near what is being looked at. Lines
// are asked for by number; missing ones are fetched and announced by linesLoaded().

#include "decodedline.h"
#include "logindex.h"
#include "logsource.h"

#include <QCache>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace Takt {

class LineStreamer;

/// The decoded lines of one index block.
struct DecodedBlock
{
    qint64 block = 0;
    std::vector<DecodedLine> lines;
    qsizetype cost = 0;   ///< bytes, for the cache budget
    int maxColumns = 0;   ///< the longest line's length in characters
};

class LogDocument : public QObject
{
    Q_OBJECT
public:
    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    /// Shows `source` (the document takes ownership; nullptr shows nothing): forgets the
    /// old log and starts indexing the new one, following it while it grows.
    void setSource(LogSource *source);
    LogSource *source() const { return m_source; }

    const LogIndex &index() const { return m_index; }
    qint64 lineCount() const { return m_index.lineCount(); }
    /// The log's size as far as known (it may be ahead of the index).
    qint64 size() const;
    /// Reading the log to index it, not yet caught up with it.
    bool isIndexing() const;
    /// The log has ended and all of it is indexed.
    bool isComplete() const { return m_index.isSealed(); }
    /// Why the log could not be read; empty when all is well.
    QString errorString() const { return m_error; }

    /// Line `number` if it is decoded and cached, else nullptr (then prefetch() it). The
    /// pointer is valid until the next event is handled.
    const DecodedLine *line(qint64 number) const;
    /// The longest line seen in the cached blocks, in characters (grows only).
    int maxColumns() const { return m_maxColumns; }

    /// Makes sure lines first..last (the visible ones) and a screenful on each side get
    /// decoded: returns at once; linesLoaded() follows. Only the latest request counts.
    void prefetch(qint64 first, qint64 last);

    /// The plain text (no escape codes) of lines first..last joined by '\n', at most
    /// `maxChars` characters of it (whole lines). Read in the background.
    struct Text
    {
        QString text;
        qint64 lines = 0;
        bool truncated = false; ///< stopped at maxChars
    };
    QFuture<Text> plainText(qint64 first, qint64 last, qsizetype maxChars = 32 * 1024 * 1024);
    /// plainText() when every line is cached already: no waiting. Empty optional otherwise.
    std::optional<Text> cachedPlainText(qint64 first, qint64 last) const;

    /// The decoded-block cache's budget, in bytes (default 32 MB).
    void setCacheLimit(qsizetype bytes) { m_cache.setMaxCost(bytes); }
    qsizetype cacheUsage() const { return m_cache.totalCost(); }

Q_SIGNALS:
    /// A different log is shown (or none): every line number is void.
    void reset();
    /// Lines [from, to) were indexed.
    void linesAdded(qint64 from, qint64 to);
    /// Lines first..last are decoded now.
    void linesLoaded(qint64 first, qint64 last);
    void indexProgress(qint64 indexedBytes, qint64 size);
    /// The index covers all the log has now; it may still grow.
    void caughtUp();
    /// The log has ended and is fully indexed.
    void completed();
    void failed(const QString &message);

private:
    struct BlockRange
    {
        qint64 block = 0;
        qint64 start = 0;
        qint64 end = 0;
        int lines = 0;
    };
    static std::vector<DecodedBlock> decodeBlocks(const QByteArray &data, qint64 dataOffset,
                                                  const std::vector<BlockRange> &ranges);
    bool needsFetch(qint64 block) const;
    void fetchBlocks(qint64 firstLine, qint64 lastLine);
    void fetch(qint64 firstBlock, qint64 lastBlock);
    void applyIndex(const LogIndex::Extension &extension);
    void setError(const QString &message);

    QPointer<LogSource> m_source;
    LineStreamer *m_indexer = nullptr;
    LogIndex m_index;
    mutable QCache<qint64, DecodedBlock> m_cache;
    QSet<qint64> m_pending;
    int m_fetching = 0;
    qint64 m_wantFirst = -1;
    qint64 m_wantLast = -1;
    int m_maxColumns = 0;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace Takt
