#include "logsearch.h"

#include "decodedline.h"
#include "linestreamer.h"
#include "logdocument.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace Takt {

LogSearch::LogSearch(LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    qRegisterMetaType<Takt::LogSearch::Match>();
    connect(document, &LogDocument::reset, this, [this] {
        // A new log: search it for the same text.
        if (!m_matcher.isEmpty())
            start(m_matcher.needle(), m_matcher.caseSensitivity());
    });
}

LogSearch::~LogSearch() = default;

void LogSearch::stopStreamer()
{
    if (m_streamer) {
        m_streamer->stop();
        m_streamer->deleteLater();
        m_streamer = nullptr;
    }
}

void LogSearch::clear()
{
    stopStreamer();
    m_matcher = LineMatcher();
    m_lines.clear();
    m_lines.shrink_to_fit();
    m_firstNumbers.clear();
    m_firstNumbers.shrink_to_fit();
    m_storedEnd = m_count = m_matchingLines = 0;
    m_caughtUp = false;
    m_cancelled = false;
    const bool hadCurrent = m_current.isValid();
    m_current = Match();
    Q_EMIT matchesChanged();
    if (hadCurrent)
        Q_EMIT currentChanged(m_current);
    Q_EMIT stateChanged();
}

void LogSearch::start(const QString &text, Qt::CaseSensitivity cs)
{
    clear();
    if (text.isEmpty() || !m_document || !m_document->source())
        return;
    m_matcher = LineMatcher(text, cs);
    auto matcher = std::make_shared<const LineMatcher>(m_matcher);
    m_streamer = new LineStreamer(m_document->source(), [this, matcher](const LineStreamer::Piece &piece) {
        // Pool thread: only reads the piece; the matches are stored by apply in our thread.
        // Pieces are searched in parallel: lines are numbered from the piece's start here, and
        // apply() learns where the piece starts.
        std::vector<std::pair<qint64, int>> found;
        LineStreamer::Step step;
        step.lines = LineStreamer::forEachLine(piece, [&](qint64 line, QByteArrayView record) {
            if (const int n = matcher->count(splitLogRecord(record).text))
                found.emplace_back(line - piece.firstLine, n);
            return true;
        });
        if (!found.empty())
            step.apply = [this, found = std::move(found)](qint64 firstLine) { addMatches(firstLine, found); };
        return step;
    }, this);
    connect(m_streamer, &LineStreamer::progressed, this, &LogSearch::progressed);
    connect(m_streamer, &LineStreamer::waiting, this, [this] {
        m_caughtUp = true;
        Q_EMIT stateChanged();
    });
    connect(m_streamer, &LineStreamer::finished, this, [this] {
        m_caughtUp = true;
        Q_EMIT stateChanged();
    });
    connect(m_streamer, &LineStreamer::failed, this, [this] { Q_EMIT stateChanged(); });
    m_streamer->setWorkerCount(std::max(1, QThread::idealThreadCount()));
    m_streamer->start(0, 0, LineStreamer::Mode::Follow);
    Q_EMIT stateChanged();
}

void LogSearch::cancel()
{
    if (!isSearching())
        return;
    stopStreamer();
    m_cancelled = true;
    Q_EMIT stateChanged();
}

bool LogSearch::isSearching() const
{
    return m_streamer && m_streamer->isActive() && !m_streamer->isWaiting();
}

void LogSearch::addMatches(qint64 firstLine, const std::vector<std::pair<qint64, int>> &found)
{
    m_caughtUp = false;
    for (const auto &[relativeLine, n] : found) {
        const qint64 line = firstLine + relativeLine;
        if (qint64(m_lines.size()) < MaxStoredLines) {
            m_lines.push_back(line);
            m_firstNumbers.push_back(m_count);
            m_storedEnd = m_count + n;
        }
        m_count += n;
        ++m_matchingLines;
    }
    Q_EMIT matchesChanged();
}

int LogSearch::countAt(std::size_t index) const
{
    const qint64 end = index + 1 < m_firstNumbers.size() ? m_firstNumbers[index + 1] : m_storedEnd;
    return int(end - m_firstNumbers[index]);
}

int LogSearch::countInLine(qint64 line) const
{
    const auto it = std::lower_bound(m_lines.begin(), m_lines.end(), line);
    if (it == m_lines.end() || *it != line)
        return 0;
    return countAt(std::size_t(it - m_lines.begin()));
}

LogSearch::Match LogSearch::matchAt(std::size_t index, int occurrence) const
{
    if (index >= m_lines.size())
        return {};
    return Match{m_lines[index], occurrence, m_firstNumbers[index] + occurrence};
}

LogSearch::Match LogSearch::firstMatchFrom(qint64 line) const
{
    if (m_lines.empty())
        return {};
    const auto it = std::lower_bound(m_lines.begin(), m_lines.end(), line);
    return matchAt(it == m_lines.end() ? 0 : std::size_t(it - m_lines.begin()), 0);
}

LogSearch::Match LogSearch::next(const Match &match) const
{
    if (m_lines.empty())
        return {};
    if (!match.isValid())
        return matchAt(0, 0);
    const auto it = std::lower_bound(m_lines.begin(), m_lines.end(), match.line);
    if (it == m_lines.end())
        return matchAt(0, 0);
    const std::size_t index = std::size_t(it - m_lines.begin());
    if (*it == match.line && match.occurrence + 1 < countAt(index))
        return matchAt(index, match.occurrence + 1);
    const std::size_t after = *it == match.line ? index + 1 : index;
    return matchAt(after < m_lines.size() ? after : 0, 0);
}

LogSearch::Match LogSearch::previous(const Match &match) const
{
    if (m_lines.empty())
        return {};
    const std::size_t lastIndex = m_lines.size() - 1;
    if (!match.isValid())
        return matchAt(lastIndex, countAt(lastIndex) - 1);
    const auto it = std::lower_bound(m_lines.begin(), m_lines.end(), match.line);
    const std::size_t index = std::size_t(it - m_lines.begin());
    if (it != m_lines.end() && *it == match.line && match.occurrence > 0)
        return matchAt(index, std::min(match.occurrence, countAt(index)) - 1);
    const std::size_t before = index == 0 ? lastIndex : index - 1;
    return matchAt(before, countAt(before) - 1);
}

void LogSearch::setCurrent(const Match &match)
{
    if (match == m_current)
        return;
    m_current = match;
    Q_EMIT currentChanged(m_current);
}

} // namespace Takt
