// bench_daglayout: a workflow of 2,000 tasks (20 layers of 100, each task fed by two tasks of the
// layer before) on the DAG canvas. Prints the time of the Graphviz "dot" layout (run off the GUI
// thread by the editor and the run view) and of the GUI thread's share — building the scene,
// placing the nodes, drawing the whole graph once — each beside the limit measured in the same
// run: Graphviz building and freeing the same graph without laying it out, and the layers of
// the same graph found by a plain C++ longest-path pass (what any layered layout must do first).
//
//   bench_daglayout          (offscreen unless QT_QPA_PLATFORM says otherwise; not a test)

#include <views/dag/daglayout.h>
#include <views/dag/dagscene.h>
#include <views/dag/dagview.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Takt;

namespace {

constexpr int Layers = 20;
constexpr int Width = 100;
constexpr double LayoutTargetMs = 3000;   // off the GUI thread: the canvas stays usable meanwhile
constexpr double GuiTargetMs = 250;       // the GUI thread's share: a quarter second at most

double bestOf(int times, const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

char *cs(const char *text)
{
    return const_cast<char *>(text);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    WorkflowSpec spec;
    QStringList names;
    QList<QPair<QString, QString>> edges;
    QRandomGenerator random(42);
    for (int layer = 0; layer < Layers; ++layer) {
        for (int i = 0; i < Width; ++i) {
            TaskSpec task;
            task.name = QStringLiteral("t%1_%2").arg(layer).arg(i);
            task.command = {QStringLiteral("true")};
            spec.tasks.append(task);
            names.append(task.name);
            if (layer == 0)
                continue;
            for (int k = 0; k < 2; ++k) {
                const QString from = QStringLiteral("t%1_%2").arg(layer - 1).arg(random.bounded(Width));
                if (!edges.contains({from, task.name})) {
                    edges.append({from, task.name});
                    spec.edges.append(WorkflowEdge{from, task.name});
                }
            }
        }
    }
    std::printf("workflow: %lld tasks, %lld edges\n", qlonglong(names.size()), qlonglong(edges.size()));

    // Limit 1: Graphviz building and freeing the same graph, no layout.
    const double bareGraph = bestOf(3, [&] {
        Agraph_t *graph = agopen(cs("g"), Agdirected, nullptr);
        QList<Agnode_t *> nodes;
        QHash<QString, int> index;
        for (int i = 0; i < names.size(); ++i) {
            nodes.append(agnode(graph, cs(("n" + QByteArray::number(i)).constData()), 1));
            index.insert(names.at(i), i);
        }
        for (const auto &[from, to] : edges)
            agedge(graph, nodes.at(index.value(from)), nodes.at(index.value(to)), nullptr, 1);
        agclose(graph);
    });
    // Limit 2: the layers by longest path in plain C++.
    int deepest = 0;
    const double ranks = bestOf(3, [&] {
        QHash<QString, int> rank;
        for (const QString &name : names)
            rank.insert(name, 0);
        for (const auto &[from, to] : edges) // edges come in layer order
            rank[to] = std::max(rank.value(to), rank.value(from) + 1);
        deepest = *std::max_element(rank.begin(), rank.end());
    });

    QList<QPointF> centres;
    const double layout = bestOf(3, [&] { centres = DagLayout::compute(names, edges); });

    DagScene scene;
    DagView view(&scene);
    view.resize(1400, 900);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const double gui = bestOf(3, [&] {
        scene.setEditable(false);
        scene.setWorkflow(spec);
        QHash<QString, QPointF> positions;
        for (int i = 0; i < names.size(); ++i)
            positions.insert(names.at(i), centres.at(i));
        scene.moveTasks(positions);
        view.fitAll();
        QPainter painter(&frame);
        view.render(&painter);
    });

    std::printf("layers found: %d (expected %d)\n", deepest + 1, Layers);
    std::printf("limit: Graphviz graph build+free without layout   %8.1f ms\n", bareGraph);
    std::printf("limit: layers by longest path (plain C++)          %8.1f ms\n", ranks);
    std::printf("DagLayout::compute (dot), off the GUI thread       %8.1f ms   target %.0f ms: %s\n", layout,
                LayoutTargetMs, layout <= LayoutTargetMs ? "PASS" : "MISS");
    std::printf("GUI thread: scene + placing + one full draw        %8.1f ms   target %.0f ms: %s\n", gui, GuiTargetMs,
                gui <= GuiTargetMs ? "PASS" : "MISS");
    return 0;
}
