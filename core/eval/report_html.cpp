#include "core/eval/report_html.h"
#include "core/eval/report_html_cells_p.h"
#include "core/eval/report_kind.h"
#include "core/runtime/json_document.h"
#include "core/eval/comparison_html.h"
#include "core/eval/report_explanations.h"
#include "core/eval/report_warnings.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_text.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QByteArray>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace netsynth {

using report_cells::encodingCell;
using report_cells::pipelineCell;
using report_cells::readableJson;

namespace {
// A std::string as a QString argument of ReportText::tr(...).arg(...).
QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

namespace fs = std::filesystem;

namespace {

const char *kScenarios[3] = {"real_real", "synth_real", "mixed_real"};

// The TSTR scenario kScenarios[k] in words, in the report's language.
std::string scenarioName(int k)
{
    switch (k) {
    case 0: return ReportText::str("real &rarr; real");
    case 1: return ReportText::str("synthetic &rarr; real");
    default: return ReportText::str("real + synthetic &rarr; real");
    }
}

const nlohmann::json &at(const nlohmann::json &j, const char *key)
{
    static const nlohmann::json null;
    if (j.is_object()) {
        auto it = j.find(key);
        if (it != j.end()) return *it;
    }
    return null;
}

std::string pm(const nlohmann::json &scores, const char *key)
{
    const std::string stdKey = std::string(key) + "_std";
    std::string s = ReportHtml::formatNumber(at(scores, key));
    if (at(scores, stdKey.c_str()).is_number() && at(scores, "runs").is_number() && at(scores, "runs").get<int>() > 1)
        s += " &plusmn; " + ReportHtml::formatNumber(at(scores, stdKey.c_str()));
    return s;
}

// Light-to-dark blue for v in [0, 1].
std::string shade(double v)
{
    v = std::clamp(v, 0.0, 1.0);
    const int r = static_cast<int>(255 - v * (255 - 31)), g = static_cast<int>(255 - v * (255 - 119)),
              b = static_cast<int>(255 - v * (255 - 180));
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
    return buf;
}

// The confusion matrix of metrics.tstr.<scenario> when it is to be drawn as a
// heat map (more classes than a table takes), else null.
const nlohmann::json *confusionHeatMapFor(const nlohmann::json &metrics, const char *scenario)
{
    std::size_t n = 0;
    if (at(at(metrics, "dataset"), "classes").is_array()) n = at(at(metrics, "dataset"), "classes").size();
    const auto &c = at(at(at(metrics, "tstr"), scenario), "confusion");
    if (n <= ReportHtml::kConfusionTableMaxClasses || !c.is_array() || c.size() != n * n) return nullptr;
    return &c;
}

class Html
{
public:
    Html(const nlohmann::json &m, const std::string &folder, ReportHtml::ImageMode mode)
        : m(m), folder(folder), mode(mode) {}

    std::string chartImg(const nlohmann::json &chart) { return ReportHtml::chartImage(chart, mode); }

    std::string pngImg(const std::string &file) { return ReportHtml::pngImage(folder, file, mode); }

    const nlohmann::json *chart(const std::string &id)
    {
        for (const auto &c : at(m, "charts"))
            if (c.value("id", std::string()) == id) return &c;
        return nullptr;
    }

    void charts(std::ostringstream &o, std::initializer_list<const char *> ids)
    {
        o << "<table cellspacing=\"6\"><tr>";
        int n = 0;
        for (const char *id : ids) {
            const nlohmann::json *c = chart(id);
            if (!c) continue;
            if (n > 0 && n % 2 == 0) o << "</tr><tr>";
            o << "<td>" << chartImg(*c) << "</td>";
            ++n;
        }
        o << "</tr></table>";
    }

