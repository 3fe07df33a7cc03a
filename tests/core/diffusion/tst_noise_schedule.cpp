// NoiseSchedule against closed-form values (DDPM linear, improved-DDPM cosine).
#include "core/diffusion/noise_schedule.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestNoiseSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linearEndpointsAndProducts()
    {
        const auto s = NoiseSchedule::make(NoiseScheduleKind::Linear, 1000);
        QCOMPARE(s.steps(), 1000);
        QVERIFY(std::abs(s.betas().front() - 1e-4) < 1e-15);
        QVERIFY(std::abs(s.betas().back() - 0.02) < 1e-15);
        QVERIFY(std::abs(s.betas()[500] - (1e-4 + (0.02 - 1e-4) * 500.0 / 999.0)) < 1e-15);
        // \bar\alpha_t = prod (1 - beta_i); the linear schedule's closed form for the product
        // is not elementary, so compare against an independent log-sum.
        double logSum = 0.0;
        for (int i = 0; i <= 999; ++i)
            logSum += std::log(1.0 - (1e-4 + (0.02 - 1e-4) * i / 999.0));
        QVERIFY(std::abs(s.alphasCumprod()[999] - std::exp(logSum)) < 1e-12);
        QVERIFY(s.alphasCumprod()[999] < 1e-4); // nearly pure noise at the end (about 4e-5)
        // Scaled to T = 100: betas 1e-3 .. 0.2.
        const auto short100 = NoiseSchedule::make(NoiseScheduleKind::Linear, 100);
        QVERIFY(std::abs(short100.betas().front() - 1e-3) < 1e-15);
        QVERIFY(std::abs(short100.betas().back() - 0.2) < 1e-14);
    }

    void cosineMatchesClosedForm()
    {
        const int T = 1000;
        const auto s = NoiseSchedule::make(NoiseScheduleKind::Cosine, T);
        const double pi = std::acos(-1.0);
        auto f = [&](double t) { return std::pow(std::cos((t / T + 0.008) / 1.008 * pi / 2.0), 2.0); };
        // Away from the 0.999 clip, \bar\alpha_t = f(t + 1) / f(0).
        for (int t : {0, 1, 10, 250, 500, 750, 900}) {
            const double expected = f(t + 1) / f(0);
            QVERIFY2(std::abs(s.alphasCumprod()[static_cast<std::size_t>(t)] - expected) < 1e-12,
                     qPrintable(QString::number(t)));
        }
        QVERIFY(std::abs(s.betas().back() - 0.999) < 1e-12); // clipped
        for (double b : s.betas())
            QVERIFY(b > 0.0 && b <= 0.999);
    }

    void posteriorClosedForm()
    {
        const auto s = NoiseSchedule::make(NoiseScheduleKind::Linear, 50);
        for (int t : {1, 7, 49}) {
            const auto i = static_cast<std::size_t>(t);
            const double ab = s.alphasCumprod()[i];
            const double abPrev = s.alphasCumprod()[i - 1];
            QCOMPARE(s.alphasCumprodPrev()[i], abPrev);
            const double beta = s.betas()[i];
            QVERIFY(std::abs(s.posteriorVariance()[i] - beta * (1 - abPrev) / (1 - ab)) < 1e-15);
            QVERIFY(std::abs(s.posteriorMeanCoef1()[i] - beta * std::sqrt(abPrev) / (1 - ab)) < 1e-15);
            QVERIFY(std::abs(s.posteriorMeanCoef2()[i] - (1 - abPrev) * std::sqrt(1 - beta) / (1 - ab)) < 1e-15);
        }
        QCOMPARE(s.alphasCumprodPrev()[0], 1.0);
        QCOMPARE(s.posteriorVariance()[0], 0.0);
        QCOMPARE(s.posteriorLogVarianceClipped()[0], std::log(s.posteriorVariance()[1]));
        // Posterior mean of x_0 itself at t where x_t = sqrt(ab) x0 (no noise) is x0 scaled consistently:
        // coef1 + coef2 * sqrt(ab_t) = sqrt(ab_{t-1}).
        for (int t = 1; t < 50; ++t) {
            const auto i = static_cast<std::size_t>(t);
            QVERIFY(std::abs(s.posteriorMeanCoef1()[i] + s.posteriorMeanCoef2()[i] * std::sqrt(s.alphasCumprod()[i]) -
                             std::sqrt(s.alphasCumprodPrev()[i])) < 1e-12);
        }
    }

    void respacingKeepsMarginals()
    {
        const auto s = NoiseSchedule::make(NoiseScheduleKind::Cosine, 1000);
        const auto steps = NoiseSchedule::spacedTimesteps(1000, 50);
        QCOMPARE(static_cast<int>(steps.size()), 50);
        QCOMPARE(steps.front(), 0);
        QCOMPARE(steps.back(), 999);
        for (std::size_t i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i] > steps[i - 1]);
        const auto r = s.respaced(steps);
        QCOMPARE(r.steps(), 50);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(r.timestepMap()[i], steps[i]);
            QVERIFY(std::abs(r.alphasCumprod()[i] - s.alphasCumprod()[static_cast<std::size_t>(steps[i])]) < 1e-12);
        }
        // All steps: the identity.
        const auto all = s.respaced(NoiseSchedule::spacedTimesteps(1000, 1000));
        for (int i = 0; i < 1000; ++i)
            QVERIFY(std::abs(all.betas()[static_cast<std::size_t>(i)] - s.betas()[static_cast<std::size_t>(i)]) < 1e-12);
        QCOMPARE(NoiseSchedule::spacedTimesteps(10, 50).size(), std::size_t(10));
    }

    void parsesNames()
    {
        QCOMPARE(parseNoiseScheduleKind("linear"), NoiseScheduleKind::Linear);
        QCOMPARE(parseNoiseScheduleKind("cosine"), NoiseScheduleKind::Cosine);
        QVERIFY_THROWS_EXCEPTION(InputError, parseNoiseScheduleKind("sigmoid"));
        QVERIFY_THROWS_EXCEPTION(InputError, NoiseSchedule::make(NoiseScheduleKind::Linear, 0));
    }
};

QTEST_GUILESS_MAIN(TestNoiseSchedule)
#include "tst_noise_schedule.moc"
