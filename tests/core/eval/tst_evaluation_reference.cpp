// EvaluationReference: evaluations of several synthetic sets against the same
// real split share the real side (real->real CNN runs and the FID encoder).
// The shared numbers equal those of separate runs, and the real side is
// trained once. Real MIRAGE-AppxAct rows, 8x8 GASF images.
#include "appxact_sample.h"
#include "gasf_test_images.h"

#include "core/eval/evaluator.h"
#include "core/runtime/device.h"
#include "core/runtime/progress.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <random>

using namespace netsynth;

namespace {
EvaluationInputs inputsOf(const SeriesSet &train, const SeriesSet &test, const SeriesSet &synth)
{
    EvaluationInputs in;
    in.realTrain = gasfImages(train, 8);
    in.realTest = gasfImages(test, 8);
    in.synthetic = gasfImages(synth, 8);
    in.realTrainSeries = train;
    in.realTestSeries = test;
    in.syntheticSeries = synth;
    in.realPath = "appxact(train)";
    in.testPath = "appxact(test)";
    return in;
}

EvaluationConfig config()
{
    EvaluationConfig c;
    c.seeds = 1;
    c.cnnSeeds = 1;
    c.cnn.epochs = 3;
    c.maxTrainPerClass = 20;
    c.series.epochs = 10;
    c.earlyPrefixes = {5};
    return c;
}

double realReal(const nlohmann::json &m)
{
    return m["tstr"]["real_real"]["accuracy"].get<double>();
}
} // namespace

class TestEvaluationReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent: evaluation reference test on real data skipped");
    }

    void realSideIsSharedAndUnchanged()
    {
        const SeriesSet all = readAppxact(20);
        SeriesSet train, test, heldOut;
        train.classes = test.classes = heldOut.classes = all.classes;
        train.feature = test.feature = heldOut.feature = all.feature;
        for (std::size_t i = 0; i < all.items.size(); ++i)
            (i % 4 == 0 ? test : i % 4 == 1 ? heldOut : train).items.push_back(all.items[i]);
        SeriesSet noise = heldOut;
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> u(-1500, 1500);
        for (auto &item : noise.items)
            for (auto &v : item.values) v = u(rng);
        const EvaluationInputs good = inputsOf(train, test, heldOut), bad = inputsOf(train, test, noise);
        ProgressToken token;

        // Separate runs (no reference).
        const nlohmann::json goodAlone = Evaluator::run(good, config(), token);
        const nlohmann::json badAlone = Evaluator::run(bad, config(), token);

        EvaluationReference reference;
        QCOMPARE(reference.cachedRuns(), 0);
        QElapsedTimer timer;
        timer.start();
        const nlohmann::json goodShared = Evaluator::run(good, config(), token, &reference);
        const qint64 first = timer.restart();
        QCOMPARE(reference.cachedRuns(), 1);
        const nlohmann::json badShared = Evaluator::run(bad, config(), token, &reference);
        const qint64 second = timer.elapsed();
        qInfo("with a shared reference: first evaluation %lld ms, second %lld ms", static_cast<long long>(first),
              static_cast<long long>(second));
        QCOMPARE(reference.cachedRuns(), 1);

        // Same seeds, same numbers as the separate runs.
        QCOMPARE(realReal(goodShared), realReal(goodAlone));
        QCOMPARE(realReal(badShared), realReal(badAlone));
        QCOMPARE(goodShared["fid"].get<double>(), goodAlone["fid"].get<double>());
        QCOMPARE(badShared["fid"].get<double>(), badAlone["fid"].get<double>());
        QCOMPARE(badShared["fid_real_test"].get<double>(), goodShared["fid_real_test"].get<double>());
        // The second evaluation did not train the real->real CNN again.
        bool shared = false;
        for (const auto &c : badShared["tstr_cnn"]["loss_curves"])
            shared = shared || (c["scenario"] == "real_real" && c.value("shared", false));
        QVERIFY(shared);
        // And the comparison still tells a good generator from noise.
        QVERIFY(badShared["fid"].get<double>() > goodShared["fid"].get<double>());

        // The series classifier's input is fixed by the real data: synthetic
        // series longer than every real one do not change real->real (a
        // generator emitting 12 packets where the real data has 10 once got
        // a real->real reference of its own).
        SeriesSet longer = heldOut;
        for (auto &item : longer.items)
            item.values.resize(item.values.size() + 7, 900.0);
        const nlohmann::json longAlone = Evaluator::run(inputsOf(train, test, longer), config(), token);
        QCOMPARE(longAlone["tstr_series"]["prefix"].get<int>(), goodAlone["tstr_series"]["prefix"].get<int>());
        QCOMPARE(longAlone["tstr_series"]["real_real"]["accuracy"].get<double>(),
                 goodAlone["tstr_series"]["real_real"]["accuracy"].get<double>());
        QCOMPARE(longAlone["tstr_series"]["real_real"]["macro_f1"].get<double>(),
                 goodAlone["tstr_series"]["real_real"]["macro_f1"].get<double>());

        // Other real sets: the reference is refilled, not misused.
        EvaluationInputs other = good;
        other.realPath = "another real set";
        const nlohmann::json otherShared = Evaluator::run(other, config(), token, &reference);
        QCOMPARE(reference.cachedRuns(), 1);
        for (const auto &c : otherShared["tstr_cnn"]["loss_curves"])
            QVERIFY(!c.value("shared", false)); // trained anew for the other real set
    }
};

QTEST_GUILESS_MAIN(TestEvaluationReference)
#include "tst_evaluation_reference.moc"
