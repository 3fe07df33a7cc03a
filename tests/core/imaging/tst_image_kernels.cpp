// Pixel kernels: a hand-computed 3x3 GASF, symmetry, the diagonal identity,
// constant patches, GADF and MTF definitions, the fast power and PAA; every
// SIMD level this CPU has (portable, AVX2, AVX-512) against double references.
#include "core/imaging/image_kernels.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace netsynth;

class TestImageKernels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handComputedGasf3x3()
    {
        // x = 0, 1/2, 1 -> phi = pi/2, pi/3, 0.
        // G = cos(phi_i + phi_j) = [[-1, -sqrt(3)/2, 0], [., -1/2, 1/2], [., ., 1]]
        // I_r = (G + 1) / 2 = [[0, 0.0669873, 0.5], [., 0.25, 0.75], [., ., 1]]
        const double x[3] = {0.0, 0.5, 1.0};
        float raw[9], corrected[9];
        kernels::gasfImage(x, 3, 1.0, 1.0, raw);
        const double expected[9] = {0.0, 0.0669872981, 0.5, 0.0669872981, 0.25, 0.75, 0.5, 0.75, 1.0};
        for (int i = 0; i < 9; ++i)
            QVERIFY2(std::abs(raw[i] - expected[i]) < 2e-7, qPrintable(QString::number(i)));
        // gamma 0.25, A = 2: 2 * I_r^0.25
        kernels::gasfImage(x, 3, 0.25, 2.0, corrected);
        const double corr[9] = {0.0, 2 * 0.50874261, 2 * 0.84089642, 2 * 0.50874261, 2 * 0.70710678,
                                2 * 0.93060486, 2 * 0.84089642, 2 * 0.93060486, 2.0};
        for (int i = 0; i < 9; ++i)
            QVERIFY2(std::abs(corrected[i] - corr[i]) < 1e-6, qPrintable(QString::number(i)));
    }

    void symmetricAndDiagonalIdentity_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("gamma");
        QTest::newRow("17 g0.25") << 17 << 0.25;
        QTest::newRow("64 g0.3") << 64 << 0.3;
        QTest::newRow("128 g1") << 128 << 1.0;
        QTest::newRow("33 g2.2") << 33 << 2.2;
    }

    void symmetricAndDiagonalIdentity()
    {
        QFETCH(int, n);
        QFETCH(double, gamma);
        std::mt19937 rng(n);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        std::vector<double> x(n);
        for (double &v : x)
            v = u(rng);
        x[0] = 0.0;
        x[1] = 1.0;
        std::vector<float> img(static_cast<std::size_t>(n) * n);
        kernels::gasfImage(x.data(), n, gamma, 1.5, img.data());
        for (int i = 0; i < n; ++i) {
            // diagonal: A * ((G_ii + 1) / 2)^gamma with G_ii = cos(2 phi_i) = 2 x^2 - 1
            const double gii = std::cos(2 * std::acos(x[i]));
            QVERIFY(std::abs(img[i * n + i] - 1.5 * std::pow((gii + 1) / 2, gamma)) < 1e-6);
            for (int j = 0; j < n; ++j) {
                QCOMPARE(img[i * n + j], img[j * n + i]); // bit-exact symmetry
                const double g = std::cos(std::acos(x[i]) + std::acos(x[j]));
                const double ref = 1.5 * std::pow(std::max(0.0, (g + 1) / 2), gamma);
                QVERIFY2(std::abs(img[i * n + j] - ref) < 2e-6,
                         qPrintable(QStringLiteral("%1,%2: %3 vs %4").arg(i).arg(j).arg(img[i * n + j]).arg(ref)));
            }
        }
    }

    void constantSegmentGivesConstantPatch()
    {
        std::vector<double> x{0.1, 0.9, 0.4, 0.4, 0.4, 0.4, 0.7, 0.2};
        const int n = 8;
        std::vector<float> img(n * n);
        kernels::gasfImage(x.data(), n, 0.25, 1.0, img.data());
        for (int i = 2; i < 6; ++i)
            for (int j = 2; j < 6; ++j)
                QCOMPARE(img[i * n + j], img[2 * n + 2]);
        QVERIFY(img[2 * n + 2] != img[0]);
        // rows of equal values are equal across the whole width
        for (int j = 0; j < n; ++j)
            QCOMPARE(img[3 * n + j], img[4 * n + j]);
    }

    void gadfDefinition()
    {
        std::vector<double> x{0.0, 0.3, 0.8, 1.0};
        float img[16];
        kernels::gadfImage(x.data(), 4, 0.5, 1.0, img);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j) {
                const double g = std::sin(std::acos(x[i]) - std::acos(x[j]));
                QVERIFY(std::abs(img[i * 4 + j] - std::sqrt((g + 1) / 2)) < 1e-6);
            }
    }

    void mtfDefinition()
    {
        // Two quantile bins (edge at the median 0.8): states 0 0 0 1 1 1,
        // transitions 0->0 twice, 0->1 once, 1->1 twice: W = [[2/3, 1/3], [0, 1]].
        std::vector<double> x{0.1, 0.2, 0.1, 0.9, 0.8, 0.9};
        float img[36];
        kernels::mtfImage(x.data(), 6, 2, 6, 1.0, 1.0, img);
        const double w[2][2] = {{2.0 / 3, 1.0 / 3}, {0.0, 1.0}};
        const int state[6] = {0, 0, 0, 1, 1, 1};
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 6; ++j)
                QVERIFY(std::abs(img[i * 6 + j] - w[state[i]][state[j]]) < 1e-6);
        // resized to 3x3 by PAA over 2x2 blocks
        float small[9];
        kernels::mtfImage(x.data(), 6, 2, 3, 1.0, 1.0, small);
        QVERIFY(std::abs(small[0] - 2.0 / 3) < 1e-6);
        QVERIFY(std::abs(small[1] - (2 * (2.0 / 3) + 2 * (1.0 / 3)) / 4) < 1e-6);
        QVERIFY(std::abs(small[8] - 1.0) < 1e-6);
    }

    void fastPowerIsAccurate()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        // Relative error below 1e-6 where the result is above 1e-3 (float
        // exponents limit it further down), absolute error below 1e-7 everywhere.
        double worstRelative = 0.0, worstAbsolute = 0.0;
        for (float p : {0.05f, 0.3f, 0.7f, 1.3f, 3.0f})
            for (int k = 0; k < 20000; ++k) {
                const float r = k < 100 ? std::pow(10.0f, -float(k) * 0.37f) : u(rng);
                const double ref = std::pow(double(r), double(p));
                const double got = kernels::powUnit(r, p);
                worstAbsolute = std::max(worstAbsolute, std::abs(got - ref));
                if (ref > 1e-3)
                    worstRelative = std::max(worstRelative, std::abs(got - ref) / ref);
            }
        QVERIFY2(worstRelative < 1e-6, qPrintable(QString::number(worstRelative)));
        QVERIFY2(worstAbsolute < 1e-7, qPrintable(QString::number(worstAbsolute)));
        QCOMPARE(kernels::powUnit(0.0f, 0.3f), 0.0f);
        QVERIFY(std::abs(kernels::powUnit(1.0f, 0.3f) - 1.0f) < 1e-7);
    }

    // Every SIMD level the CPU supports gives an exactly symmetric image whose
    // off-diagonal pixels match the double-precision definition and whose
    // diagonal is amp * x^(2 gamma) rounded to float (at most 1 ulp off).
    void everySimdLevelMatchesDefinition()
    {
        const int best = static_cast<int>(kernels::bestSimdLevel());
        const kernels::SimdLevel saved = kernels::simdLevel();
        for (int level = 0; level <= best; ++level) {
            kernels::setSimdLevel(static_cast<kernels::SimdLevel>(level));
            QCOMPARE(static_cast<int>(kernels::simdLevel()), level);
            for (int n : {5, 16, 17, 33, 100, 128}) {
                std::mt19937 rng(n + 100 * level);
                std::uniform_real_distribution<double> u(0.0, 1.0);
                std::vector<double> x(n);
                for (double &v : x)
                    v = u(rng);
                x[0] = 0.0;
                x[1] = 1.0;
                for (double gamma : {0.25, 0.3, 0.5, 1.0, 2.2}) {
                    std::vector<float> img(static_cast<std::size_t>(n) * n);
                    kernels::gasfImage(x.data(), n, gamma, 1.5, img.data());
                    const QString where = QStringLiteral("level %1 n %2 gamma %3").arg(level).arg(n).arg(gamma);
                    for (int i = 0; i < n; ++i) {
                        const float diag = static_cast<float>(1.5 * std::pow(x[i], 2 * gamma));
                        const float got = img[i * n + i];
                        QVERIFY2(got == diag || got == std::nextafter(diag, 0.0f) || got == std::nextafter(diag, 2.0f),
                                 qPrintable(where + QStringLiteral(" diagonal %1: %2 vs %3").arg(i).arg(got).arg(diag)));
                        for (int j = 0; j < n; ++j) {
                            QVERIFY2(img[i * n + j] == img[j * n + i], qPrintable(where));
                            const double g = std::cos(std::acos(x[i]) + std::acos(x[j]));
                            const double ref = 1.5 * std::pow(std::max(0.0, (g + 1) / 2), gamma);
                            QVERIFY2(std::abs(img[i * n + j] - ref) < 2e-6,
                                     qPrintable(where + QStringLiteral(" %1,%2: %3 vs %4").arg(i).arg(j).arg(img[i * n + j]).arg(ref)));
                        }
                    }
                }
            }
        }
        kernels::setSimdLevel(saved);
    }

    // The general power of the GASF kernel (every SIMD level) against std::pow
    // over [0, 1], 0 and 1 included: relative error below 1e-6 where the
    // result is above 1e-3, absolute error below 1e-7 everywhere, 0 -> 0 and
    // 1 -> 1 exactly.
    void generalPowerMatchesStdPow()
    {
        std::vector<float> r;
        for (int k = 0; k <= 100000; ++k)
            r.push_back(static_cast<float>(k) / 100000.0f); // grid incl. 0 and 1
        for (int k = 0; k < 120; ++k)
            r.push_back(std::pow(10.0f, -float(k) * 0.33f)); // down to the subnormals
        r.push_back(std::numeric_limits<float>::denorm_min());
        r.push_back(std::numeric_limits<float>::min());
        r.push_back(std::nextafter(1.0f, 0.0f));
        std::vector<float> out(r.size());
        const int best = static_cast<int>(kernels::bestSimdLevel());
        const kernels::SimdLevel saved = kernels::simdLevel();
        for (int level = 0; level <= best; ++level) {
            kernels::setSimdLevel(static_cast<kernels::SimdLevel>(level));
            for (float p : {0.05f, 0.3f, 0.6f, 1.3f, 3.0f, 4.0f}) {
                kernels::powUnitArray(r.data(), static_cast<int>(r.size()), p, out.data());
                double worstRelative = 0.0, worstAbsolute = 0.0;
                for (std::size_t k = 0; k < r.size(); ++k) {
                    const double ref = std::pow(double(r[k]), double(p));
                    const double err = std::abs(double(out[k]) - ref);
                    worstAbsolute = std::max(worstAbsolute, err);
                    if (ref > 1e-3)
                        worstRelative = std::max(worstRelative, err / ref);
                    if (r[k] == 0.0f)
                        QCOMPARE(out[k], 0.0f);
                    if (r[k] == 1.0f)
                        QCOMPARE(out[k], 1.0f);
                }
                const QString where = QStringLiteral("level %1 p %2: ").arg(level).arg(p);
                QVERIFY2(worstRelative < 1e-6, qPrintable(where + QString::number(worstRelative)));
                QVERIFY2(worstAbsolute < 1e-7, qPrintable(where + QString::number(worstAbsolute)));
            }
        }
        kernels::setSimdLevel(saved);
    }

    void paaMeansAndRepeats()
    {
        const double in[6] = {1, 2, 3, 4, 5, 6};
        double out3[3], out4[4], out12[12];
        kernels::paa(in, 6, out3, 3);
        QCOMPARE(out3[0], 1.5);
        QCOMPARE(out3[2], 5.5);
        // 6 -> 4: segments of 1.5 samples: (1 + 2/2)/1.5, (2/2 + 3)/1.5, ...
        kernels::paa(in, 6, out4, 4);
        QVERIFY(std::abs(out4[0] - (1 + 1.0) / 1.5) < 1e-12);
        QVERIFY(std::abs(out4[1] - (1.0 + 3) / 1.5) < 1e-12);
        QVERIFY(std::abs(out4[3] - (2.5 + 6) / 1.5) < 1e-12);
        kernels::paa(in, 6, out12, 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(out12[i], in[i / 2]);
        double back[6];
        kernels::unpaa(out12, 12, back, 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(back[i], in[i]);
        kernels::unpaa(out3, 3, back, 6); // lossy: step-wise means
        QCOMPARE(back[0], 1.5);
        QCOMPARE(back[1], 1.5);
        QCOMPARE(back[5], 5.5);
    }
};

QTEST_GUILESS_MAIN(TestImageKernels)
#include "tst_image_kernels.moc"
