#pragma once
// LogSearch: finds a text in the whole log in the background, chunk by chunk, keeping only
// where the matches are (line numbers and counts), and steps through them. It follows the
// log while it grows. Matches are counted in the plain text of each line (escape codes
// stripped, the time and stream not included).

#include "linematcher.h"

#include <QObject>
#include <QPointer>

#include <vector>

namespace Takt {

class LineStreamer;
class LogDocument;

class LogSearch : public QObject
{
    Q_OBJECT
public:
    /// One occurrence: the `occurrence`-th (0-based) match in line `line`, match `number`
    /// (0-based) of the whole log. Default-constructed: no match.
    struct Match
    {
        qint64 line = -1;
        int occurrence = 0;
        qint64 number = -1;
        bool isValid() const { return line >= 0; }
        friend bool operator==(const Match &, const Match &) = default;
    };

    explicit LogSearch(LogDocument *document, QObject *parent = nullptr);
    ~LogSearch() override;

    /// Searches the document's log for `text` from its start (an empty text clears).
    void start(const QString &text, Qt::CaseSensitivity cs);
    /// Stops searching; the matches found so far stay.
    void cancel();
    /// Forgets the search.
    void clear();

    QString text() const { return m_matcher.needle(); }
    Qt::CaseSensitivity caseSensitivity() const { return m_matcher.caseSensitivity(); }
    const LineMatcher &matcher() const { return m_matcher; }
    /// Reading the log, not yet caught up with it.
    bool isSearching() const;
    /// Every line of the log there is has been searched (it may still grow).
    bool isCaughtUp() const { return m_caughtUp; }
    bool wasCancelled() const { return m_cancelled; }

    /// Occurrences found so far, and the lines holding them.
    qint64 matchCount() const { return m_count; }
    qint64 matchingLineCount() const { return m_matchingLines; }
    /// Matches beyond the first MaxStoredLines matching lines are counted, not stored:
    /// stepping stops at them.
    static constexpr qint64 MaxStoredLines = 2'000'000;

    Match current() const { return m_current; }
    /// The first match in line `line` or after it, wrapping to the first match of all.
    Match firstMatchFrom(qint64 line) const;
    /// The match after / before `match`, wrapping around; invalid when there is none.
    Match next(const Match &match) const;
    Match previous(const Match &match) const;
    /// Makes `match` the current one (an invalid one clears it).
    void setCurrent(const Match &match);
    /// Occurrences in line `line` (0 if none).
    int countInLine(qint64 line) const;

Q_SIGNALS:
    void matchesChanged();
    void currentChanged(const Takt::LogSearch::Match &match);
    void progressed(qint64 searchedBytes, qint64 size);
    /// Searching stopped or paused: finished, caught up with a growing log, or cancelled.
    void stateChanged();

private:
    Match matchAt(std::size_t index, int occurrence) const;
    int countAt(std::size_t index) const;
    void addMatches(qint64 firstLine, const std::vector<std::pair<qint64, int>> &found);
    void stopStreamer();

    QPointer<LogDocument> m_document;
    LineStreamer *m_streamer = nullptr;
    LineMatcher m_matcher;
    std::vector<qint64> m_lines;        // lines with matches, ascending
    std::vector<qint64> m_firstNumbers; // number of the first match of each of those lines
    qint64 m_storedEnd = 0;             // number after the last stored match
    qint64 m_count = 0;
    qint64 m_matchingLines = 0;
    Match m_current;
    bool m_caughtUp = false;
    bool m_cancelled = false;
};

} // namespace Takt

Q_DECLARE_METATYPE(Takt::LogSearch::Match)
