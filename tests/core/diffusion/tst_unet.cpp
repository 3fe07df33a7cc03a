// UNet: shapes for several configurations, zero-initialised output, the class
// label changes the output once trained a few steps, and the parameter count of a
// known configuration (counted independently, layer by layer).
#include "core/diffusion/unet_impl.h"

#include <QTest>

using namespace netsynth;

class TestUNet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes()
    {
        for (bool learnSigma : {false, true}) {
            UNetConfig c;
            c.imageSize = 16;
            c.baseChannels = 8;
            c.channelMult = {1, 2, 2};
            c.numResBlocks = 2;
            c.attentionResolutions = {8, 4};
            c.headChannels = 8;
            c.learnSigma = learnSigma;
            c.numClasses = 3;
            UNet net(c);
            const torch::Tensor x = torch::randn({2, 1, 16, 16});
            const torch::Tensor out = net(x, torch::tensor({3, 999}), torch::tensor({0, 3}));
            QCOMPARE(out.sizes().vec(), (std::vector<std::int64_t>{2, learnSigma ? 2 : 1, 16, 16}));
            QCOMPARE(out.abs().max().item<double>(), 0.0); // zero-initialised output conv
        }
    }

    void labelsMatterAfterTraining()
    {
        torch::manual_seed(0);
        UNetConfig c;
        c.imageSize = 8;
        c.baseChannels = 8;
        c.channelMult = {1, 2};
        c.attentionResolutions = {4};
        c.headChannels = 8;
        c.numClasses = 2;
        UNet net(c);
        torch::optim::SGD opt(net->parameters(), 0.1);
        const torch::Tensor x = torch::randn({4, 1, 8, 8});
        const torch::Tensor t = torch::tensor({1, 2, 3, 4});
        const torch::Tensor y = torch::tensor({0, 1, 0, 1});
        // Zero-initialised output layers: the label reaches the output after a few steps.
        for (int i = 0; i < 3; ++i) {
            opt.zero_grad();
            (net(x, t, y) - x).pow(2).mean().backward();
            opt.step();
        }
        torch::NoGradGuard g;
        const torch::Tensor a = net(x, t, torch::zeros({4}, torch::kInt64));
        const torch::Tensor b = net(x, t, torch::ones({4}, torch::kInt64));
        QVERIFY((a - b).abs().max().item<double>() > 0.0);
    }

    void parameterCount()
    {
        // base 8, one level, one res block, no attention besides the middle, 1 class.
        UNetConfig c;
        c.imageSize = 4;
        c.baseChannels = 8;
        c.channelMult = {1};
        c.numResBlocks = 1;
        c.attentionResolutions = {};
        c.headChannels = 8;
        c.numClasses = 1;
        UNet net(c);
        auto conv = [](std::int64_t in, std::int64_t out, std::int64_t k) { return in * out * k * k + out; };
        auto gn = [](std::int64_t ch) { return 2 * ch; };
        auto res = [&](std::int64_t in, std::int64_t out) {
            return gn(in) + conv(in, out, 3) + (32 * 2 * out + 2 * out) + gn(out) + conv(out, out, 3) +
                   (in != out ? conv(in, out, 1) : 0);
        };
        const std::int64_t emb = (8 * 32 + 32) + (32 * 32 + 32) + 2 * 32;
        const std::int64_t attention = gn(8) + (8 * 24 + 24) + (8 * 8 + 8);
        const std::int64_t expected = emb + conv(1, 8, 3) + res(8, 8) /*down*/ + res(8, 8) + attention + res(8, 8) /*mid*/ +
                                      res(16, 8) + res(16, 8) /*up, with skips*/ + gn(8) + conv(8, 1, 3);
        QCOMPARE(net->parameterCount(), expected);
    }
};

QTEST_GUILESS_MAIN(TestUNet)
#include "tst_unet.moc"
