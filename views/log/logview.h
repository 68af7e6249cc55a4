#pragma once
// LogView: draws the lines of a LogDocument that are on screen — gutter (line number,
// optional local time, stream mark), ANSI colours, stderr tint, Takt's lines in muted
// italics, search matches — and handles scrolling, following the end, and line selection.
// It asks the document only for the lines it shows; nothing here grows with the log.

#include "logpalette.h"
#include "logsearch.h"

#include <QAbstractScrollArea>
#include <QPointer>

namespace Takt {

class LogDocument;
struct DecodedLine;

class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(LogDocument *document, QWidget *parent = nullptr);
    ~LogView() override;

    LogDocument *document() const { return m_document; }
    /// Highlights this search's matches (nullptr: none). Not owned.
    void setSearch(LogSearch *search);

    /// The local time of each line (HH:mm:ss.zzz) in the gutter. On by default.
    bool showsTimestamps() const { return m_showTimestamps; }
    void setShowTimestamps(bool show);

    /// Keeps the last line in view as lines arrive. Scrolling up turns it off.
    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);

    /// The top line on screen, and how many lines fit (the last may be cut).
    qint64 firstVisibleLine() const;
    int visibleLineCount() const;
    /// Scrolls so that `line` is on screen (centred when it was not), and the characters
    /// [column, column + length) of its text too, when column >= 0.
    void ensureVisible(qint64 line, int column = -1, int length = 0);
    void scrollToTop();
    void scrollToBottom();

    /// Selected lines first..last, or -1 when nothing is selected.
    qint64 selectionFirst() const;
    qint64 selectionLast() const;
    bool hasSelection() const { return m_anchor >= 0; }
    void setSelection(qint64 first, qint64 last);
    void clearSelection();
    void selectAll();
    /// Puts the plain text of the selected lines on the clipboard (at most MaxCopyChars;
    /// lines not yet loaded are read in the background), then emits copied().
    void copy();
    static constexpr qsizetype MaxCopyChars = 32 * 1024 * 1024;

    /// Whether every line on screen was drawn with its text at the last paint, and nothing
    /// on screen changed since (new lines, scrolling, resizing).
    bool wasViewportComplete() const { return m_lastPaintComplete; }
    /// The x where the text starts (after the gutter).
    int gutterWidth() const;
    int lineHeight() const { return m_lineHeight; }
    /// The line at viewport y, or -1 below the last line.
    qint64 lineAt(int y) const;

Q_SIGNALS:
    void followingChanged(bool following);
    void showTimestampsChanged(bool show);
    void selectionChanged();
    void copied(qint64 lines, bool truncated);
    /// After each paint; `complete` when every line on screen had its text.
    void painted(bool complete);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    void setScrollValue(int value); // not a user scroll: follow stays on
    void onLinesAdded(qint64 from, qint64 to);
    void onLinesLoaded(qint64 first, qint64 last);
    void onScrolled(int value);
    void requestVisibleLines();
    void drawLine(QPainter &painter, const DecodedLine &line, qint64 number, int y);
    void drawText(QPainter &painter, const DecodedLine &line, qint64 number, int x, int y);
    void moveSelectionCursor(qint64 line);

    QPointer<LogDocument> m_document;
    QPointer<LogSearch> m_search;
    LogPalette m_palette;
    QString m_stderrMark;
    QString m_taktMark;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_ascent = 12;
    bool m_showTimestamps = true;
    bool m_following = true;
    bool m_programmaticScroll = false;
    bool m_lastPaintComplete = false;
    qint64 m_anchor = -1; // selection: where it started
    qint64 m_cursor = -1; // and where it ends now
    bool m_selecting = false;
    quint64 m_copyGeneration = 0;
};

} // namespace Takt
