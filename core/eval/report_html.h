#pragma once
// HTML of an evaluation report, rendered from metrics.json (plus the sample
// grid PNGs in the same folder). Torch-free, no Qt GUI.
//
// The HTML keeps to the subset Qt's rich text engine understands (tables with
// bgcolor, headings, img), so the same markup serves three readers:
//   Embedded   report.html for browsers: charts as SVG data URIs, sample grids
//              as PNG data URIs; one self-contained file.
//   Resources  for QTextDocument (report.pdf and the Reports pane): charts are
//              <img src="chart:ID">, sample grids <img src="FILE.png">; the Qt
//              side registers those resources (charts drawn with QPainter).

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

class ReportHtml
{
public:
    enum class ImageMode { Embedded, Resources };

    // folder: where metrics.json and the sample grids live (Embedded mode reads the PNGs).
    // AppShot metrics (format "netsynth-appshot-metrics") render as an AppShot report.
    static std::string render(const nlohmann::json &metrics, const std::string &folder, ImageMode mode);
    // A table of the headline numbers of two reports side by side, with the difference.
    static std::string compare(const nlohmann::json &a, const std::string &nameA, const nlohmann::json &b,
                               const std::string &nameB);
    // Reads and parses FOLDER/metrics.json (or a metrics.json path) of an evaluation
    // or an AppShot evaluation; InputError on failure.
    static nlohmann::json loadMetrics(const std::string &folderOrFile);
    // Writes report.html (Embedded) into outDir; returns its path.
    static std::string writeHtml(const nlohmann::json &metrics, const std::string &metricsFolder,
                                 const std::string &outDir);

    // <img> of a chart (SVG data URI, or the chart:ID resource) and of a PNG in `folder`.
    static std::string chartImage(const nlohmann::json &chart, ImageMode mode);
    static std::string pngImage(const std::string &folder, const std::string &file, ImageMode mode);
    // Confusion matrices of more classes than this are drawn as heat-map
    // images (one pixel block per cell) instead of HTML tables: a 200-class
    // table has 40,000 cells per scenario, megabytes of HTML and minutes of
    // QTextDocument layout for the PDF.
    static constexpr std::size_t kConfusionTableMaxClasses = 30;
    // PNG bytes of the heat map of metrics.tstr.<scenario>.confusion (rows: true
    // class, columns: predicted; shade: share of the row), or "" when the
    // matrix is missing or small enough for a table. Resources mode refers to
    // it as <img src="confusion:SCENARIO">.
    static std::string confusionPng(const nlohmann::json &metrics, const std::string &scenario);

    static std::string escape(const std::string &text);
    static std::string base64(const std::string &bytes);
    static std::string formatNumber(const nlohmann::json &value, int precision = 3);
};

} // namespace netsynth
