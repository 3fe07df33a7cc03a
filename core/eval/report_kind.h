#pragma once
// A kind of report: which metrics.json it reads ("format") and how it renders,
// compares and sums itself up, in the report's language (ReportText). Like
// Okular's generators or QGIS's renderer registry: ReportKind::find is the one
// place that looks at a metrics.json's format, and the HTML writer, the PDF,
// the Reports pane and the CLI ask the kind instead of checking it.
//
// Kinds: the evaluation of a synthetic set ("netsynth-evaluation", with the
// generator comparison when it has one; report_html.cpp) and the AppShot
// city traffic evaluation ("netsynth-appshot-metrics"; appshot_report_html.cpp).
// Adding a kind: implement it beside its renderer and list it in
// report_kind.cpp. Torch-free.

#include "core/eval/report_html.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

class ReportKind
{
public:
    virtual ~ReportKind() = default;

    // metrics.json's "format" this kind reads.
    virtual std::string format() const = 0;
    // A short tag for lists ("AppShot"), empty for the evaluation report.
    virtual std::string listTag() const = 0;
    // What the report is, in the report's language ("AppShot city traffic evaluation").
    virtual std::string description() const = 0;
    // The document's title (report.pdf's metadata), in the report's language.
    virtual std::string documentTitle() const = 0;
    // The whole report as HTML (see ReportHtml for the image modes).
    virtual std::string render(const nlohmann::json &metrics, const std::string &folder,
                               ReportHtml::ImageMode mode) const = 0;
    // The headline numbers of two reports of this kind side by side, with the difference.
    virtual std::string compare(const nlohmann::json &a, const std::string &nameA, const nlohmann::json &b,
                                const std::string &nameB) const = 0;
    // One line for tool tips and lists.
    virtual std::string summaryLine(const nlohmann::json &metrics) const = 0;

    // Every kind, in a fixed order.
    static const std::vector<const ReportKind *> &all();
    // The kind that reads these metrics, or nullptr.
    static const ReportKind *find(const nlohmann::json &metrics);
    // As find; InputError naming `file` and its format field when no kind reads them.
    static const ReportKind &of(const nlohmann::json &metrics, const std::string &file = std::string());
};

// The kinds (defined beside their renderers).
const ReportKind &evaluationReportKind();
const ReportKind &appShotReportKind();

} // namespace netsynth
