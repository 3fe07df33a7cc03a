// AppShotMetrics against values computed by hand.
#include "core/appshot/appshot_metrics.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestAppShotMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emd()
    {
        QCOMPARE(AppShotMetrics::emd({0, 1, 2}, {1, 2, 3}), 1.0);
        QCOMPARE(AppShotMetrics::emd({3, 0}, {0, 3}), 0.0);
        // Unequal sizes: {0} vs {0, 2}: |F_a - F_b| = 0.5 on [0, 2) -> 1.
        QCOMPARE(AppShotMetrics::emd({0}, {0, 2}), 1.0);
    }

    void pearsonAndSsim()
    {
        QVERIFY(std::abs(AppShotMetrics::pearson({1, 2, 3}, {2, 4, 6}) - 1.0) < 1e-12);
        QVERIFY(std::abs(AppShotMetrics::pearson({1, 2, 3}, {3, 2, 1}) + 1.0) < 1e-12);
        std::vector<float> a(100), b(100);
        for (int i = 0; i < 100; ++i) {
            a[i] = static_cast<float>(i % 7);
            b[i] = a[i];
        }
        QVERIFY(std::abs(AppShotMetrics::ssim(a.data(), b.data(), 10, 10, 6.0) - 1.0) < 1e-12);
        for (int i = 0; i < 100; ++i)
            b[i] = 6.0f - a[i];
        QVERIFY(AppShotMetrics::ssim(a.data(), b.data(), 10, 10, 6.0) < 0.0);
    }

    void moransI()
    {
        // Checkerboard: every neighbour has the opposite sign -> I = -1.
        std::vector<double> chess(16);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                chess[r * 4 + c] = (r + c) % 2;
        QVERIFY(std::abs(AppShotMetrics::moransI(chess, 4, 4, {}) + 1.0) < 1e-12);
        // Two halves: left 0, right 1 on a 4x4 grid. Rook pairs (ordered): 48; only the
        // 8 ordered pairs across the middle have opposite signs: I = (16/48) * (40 - 8) * 0.25 / 4 = 2/3.
        std::vector<double> halves(16);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                halves[r * 4 + c] = c >= 2;
        QVERIFY(std::abs(AppShotMetrics::moransI(halves, 4, 4, {}) - 2.0 / 3.0) < 1e-12);
    }

    void evaluateMatchesHoursAndServices()
    {
        TrafficMaps real, gen;
        real.serviceNames = {"a", "b"};
        real.resize(4, 2, 3, 3);
        for (std::size_t i = 0; i < real.values.size(); ++i)
            real.values[i] = static_cast<float>((i * 37) % 11);
        gen.serviceNames = {"b"};
        gen.hours = {2, 3};
        gen.resize(2, 1, 3, 3);
        for (int t = 0; t < 2; ++t)
            for (int i = 0; i < 9; ++i)
                gen.map(t, 0)[i] = real.map(t + 2, 1)[i] + 1.0f; // shifted by one
        const TrafficEvaluation e = AppShotMetrics::evaluate(real, gen, {}, "shift");
        QCOMPARE(e.services.size(), std::size_t(1));
        QCOMPARE(e.services[0].service, std::string("b"));
        QCOMPARE(e.hours, (std::vector<int>{2, 3}));
        QVERIFY(std::abs(e.services[0].emd - 1.0) < 1e-9);
        QVERIFY(std::abs(e.services[0].pearsonCellMean - 1.0) < 1e-9);
        QVERIFY(e.services[0].moranError < 1e-9);
        QVERIFY(!e.crossServiceCorrelationError.has_value());
        const auto j = e.toJson();
        QVERIFY(j["services"][0].contains("ssim"));
        gen.hours = {40, 41};
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotMetrics::evaluate(real, gen, {}, "x"));
    }
};

QTEST_GUILESS_MAIN(TestAppShotMetrics)
#include "tst_appshot_metrics.moc"