    void tstrTable(std::ostringstream &o, const nlohmann::json &t, const std::string &title)
    {
        if (!t.is_object()) return;
        o << "<h3>" << title << "</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
          << "<tr bgcolor=\"#eeeeee\"><th>" << ReportText::str("trained on &rarr; tested on") << "</th><th>"
          << ReportText::str("accuracy") << "</th><th>" << ReportText::str("macro-F1") << "</th><th>"
          << ReportText::str("share of real &rarr; real accuracy") << "</th><th>" << ReportText::str("runs") << "</th></tr>";
        const char *ratios[3] = {nullptr, "synth_real_ratio", "mixed_real_ratio"};
        for (int k = 0; k < 3; ++k) {
            const auto &s = at(t, kScenarios[k]);
            o << "<tr><td>" << scenarioName(k) << "</td><td>" << pm(s, "accuracy") << "</td><td>" << pm(s, "macro_f1")
              << "</td><td>" << (k == 0 ? std::string("1") : ReportHtml::formatNumber(at(t, ratios[k]))) << "</td><td>"
              << ReportHtml::formatNumber(at(s, "runs"), 0) << "</td></tr>";
        }
        o << "</table>";
    }

    void confusion(std::ostringstream &o, const nlohmann::json &t, const std::vector<std::string> &classes)
    {
        const std::size_t n = classes.size();
        if (n > ReportHtml::kConfusionTableMaxClasses) {
            confusionImages(o, classes);
            return;
        }
        o << "<table cellspacing=\"8\"><tr>";
        for (int k = 0; k < 3; ++k) {
            const auto &c = at(at(t, kScenarios[k]), "confusion");
            if (!c.is_array() || c.size() != n * n) continue;
            o << "<td valign=\"top\"><b>" << scenarioName(k) << "</b><br>"
              << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr><td></td>";
            for (std::size_t j = 0; j < n; ++j) o << "<td><small>" << j << "</small></td>";
            o << "</tr>";
            for (std::size_t i = 0; i < n; ++i) {
                double rowSum = 0;
                for (std::size_t j = 0; j < n; ++j) rowSum += c[i * n + j].get<double>();
                o << "<tr><td><small>" << i << "</small></td>";
                for (std::size_t j = 0; j < n; ++j) {
                    const double v = c[i * n + j].get<double>();
                    const double frac = rowSum > 0 ? v / rowSum : 0.0;
                    o << "<td bgcolor=\"" << shade(frac) << "\" align=\"right\"><small>"
                      << (frac > 0.6 ? "<font color=\"white\">" : "<font color=\"black\">")
                      << static_cast<long long>(v) << "</font></small></td>";
                }
                o << "</tr>";
            }
            o << "</table></td>";
        }
        o << "</tr></table><p><small>"
          << ReportText::tr("Rows: true class, columns: predicted class (summed over seeds); shade: share of the row. "
                            "Class numbers: %1.")
                 .arg(q(classList(classes)))
                 .toStdString()
          << "</small></p>";
    }

    // Many classes: one heat-map image per scenario instead of a table.
    void confusionImages(std::ostringstream &o, const std::vector<std::string> &classes)
    {
        o << "<table cellspacing=\"8\"><tr>";
        for (int k = 0; k < 3; ++k) {
            if (!confusionHeatMapFor(m, kScenarios[k])) continue;
            o << "<td valign=\"top\"><b>" << scenarioName(k) << "</b><br>";
            // Three side by side must fit a landscape A4 page (about 1,200 px at the PDF's 110 dpi).
            const char *size = " width=\"360\" height=\"360\" style=\"image-rendering:pixelated\"";
            if (mode == ReportHtml::ImageMode::Embedded) // encoded here; the Qt side encodes its own resource
                o << "<img alt=\"" << ReportHtml::escape(ReportText::str("confusion matrix")) << "\" src=\"data:image/png;base64,"
                  << ReportHtml::base64(ReportHtml::confusionPng(m, kScenarios[k])) << "\"" << size << ">";
            else
                o << "<img src=\"confusion:" << kScenarios[k] << "\"" << size << ">";
            o << "</td>";
        }
        o << "</tr></table><p><small>"
          << ReportText::tr("%n classes, too many for a table: each pixel block is one cell, rows are true classes and "
                            "columns predicted classes in the order below (summed over seeds); the darker, the larger "
                            "the share of the row. A good classifier gives a dark diagonal. The exact counts are in "
                            "metrics.json. Class numbers: %1.",
                            nullptr, static_cast<int>(classes.size()))
                 .arg(q(classList(classes)))
                 .toStdString()
          << "</small></p>";
    }

