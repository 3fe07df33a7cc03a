#pragma once
// The "Generators compared" section of an evaluation report (see
// comparison_report.h for the metrics it reads). Same HTML subset as
// report_html.h (tables with bgcolor, headings, img), so report.html,
// report.pdf and the Reports pane show the same section. Torch-free.

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace netsynth {

class ComparisonHtml
{
public:
    using ChartImage = std::function<std::string(const nlohmann::json &chart)>;

    // Empty when `metrics` holds no "comparison" of at least two generators.
    // chartImage renders one chart of metrics["charts"] as an <img> element.
    static std::string section(const nlohmann::json &metrics, const ChartImage &chartImage);

    // Background colour of the best cell of a column.
    static const char *bestColour() { return "#c8e6c9"; }
};

} // namespace netsynth
