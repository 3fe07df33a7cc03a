#include "core/eval/manifold_metrics.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace netsynth;

namespace {
FeatureMatrix gaussianCloud(std::size_t n, std::size_t dim, float shift, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> g;
    FeatureMatrix m;
    m.dim = dim;
    m.values.resize(n * dim);
    for (auto &v : m.values) v = g(rng) + shift;
    return m;
}
} // namespace

class TestManifoldMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestAndKth()
    {
        FeatureMatrix pts;
        pts.dim = 1;
        pts.values = {0, 1, 3, 7};
        const auto nn = nearestDistances(pts, pts, true);
        QCOMPARE(nn, (std::vector<double>{1, 1, 2, 4}));
        const auto r2 = kthNeighbourRadii(pts, 2);
        QCOMPARE(r2, (std::vector<double>{3, 2, 3, 6}));
    }

    void sameDistributionHasHighPrecisionAndRecall()
    {
        const auto real = gaussianCloud(600, 4, 0.0f, 1);
        const auto synth = gaussianCloud(600, 4, 0.0f, 2);
        const auto s = manifoldPrecisionRecall(real, synth, 3);
        QVERIFY2(s.precision > 0.85 && s.recall > 0.85, qPrintable(QString("%1 %2").arg(s.precision).arg(s.recall)));
        // Far away: no synthetic sample is realistic, no real sample is covered.
        const auto far = gaussianCloud(600, 4, 50.0f, 3);
        const auto f = manifoldPrecisionRecall(real, far, 3);
        QCOMPARE(f.precision, 0.0);
        QCOMPARE(f.recall, 0.0);
    }

    void collapsedGeneratorHasLowRecall()
    {
        const auto real = gaussianCloud(600, 4, 0.0f, 4);
        // Synthetic set: 600 samples squeezed around the origin (mode collapse).
        auto collapsed = gaussianCloud(600, 4, 0.0f, 5);
        for (auto &v : collapsed.values) v *= 0.1f;
        const auto s = manifoldPrecisionRecall(real, collapsed, 3);
        QVERIFY(s.precision > 0.9);
        QVERIFY2(s.recall < 0.5, qPrintable(QString::number(s.recall)));
    }

    void memorisationDetectsCopies()
    {
        const auto train = gaussianCloud(500, 8, 0.0f, 6);
        const auto test = gaussianCloud(300, 8, 0.0f, 7);
        // A generator that samples afresh: about the quantile (5%).
        const auto fresh = gaussianCloud(300, 8, 0.0f, 8);
        const auto m = memorisation(train, test, fresh);
        QVERIFY2(m.share < 0.15, qPrintable(QString::number(m.share)));
        // A generator that returns training images with tiny noise: everything is memorised.
        FeatureMatrix copies;
        copies.dim = 8;
        copies.values.assign(train.values.begin(), train.values.begin() + 300 * 8);
        for (auto &v : copies.values) v += 1e-3f;
        const auto c = memorisation(train, test, copies);
        QCOMPARE(c.share, 1.0);
        QVERIFY(c.medianSynthetic < c.medianTest);
    }
};

QTEST_GUILESS_MAIN(TestManifoldMetrics)
#include "tst_manifold_metrics.moc"
