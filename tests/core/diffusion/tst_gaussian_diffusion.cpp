// GaussianDiffusion: forward noising statistics, x0 recovery from the true
// eps, DDIM with an oracle reproducing the data exactly, DDPM step variance,
// and the hybrid loss terms.
#include "core/diffusion/gaussian_diffusion_impl.h"

#include <QTest>

using namespace netsynth;

class TestGaussianDiffusion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qSampleMatchesMarginal()
    {
        torch::manual_seed(0);
        const GaussianDiffusion d(NoiseSchedule::make(NoiseScheduleKind::Cosine, 1000), false);
        const torch::Tensor x0 = torch::full({4000, 1, 2, 2}, 0.5);
        const torch::Tensor t = torch::full({4000}, 300, torch::kInt64);
        const torch::Tensor xt = d.qSample(x0, t, torch::randn_like(x0));
        const double ab = d.schedule().alphasCumprod()[300];
        QVERIFY(std::abs(xt.mean().item<double>() - std::sqrt(ab) * 0.5) < 0.02);
        QVERIFY(std::abs(xt.var().item<double>() - (1 - ab)) < 0.03);
    }

    void trueEpsRecoversX0()
    {
        torch::manual_seed(1);
        const GaussianDiffusion d(NoiseSchedule::make(NoiseScheduleKind::Linear, 200), false);
        const torch::Tensor x0 = torch::rand({3, 1, 4, 4}) * 2 - 1;
        const torch::Tensor noise = torch::randn_like(x0);
        const torch::Tensor t = torch::tensor({0, 57, 199}, torch::kInt64);
        const torch::Tensor xt = d.qSample(x0, t, noise);
        const auto p = d.predict(noise, xt, t, false);
        QVERIFY(torch::allclose(p.predX0, x0, 1e-4, 1e-3));
        // Posterior mean with the true x0 equals coef1 x0 + coef2 xt.
        const torch::Tensor expected = d.extract(torch::tensor(d.schedule().posteriorMeanCoef1(), torch::kFloat64), t) * x0 +
                                       d.extract(torch::tensor(d.schedule().posteriorMeanCoef2(), torch::kFloat64), t) * xt;
        QVERIFY(torch::allclose(p.mean, expected, 1e-4, 1e-3));
        // Losses: the true eps has zero MSE.
        const auto l = d.trainingLosses(noise, x0, xt, t, noise, false);
        QVERIFY(l.loss.item<double>() < 1e-10);
    }

    void ddimWithOracleRecoversData()
    {
        // An oracle that knows x0 predicts eps = (x_t - sqrt(ab) x0) / sqrt(1 - ab);
        // deterministic DDIM must then land exactly on x0 from any start.
        const NoiseSchedule full = NoiseSchedule::make(NoiseScheduleKind::Cosine, 1000);
        const GaussianDiffusion d(full.respaced(NoiseSchedule::spacedTimesteps(1000, 25)), false);
        torch::manual_seed(2);
        const torch::Tensor x0 = torch::rand({2, 1, 4, 4}) * 1.6 - 0.8;
        torch::Tensor x = torch::randn_like(x0);
        for (int i = d.steps() - 1; i >= 0; --i) {
            const torch::Tensor t = torch::full({2}, i, torch::kInt64);
            const double ab = d.schedule().alphasCumprod()[static_cast<std::size_t>(i)];
            const torch::Tensor eps = (x - std::sqrt(ab) * x0) / std::sqrt(1 - ab);
            const auto p = d.predict(eps, x, t, true);
            x = d.ddimStep(p, x, t, 0.0, torch::zeros_like(x));
        }
        QVERIFY2(torch::allclose(x, x0, 1e-4, 1e-4), qPrintable(QString::number((x - x0).abs().max().item<double>())));
    }

    // DPM-Solver++(2M) with an oracle x0 keeps x on the path
    // sqrt(abar) x0 + sqrt(1 - abar) eps of one fixed eps, step after step
    // (respaced to 10 steps), and ends exactly at x0.
    void dpmSolverWithOracleStaysOnThePath()
    {
        torch::manual_seed(5);
        const NoiseSchedule full = NoiseSchedule::make(NoiseScheduleKind::Cosine, 1000);
        const GaussianDiffusion d(full.respaced(NoiseSchedule::spacedTimesteps(1000, 10)), false);
        const torch::Tensor x0 = torch::rand({2, 1, 4, 4}) * 2 - 1;
        const torch::Tensor eps = torch::randn_like(x0);
        const double abTop = d.schedule().alphasCumprod().back();
        torch::Tensor x = std::sqrt(abTop) * x0 + std::sqrt(1 - abTop) * eps;
        torch::Tensor x0Prev;
        double hPrev = 0.0;
        for (int i = d.steps() - 1; i >= 0; --i) {
            double h = 0.0;
            x = d.dpmSolver2mStep(x, i, x0, x0Prev, hPrev, h);
            if (i > 0) {
                QVERIFY(h > 0.0);
                const double ab = d.schedule().alphasCumprodPrev()[static_cast<std::size_t>(i)];
                const torch::Tensor onPath = std::sqrt(ab) * x0 + std::sqrt(1 - ab) * eps;
                QVERIFY2(torch::allclose(x, onPath, 1e-4, 1e-4), qPrintable(QString::number(i)));
            }
            x0Prev = x0;
            hPrev = h;
        }
        QVERIFY(torch::allclose(x, x0, 1e-6, 1e-6));
    }

    void ddpmStepAddsPosteriorNoise()
    {
        const GaussianDiffusion d(NoiseSchedule::make(NoiseScheduleKind::Linear, 100), false);
        const torch::Tensor xt = torch::zeros({20000, 1, 1, 1});
        const torch::Tensor t = torch::full({20000}, 50, torch::kInt64);
        const auto p = d.predict(torch::zeros_like(xt), xt, t, false);
        torch::manual_seed(3);
        const torch::Tensor next = d.ddpmStep(p, t, torch::randn_like(xt));
        QVERIFY(std::abs(next.var().item<double>() - d.schedule().posteriorVariance()[50]) < 0.05 * d.schedule().posteriorVariance()[50]);
        // No noise at t = 0.
        const torch::Tensor t0 = torch::zeros({20000}, torch::kInt64);
        const auto p0 = d.predict(torch::zeros_like(xt), xt, t0, false);
        QCOMPARE(d.ddpmStep(p0, t0, torch::randn_like(xt)).abs().max().item<double>(), 0.0);
    }

    void hybridLossHasVbTerm()
    {
        torch::manual_seed(4);
        const GaussianDiffusion d(NoiseSchedule::make(NoiseScheduleKind::Cosine, 100), true);
        const torch::Tensor x0 = torch::rand({4, 1, 4, 4}) * 2 - 1;
        const torch::Tensor noise = torch::randn_like(x0);
        const torch::Tensor t = torch::tensor({0, 10, 50, 99}, torch::kInt64);
        const torch::Tensor xt = d.qSample(x0, t, noise);
        // Model output: true eps, variance value v; v = -1 gives the posterior variance
        // exactly, so the KL terms vanish for t > 0.
        const torch::Tensor exact = torch::cat({noise, -torch::ones_like(noise)}, 1);
        const auto l = d.trainingLosses(exact, x0, xt, t.narrow(0, 1, 3).repeat({2}).narrow(0, 0, 4), noise, true);
        QVERIFY(std::isfinite(l.vb.item<double>()));
        const torch::Tensor tPos = torch::tensor({10, 20, 50, 99}, torch::kInt64);
        const torch::Tensor xtPos = d.qSample(x0, tPos, noise);
        const auto exactLoss = d.trainingLosses(exact, x0, xtPos, tPos, noise, true);
        QVERIFY2(exactLoss.vb.item<double>() < 1e-4, qPrintable(QString::number(exactLoss.vb.item<double>())));
        const torch::Tensor wrongVar = torch::cat({noise, torch::ones_like(noise)}, 1);
        QVERIFY(d.trainingLosses(wrongVar, x0, xtPos, tPos, noise, true).vb.item<double>() > 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestGaussianDiffusion)
#include "tst_gaussian_diffusion.moc"
