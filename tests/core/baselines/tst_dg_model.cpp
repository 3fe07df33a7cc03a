#include "core/baselines/dg_model.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include "toy_series_impl.h"

#include <QDir>
#include <QTest>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

using namespace netsynth;

namespace {
// Per-class statistics independent of the model: share of positive sizes,
// mean length / T, mean of log10(IAT) over valid steps.
struct ClassStats
{
    double positive = 0, length = 0, logIat = 0;
};

std::vector<ClassStats> stats(const PacketSeriesSet &s)
{
    std::vector<ClassStats> out(s.classes.size());
    std::vector<double> series(s.classes.size(), 0), steps(s.classes.size(), 0);
    for (std::size_t i = 0; i < s.count(); ++i) {
        const auto c = static_cast<std::size_t>(s.labels[i]);
        series[c] += 1;
        out[c].length += double(s.lengths[i]) / s.length;
        for (int t = 0; t < s.lengths[i]; ++t) {
            steps[c] += 1;
            out[c].positive += s.value(i, t, 0) > 0 ? 1 : 0;
            out[c].logIat += std::log10(std::max(1.0f, s.value(i, t, 1)));
        }
    }
    for (std::size_t c = 0; c < out.size(); ++c) {
        out[c].length /= std::max(1.0, series[c]);
        out[c].positive /= std::max(1.0, steps[c]);
        out[c].logIat /= std::max(1.0, steps[c]);
    }
    return out;
}

// Distance between the class statistics of two sets (each term in [0, ~1]).
double distance(const PacketSeriesSet &a, const PacketSeriesSet &b)
{
    const auto sa = stats(a), sb = stats(b);
    double d = 0;
    for (std::size_t c = 0; c < sa.size(); ++c)
        d += std::abs(sa[c].positive - sb[c].positive) + std::abs(sa[c].length - sb[c].length) +
             std::abs(sa[c].logIat - sb[c].logIat) / 2.0;
    return d;
}

BaselineConfig tinyConfig()
{
    BaselineConfig c = BaselineConfig::fromPreset("tiny", BaselineKind::DoppelGanger);
    c.seed = 5;
    c.checkpointEvery = 0;
    return c;
}

std::string outDir()
{
    QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
    return NETSYNTH_TEST_OUTPUT_DIR;
}
} // namespace

class TestDgModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DeviceManager::configure(DevicePreference::Cpu, 1); }

    void learnsTheToyClasses()
    {
        const PacketSeriesSet real = toySeries(64);
        DgModel model(real, tinyConfig());
        ProgressToken token;
        const double before = distance(model.generate({200, 200}, 1, token), real);
        std::vector<double> w;
        BaselineTrainCallbacks cb;
        cb.onStep = [&](const BaselineStepStats &s) { w.push_back(s.wasserstein); };
        const auto r = model.train(real, 300, token, cb);
        QCOMPARE(r.steps, 300);
        QCOMPARE(int(w.size()), 300);
        const PacketSeriesSet fake = model.generate({200, 200}, 1, token);
        const double after = distance(fake, real);
        qInfo("class-statistics distance: %.3f before, %.3f after training", before, after);
        const auto s = stats(fake);
        const auto rs = stats(real);
        for (std::size_t c = 0; c < 2; ++c)
            qInfo("class %zu: positive %.2f (real %.2f), length %.2f (%.2f), log10 IAT %.2f (%.2f)", c, s[c].positive,
                  rs[c].positive, s[c].length, rs[c].length, s[c].logIat, rs[c].logIat);
        QVERIFY(s[0].positive > 0.8);  // "up" is upstream
        QVERIFY(s[1].positive < 0.2);  // "down" is downstream
        QVERIFY(s[1].length > s[0].length);
        QVERIFY(std::isfinite(r.finalCriticLoss) && std::isfinite(r.finalGeneratorLoss));
        QVERIFY(after < 0.5 * before);
    }

    void shapesRangesAndDeterminism()
    {
        const PacketSeriesSet real = toySeries(16);
        DgModel model(real, tinyConfig());
        ProgressToken token;
        model.train(real, 20, token);
        const PacketSeriesSet a = model.generate({3, 5}, 42, token);
        const PacketSeriesSet b = model.generate({3, 5}, 42, token);
        const PacketSeriesSet c = model.generate({3, 5}, 43, token);
        QCOMPARE(a.count(), std::size_t(8));
        QCOMPARE(a.classCounts(), (std::vector<std::int64_t>{3, 5}));
        QCOMPARE(a.length, 16);
        QCOMPARE(a.features, 2);
        QCOMPARE(a.featureNames, real.featureNames);
        QCOMPARE(a.values, b.values);
        QCOMPARE(a.lengths, b.lengths);
        QVERIFY(a.values != c.values);
        for (std::size_t i = 0; i < a.count(); ++i) {
            QVERIFY(a.lengths[i] >= 1 && a.lengths[i] <= 16);
            for (int t = 0; t < 16; ++t) {
                QVERIFY(std::isfinite(a.value(i, t, 0)));
                // Within the dataset-wide bounds of each feature; zero padding.
                if (t < a.lengths[i]) {
                    QVERIFY(a.value(i, t, 0) >= -1500.5f && a.value(i, t, 0) <= 1420.5f);
                    QVERIFY(a.value(i, t, 1) >= 799.0f && a.value(i, t, 1) <= 60000.5f);
                } else {
                    QCOMPARE(a.value(i, t, 0), 0.0f);
                }
            }
        }
    }

    void checkpointRoundTrip()
    {
        const PacketSeriesSet real = toySeries(16);
        DgModel model(real, tinyConfig());
        ProgressToken token;
        model.extra()["spec"] = {{"feature", "signed-size"}};
        const std::string path = outDir() + "/dg.pt";
        model.train(real, 10, token, {}, path);
        QVERIFY(std::filesystem::exists(path));
        DgModel back = DgModel::load(path);
        QCOMPARE(back.step(), 10);
        QCOMPARE(back.classes(), real.classes);
        QCOMPARE(back.extra()["spec"]["feature"].get<std::string>(), std::string("signed-size"));
        QCOMPARE(back.parameterCount(), model.parameterCount());
        QCOMPARE(back.generate({4, 4}, 7, token).values, model.generate({4, 4}, 7, token).values);
        // Training continues from the restored step count.
        const auto r = back.train(real, 15, token, {}, path);
        QCOMPARE(r.steps, 15);
        QCOMPARE(DgModel::load(path).step(), 15);
    }

    void cancelLeavesALoadableCheckpoint()
    {
        const PacketSeriesSet real = toySeries(16);
        DgModel model(real, tinyConfig());
        ProgressToken token;
        const std::string path = outDir() + "/dg-cancel.pt";
        std::filesystem::remove(path);
        BaselineTrainCallbacks cb;
        cb.onStep = [&](const BaselineStepStats &s) {
            if (s.step == 7)
                token.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CanceledError, model.train(real, 100, token, cb, path));
        QCOMPARE(DgModel::load(path).step(), 7);
        // stopRequested ends as a success, with a checkpoint.
        ProgressToken fresh;
        cb.onStep = {};
        cb.stopRequested = [&] { return model.step() >= 9; };
        const auto r = model.train(real, 100, fresh, cb, path);
        QVERIFY(r.stopped);
        QCOMPARE(DgModel::load(path).step(), 9);

        // pauseRequested holds the steps (the GUI's Pause); the paused time is
        // left out of the elapsed time, the rate and the ETA.
        std::vector<BaselineStepStats> seen;
        cb = {};
        cb.onStep = [&](const BaselineStepStats &s) { seen.push_back(s); };
        const auto begin = std::chrono::steady_clock::now();
        const auto pauseEnds = begin + std::chrono::milliseconds(2000);
        cb.pauseRequested = [&] { return std::chrono::steady_clock::now() < pauseEnds; };
        ProgressToken paused;
        model.train(real, 11, paused, cb, path);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        QVERIFY2(wall >= 2.0, qPrintable(QString::number(wall)));
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(seen[0].step, 10);
        QVERIFY2(seen[0].elapsedSeconds < 1.5, qPrintable(QString::number(seen[0].elapsedSeconds)));
        QVERIFY(seen[0].samplesPerSecond > 0.0);
        // A cancel while paused ends at once, without another step, keeping the checkpoint.
        ProgressToken canceled;
        int polls = 0;
        cb.pauseRequested = [&] {
            if (++polls == 3)
                canceled.cancel();
            return true;
        };
        QVERIFY_THROWS_EXCEPTION(CanceledError, model.train(real, 100, canceled, cb, path));
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(DgModel::load(path).step(), 11);
    }

    void badInput()
    {
        const std::string path = outDir() + "/not-a-checkpoint.pt";
        {
            std::ofstream(path) << "hello";
        }
        QVERIFY_THROWS_EXCEPTION(InputError, DgModel::load(path));
        PacketSeriesSet real = toySeries(4);
        DgModel model(real, tinyConfig());
        PacketSeriesSet other = toySeries(4);
        other.classes = {"x", "y"};
        ProgressToken token;
        QVERIFY_THROWS_EXCEPTION(InputError, model.train(other, 1, token));
        PacketSeriesSet empty = real;
        empty.values.clear();
        empty.labels.clear();
        empty.lengths.clear();
        QVERIFY_THROWS_EXCEPTION(InputError, DgModel(empty, tinyConfig()));
    }
};

QTEST_GUILESS_MAIN(TestDgModel)
#include "tst_dg_model.moc"