    // "0 = chat, 1 = video" (class names escaped).
    static std::string classList(const std::vector<std::string> &classes)
    {
        std::string out;
        for (std::size_t i = 0; i < classes.size(); ++i)
            out += (i ? ", " : "") + std::to_string(i) + " = " + ReportHtml::escape(classes[i]);
        return out;
    }

    std::string render()
    {
        std::ostringstream o;
        std::vector<std::string> classes;
        if (at(at(m, "dataset"), "classes").is_array())
            classes = at(at(m, "dataset"), "classes").get<std::vector<std::string>>();
        header(o);
        summary(o);
        o << ComparisonHtml::section(m, [this](const nlohmann::json &c) { return chartImg(c); });
        data(o);
        tstr(o, classes);
        early(o);
        fidelity(o, classes);
        trainingCurves(o);
        samples(o);
        environment(o);
        return o.str();
    }

private:
    static void row(std::ostringstream &o, const std::string &k, const std::string &v)
    {
        o << "<tr><td><b>" << k << "</b></td><td>" << v << "</td></tr>";
    }

    // Title, creation line and the sanity warnings.
    void header(std::ostringstream &o)
    {
        o << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
          << ReportHtml::escape(ReportText::str("NetSynth evaluation report")) << "</title>"
          << "<style>body{font-family:sans-serif;margin:24px;max-width:1200px} table{border-collapse:collapse} "
             "th,td{padding:3px 6px} h2{border-bottom:1px solid #999;margin-top:28px} small{color:#444}</style>"
          << "</head><body>";
        o << "<h1>" << ReportText::str("NetSynth Studio: evaluation report") << "</h1>";
        const std::string version = at(at(m, "versions"), "netsynth").is_string()
                                        ? at(at(m, "versions"), "netsynth").get<std::string>()
                                        : std::string("?");
        o << "<p>"
          << ReportText::tr("Created %1 with NetSynth %2.")
                 .arg(q(ReportHtml::escape(m.value("created", std::string()))), q(ReportHtml::escape(version)))
                 .toStdString()
          << "</p>";
        // Sanity warnings first, in the report's language (recomputed from the
        // figures; also for reports older than the warnings).
        o << ReportWarnings::html(ReportWarnings::forDisplay(m));
    }

    // The headline figures.
    void summary(std::ostringstream &o)
    {
        o << "<h2>" << ReportText::str("Summary") << "</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
        row(o, ReportText::str("FID (domain CNN features, real train vs synthetic)"), ReportHtml::formatNumber(at(m, "fid")));
        row(o, ReportText::str("FID floor (real train vs real test)"), ReportHtml::formatNumber(at(m, "fid_real_test")));
        row(o, ReportText::str("k-NN precision / recall"),
            ReportHtml::formatNumber(at(m, "precision")) + " / " + ReportHtml::formatNumber(at(m, "recall")));
        row(o, ReportText::str("Memorisation share (expected about 0.05)"),
            ReportHtml::formatNumber(at(at(m, "memorisation"), "share")));
        if (at(m, "series_copies").is_object())
            row(o, ReportText::str("Series identical to a training series: synthetic / real test"),
                ReportHtml::formatNumber(at(at(m, "series_copies"), "synthetic")) + " / " +
                    ReportHtml::formatNumber(at(at(m, "series_copies"), "real_test")));
        const auto &t = at(m, "tstr");
        row(o, ReportText::str("TSTR judge"), ReportHtml::escape(ReportExplanations::judgeName(t)));
        for (int k = 0; k < 3; ++k)
            row(o, ReportText::tr("TSTR %1 accuracy / macro-F1").arg(q(scenarioName(k))).toStdString(),
                pm(at(t, kScenarios[k]), "accuracy") + " / " + pm(at(t, kScenarios[k]), "macro_f1"));
        if (!at(t, "synth_real_ratio").is_null())
            row(o, ReportText::str("Synthetic &rarr; real as a share of real &rarr; real"),
                ReportText::tr("%1 (real + synthetic: %2)")
                    .arg(q(ReportHtml::formatNumber(at(t, "synth_real_ratio"))),
                         q(ReportHtml::formatNumber(at(t, "mixed_real_ratio"))))
                    .toStdString());
        o << "</table>";
    }

