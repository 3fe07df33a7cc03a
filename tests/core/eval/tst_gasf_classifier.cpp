#include "appxact_sample.h"
#include "gasf_test_images.h"

#include "core/eval/classification_scores.h"
#include "core/eval/gasf_classifier.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace netsynth;

class TestGasfClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent: CNN test on real data skipped");
    }

    void cnnLearnsRealGasfImages()
    {
        QElapsedTimer timer;
        timer.start();
        // Five apps, 60 biflows each; GASF 8x8 of the first 8 packets.
        SeriesSet five = readAppxact(60);
        five.classes.resize(5);
        five.items.erase(std::remove_if(five.items.begin(), five.items.end(),
                                        [](const SeriesItem &i) { return i.label >= 5; }),
                         five.items.end());
        SeriesSet train, test;
        train.classes = test.classes = five.classes;
        for (std::size_t i = 0; i < five.items.size(); ++i)
            (i % 3 == 0 ? test : train).items.push_back(five.items[i]);
        const ImageDataset tr = gasfImages(train, 8), te = gasfImages(test, 8);
        GasfClassifier clf(8, 1, 5);
        ProgressToken token;
        GasfClassifierOptions o;
        o.epochs = 10;
        o.learningRate = 3e-3;
        const auto losses = clf.fit(ImageSamples::fromDataset(tr), o, token);
        QCOMPARE(int(losses.size()), 10);
        QVERIFY2(losses.back() < 0.8 * losses.front(), "training loss must fall");
        const auto te_s = ImageSamples::fromDataset(te);
        const auto s = ClassificationScores::compute(te_s.labels, clf.predict(te_s), 5);
        qInfo("CNN real->real on 5 appxact apps, GASF 8x8: accuracy %.3f (chance 0.2), %lld ms, %lld parameters",
              s.accuracy, static_cast<long long>(timer.elapsed()), static_cast<long long>(clf.parameterCount()));
        QVERIFY2(s.accuracy > 0.4, qPrintable(QString::number(s.accuracy)));
        const auto f = clf.features(te_s);
        QCOMPARE(f.dim, std::size_t(128));
        QCOMPARE(f.rows(), te_s.count());
    }

    void rejectsWrongGeometry()
    {
        GasfClassifier clf(8, 1, 3);
        ImageSamples s;
        s.imageSize = 16;
        s.channels = 1;
        s.pixels.assign(256, 0.0f);
        s.labels = {0};
        ProgressToken token;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, clf.fit(s, {}, token));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, clf.predict(ImageSamples{8, 1, std::vector<float>(64), {0}}));
    }

    void cancelStopsTraining()
    {
        GasfClassifier clf(8, 1, 2);
        ImageSamples s{8, 1, std::vector<float>(64 * 8, 0.5f), {0, 1, 0, 1, 0, 1, 0, 1}};
        ProgressToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(CanceledError, clf.fit(s, {}, token));
    }
};

QTEST_GUILESS_MAIN(TestGasfClassifier)
#include "tst_gasf_classifier.moc"
