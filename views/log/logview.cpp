#include "logview.h"

#include "logdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <limits>

namespace Takt {

namespace {

constexpr int GutterPad = 6;
constexpr int GutterGap = 10;
constexpr int TextPad = 6;
constexpr int TimestampChars = 12; // HH:mm:ss.zzz
constexpr int LongLine = 2000;     // longer lines are laid out only around what is on screen

int digits(qint64 n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        ++d;
    }
    return d;
}

int clampToInt(qint64 v)
{
    return int(std::clamp<qint64>(v, 0, std::numeric_limits<int>::max()));
}

} // namespace

LogView::LogView(LogDocument *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(false);
    m_palette = LogPalette::forPalette(palette());
    //: The one-letter gutter mark of a line the command wrote to stderr
    m_stderrMark = tr("E");
    //: The one-letter gutter mark of a line Takt itself wrote (started, exited, killed …)
    m_taktMark = tr("T");
    updateMetrics();

    connect(document, &LogDocument::reset, this, [this] {
        m_anchor = m_cursor = -1;
        m_selecting = false;
        m_lastPaintComplete = false;
        ++m_copyGeneration;
        updateScrollBars();
        setScrollValue(0);
        horizontalScrollBar()->setValue(0);
        viewport()->update();
        Q_EMIT selectionChanged();
    });
    connect(document, &LogDocument::linesAdded, this, &LogView::onLinesAdded);
    connect(document, &LogDocument::linesLoaded, this, &LogView::onLinesLoaded);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
}

LogView::~LogView() = default;

void LogView::setSearch(LogSearch *search)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = search;
    if (search) {
        connect(search, &LogSearch::matchesChanged, viewport(), qOverload<>(&QWidget::update));
        connect(search, &LogSearch::currentChanged, viewport(), qOverload<>(&QWidget::update));
    }
    viewport()->update();
}

void LogView::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    updateScrollBars();
    viewport()->update();
    Q_EMIT showTimestampsChanged(show);
}

void LogView::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    if (follow)
        scrollToBottom();
    Q_EMIT followingChanged(follow);
}

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_lineHeight = fm.height() + 2;
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_ascent = fm.ascent() + 1;
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
    updateScrollBars();
}

int LogView::gutterWidth() const
{
    const qint64 count = m_document ? m_document->lineCount() : 0;
    int width = GutterPad + digits(std::max<qint64>(count, 9999)) * m_charWidth + GutterGap;
    if (m_showTimestamps)
        width += TimestampChars * m_charWidth + GutterGap;
    return width + m_charWidth + GutterPad; // the stream mark
}

qint64 LogView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int LogView::visibleLineCount() const
{
    return (viewport()->height() + m_lineHeight - 1) / m_lineHeight;
}

qint64 LogView::lineAt(int y) const
{
    if (!m_document)
        return -1;
    const qint64 line = firstVisibleLine() + (y < 0 ? -1 - (-y - 1) / m_lineHeight : y / m_lineHeight);
    return line >= 0 && line < m_document->lineCount() ? line : -1;
}

void LogView::updateScrollBars()
{
    const qint64 count = m_document ? m_document->lineCount() : 0;
    const int fullRows = std::max(1, viewport()->height() / m_lineHeight);
    m_programmaticScroll = true;
    verticalScrollBar()->setPageStep(fullRows);
    verticalScrollBar()->setRange(0, clampToInt(count - fullRows));
    m_programmaticScroll = false;
    if (m_following)
        setScrollValue(verticalScrollBar()->maximum());

    const int textWidth = viewport()->width() - gutterWidth();
    const int contentWidth = (m_document ? m_document->maxColumns() : 0) * m_charWidth + 2 * TextPad;
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - textWidth));
}

void LogView::setScrollValue(int value)
{
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(value);
    m_programmaticScroll = false;
}

void LogView::onScrolled(int value)
{
    if (!m_programmaticScroll && m_following && value < verticalScrollBar()->maximum())
        setFollowing(false); // the user scrolled up
    requestVisibleLines();
}

