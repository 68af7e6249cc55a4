#pragma once
// Helpers for the DAG GUI tests: mouse gestures on the canvas as a user makes them, and
// screenshots for people to look at.

#include <views/dag/dagnodeitem.h>
#include <views/dag/dagview.h>

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace DagTest {

inline QPoint onView(Takt::DagView *view, const QPointF &scenePos)
{
    return view->mapFromScene(scenePos);
}

/// Presses on `from`'s output port, drags across the canvas and lets go over `to`.
inline void dragConnect(Takt::DagView *view, Takt::DagNodeItem *from, Takt::DagNodeItem *to)
{
    const QPoint a = onView(view, from->outputPort());
    const QPoint b = onView(view, to->pos());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view->viewport(), a + (b - a) * step / 4);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
}

/// Clicks a node's body (selects it).
inline void clickNode(Takt::DagView *view, Takt::DagNodeItem *node)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onView(view, node->pos()));
}

/// Saves a screenshot to ${TAKT_BINARY_DIR}/screenshots and checks it is not blank.
inline void saveScreenshot(QWidget *widget, const QString &name)
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

} // namespace DagTest
