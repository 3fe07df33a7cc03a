#pragma once
// A map canvas: draws a stack of grid layers (north up) with opacity, zooms
// with the wheel and pans with the mouse, reports the clicked cell, draws the
// generation patches and the selected cell. Several canvases link their view
// through viewChanged/setView. Display only: images are rendered by the pane.

#include <QImage>
#include <QRect>
#include <QWidget>

#include <vector>

namespace netsynth {

class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    struct Layer
    {
        QImage image; // cols x rows, north up
        double opacity = 1.0;
    };

    explicit MapCanvas(const QString &title, QWidget *parent = nullptr);

    void setGrid(int rows, int cols, bool rowZeroNorth);
    void setLayers(const std::vector<Layer> &layers); // bottom first
    void setTitle(const QString &title);
    void setBadge(const QString &badge); // e.g. "SIMULATED", drawn in red
    // Patches in grid rows/cols (row 0 as stored), drawn as outlines when shown.
    void setPatches(const std::vector<QRect> &patches);
    void setPatchesVisible(bool visible);
    void setSelectedCell(int row, int col);

    int layerCount() const { return static_cast<int>(m_layers.size()); }
    bool patchesVisible() const { return m_showPatches; }
    int patchCount() const { return static_cast<int>(m_patches.size()); }
    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; }
    void setView(double zoom, QPointF center); // no signal
    void resetView();
    QImage renderImage(); // what is on screen

    QSize sizeHint() const override { return {320, 280}; }

Q_SIGNALS:
    void viewChanged(double zoom, QPointF center);
    void cellClicked(int row, int col);

protected:
    void paintEvent(QPaintEvent *) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    double cellSize() const;         // pixels per cell at the current zoom
    QPointF gridToWidget(QPointF displayCell) const;
    QPointF widgetToGrid(QPointF p) const;
    int displayRow(int row) const { return m_rowZeroNorth ? row : m_rows - 1 - row; }

    QString m_title, m_badge;
    int m_rows = 0, m_cols = 0;
    bool m_rowZeroNorth = true;
    std::vector<Layer> m_layers;
    std::vector<QRect> m_patches;
    bool m_showPatches = false;
    int m_selRow = -1, m_selCol = -1;
    double m_zoom = 1.0;
    QPointF m_center{0.5, 0.5}; // centre of view in grid fraction
    QPoint m_pressPos, m_lastPos;
    bool m_dragging = false;
};

} // namespace netsynth
