#include "core/eval/comparison_report.h"

#include "core/baselines/generator_comparison.h"
#include "core/eval/json_field.h"
#include "core/eval/report_chart.h"

#include <limits>
#include <tuple>

namespace netsynth {

namespace {

const nlohmann::json *chartOf(const nlohmann::json &metrics, const std::string &id)
{
    if (!metrics.contains("charts") || !metrics["charts"].is_array())
        return nullptr;
    for (const auto &c : metrics["charts"])
        if (c.value("id", std::string()) == id)
            return &c;
    return nullptr;
}

const nlohmann::json *seriesOf(const nlohmann::json &chart, const std::string &name)
{
    if (!chart.contains("series"))
        return nullptr;
    for (const auto &s : chart["series"])
        if (s.value("name", std::string()) == name)
            return &s;
    return nullptr;
}

// One line chart: the primary's "real" series of chart `id`, then every
// generator's "synthetic" series under the generator's name.
nlohmann::json overlay(const std::vector<ComparisonReport::Entry> &generators, const std::string &id,
                       const std::string &newId, const std::string &title)
{
    nlohmann::json chart;
    nlohmann::json series = nlohmann::json::array();
    for (const auto &[name, metrics] : generators) {
        const nlohmann::json *c = chartOf(metrics, id);
        if (!c)
            continue;
        if (chart.is_null()) {
            chart = {{"id", newId}, {"title", title}, {"type", "line"},
                     {"x_label", c->value("x_label", std::string())}, {"y_label", c->value("y_label", std::string())}};
            if (const nlohmann::json *real = seriesOf(*c, "real"))
                series.push_back({{"name", "real"}, {"x", (*real)["x"]}, {"y", (*real)["y"]}});
        }
        if (const nlohmann::json *synth = seriesOf(*c, "synthetic"))
            series.push_back({{"name", name}, {"x", (*synth)["x"]}, {"y", (*synth)["y"]}});
    }
    if (chart.is_null())
        return chart;
    chart["series"] = series;
    return chart;
}

} // namespace

std::vector<nlohmann::json> ComparisonReport::overlayCharts(const std::vector<Entry> &generators)
{
    std::vector<nlohmann::json> charts;
    for (const auto &[id, newId, title] :
         {std::tuple<const char *, const char *, const char *>{
              "series_cdf", "compare_series_cdf", QT_TRANSLATE_NOOP("ReportText", "CDF per generator vs real")},
          {"length_hist", "compare_length",
           QT_TRANSLATE_NOOP("ReportText", "Biflow length distribution per generator vs real")},
          {"acf", "compare_acf", QT_TRANSLATE_NOOP("ReportText", "Mean autocorrelation per generator vs real")}}) {
        nlohmann::json c = overlay(generators, id, newId, title);
        if (c.is_null())
            continue;
        // Keep the quantity in the title (e.g. "packet size (bytes)"), as a
        // template so that the renderers compose it in the report's language.
        if (std::string(id) == "series_cdf" && !c.value("x_label", std::string()).empty())
            ReportChart::setComposed(c, "title", QT_TRANSLATE_NOOP("ReportText", "CDF of %1 per generator"),
                                     {c["x_label"].get<std::string>()});
        charts.push_back(std::move(c));
    }

    // TSTR accuracy of the headline classifier: x = scenario, one bar per generator.
    std::vector<ChartSeries> tstr, early;
    std::vector<double> prefixes;
    const char *scenarios[3] = {"real_real", "synth_real", "mixed_real"};
    for (const auto &[name, metrics] : generators) {
        const auto &t = jsonField(metrics, "tstr");
        ChartSeries s{name, {1, 2, 3}, {}};
        bool any = false;
        for (const char *k : scenarios) {
            const auto &acc = jsonField(jsonField(t, k), "accuracy");
            s.y.push_back(acc.is_number() ? acc.get<double>() : std::numeric_limits<double>::quiet_NaN());
            any = any || acc.is_number();
        }
        if (any)
            tstr.push_back(std::move(s));
        const auto &e = jsonField(metrics, "early");
        const auto &acc = jsonField(jsonField(e, "synth_real"), "accuracy");
        if (jsonField(e, "prefixes").is_array() && acc.is_array() && acc.size() == jsonField(e, "prefixes").size()) {
            if (early.empty()) {
                prefixes = jsonField(e, "prefixes").get<std::vector<double>>();
                const auto &realAcc = jsonField(jsonField(e, "real_real"), "accuracy");
                if (realAcc.is_array() && realAcc.size() == prefixes.size())
                    early.push_back({"real (real->real)", prefixes, realAcc.get<std::vector<double>>()});
            }
            std::vector<double> ys;
            for (const auto &v : acc)
                ys.push_back(v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN());
            early.push_back({name, prefixes, ys});
        }
    }
    if (!tstr.empty())
        charts.push_back(ReportChart::bars(
            "compare_tstr",
            QT_TRANSLATE_NOOP("ReportText", "TSTR accuracy per generator (1 real->real, 2 synthetic->real, 3 mixed->real)"),
            QT_TRANSLATE_NOOP("ReportText", "scenario"), QT_TRANSLATE_NOOP("ReportText", "accuracy"), tstr));
    if (!early.empty())
        charts.push_back(ReportChart::line(
            "compare_early", QT_TRANSLATE_NOOP("ReportText", "Early classification, synthetic->real, per generator"),
            QT_TRANSLATE_NOOP("ReportText", "N (packets)"), QT_TRANSLATE_NOOP("ReportText", "accuracy"), early));
    return charts;
}

nlohmann::json ComparisonReport::combine(const std::vector<Entry> &generators)
{
    if (generators.empty())
        return nlohmann::json::object();
    nlohmann::json top = generators.front().second;
    nlohmann::json byName = nlohmann::json::object();
    nlohmann::json order = nlohmann::json::array();
    GeneratorComparison comparison;
    for (const auto &[name, metrics] : generators) {
        byName[name] = metrics;
        order.push_back(name);
        comparison.add(name, metrics);
    }
    // The real test split against the real training split: what a perfect
    // generator would reach on the distances (not ranked).
    const nlohmann::json &primary = generators.front().second;
    nlohmann::json floor = nlohmann::json::object();
    if (jsonField(primary, "fid_real_test").is_number())
        floor["fid"] = primary["fid_real_test"];
    if (jsonField(primary, "fidelity_real_test").is_object())
        floor["fidelity"] = primary["fidelity_real_test"];
    if (!floor.empty())
        comparison.add(floorRowName(), floor, true);
    top["generators"] = byName;
    top["generator_order"] = order;
    if (!top.contains("charts") || !top["charts"].is_array())
        top["charts"] = nlohmann::json::array();
    if (generators.size() < 2)
        return top; // nothing to compare
    top["comparison"] = comparison.table();
    for (auto &c : overlayCharts(generators))
        top["charts"].push_back(std::move(c));
    return top;
}

} // namespace netsynth
