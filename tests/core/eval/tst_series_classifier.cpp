#include "appxact_sample.h"

#include "core/eval/classification_scores.h"
#include "core/eval/series_classifier.h"

#include <QElapsedTimer>
#include <QTest>

#include <random>

using namespace netsynth;

namespace {
void toRows(const SeriesSet &set, const std::vector<std::size_t> &idx, int prefix, std::vector<double> &rows,
            std::vector<int> &labels)
{
    for (std::size_t i : idx) {
        const auto f = SeriesClassifier::features(set.items[i].values, prefix);
        rows.insert(rows.end(), f.begin(), f.end());
        labels.push_back(set.items[i].label);
    }
}
} // namespace

class TestSeriesClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void featuresHandComputed()
    {
        const auto f = SeriesClassifier::features({100, -50, 20, 7}, 3);
        QCOMPARE(int(f.size()), SeriesClassifier::featureCount(3));
        QCOMPARE(f[0], 100.0);
        QCOMPARE(f[1], -50.0);
        QCOMPARE(f[2], 20.0);
        QCOMPARE(f[3], 70.0 / 3.0);  // mean of the cut
        QCOMPARE(f[5], -50.0);       // min
        QCOMPARE(f[6], 100.0);       // max
        QCOMPARE(f[7], 170.0 / 3.0); // mean |v|
        QCOMPARE(f[8], 2.0 / 3.0);   // upstream share
        QCOMPARE(f[9], 3.0);         // cut length
        const auto shortSeries = SeriesClassifier::features({5}, 3);
        QCOMPARE(shortSeries[1], 0.0); // zero padded
        QCOMPARE(shortSeries[9], 1.0);
    }

    void separatesSyntheticClusters()
    {
        std::mt19937 rng(1);
        std::normal_distribution<double> g;
        std::vector<double> rows;
        std::vector<int> labels;
        for (int i = 0; i < 300; ++i) {
            const int c = i % 3;
            rows.push_back(g(rng) + 4.0 * c);
            rows.push_back(g(rng) - 3.0 * c);
            labels.push_back(c);
        }
        SeriesClassifier clf;
        clf.fit(rows, 2, labels, 3, {});
        const auto pred = clf.predict(rows);
        QVERIFY(ClassificationScores::compute(labels, pred, 3).accuracy > 0.95);
    }

    void realToRealOnAppxactIsWellAboveChance()
    {
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent: real-data TSTR check skipped");
        QElapsedTimer timer;
        timer.start();
        const SeriesSet set = readAppxact(120);
        QCOMPARE(int(set.classes.size()), 14);
        std::vector<std::size_t> train, test;
        for (std::size_t i = 0; i < set.items.size(); ++i)
            (i % 4 == 3 ? test : train).push_back(i);
        std::vector<double> trainRows, testRows;
        std::vector<int> trainLabels, testLabels;
        toRows(set, train, 10, trainRows, trainLabels);
        toRows(set, test, 10, testRows, testLabels);
        SeriesClassifier clf;
        clf.fit(trainRows, SeriesClassifier::featureCount(10), trainLabels, 14, {});
        const auto s = ClassificationScores::compute(testLabels, clf.predict(testRows), 14);
        qInfo("appxact real->real (series MLP, 10 packets): accuracy %.3f, macro-F1 %.3f, chance %.3f, %lld ms",
              s.accuracy, s.macroF1, 1.0 / 14, static_cast<long long>(timer.elapsed()));
        QVERIFY2(s.accuracy > 3.0 / 14.0, qPrintable(QString::number(s.accuracy)));
        QVERIFY(s.macroF1 > 0.2);
    }
};

QTEST_GUILESS_MAIN(TestSeriesClassifier)
#include "tst_series_classifier.moc"
