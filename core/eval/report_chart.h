#pragma once
// Charts as data: a report stores each plot as JSON in metrics.json, and the
// HTML writer (SVG, in core) and the PDF/GUI renderer (QPainter, in widgets)
// both draw from it. Torch-free.
//
//   {"id": "series_cdf", "title": "...", "type": "line" | "bars",
//    "x_label": "...", "y_label": "...",
//    "series": [{"name": "real", "x": [...], "y": [...]}, ...]}
//
// NaN values are stored as null and skipped when drawing.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

struct ChartSeries
{
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
};

// The data window a chart is drawn in, the same for both renderers.
struct ChartRange
{
    bool empty = true;                 // no finite point: draw "no data"
    double xlo = 0, xhi = 1, ylo = 0, yhi = 1;
    double barHalf = 0;                // bars: half the spacing of the x positions
};

class ReportChart
{
public:
    // Layout shared by the renderers (pixels of a width x height chart).
    static constexpr double kLeft = 62, kRight = 14, kTop = 30, kBottom = 44;
    static constexpr double kLegendRow = 16; // legend: one row per series in the plot's top right
    // The x and y ranges of a chart whose plot area is plotHeight pixels high:
    // bars start at 0 and widen x by half a bar on each side, and y leaves room
    // at the top for the legend rows, so no bar or line is drawn under the
    // legend or cut at the frame (report charts were clipped at the top).
    static ChartRange range(const nlohmann::json &chart, double plotHeight);
    static nlohmann::json line(const std::string &id, const std::string &title, const std::string &xLabel,
                               const std::string &yLabel, const std::vector<ChartSeries> &series);
    static nlohmann::json bars(const std::string &id, const std::string &title, const std::string &xLabel,
                               const std::string &yLabel, const std::vector<ChartSeries> &series);
    // Renders a chart JSON to a standalone SVG document (width x height pixels).
    static std::string toSvg(const nlohmann::json &chart, int width = 560, int height = 320);
    // Colour of series i (shared by the SVG and QPainter renderers), "#rrggbb".
    static std::string seriesColour(std::size_t i);
    // "Nice" axis ticks covering [lo, hi] (about `count` of them).
    static std::vector<double> ticks(double lo, double hi, int count = 5);
    // Number formatting for tick labels.
    static std::string formatTick(double value);
};

} // namespace netsynth
