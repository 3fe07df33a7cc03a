#include "widgets/plot_style.h"

#include "widgets/qcustomplot_include.h"

namespace netsynth {

void legendAbovePlot(QCustomPlot *plot, int perRow)
{
    plot->legend->setVisible(true);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->legend->setWrap(perRow);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true); // re-lays out the entries already there
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->legend->setMargins(QMargins(4, 1, 4, 1));
}

} // namespace netsynth
