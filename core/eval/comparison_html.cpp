#include "core/eval/comparison_html.h"

#include "core/baselines/generator_comparison.h"
#include "core/eval/json_field.h"
#include "core/eval/report_html.h"
#include "core/eval/report_text.h"

#include <sstream>
#include <vector>

namespace netsynth {

namespace {

// A std::string as a QString argument of ReportText::tr(...).arg(...).
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

bool isBest(const nlohmann::json &table, const std::string &key, const std::string &generator)
{
    for (const auto &g : jsonField(jsonField(table, "best"), key))
        if (g == generator)
            return true;
    return false;
}

std::string arrow(const nlohmann::json &column)
{
    return column.value("better", std::string()) == "higher" ? " &uarr;" : " &darr;";
}

std::string cell(const nlohmann::json &value, bool best, bool reference)
{
    std::string text = ReportHtml::formatNumber(value);
    if (reference)
        text = "<i><font color=\"#666666\">" + text + "</font></i>";
    // nowrap: a narrow table must not break "221.1" or "0.375 ± 0.01" inside the cell.
    if (best)
        return std::string("<td align=\"right\" style=\"white-space:nowrap\" bgcolor=\"") +
               ComparisonHtml::bestColour() + "\"><b>" + text + "</b></td>";
    return "<td align=\"right\" style=\"white-space:nowrap\">" + text + "</td>";
}

// One table, one row per generator, the columns of `table` whose key `wanted` accepts.
void generatorTable(std::ostringstream &o, const nlohmann::json &table, const std::function<bool(const std::string &)> &wanted)
{
    const auto &columns = jsonField(table, "columns");
    std::vector<std::size_t> cols;
    for (std::size_t i = 0; columns.is_array() && i < columns.size(); ++i)
        if (wanted(columns[i].value("key", std::string())))
            cols.push_back(i);
    if (cols.empty())
        return;
    o << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr bgcolor=\"#eeeeee\"><th>"
      << ReportText::str("generator") << "</th>";
    // One word per line and no breaks inside a word: narrow columns whose
    // headers read "TSTR / series / synth->real / acc", never "precisi / on".
    // The labels are stored English text (translated when marked where the
    // comparison table is made, else shown as stored).
    for (std::size_t i : cols) {
        std::string label = ReportHtml::escape(ReportText::stored(columns[i].value("label", std::string())));
        for (std::size_t at = label.find(' '); at != std::string::npos; at = label.find(' ', at + 4))
            label.replace(at, 1, "<br>");
        o << "<th style=\"white-space:nowrap\"><small>" << label << arrow(columns[i]) << "</small></th>";
    }
    o << "</tr>";
    for (const auto &row : jsonField(table, "rows")) {
        const std::string g = row.value("generator", std::string());
        const bool reference = row.value("reference", false);
        o << "<tr><td style=\"white-space:nowrap\">" << (reference ? "<i>" : "<b>") << ReportHtml::escape(g) << (reference ? "</i>" : "</b>")
          << "</td>";
        for (std::size_t i : cols)
            o << cell(row["values"][i], isBest(table, columns[i].value("key", std::string()), g), reference);
        o << "</tr>";
    }
    o << "</table>";
}

// Per-class detail of one metric: one row per class, one column per generator.
bool perClassTable(std::ostringstream &o, const nlohmann::json &perClass, const std::vector<std::string> &classes,
                   const std::vector<std::string> &generators, const std::string &metric, const std::string &better)
{
    bool any = false;
    for (const auto &c : classes)
        any = any || GeneratorComparison::columnIndex(jsonField(perClass, c), metric) >= 0;
    if (!any)
        return false;
    o << "<p><b>" << ReportHtml::escape(metric) << "</b> ("
      << (better == "higher" ? ReportText::str("higher is better") : ReportText::str("lower is better")) << ")</p>"
      << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr bgcolor=\"#eeeeee\"><th>"
      << ReportText::str("class") << "</th>";
    for (const auto &g : generators)
        o << "<th><small>" << ReportHtml::escape(g) << "</small></th>";
    o << "</tr>";
    for (const auto &c : classes) {
        const auto &t = jsonField(perClass, c);
        const int col = GeneratorComparison::columnIndex(t, metric);
        o << "<tr><td>" << ReportHtml::escape(c) << "</td>";
        for (const auto &g : generators) {
            nlohmann::json v;
            for (const auto &row : jsonField(t, "rows"))
                if (row.value("generator", std::string()) == g && col >= 0)
                    v = row["values"][static_cast<std::size_t>(col)];
            o << cell(v, col >= 0 && isBest(t, metric, g), false);
        }
        o << "</tr>";
    }
    o << "</table>";
    return true;
}

} // namespace

std::string ComparisonHtml::section(const nlohmann::json &m, const ChartImage &chartImage)
{
    const auto &table = jsonField(m, "comparison");
    const auto &order = jsonField(m, "generator_order");
    if (!table.is_object() || !order.is_array() || order.size() < 2)
        return {};
    const std::vector<std::string> generators = order.get<std::vector<std::string>>();
    std::ostringstream o;
    // "real" and "real test (floor)" are the reference rows' names (data, as in the table).
    o << "<h2>" << ReportText::str("Generators compared") << "</h2><p>"
      << ReportText::str("Every generator learned from the same real training split and produced the same number of "
                         "samples per class; every synthetic set went through the same evaluation against the same "
                         "held-out real test split.")
      << " "
      << ReportText::str("Best value of each column among the generators: <b>bold</b> on <font "
                         "color=\"#2e7d32\">green</font> (&uarr; higher is better, &darr; lower is better).")
      << " "
      << ReportText::tr("<i>Italic</i> rows are references, not ranked: <i>%1</i> draws real training images again "
                        "(the ceiling), <i>%2</i> compares the real test split with the real training split (what "
                        "sampling noise alone gives).")
             .arg(q("real"), q(ReportHtml::escape("real test (floor)")))
             .toStdString()
      << " "
      << ReportText::tr("The summary above and the sections below describe <b>%1</b>.")
             .arg(q(ReportHtml::escape(generators.front())))
             .toStdString()
      << "</p>";

    o << "<h3>" << ReportText::str("Fidelity") << "</h3>";
    generatorTable(o, table, [](const std::string &k) {
        return k == "fid" || k == "precision" || k == "recall" || k == "memorisation.share" || startsWith(k, "fidelity.");
    });
    o << "<p><small>"
      << ReportText::str("FID in the domain CNN's feature space (see the FID notes); precision/recall: k-NN manifold; "
                         "memorisation: share of samples closer to a training image than real test images are; "
                         "series distances on the inverted series (JSD, W1 normalised by the real range, KS, "
                         "autocorrelation error).")
      << "</small></p>";
    o << "<h3>" << ReportText::str("Downstream usefulness (TSTR, tested on real)") << "</h3>";
    generatorTable(o, table, [](const std::string &k) {
        return startsWith(k, "tstr.") || startsWith(k, "tstr_cnn.") || startsWith(k, "tstr_series.");
    });
    generatorTable(o, table, [](const std::string &k) { return startsWith(k, "early."); });
    o << "<p><small>"
      << ReportText::str("TSTR: the headline judge (boosted trees on every real training series; in older reports the "
                         "GASF CNN), synth/real its synthetic&rarr;real accuracy as a share of real&rarr;real, then "
                         "the GASF CNN and the series classifier; real&rarr;real is the same real training set for "
                         "every generator, so it differs only by seed noise.")
      << " " << ReportText::str("Early: series classifier trained on synthetic data, on the first N packets.")
      << "</small></p>";

    const auto *charts = &jsonField(m, "charts");
    auto chart = [&](const char *id) -> const nlohmann::json * {
        for (const auto &c : *charts)
            if (c.value("id", std::string()) == id)
                return &c;
        return nullptr;
    };
    o << "<table cellspacing=\"6\"><tr>";
    int n = 0;
    for (const char *id : {"compare_series_cdf", "compare_length", "compare_acf", "compare_tstr", "compare_early",
                           "baseline_training"}) {
        const nlohmann::json *c = chart(id);
        if (!c)
            continue;
        if (n > 0 && n % 2 == 0)
            o << "</tr><tr>";
        o << "<td>" << chartImage(*c) << "</td>";
        ++n;
    }
    o << "</tr></table>";

    // Per class: the metrics that matter most, one table each.
    const auto &perClass = jsonField(table, "per_class");
    std::vector<std::string> classes;
    if (jsonField(jsonField(m, "dataset"), "classes").is_array())
        classes = jsonField(jsonField(m, "dataset"), "classes").get<std::vector<std::string>>();
    if (perClass.is_object() && !classes.empty()) {
        o << "<h3>" << ReportText::str("Per class") << "</h3>";
        for (const char *metric : {"f1_synth_real", "fid", "size_jsd", "value_jsd", "iat_jsd", "length_jsd", "acf_error"})
            perClassTable(o, perClass, classes, generators, metric,
                          startsWith(metric, "f1_") ? "higher" : "lower");
    }
    return o.str();
}

} // namespace netsynth
