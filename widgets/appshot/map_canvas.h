#pragma once
// A map canvas: draws a stack of grid layers (north up) with opacity, zooms
// with the wheel and pans with the mouse, reports the clicked and the hovered
// cell, draws the generation patches, the selected cell and, when the grid's
// CRS is metric, a scale bar. Several canvases link their view
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
    // Width of a cell in metres; 0 (the default) when the grid's CRS is not
    // metric: no scale bar then.
    void setCellMetres(double metres);

    struct ScaleBar
    {
        double metres = 0.0; // a round length: 50 m, 100 m, 200 m, 500 m, 1 km, 2 km, ...
        double pixels = 0.0; // its length on screen at the current zoom; 0: no bar
        QString label;       // "500 m", "2 km"
    };
    // The bar drawn at the current zoom: the longest round length that fits
    // in a third of the width (at most 160 px).
    ScaleBar scaleBar() const;

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
    void cellHovered(int row, int col); // stored row; -1, -1 when the mouse leaves the grid

protected:
    void paintEvent(QPaintEvent *) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    double cellSize() const;         // pixels per cell at the current zoom
    QPointF gridToWidget(QPointF displayCell) const;
    QPointF widgetToGrid(QPointF p) const;
    int displayRow(int row) const { return m_rowZeroNorth ? row : m_rows - 1 - row; }
    void setHovered(int row, int col);
    void paintScaleBar(QPainter &p) const;

    QString m_title, m_badge;
    int m_rows = 0, m_cols = 0;
    bool m_rowZeroNorth = true;
    std::vector<Layer> m_layers;
    std::vector<QRect> m_patches;
    bool m_showPatches = false;
    int m_selRow = -1, m_selCol = -1;
    int m_hoverRow = -1, m_hoverCol = -1;
    double m_cellMetres = 0.0;
    double m_zoom = 1.0;
    QPointF m_center{0.5, 0.5}; // centre of view in grid fraction
    QPoint m_pressPos, m_lastPos;
    bool m_dragging = false;
};

} // namespace netsynth
