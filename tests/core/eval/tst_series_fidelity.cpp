#include "appxact_sample.h"

#include "core/eval/distribution_metrics.h"
#include "core/eval/report_chart.h"
#include "core/eval/series_fidelity.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestSeriesFidelity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalSetsScoreZero()
    {
        SeriesSet a;
        a.classes = {"x", "y"};
        a.items = {{0, {100, -200, 300}}, {0, {50, -60}}, {1, {1500, 1500, -40, -40}}, {1, {-1, 2, -3, 4, -5}}};
        const auto f = SeriesFidelity::compute(a, a);
        for (const auto &kv : f.overall)
            QVERIFY2(kv.second < 1e-12, kv.first.c_str());
        QCOMPARE(int(f.perClass.size()), 2);
        QVERIFY(f.overall.count("size_jsd") && f.overall.count("direction_jsd") && f.overall.count("size_w1"));
        QVERIFY(f.charts.size() >= 3);
    }

    // exactCopyShare: class and values must both match; class names, not
    // indices, are compared; an empty query set shares nothing.
    void exactCopies()
    {
        SeriesSet train;
        train.classes = {"x", "y"};
        train.items = {{0, {517, -1448}}, {1, {28, -24, 28}}, {1, {7}}};
        SeriesSet q;
        q.classes = {"y", "x"}; // other order
        q.items = {{1, {517, -1448}}, {0, {517, -1448}}, {0, {28, -24, 28}}, {0, {28, -24}}};
        QCOMPARE(exactCopyShare(train, q), 0.5); // "x" 517,-1448 and "y" 28,-24,28
        QCOMPARE(exactCopyShare(train, train), 1.0);
        QCOMPARE(exactCopyShare(train, SeriesSet{}), 0.0);
    }

    void knownDifferences()
    {
        SeriesSet real, synth;
        real.classes = synth.classes = {"x"};
        real.items = {{0, {10, 10}}, {0, {20, 20}}};      // sizes 10,10,20,20, all upstream
        synth.items = {{0, {-10, -10}}, {0, {-20, -20, -30}}}; // sizes 10,10,20,20,30, all downstream
        const auto m = SeriesFidelity::metrics(real, synth);
        QCOMPARE(m.at("direction_jsd"), 1.0);
        // Normalised W1 of sizes: reference range 10; W1({10,10,20,20},{10,10,20,20,30}) =
        // on [10,20): |1/2 - 2/5| * 10 = 1; on [20,30): |1 - 4/5| * 10 = 2 -> 3 / 10.
        QVERIFY(std::fabs(m.at("size_w1") - 0.3) < 1e-12);
        QVERIFY(std::fabs(m.at("size_ks") - 0.2) < 1e-12);
        QVERIFY(m.at("length_jsd") > 0.0);
    }

    void realSubsetsOfOneDatasetAreClose()
    {
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent");
        const SeriesSet all = readAppxact(80);
        SeriesSet a, b;
        a.classes = b.classes = all.classes;
        for (std::size_t i = 0; i < all.items.size(); ++i)
            (i % 2 ? a : b).items.push_back(all.items[i]);
        const auto close = SeriesFidelity::metrics(a, b);
        // Against a shuffled-direction version: direction JSD must grow.
        SeriesSet flipped = b;
        for (auto &item : flipped.items)
            for (auto &v : item.values) v = -v;
        const auto far = SeriesFidelity::metrics(a, flipped);
        QVERIFY2(close.at("size_jsd") < 0.05, qPrintable(QString::number(close.at("size_jsd"))));
        QVERIFY(far.at("direction_jsd") > close.at("direction_jsd") + 0.01);
        QVERIFY(std::fabs(far.at("size_jsd") - close.at("size_jsd")) < 1e-12); // sizes are unchanged
    }

    void chartRendersSvg()
    {
        const auto chart = ReportChart::line("c", "T <1>", "x", "y", {{"real", {0, 1, 2}, {0, 0.5, 1}}});
        const std::string svg = ReportChart::toSvg(chart);
        QVERIFY(svg.rfind("<svg", 0) == 0);
        QVERIFY(svg.find("polyline") != std::string::npos);
        QVERIFY(svg.find("T &lt;1&gt;") != std::string::npos);
        QVERIFY(ReportChart::ticks(0, 1, 5).size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestSeriesFidelity)
#include "tst_series_fidelity.moc"
