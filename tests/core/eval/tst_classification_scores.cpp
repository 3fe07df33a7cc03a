#include "core/eval/classification_scores.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestClassificationScores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handComputed()
    {
        // truth: 0 0 0 1 1 2; predicted: 0 0 1 1 2 2
        const auto s = ClassificationScores::compute({0, 0, 0, 1, 1, 2}, {0, 0, 1, 1, 2, 2}, 3);
        QVERIFY(std::fabs(s.accuracy - 4.0 / 6.0) < 1e-12);
        // class 0: tp 2, fn 1, fp 0 -> 2*2/(3+2) = 0.8; class 1: tp 1, row 2, col 2 -> 0.5;
        // class 2: tp 1, row 1, col 2 -> 2/3
        QVERIFY(std::fabs(s.perClassF1[0] - 0.8) < 1e-12);
        QVERIFY(std::fabs(s.perClassF1[1] - 0.5) < 1e-12);
        QVERIFY(std::fabs(s.perClassF1[2] - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::fabs(s.macroF1 - (0.8 + 0.5 + 2.0 / 3.0) / 3.0) < 1e-12);
        QCOMPARE(s.confusion, (std::vector<std::int64_t>{2, 1, 0, 0, 1, 1, 0, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClassificationScores::compute({0}, {3}, 3));
    }

    void aggregatesOverSeeds()
    {
        const auto a = ClassificationScores::compute({0, 1}, {0, 1}, 2);
        const auto b = ClassificationScores::compute({0, 1}, {0, 0}, 2);
        const auto agg = AggregatedScores::of({a, b});
        QCOMPARE(agg.runs, 2);
        QVERIFY(std::fabs(agg.accuracy.mean - 0.75) < 1e-12);
        QVERIFY(std::fabs(agg.accuracy.std - std::sqrt(0.125)) < 1e-12);
        QCOMPARE(agg.confusion, (std::vector<std::int64_t>{2, 0, 1, 1}));
        const auto j = agg.toJson();
        QVERIFY(j.contains("accuracy") && j.contains("macro_f1") && j.contains("accuracy_std"));
    }
};

QTEST_GUILESS_MAIN(TestClassificationScores)
#include "tst_classification_scores.moc"
