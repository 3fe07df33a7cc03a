// FiLM layer math and the shapes of the generator and both discriminators;
// the ridge baseline inside the GAN (--ridge-residual, --ridge-input) is the
// closed-form ridge baseline.
#include "core/appshot/appshot_networks_impl.h"

#include "appshot_toy_city.h"
#include "core/appshot/appshot_baselines.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/runtime/errors.h"

#include <QTest>

using namespace netsynth;
using namespace netsynth::appshot;

namespace {
AppShotConfig tinyConfig(int K, int S)
{
    AppShotConfig c;
    for (int k = 0; k < K; ++k) {
        c.layers.push_back("l" + std::to_string(k));
        c.normalizations.push_back(LayerNormalization::forKind(LayerKind::Fraction));
    }
    for (int s = 0; s < S; ++s) {
        c.services.push_back("s" + std::to_string(s));
        c.serviceScale.push_back(1.0);
    }
    c.patch = 8;
    c.stride = 4;
    c.channels = 8;
    c.embedDim = 6;
    c.noiseChannels = 2;
    c.dilations = {1, 2};
    return c;
}
} // namespace

class TestAppShotNetworks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filmIsIdentityAtInitAndAffineInTheEmbedding()
    {
        torch::manual_seed(3);
        FiLM film(4, 3);
        const auto x = torch::randn({2, 3, 5, 5});
        const auto e = torch::randn({2, 4});
        QVERIFY(torch::allclose(film->forward(x, e), x)); // gamma = beta = 0 at init
        // Set W, b by hand and compare with (1 + gamma) x + beta computed independently.
        {
            torch::NoGradGuard g;
            film->proj->weight.copy_(torch::arange(24, torch::kFloat).view({6, 4}) * 0.1);
            film->proj->bias.copy_(torch::tensor({0.5f, -1.0f, 0.0f, 2.0f, 0.25f, -3.0f}));
        }
        const auto y = film->forward(x, e);
        for (int b = 0; b < 2; ++b)
            for (int c = 0; c < 3; ++c) {
                double gamma = film->proj->bias[c].item<double>(), beta = film->proj->bias[3 + c].item<double>();
                for (int k = 0; k < 4; ++k) {
                    gamma += film->proj->weight[c][k].item<double>() * e[b][k].item<double>();
                    beta += film->proj->weight[3 + c][k].item<double>() * e[b][k].item<double>();
                }
                const auto expected = x[b][c] * (1.0 + gamma) + beta;
                QVERIFY(torch::allclose(y[b][c], expected, 1e-4, 1e-5));
            }
    }

    void shapes()
    {
        torch::manual_seed(1);
        const AppShotConfig cfg = tinyConfig(5, 3);
        Generator g(cfg);
        SpatialDiscriminator d1(cfg);
        CompositionDiscriminator d2(cfg);
        const auto ctx = torch::rand({4, 5, 8, 8});
        const auto cond = conditionVectors({0, 6, 12, 24 * 5 + 3}, ctx);
        QCOMPARE(cond.size(1), int64_t(3 + 5));
        QCOMPARE(cond[3][2].item<float>(), 1.0f); // Saturday
        QCOMPARE(cond[1][0].item<float>(), 1.0f); // sin(2 pi 6/24)
        QVERIFY(torch::allclose(cond.slice(1, 3, 8), ctx.mean({2, 3})));
        const auto y = g->forward(ctx, torch::randn({4, 2, 8, 8}), cond);
        QCOMPARE(y.sizes(), (torch::IntArrayRef{4, 3, 8, 8}));
        QCOMPARE(d1->forward(ctx, y, cond).sizes(), (torch::IntArrayRef{4, 1, 4, 4}));
        QCOMPARE(d2->forward(ctx, y, cond).sizes(), (torch::IntArrayRef{4, 1, 8, 8}));
        // The condition changes the output once FiLM is not the identity.
        {
            torch::NoGradGuard ng;
            for (auto &p : g->named_parameters())
                if (p.key().find("film") != std::string::npos)
                    p.value().normal_(0.0, 0.5);
        }
        const auto noise = torch::randn({1, 2, 8, 8});
        const auto c0 = ctx.slice(0, 0, 1);
        const auto a = g->forward(c0, noise, conditionVectors({3}, c0));
        const auto b = g->forward(c0, noise, conditionVectors({15}, c0));
        QVERIFY((a - b).abs().max().item<float>() > 1e-4f);
    }

    // With --ridge-residual the generator adds max(0, ridge) in the normalised
    // space: that map, denormalised, is AppShotBaselines::predictRidge with the
    // coefficients the trainer fits (and stores in the config); with
    // --ridge-input the context carries the slot-averaged ridge maps as S more
    // channels and every network takes them.
    void ridgeInsideTheGanIsTheRidgeBaseline()
    {
        City city = toyCity("north", 20, 18, 0.0);
        DemoTrafficSpec spec;
        spec.services = 2;
        spec.days = 7;
        city.traffic = DemoTrafficGenerator::generate(city, spec);
        AppShotConfig base = tinyConfig(0, 0);
        base.ridgeResidual = true;
        const AppShotConfig cfg = AppShotTrainer::prepareConfig({city}, base);
        const int K = static_cast<int>(cfg.layers.size()), S = static_cast<int>(cfg.services.size());
        QVERIFY(K > 0 && S == 2);
        const BaselineModel ridge = AppShotBaselines::fit({&city}, cfg.layers, cfg.services, cfg.serviceScale, 1.0);
        QCOMPARE(cfg.ridgeCoefficients, ridge.ridge);
        QCOMPARE(AppShotConfig::fromJson(cfg.toJson()).ridgeCoefficients, cfg.ridgeCoefficients);
        AppShotConfig broken = cfg;
        broken.ridgeCoefficients.pop_back();
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotConfig::fromJson(broken.toJson()));

        const CityTensors t = prepareCity(city, cfg, false);
        QCOMPARE(t.context.size(0), int64_t(K));
        const std::vector<int> hours = {3, 12, 24 * 5 + 20}; // a weekday night and noon, a Saturday evening
        const TrafficMaps expected = AppShotBaselines::predictRidge(ridge, city, hours);
        for (std::size_t h = 0; h < hours.size(); ++h) {
            const auto maps = ridgeMaps(cfg, t.context.unsqueeze(0), {hours[h]})[0].contiguous();
            QCOMPARE(maps.size(0), int64_t(S));
            for (int s = 0; s < S; ++s) {
                const float *want = expected.map(static_cast<int>(h), s);
                const float *got = maps[s].data_ptr<float>();
                for (std::size_t i = 0; i < city.cells(); ++i) {
                    if (!city.mask[i]) continue;
                    const double traffic = cfg.serviceScale[static_cast<std::size_t>(s)] * std::expm1(double(got[i]));
                    QVERIFY2(std::fabs(traffic - want[i]) <= 1e-4 * (1.0 + std::fabs(want[i])),
                             qPrintable(QStringLiteral("hour %1 service %2 cell %3: %4 vs %5")
                                            .arg(hours[h]).arg(s).arg(i).arg(traffic).arg(want[i])));
                }
            }
        }
        // The residual: the generator's own output plus exactly that map.
        torch::manual_seed(4);
        Generator g(cfg);
        const auto ctx = t.context.unsqueeze(0).slice(2, 0, cfg.patch).slice(3, 0, cfg.patch).contiguous();
        const auto noise = torch::randn({1, cfg.noiseChannels, cfg.patch, cfg.patch});
        const auto cond = conditionVectors({12}, ctx);
        const auto out = generate(g, cfg, ctx, noise, cond, {12});
        QVERIFY(torch::allclose(out - g->forward(ctx, noise, cond), ridgeMaps(cfg, ctx, {12}), 1e-5, 1e-6));

        // As inputs: K + S channels, the first K unchanged; all three networks take them.
        AppShotConfig in = cfg;
        in.ridgeResidual = false;
        in.ridgeInput = true;
        const CityTensors ti = prepareCity(city, in, false);
        QCOMPARE(ti.context.size(0), int64_t(K + S));
        QVERIFY(torch::equal(ti.context.slice(0, 0, K), t.context));
        QVERIFY(ti.context.slice(0, K).max().item<float>() > 0.0f);
        const auto ctxIn = ti.context.unsqueeze(0).slice(2, 0, in.patch).slice(3, 0, in.patch).contiguous();
        const auto condIn = conditionVectors({12}, ctxIn);
        QCOMPARE(condIn.size(1), int64_t(in.conditionDim()));
        Generator gi(in);
        const auto y = generate(gi, in, ctxIn, noise, condIn, {12});
        QCOMPARE(y.sizes(), (std::vector<int64_t>{1, S, in.patch, in.patch}));
        SpatialDiscriminator d1(in);
        CompositionDiscriminator d2(in);
        QCOMPARE(d1->forward(ctxIn, y, condIn).size(0), int64_t(1));
        QCOMPARE(d2->forward(ctxIn, y, condIn).size(0), int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestAppShotNetworks)
#include "tst_appshot_networks.moc"