void LogView::scrollContentsBy(int, int)
{
    m_lastPaintComplete = false;
    viewport()->update();
}

void LogView::requestVisibleLines()
{
    if (!m_document)
        return;
    const qint64 first = firstVisibleLine();
    m_document->prefetch(first, first + visibleLineCount() - 1);
}

void LogView::onLinesAdded(qint64 from, qint64)
{
    updateScrollBars();
    if (m_following)
        scrollToBottom();
    const qint64 first = firstVisibleLine();
    if (from < first + visibleLineCount() + 1) {
        m_lastPaintComplete = false;
        requestVisibleLines();
        viewport()->update();
    }
}

void LogView::onLinesLoaded(qint64 first, qint64 last)
{
    const int before = horizontalScrollBar()->maximum();
    updateScrollBars();
    const qint64 top = firstVisibleLine();
    if (last >= top && first < top + visibleLineCount())
        viewport()->update();
    else if (before != horizontalScrollBar()->maximum())
        viewport()->update();
}

void LogView::ensureVisible(qint64 line, int column, int length)
{
    if (!m_document || line < 0)
        return;
    const int fullRows = std::max(1, viewport()->height() / m_lineHeight);
    const qint64 top = firstVisibleLine();
    if (line < top || line >= top + fullRows)
        verticalScrollBar()->setValue(clampToInt(line - fullRows / 2)); // a user move: follow may end
    if (column >= 0) {
        const int textWidth = viewport()->width() - gutterWidth() - 2 * TextPad;
        const int left = column * m_charWidth;
        const int right = (column + std::max(1, length)) * m_charWidth;
        QScrollBar *h = horizontalScrollBar();
        if (left < h->value() || right > h->value() + textWidth)
            h->setValue(std::max(0, left - textWidth / 3));
    }
    requestVisibleLines();
}

void LogView::scrollToTop()
{
    verticalScrollBar()->setValue(0);
}

void LogView::scrollToBottom()
{
    setScrollValue(verticalScrollBar()->maximum());
    requestVisibleLines();
}

qint64 LogView::selectionFirst() const
{
    return m_anchor < 0 ? -1 : std::min(m_anchor, m_cursor);
}

qint64 LogView::selectionLast() const
{
    return m_anchor < 0 ? -1 : std::max(m_anchor, m_cursor);
}