    // Which images were compared.
    void data(std::ostringstream &o)
    {
        const auto &d = at(m, "dataset");
        o << "<h2>" << ReportText::str("Data") << "</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
        row(o, ReportText::str("Real (training) images"), ReportHtml::escape(at(d, "real").is_string() ? at(d, "real").get<std::string>() : ""));
        row(o, ReportText::str("Real test images"), ReportHtml::escape(at(d, "test_real").is_string() ? at(d, "test_real").get<std::string>() : ""));
        row(o, ReportText::str("Synthetic images"), ReportHtml::escape(at(d, "synthetic").is_string() ? at(d, "synthetic").get<std::string>() : ""));
        row(o, ReportText::str("Image size"), ReportHtml::formatNumber(at(d, "image_size"), 0));
        row(o, ReportText::str("Encoding"), encodingCell(at(d, "spec")));
        if (at(d, "synthetic_provenance").is_object() && !at(d, "synthetic_provenance").empty())
            row(o, ReportText::str("Synthetic provenance"), ReportHtml::escape(at(d, "synthetic_provenance").dump()));
        if (at(d, "dropped_synthetic_classes").is_array() && !at(d, "dropped_synthetic_classes").empty())
            row(o, ReportText::str("Synthetic classes not in the real set (ignored)"), ReportHtml::escape(at(d, "dropped_synthetic_classes").dump()));
        o << "</table>";
    }

    // Downstream usefulness: every judge's table, the charts and the confusion matrices.
    void tstr(std::ostringstream &o, const std::vector<std::string> &classes)
    {
        const auto &t = at(m, "tstr");
        o << "<h2>" << ReportText::str("Downstream usefulness (TSTR)") << "</h2><p>"
          << ReportText::str("Every classifier is tested on the held-out real images only.") << "</p>";
        const std::string engine = at(at(m, "tstr_trees"), "engine").is_string()
                                       ? at(at(m, "tstr_trees"), "engine").get<std::string>()
                                       : std::string();
        tstrTable(o, at(m, "tstr_trees"),
                  ReportText::tr("Boosted trees on every real training series (the judge: %1)")
                      .arg(q(ReportHtml::escape(engine)))
                      .toStdString());
        if (at(m, "tstr_cnn").is_object())
            tstrTable(o, at(m, "tstr_cnn"), ReportText::str("GASF CNN (NetDiffus downstream classifier)"));
        tstrTable(o, at(m, "tstr_series"),
                  ReportText::str("Series classifier (MLP on per-series features of the inverted series)"));
        charts(o, {"tstr", "cnn_loss"});
        // The classifier's id ("gasf-cnn") as metrics.json names it.
        const std::string classifier =
            at(t, "classifier").is_string() ? ReportHtml::escape(at(t, "classifier").get<std::string>()) : std::string();
        o << "<h3>" << ReportText::tr("Confusion matrices (%1)").arg(q(classifier)).toStdString() << "</h3>";
        confusion(o, t, classes);
    }

    // Accuracy on the first N values.
    void early(std::ostringstream &o)
    {
        const auto &e = at(m, "early");
        if (e.is_object()) {
            o << "<h2>" << ReportText::str("Early classification") << "</h2><p>"
              << ReportText::tr("Series classifier on the first N values of each series (series length %1).")
                     .arg(q(ReportHtml::formatNumber(at(e, "series_length"), 0)))
                     .toStdString()
              << "</p>";
            o << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>N</th>";
            for (int k = 0; k < 3; ++k)
                o << "<th>" << ReportText::tr("%1 accuracy").arg(q(scenarioName(k))).toStdString() << "</th>";
            o << "</tr>";
            const auto &ps = at(e, "prefixes");
            for (std::size_t i = 0; ps.is_array() && i < ps.size(); ++i) {
                o << "<tr><td>" << ReportHtml::formatNumber(ps[i], 0) << "</td>";
                for (int k = 0; k < 3; ++k) {
                    const auto &acc = at(at(e, kScenarios[k]), "accuracy");
                    o << "<td>" << (acc.is_array() && i < acc.size() ? ReportHtml::formatNumber(acc[i]) : "") << "</td>";
                }
                o << "</tr>";
            }
            o << "</table>";
            charts(o, {"early"});
        }
    }

