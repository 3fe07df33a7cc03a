#include "core/eval/report_explanations.h"

#include "core/eval/json_field.h"
#include "core/eval/report_html.h"
#include "core/eval/report_text.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace netsynth::ReportExplanations {

namespace {
std::string text(const nlohmann::json &v)
{
    return v.is_string() ? v.get<std::string>() : std::string();
}

// A std::string as a QString argument of ReportText::tr(...).arg(...).
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// One cell: the series one per line, whole numbers without decimals.
std::string seriesCell(const nlohmann::json &list)
{
    std::string out;
    for (const auto &series : list) {
        std::string line;
        for (const auto &v : series) {
            const bool whole = v.is_number() && v.get<double>() == std::round(v.get<double>());
            line += (line.empty() ? "" : " ") + ReportHtml::formatNumber(v, whole ? 0 : 3);
        }
        out += (out.empty() ? "" : "<br>") + line;
    }
    return out;
}
} // namespace

std::string judgeName(const nlohmann::json &t)
{
    const std::string c = text(jsonField(t, "classifier"));
    if (c == "boosted-trees")
        return ReportText::tr("boosted trees (%1) on the first %2 values, trained on every real training series")
            .arg(q(text(jsonField(t, "engine"))), q(ReportHtml::formatNumber(jsonField(t, "prefix"), 0)))
            .toStdString();
    if (c == "gasf-cnn") return "GASF CNN"; // acronyms, the same in every language
    if (c == "series-mlp") return ReportText::str("series MLP");
    return c; // an id that this version does not know, as metrics.json has it
}

std::string weakClasses(const nlohmann::json &m, const std::vector<std::string> &classes)
{
    const auto &pc = jsonField(m, "per_class");
    if (classes.empty() || !jsonField(pc, classes.front()).contains("f1_synth_real"))
        return {};
    std::vector<std::pair<double, std::string>> weak;
    for (const auto &c : classes) {
        const auto &real = jsonField(jsonField(pc, c), "f1_real_real");
        const auto &synth = jsonField(jsonField(pc, c), "f1_synth_real");
        if (real.is_number() && synth.is_number() && synth.get<double>() < 0.5 * real.get<double>())
            weak.push_back({synth.get<double>(), c});
    }
    std::sort(weak.begin(), weak.end());
    std::ostringstream o;
    o << "<h3>" << ReportText::str("Classes the generator fails") << "</h3><p>";
    if (weak.empty()) {
        o << ReportText::str("None: every class's synthetic &rarr; real F1 is at least half its real &rarr; real F1.")
          << "</p>";
        return o.str();
    }
    // "<b>video</b> (0.120 against 0.800), <b>chat</b> (...)"
    std::string list;
    for (std::size_t i = 0; i < weak.size(); ++i) {
        const auto &r = jsonField(pc, weak[i].second);
        list += (i ? ", " : "") +
                ReportText::tr("%1 (%2 against %3)")
                    .arg(q("<b>" + ReportHtml::escape(weak[i].second) + "</b>"),
                         q(ReportHtml::formatNumber(jsonField(r, "f1_synth_real"))),
                         q(ReportHtml::formatNumber(jsonField(r, "f1_real_real"))))
                    .toStdString();
    }
    o << ReportText::tr("Synthetic &rarr; real F1 below half of real &rarr; real (%1), worst first: %2.")
             .arg(q(judgeName(jsonField(m, "tstr"))), q(list))
             .toStdString()
      << "</p>";
    return o.str();
}

std::string seriesExamples(const nlohmann::json &m, const std::vector<std::string> &classes)
{
    const auto &ex = jsonField(m, "series_examples");
    if (!ex.is_object() || ex.empty())
        return {};
    std::ostringstream o;
    o << "<h3>" << ReportText::str("Decoded series per class") << "</h3><p>"
      << ReportText::str("The first series of each class, as the classifiers read them "
                         "(inverted from the images; signed sizes: + upstream, - downstream).")
      << "</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr bgcolor=\"#eeeeee\"><th>"
      << ReportText::str("class") << "</th><th>" << ReportText::str("real") << "</th><th>"
      << ReportText::str("synthetic") << "</th></tr>";
    for (const auto &c : classes) {
        const auto &e = jsonField(ex, c);
        if (!e.is_object()) continue;
        o << "<tr><td valign=\"top\">" << ReportHtml::escape(c) << "</td><td valign=\"top\"><small>"
          << seriesCell(jsonField(e, "real")) << "</small></td><td valign=\"top\"><small>"
          << seriesCell(jsonField(e, "synthetic")) << "</small></td></tr>";
    }
    o << "</table>";
    return o.str();
}

} // namespace netsynth::ReportExplanations