void LogView::setSelection(qint64 first, qint64 last)
{
    const qint64 count = m_document ? m_document->lineCount() : 0;
    if (count == 0 || last < first) {
        clearSelection();
        return;
    }
    m_anchor = std::clamp<qint64>(first, 0, count - 1);
    m_cursor = std::clamp<qint64>(last, 0, count - 1);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::clearSelection()
{
    if (m_anchor < 0)
        return;
    m_anchor = m_cursor = -1;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::selectAll()
{
    if (m_document)
        setSelection(0, m_document->lineCount() - 1);
}

void LogView::copy()
{
    if (!m_document || !hasSelection())
        return;
    const qint64 first = selectionFirst();
    const qint64 last = selectionLast();
    const quint64 generation = ++m_copyGeneration;
    if (const std::optional<LogDocument::Text> text = m_document->cachedPlainText(first, last)) {
        QGuiApplication::clipboard()->setText(text->text);
        Q_EMIT copied(text->lines, false);
        return;
    }
    m_document->plainText(first, last, MaxCopyChars).then(this, [this, generation](const LogDocument::Text &text) {
        if (generation != m_copyGeneration)
            return;
        QGuiApplication::clipboard()->setText(text.text);
        Q_EMIT copied(text.lines, text.truncated);
    });
}

void LogView::moveSelectionCursor(qint64 line)
{
    if (line < 0 || line == m_cursor)
        return;
    m_cursor = line;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_lastPaintComplete = false;
    updateScrollBars();
    requestVisibleLines();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_palette = LogPalette::forPalette(palette());
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Home:
        scrollToTop();
        return;
    case Qt::Key_End:
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 line = lineAt(event->position().toPoint().y());
    if (line < 0) {
        clearSelection();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && hasSelection()) {
        moveSelectionCursor(line);
    } else {
        m_anchor = m_cursor = line;
        viewport()->update();
        Q_EMIT selectionChanged();
    }
    m_selecting = true;
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || !m_document || m_document->lineCount() == 0) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const int y = event->position().toPoint().y();
    // Dragging past an edge scrolls that way.
    if (y < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1 - (-y) / m_lineHeight);
    else if (y >= viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1 + (y - viewport()->height()) / m_lineHeight);
    const int clampedY = std::clamp(y, 0, std::max(0, viewport()->height() - 1));
    qint64 line = lineAt(clampedY);
    if (line < 0)
        line = m_document->lineCount() - 1;
    moveSelectionCursor(line);
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_selecting = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    QAction *selectAllAction = menu.addAction(tr("Select &All"), this, &LogView::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    QAction *timestamps = menu.addAction(tr("Show &Timestamps"), this, &LogView::setShowTimestamps);
    timestamps->setCheckable(true);
    timestamps->setChecked(m_showTimestamps);
    menu.exec(event->globalPos());
}

bool LogView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_document) {
        // The full local date and time, and the stream, of the line under the gutter.
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 number = lineAt(help->pos().y());
        const DecodedLine *line = number >= 0 ? m_document->line(number) : nullptr;
        if (line && help->pos().x() < gutterWidth() && line->hasTime) {
            const QString stream = line->stream == 'E' ? tr("stderr") : line->stream == 'T' ? tr("Takt") : tr("stdout");
            QToolTip::showText(help->globalPos(),
                               tr("Line %1 · %2 · %3")
                                   .arg(number + 1)
                                   .arg(QDateTime::fromMSecsSinceEpoch(line->timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz t"),
                                        stream),
                               viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    painter.fillRect(area, m_palette.background);
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, area.height()), m_palette.gutterBackground);
    painter.setFont(font());

    bool complete = true;
    const qint64 count = m_document ? m_document->lineCount() : 0;
    const qint64 first = firstVisibleLine();
    const int rows = visibleLineCount();
    for (int row = 0; row < rows && first + row < count; ++row) {
        const qint64 number = first + row;
        const int y = row * m_lineHeight;
        const DecodedLine *line = m_document->line(number);
        if (line) {
            drawLine(painter, *line, number, y);
            continue;
        }
        complete = false;
        // Not loaded yet: the number, and a faint bar where the text will be.
        painter.setPen(m_palette.gutterText);
        const int numberRight = GutterPad + digits(std::max<qint64>(count, 9999)) * m_charWidth;
        painter.drawText(QRect(0, y, numberRight, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(number + 1));
        painter.fillRect(QRect(gutter + TextPad, y + m_lineHeight / 3, std::min(area.width() / 3, 240), m_lineHeight / 3),
                         m_palette.placeholder);
    }
    m_lastPaintComplete = complete;
    if (!complete)
        requestVisibleLines();
    Q_EMIT painted(complete);
}

void LogView::drawLine(QPainter &painter, const DecodedLine &line, qint64 number, int y)
{
    const int width = viewport()->width();
    const int gutter = gutterWidth();
    const QRect row(0, y, width, m_lineHeight);
    const bool isStderr = line.stream == 'E';

    if (isStderr)
        painter.fillRect(row, m_palette.stderrBackground);
    const bool selected = hasSelection() && number >= selectionFirst() && number <= selectionLast();
    if (selected)
        painter.fillRect(row, m_palette.selection);

    // Gutter: number, time, stream mark.
    const qint64 count = m_document->lineCount();
    int x = GutterPad;
    const int numberWidth = digits(std::max<qint64>(count, 9999)) * m_charWidth;
    painter.setPen(m_palette.gutterText);
    painter.drawText(QRect(x, y, numberWidth, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(number + 1));
    x += numberWidth + GutterGap;
    if (m_showTimestamps) {
        if (line.hasTime) {
            const QString time = QDateTime::fromMSecsSinceEpoch(line.timeMs).toString(u"HH:mm:ss.zzz");
            painter.drawText(x, y + m_ascent, time);
        }
        x += TimestampChars * m_charWidth + GutterGap;
    }
    if (isStderr) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(m_palette.stderrMarker);
        painter.drawText(x, y + m_ascent, m_stderrMark);
        painter.setFont(font());
        painter.fillRect(QRect(gutter - 3, y, 3, m_lineHeight), m_palette.stderrMarker);
    } else if (line.stream == 'T') {
        painter.setPen(m_palette.taktText);
        painter.drawText(x, y + m_ascent, m_taktMark);
    }

    painter.save();
    painter.setClipRect(QRect(gutter, y, width - gutter, m_lineHeight));
    drawText(painter, line, number, gutter + TextPad - horizontalScrollBar()->value(), y);
    painter.restore();
}

void LogView::drawText(QPainter &painter, const DecodedLine &line, qint64 number, int x, int y)
{
    const QString &full = line.text.text;
    if (full.isEmpty())
        return;

    // Very long lines: lay out only the characters around the visible columns.
    qsizetype from = 0;
    qsizetype to = full.size();
    if (full.size() > LongLine) {
        const qsizetype firstColumn = horizontalScrollBar()->value() / m_charWidth;
        from = std::clamp<qsizetype>(firstColumn - 200, 0, full.size());
        to = std::min<qsizetype>(full.size(), firstColumn + viewport()->width() / m_charWidth + 200);
    }
    const QString text = from == 0 && to == full.size() ? full : full.mid(from, to - from);
    const int length = int(text.size());
    const bool takt = line.stream == 'T';
    const QColor textColor = takt ? m_palette.taktText : m_palette.text;

    QList<QTextLayout::FormatRange> formats;
    if (takt) {
        QTextLayout::FormatRange range{0, length, {}};
        range.format.setFontItalic(true);
        range.format.setForeground(textColor);
        formats.append(range);
    }
    for (const AnsiSpan &span : line.text.spans) {
        const qsizetype start = std::max<qsizetype>(span.start, from);
        const qsizetype end = std::min<qsizetype>(span.start + span.length, to);
        if (end <= start)
            continue;
        QColor fg = m_palette.foreground(span.style, textColor);
        QColor bg = m_palette.resolve(span.style.background, QColor());
        if (span.style.inverse) {
            const QColor swapped = bg.isValid() ? bg : m_palette.background;
            bg = fg;
            fg = swapped;
        }
        QTextLayout::FormatRange range{int(start - from), int(end - start), {}};
        range.format.setForeground(fg);
        if (bg.isValid())
            range.format.setBackground(bg);
        if (span.style.bold)
            range.format.setFontWeight(QFont::Bold);
        if (span.style.italic)
            range.format.setFontItalic(true);
        if (span.style.underline)
            range.format.setFontUnderline(true);
        formats.append(range);
    }
    if (m_search && !m_search->matcher().isEmpty() && m_search->countInLine(number) > 0) {
        const LineMatcher &matcher = m_search->matcher();
        const QList<int> positions = matcher.positions(full);
        const LogSearch::Match current = m_search->current();
        for (int i = 0; i < positions.size(); ++i) {
            const qsizetype start = std::max<qsizetype>(positions[i], from);
            const qsizetype end = std::min<qsizetype>(positions[i] + matcher.needle().size(), to);
            if (end <= start)
                continue;
            QTextLayout::FormatRange range{int(start - from), int(end - start), {}};
            const bool isCurrent = current.line == number && current.occurrence == i;
            range.format.setBackground(isCurrent ? m_palette.currentMatch : m_palette.match);
            range.format.setForeground(m_palette.matchText);
            formats.append(range);
        }
    }

    const int left = x + int(from) * m_charWidth;
    if (formats.isEmpty()) {
        painter.setPen(textColor);
        painter.drawText(left, y + m_ascent, text);
        return;
    }
    QTextLayout layout(text, font(), viewport());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(1e7);
    layout.endLayout();
    painter.setPen(textColor);
    const QFontMetrics fm(font());
    layout.draw(&painter, QPointF(left, y + m_ascent - fm.ascent()));
}

} // namespace Takt
