#pragma once
// DagView: the viewport onto a DagScene — zoom (Ctrl+wheel, +/-, fit) and pan (drag the
// background, scroll bars, wheel).

#include <QGraphicsView>

namespace Takt {

class DagView final : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 4.0;

    explicit DagView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /// 1.0 = 100 %.
    double zoom() const;
    void setZoom(double zoom);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Shows the whole graph (never magnified above 100 %).
    void fitAll();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Takt
