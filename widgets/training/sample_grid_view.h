#pragma once
// SampleGridView: a grid of generated images, one row per class with its name,
// drawn with the viridis colour map over the set's value range ([-1, 1] for
// GASF, [0, 1] for gamma-corrected sets), as the Imaging pane and the contact
// sheets draw them. Display only; a small grid is enlarged to fill the view.
// The image is built by gridImage() (any thread) and shown with setImage().
// Training previews go through addPreview(): the view keeps every preview of
// the run and a slider under the grid steps back through them (the newest
// is shown as it arrives unless the user is looking at an older one).

#include <QImage>
#include <QPair>
#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QSlider;

namespace netsynth {

struct SampleGrid;

class SampleGridView : public QWidget
{
    Q_OBJECT
public:
    explicit SampleGridView(QWidget *parent = nullptr);

    // Renders grid to an image: rows = classes, columns = perClass images,
    // each scaled up to about cellSize pixels, class names on the left.
    static QImage gridImage(const SampleGrid &grid, int cellSize = 96);

    void setImage(const QImage &image, const QString &caption);
    // Appends a training preview to the history and shows it (or, while an
    // older preview is shown, only extends the slider).
    void addPreview(const QImage &image, const QString &caption);
    int previewCount() const { return static_cast<int>(m_history.size()); }
    // Shows preview `index` (0 = the first) of the history.
    void showPreview(int index);
    // Clears the image and the preview history.
    void clear(const QString &message);
    QImage image() const { return m_image; }
    QString caption() const;
    // The tile (class row, column) under a point of this widget, or {-1, -1};
    // images made by gridImage() carry their tile layout.
    QPair<int, int> tileAt(const QPoint &pos) const;

Q_SIGNALS:
    // A click on a tile of a grid made by gridImage().
    void tileClicked(int row, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updatePixmap();
    QLabel *m_caption;
    QLabel *m_view;
    QImage m_image;
    QSize m_shown; // size of the pixmap on screen
    struct Preview
    {
        QImage image;
        QString caption;
    };
    std::vector<Preview> m_history;
    QSlider *m_slider;
    QLabel *m_position; // "Preview 3 of 7"
};

} // namespace netsynth
