#include "core/eval/distribution_metrics.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace netsynth;

class TestDistributionMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsdIdenticalIsZeroDisjointIsOne()
    {
        QCOMPARE(jensenShannonDivergence({1, 2, 3}, {2, 4, 6}), 0.0);
        QCOMPARE(jensenShannonDivergence({1, 0}, {0, 1}), 1.0);
        std::vector<double> a = {10, 20, 30, 40, 50};
        QVERIFY(jensenShannonDivergenceOfSamples(a, a) < 1e-12);
    }

    void jsdHandComputed()
    {
        // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4)
        // JSD = 1/2 [1/2 log2(2/3) + 1/2 log2(2)] + 1/2 [log2(4/3)]
        const double expected = 0.5 * (0.5 * std::log2(2.0 / 3.0) + 0.5) + 0.5 * std::log2(4.0 / 3.0);
        QVERIFY(std::fabs(jensenShannonDivergence({1, 1}, {1, 0}) - expected) < 1e-12);
    }

    void wassersteinOfShiftIsTheShift()
    {
        std::mt19937 rng(5);
        std::normal_distribution<double> g(100.0, 30.0);
        std::vector<double> a(5000), b(5000);
        for (std::size_t i = 0; i < a.size(); ++i) {
            a[i] = g(rng);
            b[i] = a[i] + 7.5;
        }
        QVERIFY(std::fabs(wasserstein1(a, b) - 7.5) < 1e-9);
        QVERIFY(wasserstein1(a, a) < 1e-12);
        // Normalised by the reference range.
        const double range = *std::max_element(a.begin(), a.end()) - *std::min_element(a.begin(), a.end());
        QVERIFY(std::fabs(normalisedWasserstein1(a, b) - 7.5 / range) < 1e-9);
    }

    void wassersteinHandComputed()
    {
        // {0, 1} vs {0, 3}: F differ on [1, 3) by 1/2 -> W1 = 1.
        QVERIFY(std::fabs(wasserstein1({0, 1}, {0, 3}) - 1.0) < 1e-12);
        // {0} vs {1, 2, 3}: mean |x - y| against a point = 2.
        QVERIFY(std::fabs(wasserstein1({0}, {1, 2, 3}) - 2.0) < 1e-12);
        // Gaussians with different sigma: W1(N(0,1), N(0,4)) = |1-2| E|Z| = sqrt(2/pi).
        std::mt19937 rng(9);
        std::normal_distribution<double> g;
        std::vector<double> a(40000), b(40000);
        for (auto &v : a) v = g(rng);
        for (auto &v : b) v = 2.0 * g(rng);
        QVERIFY(std::fabs(wasserstein1(a, b) - std::sqrt(2.0 / M_PI)) < 0.03);
    }

    void ksStatistic()
    {
        QCOMPARE(kolmogorovSmirnov({1, 2, 3}, {1, 2, 3}), 0.0);
        QCOMPARE(kolmogorovSmirnov({1, 2}, {3, 4}), 1.0);
        // {1,2,3,4} vs {3,4,5,6}: at x = 2, F1 = 1/2, F2 = 0.
        QCOMPARE(kolmogorovSmirnov({1, 2, 3, 4}, {3, 4, 5, 6}), 0.5);
    }

    void autocorrelationKnownSeries()
    {
        // Alternating series: ACF(1) = -(n-1)/n, ACF(2) = (n-2)/n for the biased estimator.
        std::vector<double> alt;
        for (int i = 0; i < 10; ++i) alt.push_back(i % 2 ? 1.0 : -1.0);
        const auto acf = autocorrelation(alt, 3);
        QVERIFY(std::fabs(acf[0] + 0.9) < 1e-12);
        QVERIFY(std::fabs(acf[1] - 0.8) < 1e-12);
        QVERIFY(std::fabs(acf[2] + 0.7) < 1e-12);
        // Same sets: zero error; alternating vs constant: |(-0.9) - 1| etc.
        QCOMPARE(autocorrelationError({alt}, {alt}, 3), 0.0);
        const std::vector<double> flat(10, 5.0);
        const double expected = (std::fabs(-0.9 - 1) + std::fabs(0.8 - 1) + std::fabs(-0.7 - 1)) / 3.0;
        QVERIFY(std::fabs(autocorrelationError({alt}, {flat}, 3) - expected) < 1e-12);
        // Lags longer than the series are undefined.
        QVERIFY(std::isnan(autocorrelation({1, 2}, 3)[1]));
    }

    void cdfAndHistogram()
    {
        const auto h = histogram({0, 0.5, 1.0, 9.9, 10, 20}, 0, 10, 10);
        QCOMPARE(h[0], 2.0);
        QCOMPARE(h[1], 1.0);
        QCOMPARE(h[9], 3.0); // 9.9, 10 and the clamped 20
        const auto c = empiricalCdf({1, 2, 3, 4}, 0, 4, 5);
        QCOMPARE(c, (std::vector<double>{0, 0.25, 0.5, 0.75, 1.0}));
    }
};

QTEST_GUILESS_MAIN(TestDistributionMetrics)
#include "tst_distribution_metrics.moc"
