// The building blocks every report renderer shares (escaping, numbers,
// embedded charts and PNGs) and reading metrics.json / writing report.html;
// the evaluation report's sections are in report_html.cpp.
#include "core/eval/report_html.h"

#include "core/eval/report_chart.h"
#include "core/eval/report_kind.h"
#include "core/eval/report_text.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/json_document.h"

#include <QByteArray>

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace netsynth {

namespace fs = std::filesystem;

std::string ReportHtml::base64(const std::string &bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toBase64().toStdString();
}

std::string ReportHtml::escape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string ReportHtml::formatNumber(const nlohmann::json &value, int precision)
{
    if (value.is_number_integer() || value.is_number_unsigned())
        return std::to_string(value.get<long long>());
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (!std::isfinite(v)) return ReportText::str("n/a");
        char buf[48];
        if (precision == 0) std::snprintf(buf, sizeof buf, "%.0f", v);
        else if (v != 0.0 && (std::fabs(v) >= 1e5 || std::fabs(v) < 1e-3)) std::snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
        else std::snprintf(buf, sizeof buf, "%.*f", precision, v);
        return buf;
    }
    if (value.is_string()) return escape(value.get<std::string>());
    if (value.is_boolean()) return value.get<bool>() ? ReportText::str("yes") : ReportText::str("no");
    return ReportText::str("n/a");
}

std::string ReportHtml::chartImage(const nlohmann::json &chart, ImageMode mode)
{
    // Drawn at 560 x 320 and shown a little smaller, so two charts side by side
    // (and their table's spacing) fit the PDF page's 1182 px printable width.
    const std::string id = chart.value("id", std::string("chart"));
    const std::string size = " width=\"540\" height=\"309\">";
    if (mode == ImageMode::Embedded) {
        // The title in the report's language, as the chart draws it.
        const std::string alt = chart.contains("title") ? ReportChart::displayText(chart, "title") : id;
        return "<img alt=\"" + escape(alt) + "\" src=\"data:image/svg+xml;base64," + base64(ReportChart::toSvg(chart)) +
               "\"" + size;
    }
    return "<img src=\"chart:" + id + "\"" + size;
}

std::string ReportHtml::pngImage(const std::string &folder, const std::string &file, ImageMode mode)
{
    if (mode == ImageMode::Embedded) {
        const fs::path p = fs::path(folder) / file;
        if (!fs::exists(p))
            return "<p><i>" + ReportText::tr("%1 is missing").arg(QString::fromStdString(escape(file))).toStdString() +
                   "</i></p>";
        return "<img alt=\"" + escape(file) + "\" src=\"data:image/png;base64," + base64(readWholeFile(p.string())) + "\">";
    }
    return "<img src=\"" + escape(file) + "\">";
}

nlohmann::json ReportHtml::loadMetrics(const std::string &folderOrFile)
{
    fs::path p(folderOrFile);
    if (fs::is_directory(p) || p.extension() != ".json") p /= "metrics.json";
    const std::string path = p.string();
    nlohmann::json j = readJsonFile(path);
    ReportKind::of(j, path); // InputError when no kind of report reads it
    return j;
}

std::string ReportHtml::writeHtml(const nlohmann::json &metrics, const std::string &metricsFolder,
                                  const std::string &outDir)
{
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec)
        throw InputError(outDir, {}, "cannot create folder: " + ec.message());
    const std::string path = (fs::path(outDir) / "report.html").string();
    writeFileAtomically(path, render(metrics, metricsFolder, ImageMode::Embedded));
    return path;
}

} // namespace netsynth
