#pragma once
// Small layout helpers shared by the panes' QCustomPlot charts. The header
// does not include qcustomplot.h (include it through qcustomplot_include.h in
// the .cpp that draws).

class QCustomPlot;

namespace netsynth {

// The legend in a row of its own above the axis rect, `perRow` entries side
// by side, so it never covers the data (the plots can be narrow: the panes
// share the window).
void legendAbovePlot(QCustomPlot *plot, int perRow);

} // namespace netsynth
