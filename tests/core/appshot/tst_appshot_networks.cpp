// FiLM layer math and the shapes of the generator and both discriminators.
#include "core/appshot/appshot_networks_impl.h"

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
};

QTEST_GUILESS_MAIN(TestAppShotNetworks)
#include "tst_appshot_networks.moc"
