#pragma once
// GanttChart: one bar per task of a workflow run, from its start to its end (or to now while
// it runs, growing live), coloured by the task's state, on a shared time axis.

#include <engine/core/run.h>

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Takt {

struct GanttBar
{
    QString task;
    RunId run = 0;
    RunState state = RunState::Running;
    qint64 startedAt = 0;   ///< UTC epoch ms
    qint64 finishedAt = 0;  ///< 0 = still running

    friend bool operator==(const GanttBar &, const GanttBar &) = default;
};

class GanttChart final : public QWidget
{
    Q_OBJECT
public:
    explicit GanttChart(QWidget *parent = nullptr);

    /// Bars in the order given (the chart sorts nothing); tasks that never started have none.
    void setBars(const QList<GanttBar> &bars);
    QList<GanttBar> bars() const { return m_bars; }
    /// The rectangle a task's bar is drawn in (widget coordinates); empty if it has none.
    QRectF barRect(const QString &task) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A bar was clicked: open that task run.
    void barClicked(Takt::RunId run);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Axis
    {
        qint64 from = 0;
        qint64 to = 1;
        QRectF area;   // where bars go
    };
    Axis axis() const;
    qint64 endOf(const GanttBar &bar) const;

    QList<GanttBar> m_bars;
    QTimer *m_tick = nullptr;  // repaints while a bar is still running
};

} // namespace Takt

Q_DECLARE_METATYPE(Takt::GanttBar)