    // Distances overall and per class, their charts, weak classes and decoded examples.
    void fidelity(std::ostringstream &o, const std::vector<std::string> &classes)
    {
        o << "<h2>" << ReportText::str("Fidelity") << "</h2>";
        const auto &fo = at(m, "fidelity");
        const auto &ff = at(m, "fidelity_real_test");
        if (fo.is_object()) {
            o << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>"
              << ReportText::str("metric (all classes)") << "</th><th>" << ReportText::str("synthetic vs real")
              << "</th><th>" << ReportText::str("real test vs real train (floor)") << "</th></tr>";
            for (auto it = fo.begin(); it != fo.end(); ++it)
                o << "<tr><td>" << it.key() << "</td><td>" << ReportHtml::formatNumber(it.value()) << "</td><td>"
                  << ReportHtml::formatNumber(at(ff, it.key().c_str())) << "</td></tr>";
            o << "</table>";
        }
        const auto &pc = at(m, "per_class");
        if (pc.is_object() && !classes.empty()) {
            std::vector<std::string> cols;
            for (const char *k : {"fid", "size_jsd", "direction_jsd", "size_w1", "size_ks", "iat_jsd", "iat_w1", "iat_ks",
                                  "value_jsd", "value_w1", "value_ks", "acf_error", "length_jsd", "f1_real_real",
                                  "f1_synth_real", "f1_mixed_real"})
                for (const auto &c : classes)
                    if (at(pc, c.c_str()).contains(k)) { cols.push_back(k); break; }
            o << "<h3>" << ReportText::str("Per class")
              << "</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr bgcolor=\"#eeeeee\"><th>#</th><th>"
              << ReportText::str("class") << "</th><th>" << ReportText::str("real train") << "</th><th>"
              << ReportText::str("real test") << "</th><th>" << ReportText::str("synthetic") << "</th>";
            for (const auto &c : cols) o << "<th>" << c << "</th>";
            o << "</tr>";
            for (std::size_t i = 0; i < classes.size(); ++i) {
                const auto &r = at(pc, classes[i].c_str());
                o << "<tr><td>" << i << "</td><td>" << ReportHtml::escape(classes[i]) << "</td><td>"
                  << ReportHtml::formatNumber(at(r, "count_real_train"), 0) << "</td><td>"
                  << ReportHtml::formatNumber(at(r, "count_real_test"), 0) << "</td><td>"
                  << ReportHtml::formatNumber(at(r, "count_synthetic"), 0) << "</td>";
                for (const auto &c : cols) o << "<td>" << ReportHtml::formatNumber(at(r, c.c_str())) << "</td>";
                o << "</tr>";
            }
            o << "</table><p><small>"
              << ReportText::str("Distances: 0 is identical; JSD in [0, 1] (base 2); W1 normalised by the real range "
                                 "(NetShare); KS in [0, 1]; FID per class needs enough images on both sides (else empty).")
              << "</small></p>";
        }
        charts(o, {"series_cdf", "series_hist", "length_hist", "acf"});
        o << ReportExplanations::weakClasses(m, classes) << ReportExplanations::seriesExamples(m, classes);
    }

    // The diffusion loss, when the pipeline recorded it.
    void trainingCurves(std::ostringstream &o)
    {
        if (chart("diffusion_loss") || chart("cnn_loss")) {
            o << "<h2>" << ReportText::str("Training curves") << "</h2>";
            charts(o, {"diffusion_loss"});
        }
    }

