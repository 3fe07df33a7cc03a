// ComparisonReport and ComparisonHtml: the metrics.json and the report section
// of a multi-generator run, on hand-made metrics objects whose winners are known.
#include "core/baselines/generator_comparison.h"
#include "core/eval/comparison_html.h"
#include "core/eval/comparison_report.h"
#include "core/eval/report_html.h"

#include <QTest>

using namespace netsynth;

namespace {
nlohmann::json cdf(double shift)
{
    return {{"id", "series_cdf"}, {"title", "CDF"}, {"type", "line"}, {"x_label", "packet size (bytes)"},
            {"y_label", "CDF"},
            {"series",
             {{{"name", "real"}, {"x", {0.0, 1.0, 2.0}}, {"y", {0.0, 0.5, 1.0}}},
              {{"name", "synthetic"}, {"x", {0.0, 1.0, 2.0}}, {"y", {shift, 0.5, 1.0}}}}}};
}

nlohmann::json metrics(double fid, double jsd, double synthAcc, double classF1)
{
    auto scen = [](double acc) { return nlohmann::json{{"accuracy", acc}, {"macro_f1", acc - 0.05}}; };
    return {{"format", "netsynth-evaluation"},
            {"fid", fid},
            {"fid_real_test", 0.5},
            {"precision", 0.5},
            {"recall", 0.4},
            {"memorisation", {{"share", 0.05}}},
            {"fidelity", {{"size_jsd", jsd}, {"acf_error", 2 * jsd}}},
            {"fidelity_real_test", {{"size_jsd", 0.01}, {"acf_error", 0.02}}},
            {"tstr", {{"classifier", "gasf-cnn"}, {"real_real", scen(0.9)}, {"synth_real", scen(synthAcc)},
                      {"mixed_real", scen(0.85)}}},
            {"early", {{"prefixes", {5, 10}}, {"real_real", {{"accuracy", {0.6, 0.9}}}},
                       {"synth_real", {{"accuracy", {synthAcc / 2, synthAcc}}}}}},
            {"per_class", {{"chat", {{"f1_synth_real", classF1}, {"size_jsd", jsd}, {"count_synthetic", 6}}},
                           {"video", {{"f1_synth_real", 1.0 - classF1}, {"size_jsd", jsd / 2}}}}},
            {"dataset", {{"classes", {"chat", "video"}}}},
            {"charts", {cdf(fid / 100.0)}}};
}

int column(const nlohmann::json &t, const std::string &key)
{
    return GeneratorComparison::columnIndex(t, key);
}
} // namespace

class TestComparisonReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topLevelStaysThePrimary()
    {
        const nlohmann::json m = ComparisonReport::combine(
            {{"diffusion-ddim", metrics(3.0, 0.2, 0.7, 0.8)}, {"dg", metrics(9.0, 0.1, 0.5, 0.3)},
             {"real", metrics(0.4, 0.01, 0.88, 0.9)}});
        // Existing readers see the primary's numbers.
        QCOMPARE(m["fid"].get<double>(), 3.0);
        QCOMPARE(m["tstr"]["synth_real"]["accuracy"].get<double>(), 0.7);
        // One entry per generator with the same keys as the top level.
        QCOMPARE(m["generators"].size(), std::size_t(3));
        for (const char *g : {"diffusion-ddim", "dg", "real"})
            for (const char *k : {"fid", "per_class", "tstr", "fidelity", "early"})
                QVERIFY2(m["generators"][g].contains(k), (std::string(g) + "." + k).c_str());
        QCOMPARE(m["generators"]["dg"]["fid"].get<double>(), 9.0);
        QVERIFY(m["generator_order"] == nlohmann::json({"diffusion-ddim", "dg", "real"}));
    }

    void tableRanksGeneratorsNotReferences()
    {
        const nlohmann::json m = ComparisonReport::combine(
            {{"diffusion-ddim", metrics(3.0, 0.2, 0.7, 0.8)}, {"dg", metrics(9.0, 0.1, 0.5, 0.3)},
             {"real", metrics(0.4, 0.01, 0.88, 0.9)}});
        const nlohmann::json &t = m["comparison"];
        // Rows: the generators, then the real test split as the floor.
        QCOMPARE(t["rows"].size(), std::size_t(4));
        QCOMPARE(t["rows"][3]["generator"].get<std::string>(), ComparisonReport::floorRowName());
        QVERIFY(t["rows"][3]["reference"].get<bool>());
        QVERIFY(t["rows"][2]["reference"].get<bool>()); // real
        QCOMPARE(t["rows"][3]["values"][column(t, "fid")].get<double>(), 0.5);
        // Lower is better for FID and JSD, higher for TSTR; references never win.
        QVERIFY(t["best"]["fid"] == nlohmann::json({"diffusion-ddim"}));
        QVERIFY(t["best"]["fidelity.size_jsd"] == nlohmann::json({"dg"}));
        QVERIFY(t["best"]["tstr.synth_real.accuracy"] == nlohmann::json({"diffusion-ddim"}));
        // Per class, each class has its own winner.
        QVERIFY(t["per_class"]["chat"]["best"]["f1_synth_real"] == nlohmann::json({"diffusion-ddim"}));
        QVERIFY(t["per_class"]["video"]["best"]["f1_synth_real"] == nlohmann::json({"dg"}));
    }

    void overlayChartsHaveOneSeriesPerGenerator()
    {
        const auto charts = ComparisonReport::overlayCharts(
            {{"diffusion-ddim", metrics(3.0, 0.2, 0.7, 0.8)}, {"dg", metrics(9.0, 0.1, 0.5, 0.3)}});
        const nlohmann::json *cdfChart = nullptr, *tstr = nullptr, *early = nullptr;
        for (const auto &c : charts) {
            if (c["id"] == "compare_series_cdf") cdfChart = &c;
            if (c["id"] == "compare_tstr") tstr = &c;
            if (c["id"] == "compare_early") early = &c;
        }
        QVERIFY(cdfChart && tstr && early);
        QCOMPARE((*cdfChart)["series"].size(), std::size_t(3)); // real + 2 generators
        QCOMPARE((*cdfChart)["series"][0]["name"].get<std::string>(), std::string("real"));
        QCOMPARE((*cdfChart)["series"][2]["name"].get<std::string>(), std::string("dg"));
        QCOMPARE((*cdfChart)["series"][2]["y"][0].get<double>(), 0.09); // dg's own synthetic curve
        QVERIFY((*cdfChart)["title"].get<std::string>().find("packet size") != std::string::npos);
        QCOMPARE((*tstr)["series"].size(), std::size_t(2));
        QCOMPARE((*tstr)["series"][1]["y"][1].get<double>(), 0.5);
        QCOMPARE((*early)["series"].size(), std::size_t(3)); // real->real + 2 generators
    }

    void singleGeneratorHasNoComparison()
    {
        const nlohmann::json m = ComparisonReport::combine({{"diffusion-ddim", metrics(3.0, 0.2, 0.7, 0.8)}});
        QVERIFY(m.contains("generators"));
        QVERIFY(!m.contains("comparison"));
        QVERIFY(ComparisonHtml::section(m, [](const nlohmann::json &) { return std::string(); }).empty());
        QVERIFY(ReportHtml::render(m, ".", ReportHtml::ImageMode::Resources).find("Generators compared") ==
                std::string::npos);
    }

    void htmlMarksTheBestCells()
    {
        const nlohmann::json m = ComparisonReport::combine(
            {{"diffusion-ddim", metrics(3.0, 0.2, 0.7, 0.8)}, {"dg", metrics(9.0, 0.1, 0.5, 0.3)},
             {"empirical", metrics(12.0, 0.3, 0.2, 0.1)}});
        int images = 0;
        const std::string html = ComparisonHtml::section(m, [&](const nlohmann::json &c) {
            ++images;
            return "<img src=\"chart:" + c["id"].get<std::string>() + "\">";
        });
        QVERIFY(html.find("Generators compared") != std::string::npos);
        // The best FID (3.000, diffusion) is bold on the best colour; dg's 9.000 is a plain cell.
        const std::string best = std::string("bgcolor=\"") + ComparisonHtml::bestColour() + "\"><b>3.000</b>";
        QVERIFY2(html.find(best) != std::string::npos, html.substr(0, 2000).c_str());
        // Numbers never wrap inside their cell (a narrow pane broke "221.1" into "221." and "1").
        QVERIFY(html.find("<td align=\"right\" style=\"white-space:nowrap\">9.000</td>") != std::string::npos);
        QVERIFY(html.find("chart:compare_series_cdf") != std::string::npos);
        QVERIFY(images >= 3);
        QVERIFY(html.find("f1_synth_real") != std::string::npos); // per-class detail
        // The whole report carries the section.
        const std::string report = ReportHtml::render(m, ".", ReportHtml::ImageMode::Resources);
        QVERIFY(report.find("Generators compared") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestComparisonReport)
#include "tst_comparison_report.moc"
