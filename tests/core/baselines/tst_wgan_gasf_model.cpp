#include "core/baselines/wgan_gasf_model.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <random>

using namespace netsynth;

namespace {
constexpr int kSize = 16;

// GASF with gamma 0.25 of a normalised series x in [0, 1]: ((cos(phi_i + phi_j) + 1) / 2)^0.25.
void gasf(const std::vector<double> &x, float *out)
{
    for (int i = 0; i < kSize; ++i)
        for (int j = 0; j < kSize; ++j) {
            const double g = std::cos(std::acos(x[i]) + std::acos(x[j]));
            out[i * kSize + j] = static_cast<float>(std::pow((g + 1.0) / 2.0, 0.25));
        }
}

// "rise": a ramp up; "fall": a ramp down; small noise per sample.
ImageDataset toyImages(int perClass)
{
    ImageDataset d;
    d.imageSize = kSize;
    d.classes = {"rise", "fall"};
    d.spec = {{"encoder", "gasf"}, {"gamma", 0.25}, {"image_size", kSize}, {"length", kSize}};
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(-0.05, 0.05);
    std::vector<float> img(kSize * kSize);
    for (int k = 0; k < perClass; ++k)
        for (int c = 0; c < 2; ++c) {
            std::vector<double> x(kSize);
            for (int i = 0; i < kSize; ++i) {
                const double r = double(i) / (kSize - 1);
                x[i] = std::clamp((c == 0 ? r : 1.0 - r) + u(rng), 0.0, 1.0);
            }
            gasf(x, img.data());
            ImageSampleInfo info;
            info.label = c;
            info.min = c == 0 ? -100 - k : -900 - k;
            info.max = c == 0 ? 100 + k : 900 + k;
            info.length = c == 0 ? 10 : 16;
            d.append(img.data(), info);
        }
    return d;
}

std::vector<std::vector<double>> classMeans(const ImageDataset &d)
{
    std::vector<std::vector<double>> m(d.classes.size(), std::vector<double>(d.pixelsPerImage(), 0.0));
    const auto counts = d.classCounts();
    for (std::size_t i = 0; i < d.count(); ++i)
        for (std::size_t p = 0; p < d.pixelsPerImage(); ++p)
            m[static_cast<std::size_t>(d.samples[i].label)][p] += d.image(i)[p] / double(counts[d.samples[i].label]);
    return m;
}

double mse(const std::vector<double> &a, const std::vector<double> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += (a[i] - b[i]) * (a[i] - b[i]);
    return s / a.size();
}

BaselineConfig tinyConfig()
{
    BaselineConfig c = BaselineConfig::fromPreset("tiny", BaselineKind::WganGasf);
    c.seed = 3;
    c.learningRate = 5e-4;
    c.batchSize = 16;
    c.checkpointEvery = 0;
    return c;
}

std::string outDir()
{
    QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
    return NETSYNTH_TEST_OUTPUT_DIR;
}
} // namespace

class TestWganGasfModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DeviceManager::configure(DevicePreference::Cpu, 1); }

    void learnsTheClassImages()
    {
        const ImageDataset real = toyImages(64);
        const auto target = classMeans(real);
        WganGasfModel model(real, tinyConfig());
        ProgressToken token;
        auto ownError = [&](const ImageDataset &fake) {
            const auto m = classMeans(fake);
            return mse(m[0], target[0]) + mse(m[1], target[1]);
        };
        const double before = ownError(model.generate({64, 64}, 1, token));
        const auto r = model.train(real, 120, token);
        QCOMPARE(r.steps, 120);
        const ImageDataset fake = model.generate({64, 64}, 1, token);
        const auto m = classMeans(fake);
        const double after = ownError(fake);
        qInfo("class-mean image MSE: %.4f before, %.4f after training", before, after);
        QVERIFY(after < 0.5 * before);
        // Conditioning: each class's samples are closer to their own class than to the other.
        QVERIFY(mse(m[0], target[0]) < mse(m[0], target[1]));
        QVERIFY(mse(m[1], target[1]) < mse(m[1], target[0]));
    }

    void samplesAreValidGasfImages()
    {
        const ImageDataset real = toyImages(8);
        WganGasfModel model(real, tinyConfig());
        ProgressToken token;
        model.train(real, 5, token);
        const ImageDataset a = model.generate({3, 2}, 9, token);
        QCOMPARE(a.count(), std::size_t(5));
        QCOMPARE(a.imageSize, kSize);
        QCOMPARE(a.classes, real.classes);
        QVERIFY(a.spec == real.spec);
        QCOMPARE(a.classCounts(), (std::vector<std::int64_t>{3, 2}));
        for (std::size_t n = 0; n < a.count(); ++n) {
            const float *img = a.image(n);
            for (int i = 0; i < kSize; ++i)
                for (int j = 0; j < kSize; ++j) {
                    QVERIFY(std::isfinite(img[i * kSize + j]));
                    QVERIFY(img[i * kSize + j] >= model.valueMin() && img[i * kSize + j] <= model.valueMax());
                    QCOMPARE(img[i * kSize + j], img[j * kSize + i]); // symmetric
                }
            // min/max/length come from a training series of the same class.
            const auto &s = a.samples[n];
            QCOMPARE(s.length, s.label == 0 ? 10 : 16);
            QVERIFY(s.label == 0 ? (s.max >= 100 && s.max < 108) : (s.max >= 900 && s.max < 908));
        }
        QCOMPARE(model.generate({3, 2}, 9, token).pixels, a.pixels);
        QVERIFY(model.generate({3, 2}, 10, token).pixels != a.pixels);
    }

    void checkpointRoundTripAndCancel()
    {
        const ImageDataset real = toyImages(8);
        WganGasfModel model(real, tinyConfig());
        ProgressToken token;
        const std::string path = outDir() + "/wgan.pt";
        model.train(real, 6, token, {}, path);
        WganGasfModel back = WganGasfModel::load(path);
        QCOMPARE(back.step(), 6);
        QCOMPARE(back.imageSize(), kSize);
        QCOMPARE(back.valueMin(), model.valueMin());
        QCOMPARE(back.generate({2, 2}, 4, token).pixels, model.generate({2, 2}, 4, token).pixels);
        // A resumed run reports progress of all its steps: step 7 of 50 is 14%,
        // not 1 of the 44 left, so a resumed pipeline's bar never runs back.
        std::vector<double> fractions;
        std::vector<std::string> messages;
        ProgressToken resumed(
            [&](double f, const std::string &m) {
                fractions.push_back(f);
                messages.push_back(m);
            },
            std::chrono::milliseconds(0));
        BaselineTrainCallbacks cb;
        cb.onStep = [&](const BaselineStepStats &s) {
            if (s.step == 8)
                resumed.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CanceledError, back.train(real, 50, resumed, cb, path));
        QCOMPARE(WganGasfModel::load(path).step(), 8);
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.front(), 7.0 / 50.0);
        QVERIFY2(messages.front().rfind("wgan-gasf step 7/50, W ", 0) == 0, messages.front().c_str());
        QVERIFY(messages.front().find("ETA") != std::string::npos);
    }

    void oddImageSizes()
    {
        // Sizes that are not 4 * 2^k (e.g. 10 packets as 10x10 images) work too.
        ImageDataset d;
        d.imageSize = 10;
        d.classes = {"only"};
        std::vector<float> img(100, 0.5f);
        for (int i = 0; i < 4; ++i)
            d.append(img.data(), ImageSampleInfo{});
        WganGasfModel model(d, tinyConfig());
        ProgressToken token;
        model.train(d, 2, token);
        const ImageDataset out = model.generate({3}, 1, token);
        QCOMPARE(out.imageSize, 10);
        QCOMPARE(out.pixels.size(), std::size_t(300));
    }

    void badInput()
    {
        const std::string path = outDir() + "/garbage.pt";
        std::filesystem::remove(path);
        QVERIFY_THROWS_EXCEPTION(InputError, WganGasfModel::load(path));
        ImageDataset empty;
        empty.imageSize = kSize;
        empty.classes = {"a"};
        QVERIFY_THROWS_EXCEPTION(InputError, WganGasfModel(empty, tinyConfig()));
    }
};

QTEST_GUILESS_MAIN(TestWganGasfModel)
#include "tst_wgan_gasf_model.moc"
