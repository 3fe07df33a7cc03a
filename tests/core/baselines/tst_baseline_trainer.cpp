// trainBaseline + sampleBaselineToFolder end to end on image sets encoded with
// the imaging encoder: every generator writes an image set in the encode
// format, and the series the samples invert to are checked independently.
#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/baseline_sampler.h"
#include "core/baselines/baseline_trainer.h"
#include "core/baselines/image_series_bridge.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

using namespace netsynth;
namespace fs = std::filesystem;

namespace {
constexpr int kLength = 8;

// Two classes of signed-size series encoded with the default GASF spec at
// length = image size = 8: "small-up" (+60..+200, length 5..8) and
// "big-down" (-1200..-1500, length 8).
ImageDataset toyImageSet(const std::string &folder)
{
    EncodeSpec spec;
    spec.length = kLength;
    spec.imageSize = kLength;
    ImageDataset d;
    d.imageSize = kLength;
    d.classes = {"small-up", "big-down"};
    d.spec = spec.toJson();
    d.provenance = {{"origin", "real"}};
    std::mt19937 rng(1);
    for (int i = 0; i < 40; ++i)
        for (int c = 0; c < 2; ++c) {
            ExtractedSeries s;
            s.length = c == 0 ? 5 + i % 4 : kLength;
            s.values.assign(kLength, 0.0);
            for (int t = 0; t < s.length; ++t)
                s.values[t] = c == 0 ? double(60 + rng() % 141) : -double(1200 + rng() % 301);
            EncodedImage img = encodeSeries(s, spec);
            img.info.label = c;
            img.info.source = "toy#" + std::to_string(2 * i + c);
            d.append(img.pixels.data(), img.info);
        }
    d.save(folder);
    return d;
}

std::string scratch(const std::string &name)
{
    const std::string dir = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/" + name;
    fs::remove_all(dir);
    QDir().mkpath(QString::fromStdString(dir));
    return dir;
}
} // namespace

class TestBaselineTrainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_real = toyImageSet(scratch("real"));
        m_realDir = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/real";
    }

    void bridgeInvertsExactly()
    {
        ProgressToken token;
        const PacketSeriesSet series = seriesFromImages(m_real, token);
        QCOMPARE(series.count(), m_real.count());
        QCOMPARE(series.length, kLength);
        QCOMPARE(series.featureNames, std::vector<std::string>{"signed-size"});
        const ImageDataset again = imagesFromSeries(series, m_real.spec, token);
        QCOMPARE(again.count(), m_real.count());
        for (std::size_t i = 0; i < again.count(); ++i) {
            QCOMPARE(again.samples[i].length, m_real.samples[i].length);
            QCOMPARE(again.samples[i].min, m_real.samples[i].min);
            QCOMPARE(again.samples[i].max, m_real.samples[i].max);
            for (std::size_t p = 0; p < again.pixelsPerImage(); ++p)
                QVERIFY(std::abs(again.image(i)[p] - m_real.image(i)[p]) < 1e-4f);
        }
    }

    void everyGeneratorWritesTheSameFormat_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("dg") << "dg";
        QTest::newRow("wgan-gasf") << "wgan-gasf";
        QTest::newRow("empirical") << "empirical";
        QTest::newRow("real-resample") << "real-resample";
    }

    void everyGeneratorWritesTheSameFormat()
    {
        QFETCH(QString, model);
        const std::string name = model.toStdString();
        ProgressToken token;
        BaselineTrainRequest req;
        req.kind = parseBaselineKind(name);
        req.config = BaselineConfig::fromPreset("tiny", req.kind);
        req.config.checkpointEvery = 0;
        req.steps = 4;
        req.dataDir = m_realDir;
        req.runDir = scratch("run-" + name);
        const BaselineTrainResult r = trainBaseline(req, token);
        QVERIFY(fs::exists(r.checkpoint));
        const BaselineCheckpointInfo info = readBaselineCheckpointInfo(req.runDir);
        QCOMPARE(baselineKindName(info.kind), name);
        QCOMPARE(info.classes, m_real.classes);
        QCOMPARE(info.step, baselineKindIsGan(req.kind) ? 4 : 0);
        QCOMPARE(fs::exists(req.runDir + "/checkpoint.pt"), baselineKindIsGan(req.kind));

        BaselineSampleConfig cfg;
        cfg.checkpoint = req.runDir;
        cfg.perClass = 6;
        cfg.seed = 3;
        const std::string outDir = scratch("samples-" + name);
        const BaselineSampleResult s = sampleBaselineToFolder(cfg, outDir, token);
        QCOMPARE(s.samples, std::size_t(12));
        QCOMPARE(s.generator, name);
        const ImageDataset out = ImageDataset::load(outDir);
        QCOMPARE(out.imageSize, m_real.imageSize);
        QCOMPARE(out.classes, m_real.classes);
        QVERIFY(out.spec == m_real.spec);
        QCOMPARE(out.provenance.at("origin").get<std::string>(), std::string("synthetic"));
        QCOMPARE(out.provenance.at("generator").get<std::string>(), name);
        QCOMPARE(out.classCounts(), (std::vector<std::int64_t>{6, 6}));
        // Beside the shards, as the diffusion sampler writes them: the series
        // CSV (header + one row per image) and one contact sheet per class.
        QCOMPARE(s.csv, outDir + "/series.csv");
        std::ifstream csv(s.csv);
        int rows = 0;
        for (std::string line; std::getline(csv, line);)
            rows += line.empty() ? 0 : 1;
        QCOMPARE(rows, 1 + 12);
        QCOMPARE(s.contactSheets.size(), std::size_t(2));
        for (const auto &sheet : s.contactSheets)
            QVERIFY2(fs::is_regular_file(sheet), sheet.c_str());
        // Every sample inverts to a series (the evaluation's input).
        const EncodeSpec spec = EncodeSpec::fromJson(out.spec);
        for (std::size_t i = 0; i < out.count(); ++i) {
            const auto v = invertImage(out.image(i), out.imageSize, spec, out.samples[i]);
            for (double x : v)
                QVERIFY(std::isfinite(x));
        }
        // Same seed, same samples.
        const ImageDataset again = sampleBaselineImages(cfg, token);
        QCOMPARE(again.pixels, out.pixels);
    }

    void empiricalSamplesUseOnlyTheClassPackets()
    {
        ProgressToken token;
        const PacketSeriesSet real = seriesFromImages(m_real, token);
        std::set<long> values[2];
        for (std::size_t i = 0; i < real.count(); ++i)
            for (int t = 0; t < real.lengths[i]; ++t)
                values[real.labels[i]].insert(std::lround(real.value(i, t, 0)));
        BaselineSampleConfig cfg;
        cfg.checkpoint = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/run-empirical";
        cfg.perClass = 30;
        cfg.seed = 8;
        const ImageDataset out = sampleBaselineImages(cfg, token);
        const PacketSeriesSet back = seriesFromImages(out, token);
        for (std::size_t i = 0; i < back.count(); ++i) {
            QVERIFY(back.lengths[i] >= 5 || back.labels[i] == 1);
            for (int t = 0; t < back.lengths[i]; ++t)
                QVERIFY2(values[back.labels[i]].count(std::lround(back.value(i, t, 0))) == 1,
                         "an empirical packet is not one of its class's real packets");
        }
    }

    void kindMismatchAndBadInput()
    {
        ProgressToken token;
        BaselineSampleConfig cfg;
        cfg.checkpoint = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/run-empirical";
        cfg.kind = BaselineKind::DoppelGanger;
        QVERIFY_THROWS_EXCEPTION(InputError, sampleBaselineImages(cfg, token));
        cfg.kind.reset();
        cfg.classes = {5};
        QVERIFY_THROWS_EXCEPTION(InputError, sampleBaselineImages(cfg, token));
        BaselineTrainRequest req;
        req.kind = BaselineKind::Empirical;
        req.runDir = scratch("run-bad");
        req.dataDir = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/no-such-set";
        QVERIFY_THROWS_EXCEPTION(InputError, trainBaseline(req, token));
        // Real-resample straight from a real set, no run folder.
        BaselineSampleConfig direct;
        direct.kind = BaselineKind::RealResample;
        direct.realDataDir = m_realDir;
        direct.perClass = 3;
        QCOMPARE(sampleBaselineImages(direct, token).count(), std::size_t(6));
    }

private:
    ImageDataset m_real;
    std::string m_realDir;
};

QTEST_GUILESS_MAIN(TestBaselineTrainer)
#include "tst_baseline_trainer.moc"