    // Contact sheets of real and synthetic images.
    void samples(std::ostringstream &o)
    {
        const auto &g = at(m, "sample_grids");
        if (g.is_object()) {
            o << "<h2>" << ReportText::str("Samples") << "</h2><table cellspacing=\"8\"><tr><th>" << ReportText::str("real")
              << "</th><th>" << ReportText::str("synthetic") << "</th></tr><tr><td valign=\"top\">"
              << pngImg(at(g, "real").get<std::string>()) << "</td><td valign=\"top\">"
              << pngImg(at(g, "synthetic").get<std::string>()) << "</td></tr></table>";
            // One grid per generator of a comparison (same classes and rows as the real grid).
            const auto &more = at(g, "generators");
            if (more.is_object() && !more.empty()) {
                o << "<table cellspacing=\"8\"><tr>";
                int n = 0;
                for (const auto &name : at(m, "generator_order")) {
                    const auto &file = at(more, name.get<std::string>().c_str());
                    if (!file.is_string()) continue;
                    // Two per row: three grids (466 px each with 8 per class) overflow a PDF page.
                    if (n > 0 && n % 2 == 0) o << "</tr><tr>";
                    o << "<td valign=\"top\"><b>" << ReportHtml::escape(name.get<std::string>()) << "</b><br>"
                      << pngImg(file.get<std::string>()) << "</td>";
                    ++n;
                }
                o << "</tr></table>";
            }
        }
    }

    // Settings, seeds, versions, device and durations.
    void environment(std::ostringstream &o)
    {
        o << "<h2>" << ReportText::str("Configuration and environment")
          << "</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
        row(o, ReportText::str("Evaluation settings"), ReportHtml::escape(readableJson(at(m, "config"))));
        row(o, ReportText::str("Seeds"), ReportHtml::escape(readableJson(at(m, "seeds"))));
        row(o, ReportText::str("Versions"), ReportHtml::escape(readableJson(at(m, "versions"))));
        row(o, ReportText::str("Device"), ReportHtml::escape(readableJson(at(m, "device"))));
        row(o, ReportText::str("Durations (s)"), ReportHtml::escape(readableJson(at(m, "durations"))));
        if (at(m, "fid_encoder").is_object())
            row(o, ReportText::str("FID encoder"), ReportHtml::escape(readableJson(at(m, "fid_encoder"))));
        if (at(m, "pipeline").is_object())
            row(o, ReportText::str("Pipeline"), ReportHtml::escape(pipelineCell(at(m, "pipeline"))));
        o << "</table></body></html>\n";
    }

    const nlohmann::json &m;
    std::string folder;
    ReportHtml::ImageMode mode;
};

} // namespace

std::string ReportHtml::confusionPng(const nlohmann::json &metrics, const std::string &scenario)
{
    const nlohmann::json *matrix = confusionHeatMapFor(metrics, scenario.c_str());
    if (!matrix) return {};
    const nlohmann::json &c = *matrix;
    const std::size_t n = at(at(metrics, "dataset"), "classes").size();
    const int cell = std::max(2, static_cast<int>(std::lround(600.0 / static_cast<double>(n))));
    const int side = cell * static_cast<int>(n);
    cv::Mat img(side, side, CV_8UC3, cv::Scalar(255, 255, 255));
    for (std::size_t i = 0; i < n; ++i) {
        double rowSum = 0;
        for (std::size_t j = 0; j < n; ++j) rowSum += c[i * n + j].get<double>();
        if (rowSum <= 0) continue;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = std::clamp(c[i * n + j].get<double>() / rowSum, 0.0, 1.0);
            if (v <= 0) continue;
            // The same ramp as the table cells' shade(): white to #1f77b4 (OpenCV is BGR).
            const cv::Scalar colour(255 - v * (255 - 180), 255 - v * (255 - 119), 255 - v * (255 - 31));
            img(cv::Rect(static_cast<int>(j) * cell, static_cast<int>(i) * cell, cell, cell)).setTo(colour);
        }
    }
    cv::Mat framed;
    cv::copyMakeBorder(img, framed, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(150, 150, 150));
    std::vector<uchar> png;
    if (!cv::imencode(".png", framed, png)) return {};
    return std::string(png.begin(), png.end());
}

namespace {

// The evaluation of a synthetic set (with the generator comparison when it
// has one) as a report kind.
class EvaluationReportKind final : public ReportKind
{
public:
    std::string format() const override { return "netsynth-evaluation"; }
    std::string listTag() const override { return {}; }
    std::string description() const override { return ReportText::str("evaluation of a synthetic set"); }
    std::string documentTitle() const override { return ReportText::str("NetSynth evaluation report"); }

    std::string render(const nlohmann::json &metrics, const std::string &folder,
                       ReportHtml::ImageMode mode) const override
    {
        return Html(metrics, folder, mode).render();
    }

