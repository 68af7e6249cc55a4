// The desktop console attached to one node of a real three-node cluster shows the whole
// cluster in its Nodes tab — labels, slots in use, heartbeat, the leader, running runs — and
// sees a killed node turn dead; an engine that is not in a cluster has no Nodes tab.
#include <tests/system/clusterfixture.h>

#include <engine/api/localengine.h>
#include <engine/core/modeljson.h>
#include <views/main/mainwindow.h>
#include <views/nodes/nodesmodel.h>
#include <views/nodes/nodesview.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSet>
#include <QTabWidget>
#include <QTableView>

using namespace Takt;
using namespace Takt::Test;

namespace {

// Saves a screenshot for people to look at and checks it is not blank.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
    const QString dir = QStringLiteral(TAKT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + u'/' + name));
}

int rowOf(const NodesModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->node(row).name == name)
            return row;
    }
    return -1;
}

QString cell(const NodesModel *model, const QString &name, int column)
{
    return model->index(rowOf(model, name), column).data().toString();
}

} // namespace

class tst_NodesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attachedToOneNodeShowsTheWholeCluster()
    {
        if (!PostgresServer::isInstalled())
            QSKIP(qPrintable(PostgresServer::missingMessage()));
        ClusterFixture cluster;
        QVERIFY2(cluster.setUp(QStringLiteral("nodesview")), qPrintable(cluster.error()));
        QVERIFY(cluster.start(u"n1"_qs, u"linux"_qs));
        QVERIFY(cluster.start(u"n2"_qs, u"linux"_qs));
        QVERIFY(cluster.start(u"n3"_qs, u"linux,gpu"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!cluster.leader().isEmpty(), 20'000);
        const auto spec = jobSpecFromJson(QJsonDocument::fromJson(
            R"({"name": "render", "labels": ["gpu"], "command": "sleep 20"})").object());
        QVERIFY(await(cluster.engine(u"n2"_qs)->createJob(spec.value())).isOk());
        const auto run = await(cluster.engine(u"n2"_qs)->runJobNow(u"render"_qs));
        QVERIFY(run.isOk());

        RemoteEngine remote(cluster.node(u"n2"_qs).url, cluster.node(u"n2"_qs).token);
        MainWindow window(&remote, cluster.dataDir(u"n2"_qs), false);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.nodesView() != nullptr, 10'000);
        QCOMPARE(window.tabs()->tabText(2), u"Nodes"_qs);
        window.tabs()->setCurrentWidget(window.nodesView());
        NodesModel *model = window.nodesView()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10'000);

        const QString leader = cluster.leader();
        QCOMPARE(cell(model, leader, NodesModel::Leader), u"leader"_qs);
        // The gpu run is on n3, the one node offering gpu: its row says so.
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, u"n3"_qs, NodesModel::Running), QStringLiteral("#%1").arg(run->id), 10'000);
        QCOMPARE(cell(model, u"n3"_qs, NodesModel::Slots), u"1 / 4"_qs);
        QCOMPARE(cell(model, u"n3"_qs, NodesModel::Labels), u"linux, gpu"_qs);
        QCOMPARE(cell(model, u"n1"_qs, NodesModel::State), u"alive"_qs);
        QVERIFY(window.nodesView()->statusText().contains(leader));
        saveScreenshot(&window, u"mainwindow-nodes.png"_qs);

        // A node killed: the panel shows it dead once the leader has declared it so.
        const QString victim = leader == u"n1" ? u"n3"_qs : u"n1"_qs;
        cluster.kill(victim);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, victim, NodesModel::State), u"dead"_qs, 20'000);
        QVERIFY(window.nodesView()->statusText().contains(u"2 alive"_qs));
        saveScreenshot(&window, u"mainwindow-nodes-dead.png"_qs);
    }

    void aSingleEngineHasNoNodesTab()
    {
        QTemporaryDir data;
        EngineCore::Options options;
        options.dataDir = data.path();
        LocalEngine engine(options);
        QVERIFY(await(engine.start()).isOk());
        MainWindow window(&engine, data.path(), true);
        window.show();
        // Asked after the window asked: when this answer is here, the window's is too.
        const auto nodes = await(engine.nodes());
        QVERIFY(!nodes.isOk());
        QCOMPARE(nodes.error().field, u"cluster"_qs);
        QCoreApplication::processEvents();
        QCOMPARE(window.nodesView(), nullptr);
        QCOMPARE(window.tabs()->count(), 2);
    }
};

QTEST_MAIN(tst_NodesView)
#include "tst_nodesview.moc"
