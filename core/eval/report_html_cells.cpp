// The Data and Configuration sections' cells: JSON values written for
// people (see report_html_cells_p.h).
#include "core/eval/report_html_cells_p.h"

#include "core/eval/report_html.h"
#include "core/eval/report_text.h"
#include "core/imaging/encode_spec.h"

#include <QString>

namespace netsynth::report_cells {

namespace {
QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
} // namespace

// The encode spec for people, with the JSON below it for exactness.
std::string encodingCell(const nlohmann::json &spec)
{
    std::string text;
    try {
        text = ReportHtml::escape(EncodeSpec::fromJson(spec).describe()) + "<br>";
    } catch (const std::exception &) {
        // Not a readable spec: the JSON alone says what is there.
    }
    nlohmann::json shown = spec;
    if (shown.is_object() && shown.contains("quantiles") && shown["quantiles"].is_array())
        shown["quantiles"] = ReportText::str("%n knots (in metrics.json)", nullptr, static_cast<int>(shown["quantiles"].size()));
    return text + "<small>" + ReportHtml::escape(shown.dump()) + "</small>";
}

// A JSON value for people: "key value; key value", numbers formatted, long
// arrays counted, objects below two levels elided (metrics.json has them).
std::string readableJson(const nlohmann::json &j, int depth)
{
    if (j.is_object()) {
        if (depth >= 2) return "(...)";
        std::string out;
        for (auto it = j.begin(); it != j.end(); ++it)
            out += (out.empty() ? "" : "; ") + it.key() + " " + readableJson(it.value(), depth + 1);
        return depth == 0 ? out : "(" + out + ")";
    }
    if (j.is_array()) {
        if (j.size() > 8) return "[" + ReportText::str("%n values", nullptr, static_cast<int>(j.size())) + "]";
        std::string out;
        for (const auto &v : j) out += (out.empty() ? "" : ", ") + readableJson(v, depth + 1);
        return "[" + out + "]";
    }
    if (j.is_string()) return j.get<std::string>();
    if (j.is_number_float()) return ReportHtml::formatNumber(j);
    return j.dump();
}

// The pipeline block: its options, then each step's seconds (the steps'
// inputs, e.g. the encode spec, are in the Data section and metrics.json).
std::string pipelineCell(const nlohmann::json &p)
{
    nlohmann::json options = p;
    options.erase("steps");
    std::string out = readableJson(options);
    const nlohmann::json steps = p.value("steps", nlohmann::json::object());
    std::string timing;
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        if (!it.value().is_object() || !it.value().contains("seconds")) continue;
        // "encode 0.090 s", the step's name being a key of metrics.json.
        timing += (timing.empty() ? "" : ", ") + it.key() + " " + ReportHtml::formatNumber(it.value()["seconds"]) + " s" +
                  (it.value().value("reused", false) ? " " + ReportText::str("(reused)") : std::string());
    }
    if (steps.contains("total_seconds"))
        timing += (timing.empty() ? "" : ", ") +
                  ReportText::tr("total %1 s").arg(q(ReportHtml::formatNumber(steps["total_seconds"]))).toStdString();
    if (timing.empty()) return out;
    return ReportText::tr("%1; steps: %2").arg(q(out), q(timing)).toStdString();
}
} // namespace netsynth::report_cells
