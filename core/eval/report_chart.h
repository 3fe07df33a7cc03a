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
//
// Titles and axis labels are stored in English and translated when drawn
// (draw `translated(chart)`, not `chart`). A fixed text is marked where the
// chart is made with QT_TRANSLATE_NOOP("ReportText", "..."), which is why this
// header includes <QtGlobal>. A text made of a fixed part and values, like
// "CDF of packet size (bytes): real vs synthetic", is stored with setComposed:
// next to the English "title" it keeps "title_template" ("CDF of %1: real vs
// synthetic") and "title_args" (["packet size (bytes)"]), so a renderer
// composes it again in the report's language. Older metrics.json files have no
// template: their English text is shown as stored.

#include <QtGlobal>

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
    // Stores item[field] = the English text (englishTemplate with %1, %2, ...
    // replaced by args) and, for the renderers, field + "_template" and
    // field + "_args". Mark englishTemplate with QT_TRANSLATE_NOOP("ReportText", ...).
    static void setComposed(nlohmann::json &item, const std::string &field, const char *englishTemplate,
                            const std::vector<std::string> &args);
    // templ with %1 ... %9 replaced by args[0] ... args[8], in one pass (an
    // argument that holds "%2" stays as it is).
    static std::string compose(const std::string &templ, const std::vector<std::string> &args);
    // item[field] in the report's language: composed again from its template
    // (template and arguments translated) when it has one, else the stored
    // text translated (unchanged when it has no translation). Works for charts
    // and for the AppShot report's images.
    static std::string displayText(const nlohmann::json &item, const std::string &field);
    // A copy of the chart with its title, axis labels and fixed series names
    // ("real", "synthetic", ...) in the report's language; both renderers draw this.
    static nlohmann::json translated(const nlohmann::json &chart);
    // Renders a chart JSON to a standalone SVG document (width x height pixels),
    // in the report's language.
    static std::string toSvg(const nlohmann::json &chart, int width = 560, int height = 320);
    // Colour of series i (shared by the SVG and QPainter renderers), "#rrggbb".
    static std::string seriesColour(std::size_t i);
    // "Nice" axis ticks covering [lo, hi] (about `count` of them).
    static std::vector<double> ticks(double lo, double hi, int count = 5);
    // Number formatting for tick labels.
    static std::string formatTick(double value);
};

} // namespace netsynth
