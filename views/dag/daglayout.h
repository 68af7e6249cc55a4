#pragma once
// DagLayout: the layered ("dot") layout of a workflow graph through Graphviz's layout library.
// It needs no window, so the canvas runs it off the GUI thread and benchmarks call it directly.

#include <QList>
#include <QPair>
#include <QPointF>
#include <QSizeF>
#include <QStringList>

namespace Takt {

class DagLayout final
{
public:
    /// Node size in scene units (pixels at 100 % zoom); every node gets the same box.
    static constexpr double NodeWidth = 160;
    static constexpr double NodeHeight = 52;

    /// The centre of each task's node, left to right along the edges (upstream on the left), in
    /// scene coordinates with the top-left of the drawing at about (0, 0). Edges naming an unknown
    /// task are ignored; cycles are laid out anyway (Graphviz reverses an edge to break them).
    /// Thread-safe (calls into Graphviz are serialised: it keeps global state).
    static QList<QPointF> compute(const QStringList &tasks, const QList<QPair<QString, QString>> &edges,
                                  QSizeF nodeSize = QSizeF(NodeWidth, NodeHeight));
};

} // namespace Takt
