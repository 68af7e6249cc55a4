#include "ganttchart.h"

#include <views/common/displayformat.h>
#include <views/common/runstatestyle.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Takt {

namespace {
constexpr int RowHeight = 26;
constexpr int AxisHeight = 24;
constexpr int Padding = 8;
constexpr int LabelWidth = 140;

/// A step for axis ticks: 1, 2, 5 × 10^n ms, giving about `count` ticks over `span`.
qint64 tickStep(qint64 span, int count)
{
    const double raw = std::max<double>(1, double(span) / std::max(1, count));
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return qint64(m * power);
    }
    return qint64(10 * power);
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GanttChart)
};

/// Time since the first start, as the axis shows it.
QString tickLabel(qint64 ms)
{
    if (ms < 10'000)
        return Tr::tr("%L1 s").arg(ms / 1000.0, 0, 'f', ms % 1000 ? 1 : 0);
    if (ms < 120'000)
        return Tr::tr("%L1 s").arg(ms / 1000);
    if (ms < 7'200'000)
        return Tr::tr("%L1 min").arg(ms / 60'000.0, 0, 'f', ms % 60'000 ? 1 : 0);
    return Tr::tr("%L1 h").arg(ms / 3'600'000.0, 0, 'f', 1);
}
} // namespace

GanttChart::GanttChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gantt"));
    setMouseTracking(false);
    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    // As tall as its rows: the graph above takes the spare height.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
}

void GanttChart::setBars(const QList<GanttBar> &bars)
{
    m_bars = bars;
    const bool running = std::any_of(m_bars.begin(), m_bars.end(), [](const GanttBar &b) { return b.finishedAt == 0; });
    if (running && !m_tick->isActive())
        m_tick->start();
    else if (!running)
        m_tick->stop();
    updateGeometry();
    update();
}

QSize GanttChart::sizeHint() const
{
    return QSize(600, AxisHeight + Padding * 3 + RowHeight * std::max<qsizetype>(3, m_bars.size()));
}

QSize GanttChart::minimumSizeHint() const
{
    return QSize(300, AxisHeight + Padding * 2 + RowHeight * 2);
}

qint64 GanttChart::endOf(const GanttBar &bar) const
{
    return bar.finishedAt ? bar.finishedAt : std::max(bar.startedAt, QDateTime::currentMSecsSinceEpoch());
}

GanttChart::Axis GanttChart::axis() const
{
    Axis axis;
    axis.area = QRectF(LabelWidth, AxisHeight + Padding, std::max(10, width() - LabelWidth - Padding * 2),
                       RowHeight * m_bars.size());
    if (m_bars.isEmpty())
        return axis;
    axis.from = m_bars.first().startedAt;
    axis.to = axis.from + 1;
    for (const GanttBar &bar : m_bars) {
        axis.from = std::min(axis.from, bar.startedAt);
        axis.to = std::max(axis.to, endOf(bar));
    }
    axis.to = std::max(axis.to, axis.from + 1000); // a second at least: short runs stay readable
    return axis;
}

QRectF GanttChart::barRect(const QString &task) const
{
    const Axis a = axis();
    const double span = double(a.to - a.from);
    for (int i = 0; i < m_bars.size(); ++i) {
        const GanttBar &bar = m_bars.at(i);
        if (bar.task != task)
            continue;
        const double x0 = a.area.left() + (bar.startedAt - a.from) / span * a.area.width();
        const double x1 = a.area.left() + (endOf(bar) - a.from) / span * a.area.width();
        return QRectF(x0, a.area.top() + i * RowHeight + 4, std::max(3.0, x1 - x0), RowHeight - 8);
    }
    return {};
}

void GanttChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_bars.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No task has started yet."));
        return;
    }
    const Axis a = axis();
    const qint64 span = a.to - a.from;
    const qint64 step = tickStep(span, std::max(2, int(a.area.width() / 90)));
    QColor grid = palette().color(QPalette::Text);
    grid.setAlphaF(0.12);
    QColor axisText = palette().color(QPalette::Text);
    axisText.setAlphaF(0.65);
    for (qint64 t = 0; t <= span; t += step) {
        const double x = a.area.left() + double(t) / span * a.area.width();
        painter.setPen(grid);
        painter.drawLine(QPointF(x, a.area.top() - 4), QPointF(x, a.area.bottom()));
        painter.setPen(axisText);
        painter.drawText(QRectF(x - 45, Padding, 90, AxisHeight - 6), Qt::AlignCenter, tickLabel(t));
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const GanttBar &bar = m_bars.at(i);
        const QRectF row(0, a.area.top() + i * RowHeight, width(), RowHeight);
        if (i % 2)
            painter.fillRect(row, palette().alternateBase());
        painter.setPen(palette().color(QPalette::Text));
        const QString label = fontMetrics().elidedText(bar.task, Qt::ElideMiddle, LabelWidth - Padding * 2);
        painter.drawText(QRectF(Padding, row.top(), LabelWidth - Padding * 2, RowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, label);
        const QRectF box = barRect(bar.task);
        const QColor colour = RunStateStyle::color(bar.state);
        painter.setPen(colour.darker(125));
        painter.setBrush(colour);
        painter.drawRoundedRect(box, 3, 3);
        const QString duration = displayDuration(endOf(bar) - bar.startedAt);
        const QFontMetrics metrics = fontMetrics();
        if (metrics.horizontalAdvance(duration) + 8 < box.width()) {
            painter.setPen(colour.lightnessF() < 0.6 ? QColor(Qt::white) : QColor(0x1f, 0x23, 0x28));
            painter.drawText(box, Qt::AlignCenter, duration);
        } else {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(box.right() + 4, box.top(), 120, box.height()), Qt::AlignVCenter | Qt::AlignLeft,
                             duration);
        }
    }
}

void GanttChart::mousePressEvent(QMouseEvent *event)
{
    for (const GanttBar &bar : std::as_const(m_bars)) {
        if (barRect(bar.task).adjusted(-2, -4, 2, 4).contains(event->position())) {
            Q_EMIT barClicked(bar.run);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace Takt
