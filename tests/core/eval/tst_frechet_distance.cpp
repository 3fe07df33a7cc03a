#include "core/eval/frechet_distance.h"
#include "core/eval/gaussian_stats.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace netsynth;

namespace {
GaussianStats gaussian(std::vector<double> mean, std::vector<double> cov)
{
    GaussianStats s;
    s.dim = mean.size();
    s.count = 1000;
    s.mean = std::move(mean);
    s.covariance = std::move(cov);
    return s;
}
} // namespace

class TestFrechetDistance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqrtOfKnownMatrix()
    {
        // [[5,4],[4,5]] = Q diag(9,1) Q^T, sqrt = Q diag(3,1) Q^T = [[2,1],[1,2]].
        const auto r = symmetricMatrixSqrt({5, 4, 4, 5}, 2);
        QVERIFY(std::fabs(r[0] - 2) < 1e-12 && std::fabs(r[1] - 1) < 1e-12);
        QVERIFY(std::fabs(r[2] - 1) < 1e-12 && std::fabs(r[3] - 2) < 1e-12);
    }

    void sqrtSquaresBack()
    {
        std::mt19937 rng(3);
        std::normal_distribution<double> g;
        const std::size_t n = 12;
        std::vector<double> a(n * n), m(n * n, 0.0);
        for (double &v : a) v = g(rng);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                for (std::size_t k = 0; k < n; ++k) m[i * n + j] += a[i * n + k] * a[j * n + k];
        const auto r = symmetricMatrixSqrt(m, n);
        double worst = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                double s = 0;
                for (std::size_t k = 0; k < n; ++k) s += r[i * n + k] * r[k * n + j];
                worst = std::max(worst, std::fabs(s - m[i * n + j]));
            }
        QVERIFY2(worst < 1e-9, qPrintable(QString::number(worst)));
    }

    void identicalGaussiansGiveZero()
    {
        const auto a = gaussian({1, 2, 3}, {2, 0.5, 0, 0.5, 1, 0.2, 0, 0.2, 3});
        QVERIFY(frechetDistance(a, a) < 1e-9);
    }

    void univariateClosedForm()
    {
        // d^2 = (m1 - m2)^2 + (s1 - s2)^2
        const auto a = gaussian({0.0}, {4.0});
        const auto b = gaussian({3.0}, {9.0});
        QVERIFY(std::fabs(frechetDistance(a, b) - (9.0 + 1.0)) < 1e-10);
    }

    void diagonalClosedForm()
    {
        const auto a = gaussian({0, 0, 0}, {1, 0, 0, 0, 4, 0, 0, 0, 9});
        const auto b = gaussian({1, -1, 2}, {4, 0, 0, 0, 1, 0, 0, 0, 16});
        const double expected = (1 + 1 + 4) + (1 + 1 + 1); // |dmu|^2 + sum (sqrt a - sqrt b)^2
        QVERIFY(std::fabs(frechetDistance(a, b) - expected) < 1e-10);
    }

    void nonCommutingClosedForm()
    {
        // 2x2: Tr sqrt(M) = sqrt(tr M + 2 sqrt(det M)) for M = S1 S2 (positive eigenvalues).
        const std::vector<double> s1 = {2.0, 0.8, 0.8, 1.0};
        const std::vector<double> s2 = {1.0, -0.3, -0.3, 3.0};
        const double p00 = s1[0] * s2[0] + s1[1] * s2[2], p01 = s1[0] * s2[1] + s1[1] * s2[3];
        const double p10 = s1[2] * s2[0] + s1[3] * s2[2], p11 = s1[2] * s2[1] + s1[3] * s2[3];
        const double trSqrt = std::sqrt(p00 + p11 + 2.0 * std::sqrt(p00 * p11 - p01 * p10));
        const double expected = (0.5 * 0.5 + 1.0) + (3.0 + 4.0) - 2.0 * trSqrt;
        const double got = frechetDistance(gaussian({0, 0}, s1), gaussian({0.5, -1.0}, s2));
        QVERIFY2(std::fabs(got - expected) < 1e-10, qPrintable(QString("%1 vs %2").arg(got).arg(expected)));
        // Symmetric in its arguments.
        QVERIFY(std::fabs(frechetDistance(gaussian({0.5, -1.0}, s2), gaussian({0, 0}, s1)) - expected) < 1e-10);
    }

    void samplesOfShiftedGaussians()
    {
        // N(0, I) vs N(mu, I) in 4-D: FID -> |mu|^2 = 1 + 4 + 0 + 0.25 = 5.25.
        std::mt19937 rng(11);
        std::normal_distribution<float> g;
        const std::size_t n = 20000, d = 4;
        const float mu[d] = {1.0f, -2.0f, 0.0f, 0.5f};
        std::vector<float> a(n * d), b(n * d);
        for (std::size_t i = 0; i < n * d; ++i) {
            a[i] = g(rng);
            b[i] = g(rng) + mu[i % d];
        }
        const auto sa = GaussianStats::fromFeatures(a, d), sb = GaussianStats::fromFeatures(b, d);
        QVERIFY(std::fabs(frechetDistance(sa, sb) - 5.25) < 0.05);
        QVERIFY(frechetDistance(sa, sa) < 1e-9);
        // Scaled covariance: N(0, I) vs N(0, 4I): sum (1 - 2)^2 = 4.
        std::vector<float> c(n * d);
        for (auto &v : c) v = 2.0f * g(rng);
        QVERIFY(std::fabs(frechetDistance(sa, GaussianStats::fromFeatures(c, d)) - 4.0) < 0.1);
    }

    void statsMatchHandComputed()
    {
        const auto s = GaussianStats::fromFeatures(std::vector<double>{1, 2, 3, 4, 5, 9}, 2);
        QCOMPARE(s.count, std::size_t(3));
        QVERIFY(std::fabs(s.mean[0] - 3) < 1e-12 && std::fabs(s.mean[1] - 5) < 1e-12);
        // x = 1,3,5 (var 4); y = 2,4,9 (var 13); cov = ((-2)(-3) + 0 + 2*4)/2 = 7
        QVERIFY(std::fabs(s.covariance[0] - 4) < 1e-12 && std::fabs(s.covariance[3] - 13) < 1e-12);
        QVERIFY(std::fabs(s.covariance[1] - 7) < 1e-12 && std::fabs(s.covariance[2] - 7) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GaussianStats::fromFeatures(std::vector<double>{1, 2}, 2));
    }
};

QTEST_GUILESS_MAIN(TestFrechetDistance)
#include "tst_frechet_distance.moc"
