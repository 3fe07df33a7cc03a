// AppShotTrainer: a short CPU run on simulated traffic lowers the losses,
// writes an atomic checkpoint, samples and baselines, is seeded, and resumes.
#include "appshot_test_util.h"
#include "appshot_toy_city.h"

#include "core/appshot/appshot_holdout_study.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/composition_probe.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace netsynth;

namespace {
std::vector<City> trainingCities()
{
    std::vector<City> cities = {toyCity("north", 20, 18, 0.0), toyCity("south", 16, 22, 0.15)};
    DemoTrafficSpec spec;
    spec.services = 2;
    spec.days = 2;
    for (std::size_t i = 0; i < cities.size(); ++i) {
        spec.seed = 10 + i;
        cities[i].traffic = DemoTrafficGenerator::generate(cities[i], spec);
    }
    return cities;
}

AppShotConfig tiny()
{
    AppShotConfig c;
    c.patch = 8;
    c.stride = 4;
    c.channels = 8;
    c.embedDim = 8;
    c.noiseChannels = 2;
    c.dilations = {1, 2};
    c.batch = 6;
    c.lrGenerator = 2e-3;
    c.lrDiscriminator = 1e-3;
    c.steps = 120;
    c.sampleEvery = 60;
    c.checkpointEvery = 50;
    c.seed = 5;
    return c;
}

double windowMean(const std::vector<std::array<double, 5>> &h, std::size_t from, std::size_t to, int col)
{
    double s = 0.0;
    for (std::size_t i = from; i < to; ++i)
        s += h[i][col];
    return s / (to - from);
}
} // namespace

class TestAppShotTrainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DeviceManager::configure(DevicePreference::Cpu, 1); }

    // Held-out cells (a spatial hold-out's test stripe): their traffic
    // reaches neither the losses nor the baselines. Scrambling it changes no
    // loss of a seeded run and no baseline coefficient; scrambling a trainable
    // cell does.
    void heldOutTrafficIsNeverSeen()
    {
        std::vector<City> cities = {trainingCities().front()};
        City &c = cities.front();
        c.heldOut.assign(c.cells(), 0);
        for (int r = 0; r < c.rows; ++r)
            for (int col = 12; col < c.cols; ++col)
                c.heldOut[static_cast<std::size_t>(r) * c.cols + col] = 1;
        AppShotConfig base = tiny();
        base.steps = 6;
        base.sampleEvery = 0;
        auto run = [&](const std::vector<City> &in, const QString &name) {
            const AppShotConfig cfg = AppShotTrainer::prepareConfig(in, base);
            ProgressToken token;
            const auto r = AppShotTrainer::train(in, cfg, testOutput(name), token);
            return std::make_pair(r.history, readWholeFile(r.runDir + "/baselines.json"));
        };
        const auto a = run(cities, QStringLiteral("heldout_a"));
        std::vector<City> scrambled = cities;
        TrafficMaps &t = *scrambled.front().traffic;
        for (int step = 0; step < t.steps; ++step)
            for (int s = 0; s < t.services; ++s)
                for (std::size_t i = 0; i < c.cells(); ++i)
                    if (c.heldOut[i])
                        t.values[t.index(step, s, static_cast<int>(i / c.cols), static_cast<int>(i % c.cols))] *= 7.0f;
        const auto b = run(scrambled, QStringLiteral("heldout_b"));
        QCOMPARE(b.first.size(), a.first.size());
        for (std::size_t i = 0; i < a.first.size(); ++i)
            for (int k = 1; k < 5; ++k)
                QCOMPARE(b.first[i][k], a.first[i][k]);
        QCOMPARE(b.second, a.second);
        // the same change on a trainable cell is seen
        std::vector<City> seen = cities;
        TrafficMaps &u = *seen.front().traffic;
        for (int step = 0; step < u.steps; ++step)
            for (int s = 0; s < u.services; ++s)
                for (int col = 0; col < 12; ++col)
                    u.values[u.index(step, s, 3, col)] *= 7.0f;
        QVERIFY(run(seen, QStringLiteral("heldout_c")).second != a.second);
    }

    // Augmentation (rotations and flips of whole patches): seeded like the
    // rest, recorded in the config, and a different run from the same seed.
    void augmentationIsSeeded()
    {
        const auto cities = trainingCities();
        AppShotConfig base = tiny();
        base.steps = 5;
        base.sampleEvery = 0;
        auto run = [&](bool augment, const QString &name) {
            AppShotConfig c = base;
            c.augment = augment;
            ProgressToken token;
            return AppShotTrainer::train(cities, AppShotTrainer::prepareConfig(cities, c), testOutput(name), token).history;
        };
        const auto a = run(true, QStringLiteral("aug_a")), b = run(true, QStringLiteral("aug_b")),
                   plain = run(false, QStringLiteral("aug_plain"));
        QCOMPARE(a.size(), std::size_t(5));
        bool differs = false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i][1], b[i][1]);
            differs = differs || a[i][1] != plain[i][1];
        }
        QVERIFY(differs);
        AppShotConfig c = AppShotTrainer::prepareConfig(cities, base);
        QVERIFY(!AppShotConfig::fromJson(c.toJson()).augment);
        c.augment = true;
        QVERIFY(AppShotConfig::fromJson(c.toJson()).augment);
    }

    // A hold-out study picks up where it stopped: finished runs are read
    // back (same figures), and a folder made with other settings is refused.
    void holdoutStudyResumesAndRefusesOtherSettings()
    {
        City city = trainingCities().front();
        AppShotConfig cfg = tiny();
        cfg.steps = 3;
        cfg.sampleEvery = 0;
        AppShotHoldoutOptions o;
        o.folds = 2;
        o.seeds = 1;
        o.hours = "0-3";
        const std::string out = testOutput(QStringLiteral("holdout_study"));
        ProgressToken token;
        const nlohmann::json first = AppShotHoldoutStudy::run(city, cfg, o, out, token);
        QCOMPARE(first["runs"].size(), std::size_t(2));
        QCOMPARE(first["hours_compared"].get<int>(), 4);
        QVERIFY(first["summary"]["gan"]["pearson_cell_mean"]["mean"].is_number());
        const nlohmann::json again = AppShotHoldoutStudy::run(city, cfg, o, out, token);
        QVERIFY(again["summary"] == first["summary"]);
        cfg.steps = 4;
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotHoldoutStudy::run(city, cfg, o, out, token));
        City noTraffic = city;
        noTraffic.traffic.reset();
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotHoldoutStudy::run(noTraffic, cfg, o, out + "/x", token));
    }

    void shortRunLowersTheLosses()
    {
        const auto cities = trainingCities();
        const AppShotConfig cfg = AppShotTrainer::prepareConfig(cities, tiny());
        QCOMPARE(cfg.layers.size(), std::size_t(4));
        QCOMPARE(cfg.services.size(), std::size_t(2));
        QCOMPARE(cfg.trainingProvenance, std::string("simulated"));
        const std::string run = testOutput(QStringLiteral("run"));
        ProgressToken token;
        int observed = 0, samples = 0;
        const auto r = AppShotTrainer::train(cities, cfg, run, token, [&](const AppShotTrainingProgress &p) {
            ++observed;
            if (p.hasSample) {
                ++samples;
                QCOMPARE(p.sampleGenerated.size(), std::size_t(2 * 20 * 18));
                QCOMPARE(p.sampleReal.size(), p.sampleGenerated.size());
            }
        });
        QCOMPARE(r.steps, 120);
        QCOMPARE(r.history.size(), std::size_t(120));
        QVERIFY(observed >= 20);
        QCOMPARE(samples, 2);
        for (const auto &h : r.history)
            for (int j = 1; j < 5; ++j)
                QVERIFY(std::isfinite(h[j]));
        // Generator loss and its L1 term fall; both discriminators start at the
        // chance level 2 ln 2 and their losses fall below it (they learn; as the
        // generator improves the spatial one climbs back towards chance, as GANs do).
        const double g0 = windowMean(r.history, 0, 15, 1), g1 = windowMean(r.history, 105, 120, 1);
        const double l0 = windowMean(r.history, 0, 15, 4), l1 = windowMean(r.history, 105, 120, 4);
        const double d0 = windowMean(r.history, 0, 15, 2), d1 = windowMean(r.history, 105, 120, 2);
        qInfo("G %.3f -> %.3f, L1 %.3f -> %.3f, D1 %.3f -> %.3f, D2 %.3f -> %.3f", g0, g1, l0, l1, d0, d1,
              windowMean(r.history, 0, 15, 3), windowMean(r.history, 105, 120, 3));
        QVERIFY(g1 < 0.8 * g0);
        QVERIFY(l1 < 0.7 * l0);
        const double chance = 2.0 * std::log(2.0);
        QVERIFY(std::abs(r.history[0][2] - chance) < 0.15);
        QVERIFY(std::abs(r.history[0][3] - chance) < 0.15);
        QVERIFY(d0 < chance - 0.1);
        QVERIFY(d1 < chance);
        QVERIFY(windowMean(r.history, 105, 120, 3) < chance);
        for (const char *f : {"checkpoint.pt", "baselines.json", "losses.csv", "run.json", "samples/step_000060.npy",
                              "samples/step_000120.npy"})
            QVERIFY2(QFileInfo::exists(QString::fromStdString(run + "/" + f)), f);
    }

    void compositionProbeSeesCompositionErrors()
    {
        // The checkpoint of shortRunLowersTheLosses.
        const std::string ckpt = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/run/checkpoint.pt";
        QVERIFY(QFileInfo::exists(QString::fromStdString(ckpt)));
        CompositionProbeOptions o;
        o.steps = 150;
        o.evalBatches = 6;
        ProgressToken token;
        const auto j = CompositionProbe::run(ckpt, trainingCities(), o, token);
        qInfo("%s", j.dump().c_str());
        const double chance = 2.0 * std::log(2.0);
        QCOMPARE(j["chance_loss"].get<double>(), chance);
        // The control (real maps with the services rotated: right totals, wrong
        // mix) is easy for a fresh composition discriminator: its inputs carry the
        // composition, its gradients reach it.
        QVERIFY(j["swapped"]["accuracy"].get<double>() > 0.85);
        QVERIFY(j["swapped"]["loss"].get<double>() < 0.7 * chance);
        // Real and generated inputs differ (nothing makes them identical).
        QVERIFY(j["input_gap"]["mix_l1"].get<double>() > 1e-4);
        const double acc = j["generated"]["accuracy"].get<double>();
        QVERIFY(acc >= 0.0 && acc <= 1.0);
        QVERIFY(j.contains("training_d_composition_last"));
    }

    void seededAndResumable()
    {
        const auto cities = trainingCities();
        AppShotConfig cfg = AppShotTrainer::prepareConfig(cities, tiny());
        cfg.steps = 20;
        cfg.checkpointEvery = 10;
        cfg.sampleEvery = 0;
        ProgressToken token;
        const auto full = AppShotTrainer::train(cities, cfg, testOutput(QStringLiteral("full")), token);
        // Same seed from scratch: identical losses.
        const std::string part = testOutput(QStringLiteral("part"));
        cfg.steps = 10;
        const auto first = AppShotTrainer::train(cities, cfg, part, token);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(first.history[i][1], full.history[i][1]);
        // Resume to 20 steps: continues from the checkpoint and matches the uninterrupted run.
        cfg.steps = 20;
        const auto resumed = AppShotTrainer::train(cities, cfg, part, token);
        QCOMPARE(resumed.resumedFrom, 10);
        QCOMPARE(resumed.history.size(), std::size_t(20));
        for (int i = 10; i < 20; ++i)
            QVERIFY(std::abs(resumed.history[i][1] - full.history[i][1]) < 1e-4 * std::abs(full.history[i][1]));
    }

    void refusesToMixSimulatedAndOtherTraffic()
    {
        auto cities = trainingCities();
        cities[1].traffic->provenance = TrafficProvenance::Measured;
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotTrainer::prepareConfig(cities, tiny()));
    }
};

QTEST_GUILESS_MAIN(TestAppShotTrainer)
#include "tst_appshot_trainer.moc"
