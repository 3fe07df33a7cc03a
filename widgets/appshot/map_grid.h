#pragma once
// MapGrid: the AppShot pane's three linked maps (real, generated, generated
// - real) and the difference map's colour bar, arranged for the space they
// get: side by side, two over one, or stacked, whichever shows a city of the
// grid's shape largest. A 22 x 28 city in the default dock gets two over
// one instead of three 120-pixel strips; a wide window gets the row back.

#include <QWidget>

class QGridLayout;

namespace netsynth {

class ColourBar;
class MapCanvas;

class MapGrid : public QWidget
{
    Q_OBJECT
public:
    // Takes the widgets into its layout (they become its children).
    MapGrid(MapCanvas *const canvases[3], ColourBar *differenceBar, QWidget *parent = nullptr);

    // The city's cells (rows x cols): the shape the arrangement fits.
    void setGridShape(int rows, int cols);
    // Maps per row in the arrangement now shown: 3, 2 or 1.
    int columns() const { return m_columns; }

    // Maps per row (3, 2 or 1) that show a rows x cols grid largest in
    // `area`, with `overhead` pixels of title and bar above and below each
    // map; ties go to more maps per row.
    static int bestColumns(QSize area, int rows, int cols, int overhead);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);
    int overhead() const;

    QGridLayout *m_layout = nullptr;
    MapCanvas *m_canvases[3];
    ColourBar *m_bar = nullptr;
    int m_rows = 1;
    int m_cols = 1;
    int m_columns = 0;
};

} // namespace netsynth