    std::string summaryLine(const nlohmann::json &m) const override;

    std::string compare(const nlohmann::json &a, const std::string &nameA, const nlohmann::json &b,
                        const std::string &nameB) const override
    {
        struct Key { std::string label; std::vector<std::string> path; };
        std::vector<Key> keys = {{"FID", {"fid"}},
                                 {ReportText::str("FID floor (real test)"), {"fid_real_test"}},
                                 {ReportText::str("precision"), {"precision"}},
                                 {ReportText::str("recall"), {"recall"}},
                                 {ReportText::str("memorisation share"), {"memorisation", "share"}}};
        for (int k = 0; k < 3; ++k) {
            keys.push_back({ReportText::tr("TSTR %1 accuracy").arg(q(scenarioName(k))).toStdString(),
                            {"tstr", kScenarios[k], "accuracy"}});
            keys.push_back({ReportText::tr("TSTR %1 macro-F1").arg(q(scenarioName(k))).toStdString(),
                            {"tstr", kScenarios[k], "macro_f1"}});
        }
        for (const auto *src : {&a, &b})
            for (auto it = at(*src, "fidelity").begin(); at(*src, "fidelity").is_object() && it != at(*src, "fidelity").end(); ++it) {
                const bool seen = std::any_of(keys.begin(), keys.end(), [&](const Key &k) { return k.path.size() == 2 && k.path[1] == it.key(); });
                if (!seen) keys.push_back({it.key(), {"fidelity", it.key()}});
            }
        auto get = [](const nlohmann::json &j, const std::vector<std::string> &path) {
            const nlohmann::json *p = &j;
            for (const auto &k : path) p = &at(*p, k.c_str());
            return *p;
        };
        std::ostringstream o;
        o << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>" << ReportText::str("metric")
          << "</th><th>" << ReportHtml::escape(nameA) << "</th><th>" << ReportHtml::escape(nameB) << "</th><th>"
          << ReportText::str("difference (B - A)") << "</th></tr>";
        for (const auto &k : keys) {
            const auto va = get(a, k.path), vb = get(b, k.path);
            std::string diff;
            if (va.is_number() && vb.is_number()) diff = ReportHtml::formatNumber(vb.get<double>() - va.get<double>());
            o << "<tr><td>" << k.label << "</td><td>" << ReportHtml::formatNumber(va) << "</td><td>" << ReportHtml::formatNumber(vb) << "</td><td>"
              << diff << "</td></tr>";
        }
        o << "</table>";
        return o.str();
    }
};

// "FID 4.19 | TSTR accuracy (boosted trees) real->real 0.846, ..." and the
// same without the judge's name and ratio for reports older than the judge.
std::string EvaluationReportKind::summaryLine(const nlohmann::json &m) const
{
    auto num = [](const nlohmann::json &v) { return q(ReportHtml::formatNumber(v)); };
    const nlohmann::json &t = at(m, "tstr");
    const auto acc = [&](const char *k) {
        const nlohmann::json &v = at(at(t, k), "accuracy");
        return v.is_null() ? ReportText::tr("n/a") : num(v);
    };
    if (at(t, "synth_real_ratio").is_number()) {
        const std::string classifier = at(t, "classifier").is_string() ? at(t, "classifier").get<std::string>() : "";
        return ReportText::tr("FID %1 | TSTR accuracy (%5) real->real %2, synthetic->real %3 (%6 of real->real), "
                              "mixed->real %4")
            .arg(num(at(m, "fid")), acc("real_real"), acc("synth_real"), acc("mixed_real"),
                 classifier == "boosted-trees" ? ReportText::tr("boosted trees") : q(classifier),
                 num(at(t, "synth_real_ratio")))
            .toStdString();
    }
    return ReportText::tr("FID %1 | TSTR accuracy real->real %2, synthetic->real %3, mixed->real %4")
        .arg(num(at(m, "fid")), acc("real_real"), acc("synth_real"), acc("mixed_real"))
        .toStdString();
}

} // namespace

const ReportKind &evaluationReportKind()
{
    static const EvaluationReportKind kind;
    return kind;
}

} // namespace netsynth
