#include "core/baselines/generator_comparison.h"

#include <QTest>

using namespace netsynth;

namespace {
nlohmann::json metrics(double fid, double jsd, double synthAcc, double mem, nlohmann::json perClassF1)
{
    return {{"fid", fid},
            {"precision", 0.5},
            {"recall", nullptr},
            {"memorisation", {{"share", mem}, {"threshold", 1.0}}},
            {"fidelity", {{"jsd_size", jsd}, {"w1_iat", 2 * jsd}}},
            {"tstr",
             {{"real_real", {{"accuracy", 0.9}, {"macro_f1", 0.88}}},
              {"synth_real", {{"accuracy", synthAcc}, {"macro_f1", synthAcc - 0.1}}},
              {"mixed_real", {{"accuracy", 0.91}, {"macro_f1", 0.89}}}}},
            {"early", {{"prefixes", {5, 10}}, {"synth_real", {{"accuracy", {synthAcc / 2, synthAcc}}}}}},
            {"per_class", {{"a", {{"f1_synth_real", perClassF1}, {"jsd_size", jsd}}}, {"b", {{"fid", fid}}}}}};
}

int column(const nlohmann::json &t, const std::string &key)
{
    return GeneratorComparison::columnIndex(t, key);
}
} // namespace

class TestGeneratorComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bestPerColumnSkipsTheReference()
    {
        GeneratorComparison c;
        c.add("diffusion-ddim", metrics(3.0, 0.10, 0.80, 0.02, 0.7));
        c.add("dg", metrics(5.0, 0.05, 0.60, 0.01, 0.9));
        c.add("empirical", metrics(9.0, 0.05, 0.40, 0.00, 0.2));
        c.add("real-resample", metrics(0.1, 0.0, 0.95, 0.9, 1.0));
        const nlohmann::json t = c.table();
        QCOMPARE(t["rows"].size(), std::size_t(4));
        QVERIFY(t["rows"][3]["reference"].get<bool>());
        const int fid = column(t, "fid");
        QVERIFY(fid >= 0);
        QCOMPARE(t["rows"][1]["values"][fid].get<double>(), 5.0);
        // Lower is better for FID; the real resample (0.1) is not ranked.
        QVERIFY(t["best"]["fid"] == nlohmann::json({"diffusion-ddim"}));
        // Ties are all marked.
        QVERIFY(t["best"]["fidelity.jsd_size"] == nlohmann::json({"dg", "empirical"}));
        // Higher is better for TSTR accuracy and the early-classification columns.
        QVERIFY(t["best"]["tstr.synth_real.accuracy"] == nlohmann::json({"diffusion-ddim"}));
        QVERIFY(t["best"]["early.synth_real.n10"] == nlohmann::json({"diffusion-ddim"}));
        QVERIFY(t["best"]["memorisation.share"] == nlohmann::json({"empirical"}));
        // A metric every generator lacks (null) has no winner but keeps its column.
        QVERIFY(column(t, "recall") >= 0);
        QCOMPARE(t["best"]["recall"].size(), std::size_t(0));
        QCOMPARE(GeneratorComparison::betterDirection("tstr.mixed_real.macro_f1"), std::string("higher"));
        QCOMPARE(GeneratorComparison::betterDirection("fidelity.ks_size"), std::string("lower"));
    }

    void perClassAndMissingMetrics()
    {
        GeneratorComparison c;
        c.add("dg", metrics(5.0, 0.05, 0.60, 0.01, 0.9));
        nlohmann::json partial = {{"fid", 4.0}, {"per_class", {{"a", {{"f1_synth_real", 0.95}}}}}};
        c.add("wgan-gasf", partial);
        const nlohmann::json t = c.table();
        const int acc = column(t, "tstr.synth_real.accuracy");
        QVERIFY(t["rows"][1]["values"][acc].is_null());
        QVERIFY(t["best"]["fid"] == nlohmann::json({"wgan-gasf"}));
        const auto &a = t["per_class"]["a"];
        QVERIFY(a["best"]["f1_synth_real"] == nlohmann::json({"wgan-gasf"}));
        QVERIFY(a["best"]["jsd_size"] == nlohmann::json({"dg"}));
        QVERIFY(t["per_class"].contains("b"));
        QVERIFY(c.generatorsJson()["wgan-gasf"] == partial);
    }

    void htmlMarksTheBestCells()
    {
        GeneratorComparison c;
        c.add("dg", metrics(5.0, 0.05, 0.60, 0.01, 0.9));
        c.add("a<b", metrics(7.0, 0.07, 0.70, 0.01, 0.9));
        const std::string html = GeneratorComparison::html(c.table());
        QVERIFY(html.find("<b>5 &#9733;</b>") != std::string::npos);   // FID 5 is best
        QVERIFY(html.find("<b>0.7 &#9733;</b>") != std::string::npos); // synth->real accuracy 0.7 is best
        QVERIFY(html.find("a&lt;b") != std::string::npos);
        QVERIFY(html.find("<details><summary>a</summary>") != std::string::npos);
        const std::string text = GeneratorComparison::text(c.table());
        QVERIFY(text.find("FID -") != std::string::npos);
        QVERIFY(text.find("5*") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorComparison)
#include "tst_generator_comparison.moc"
