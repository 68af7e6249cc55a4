#include "daglayout.h"

#include <QHash>
#include <QMutex>

#include <graphviz/gvc.h>

namespace Takt {

namespace {

// Graphviz's C API takes char* for names it only reads.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

constexpr double PointsPerInch = 72.0;
constexpr qsizetype LargeGraph = 300;

} // namespace

QList<QPointF> DagLayout::compute(const QStringList &tasks, const QList<QPair<QString, QString>> &edges,
                                  QSizeF nodeSize)
{
    QList<QPointF> centres(tasks.size());
    if (tasks.isEmpty())
        return centres;
    // cgraph and the layout engines keep global state (symbol tables, error handlers).
    static QMutex graphvizLock;
    QMutexLocker locker(&graphvizLock);

    GVC_t *context = gvContext();
    Agraph_t *graph = agopen(cs("workflow"), Agdirected, nullptr);
    agattr(graph, AGRAPH, cs("rankdir"), cs("LR"));
    agattr(graph, AGRAPH, cs("nodesep"), cs("0.35"));
    agattr(graph, AGRAPH, cs("ranksep"), cs("0.9"));
    if (tasks.size() > LargeGraph) {
        // dot spends most of its time on crossing minimisation; for large graphs fewer passes
        // give nearly the same drawing in a fraction of the time.
        agattr(graph, AGRAPH, cs("mclimit"), cs("0.3"));
        agattr(graph, AGRAPH, cs("remincross"), cs("false"));
    }
    agattr(graph, AGNODE, cs("shape"), cs("box"));
    agattr(graph, AGNODE, cs("fixedsize"), cs("true"));
    agattr(graph, AGNODE, cs("label"), cs(""));
    const QByteArray width = QByteArray::number(nodeSize.width() / PointsPerInch);
    const QByteArray height = QByteArray::number(nodeSize.height() / PointsPerInch);
    agattr(graph, AGNODE, cs("width"), cs(width.constData()));
    agattr(graph, AGNODE, cs("height"), cs(height.constData()));

    // Nodes are named by index: task names need no quoting that way.
    QList<Agnode_t *> nodes;
    nodes.reserve(tasks.size());
    QHash<QString, int> index;
    for (int i = 0; i < tasks.size(); ++i) {
        const QByteArray id = "n" + QByteArray::number(i);
        nodes.append(agnode(graph, cs(id.constData()), 1));
        index.insert(tasks.at(i), i);
    }
    for (const auto &[from, to] : edges) {
        const int a = index.value(from, -1);
        const int b = index.value(to, -1);
        if (a >= 0 && b >= 0 && a != b)
            agedge(graph, nodes.at(a), nodes.at(b), nullptr, 1);
    }

    if (gvLayout(context, graph, "dot") == 0) {
        // Graphviz has y growing upwards; the scene has it growing downwards.
        double top = 0;
        for (Agnode_t *node : nodes)
            top = std::max(top, ND_coord(node).y);
        for (int i = 0; i < nodes.size(); ++i)
            centres[i] = QPointF(ND_coord(nodes.at(i)).x, top - ND_coord(nodes.at(i)).y + nodeSize.height() / 2);
        gvFreeLayout(context, graph);
    } else {
        // Not expected with "dot"; a row keeps every node visible all the same.
        for (int i = 0; i < tasks.size(); ++i)
            centres[i] = QPointF(i * nodeSize.width() * 1.4, nodeSize.height() / 2);
    }
    agclose(graph);
    gvFreeContext(context);
    return centres;
}

} // namespace Takt
