// DagLayout: Graphviz's layered layout gives every task a place left of the tasks it feeds,
// with no two nodes overlapping — for a small workflow, a diamond, a cycle and 2,000 tasks.
#include <views/dag/daglayout.h>

#include <QRectF>
#include <QTest>

using namespace Takt;

namespace {

QRectF box(const QPointF &centre)
{
    return QRectF(centre.x() - DagLayout::NodeWidth / 2, centre.y() - DagLayout::NodeHeight / 2, DagLayout::NodeWidth,
                  DagLayout::NodeHeight);
}

bool overlaps(const QList<QPointF> &centres)
{
    for (int i = 0; i < centres.size(); ++i) {
        for (int j = i + 1; j < centres.size(); ++j) {
            if (box(centres.at(i)).intersects(box(centres.at(j))))
                return true;
        }
    }
    return false;
}

} // namespace

class tst_DagLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upstreamIsLeftOfDownstream()
    {
        const QStringList tasks{QStringLiteral("report"), QStringLiteral("extract"), QStringLiteral("choose"),
                                QStringLiteral("load_full"), QStringLiteral("load_delta"), QStringLiteral("cleanup")};
        const QList<QPair<QString, QString>> edges{{QStringLiteral("extract"), QStringLiteral("choose")},
                                                   {QStringLiteral("choose"), QStringLiteral("load_full")},
                                                   {QStringLiteral("choose"), QStringLiteral("load_delta")},
                                                   {QStringLiteral("load_full"), QStringLiteral("report")},
                                                   {QStringLiteral("load_delta"), QStringLiteral("report")}};
        const QList<QPointF> at = DagLayout::compute(tasks, edges);
        QCOMPARE(at.size(), tasks.size());
        const auto pos = [&](const char *name) { return at.at(tasks.indexOf(QString::fromLatin1(name))); };
        for (const auto &[from, to] : edges)
            QVERIFY2(at.at(tasks.indexOf(from)).x() + DagLayout::NodeWidth <= at.at(tasks.indexOf(to)).x(),
                     qPrintable(from + QStringLiteral(" is not left of ") + to));
        // The two branches share a layer, one above the other.
        QCOMPARE(pos("load_full").x(), pos("load_delta").x());
        QVERIFY(pos("load_full").y() != pos("load_delta").y());
        QVERIFY(!overlaps(at));
        // The drawing starts near the origin, y growing downwards.
        double top = 1e9;
        for (const QPointF &p : at)
            top = std::min(top, p.y() - DagLayout::NodeHeight / 2);
        QVERIFY(top >= -1 && top < 40);
    }

    void cyclesAndUnknownNamesStillLayOut()
    {
        const QStringList tasks{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QList<QPointF> at = DagLayout::compute(
            tasks, {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("c")},
                    {QStringLiteral("c"), QStringLiteral("a")}, {QStringLiteral("a"), QStringLiteral("nowhere")}});
        QCOMPARE(at.size(), 3);
        QVERIFY(!overlaps(at));
        QVERIFY(DagLayout::compute({}, {}).isEmpty());
    }

    void twoThousandTasks()
    {
        // Ten chains of 200 tasks fanned out from one start: what the benchmark lays out.
        QStringList tasks{QStringLiteral("start")};
        QList<QPair<QString, QString>> edges;
        for (int chain = 0; chain < 10; ++chain) {
            QString previous = QStringLiteral("start");
            for (int i = 0; i < 200 - (chain == 0 ? 1 : 0); ++i) {
                const QString name = QStringLiteral("t%1_%2").arg(chain).arg(i);
                tasks.append(name);
                edges.append({previous, name});
                previous = name;
            }
        }
        QCOMPARE(tasks.size(), 2000);
        const QList<QPointF> at = DagLayout::compute(tasks, edges);
        QCOMPARE(at.size(), 2000);
        for (const auto &[from, to] : edges)
            QVERIFY(at.at(tasks.indexOf(from)).x() < at.at(tasks.indexOf(to)).x());
    }
};

QTEST_GUILESS_MAIN(tst_DagLayout)
#include "tst_daglayout.moc"
