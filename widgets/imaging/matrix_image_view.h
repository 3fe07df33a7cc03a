#pragma once
// MatrixImageView: shows an n x n float matrix (a GASF/GADF/MTF image) as a
// colour-mapped picture with nearest-neighbour zoom (mouse wheel, or the
// zoom slots), drag to pan, and a tooltip with the row i, column j and the
// float value under the cursor.

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

namespace netsynth {

class MatrixImageView : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixImageView(QWidget *parent = nullptr);

    // values: n * n row-major floats (kept for the tooltip); image: n x n colours.
    void setMatrix(const QImage &image, std::shared_ptr<const std::vector<float>> values, int n);
    int matrixSize() const { return m_n; }
    const QImage &image() const { return m_image; }
    double scale() const { return m_scale; } // screen pixels per matrix cell
    bool fitsView() const { return m_fit; }

    // Matrix cell under a widget position; false outside the image.
    bool cellAt(const QPointF &pos, int &i, int &j) const;
    QString toolTipAt(const QPointF &pos) const;
    QPointF cellCentre(int i, int j) const; // widget position of a cell's centre

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();

Q_SIGNALS:
    void cellHovered(int i, int j, double value);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomAround(const QPointF &anchor, double factor);
    double fitScale() const;

    QImage m_image;
    std::shared_ptr<const std::vector<float>> m_values;
    int m_n = 0;
    double m_scale = 1.0;
    QPointF m_origin;  // widget position of the image's top-left corner
    bool m_fit = true;
    bool m_dragging = false;
    QPointF m_dragStart;
};

} // namespace netsynth
