#include "widgets/appshot/map_grid.h"

#include "widgets/appshot/map_canvas.h"
#include "widgets/colour_bar.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace netsynth {

MapGrid::MapGrid(MapCanvas *const canvases[3], ColourBar *differenceBar, QWidget *parent)
    : QWidget(parent), m_layout(new QGridLayout(this)), m_bar(differenceBar)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(2);
    for (int i = 0; i < 3; ++i) m_canvases[i] = canvases[i];
    arrange(3);
}

void MapGrid::setGridShape(int rows, int cols)
{
    m_rows = std::max(1, rows);
    m_cols = std::max(1, cols);
    arrange(bestColumns(size(), m_rows, m_cols, overhead()));
}

int MapGrid::overhead() const
{
    // A map's title line and, under the difference map, the colour bar.
    return fontMetrics().height() * 2 + m_bar->sizeHint().height();
}

int MapGrid::bestColumns(QSize area, int rows, int cols, int overhead)
{
    int best = 3;
    double bestScale = -1.0;
    for (int columns : {3, 2, 1}) {
        const int mapRows = (3 + columns - 1) / columns;
        const double cellWidth = double(area.width()) / columns;
        const double cellHeight = double(area.height()) / mapRows - overhead;
        const double scale = std::min(cellWidth / std::max(1, cols), cellHeight / std::max(1, rows));
        if (scale > bestScale * 1.05) { // a clear gain only: no flipping at the boundary
            best = columns;
            bestScale = scale;
        }
    }
    return best;
}

void MapGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(bestColumns(event->size(), m_rows, m_cols, overhead()));
}

void MapGrid::arrange(int columns)
{
    if (columns == m_columns) return;
    m_columns = columns;
    for (MapCanvas *c : m_canvases) m_layout->removeWidget(c);
    m_layout->removeWidget(m_bar);
    // Canvas i at (2 * (i / columns), i % columns); the bar right under the difference map.
    for (int r = 0; r < 6; ++r) m_layout->setRowStretch(r, 0);
    for (int c = 0; c < 3; ++c) m_layout->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < 3; ++i) {
        const int row = 2 * (i / columns);
        m_layout->addWidget(m_canvases[i], row, i % columns);
        m_layout->setRowStretch(row, 1);
    }
    m_layout->addWidget(m_bar, 2 * (2 / columns) + 1, 2 % columns);
    m_layout->activate(); // the maps take their new places now, not at the next event
}

} // namespace netsynth
