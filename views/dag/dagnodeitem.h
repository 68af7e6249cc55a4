#pragma once
// DagNodeItem: one task of a workflow on the canvas — its name, a shape by kind (a branch is a
// lozenge, a sub-workflow has a double frame, a handler a dashed one), the ports edges are
// dragged from and to, and a fill for a run state or a red frame for a validation error.

#include <engine/core/run.h>
#include <engine/core/workflowspec.h>

#include <QGraphicsObject>
#include <QColor>

#include <optional>

namespace Takt {

class DagNodeItem final : public QGraphicsObject
{
    Q_OBJECT
public:
    enum { Type = UserType + 701 };

    explicit DagNodeItem(const TaskSpec &task, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const TaskSpec &task() const { return m_task; }
    void setTask(const TaskSpec &task);
    QString name() const { return m_task.name; }
    TaskKind kind() const { return m_task.kind; }
    /// The box the task's body fills, in item coordinates (centred on the item's position).
    QRectF bodyRect() const;
    /// Where outgoing edges start and incoming ones end, in scene coordinates.
    QPointF outputPort() const;
    QPointF inputPort() const;
    /// True when `scenePos` is on the output port (a press there starts a new edge).
    bool isOnOutputPort(const QPointF &scenePos) const;

    /// The run state shown as the fill (run view); nullopt = not run (yet): plain fill.
    std::optional<RunState> state() const { return m_state; }
    void setState(std::optional<RunState> state);
    /// The colour the body is filled with now.
    QColor fillColor() const;
    /// A validation error concerns this task: a red frame and the message as tooltip.
    bool hasError() const { return m_error; }
    void setError(bool error, const QString &message = {});
    /// Whether the ports are drawn (the editor) or not (the run view).
    void setPortsVisible(bool visible);

Q_SIGNALS:
    /// The item moved (edges follow).
    void moved();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPainterPath bodyPath() const;

    TaskSpec m_task;
    std::optional<RunState> m_state;
    bool m_error = false;
    bool m_portsVisible = true;
};

} // namespace Takt
