// SeriesComparison (the Real vs synthetic view and `netsynth-cli compare`) on
// real AppxAct series: a set against itself gives identical histograms and
// zero distances; a shifted copy gives exactly the shift as the value
// distance; classes only one side has are kept with the other side empty;
// histograms are shares on shared bins, one bin per series length.
#include "core/eval/series_comparison.h"

#include "appxact_sample.h"

#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace netsynth;

class TestSeriesComparison : public QObject
{
    Q_OBJECT
    SeriesSet m_real;

    static double sum(const std::vector<double> &v)
    {
        double s = 0.0;
        for (double x : v) s += x;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(appxactPath())) QSKIP("../shared/data/mirage-appxact is absent");
        m_real = readAppxact(200);
        QCOMPARE(m_real.classes.size(), std::size_t(14));
    }

    void aSetAgainstItselfIsIdentical()
    {
        const SeriesComparison c = SeriesComparison::compute(m_real, m_real);
        QCOMPARE(c.feature, std::string("signed-size"));
        QCOMPARE(c.classes.size(), m_real.classes.size());
        for (const ClassComparison &k : c.classes) {
            QCOMPARE(k.realCount, k.syntheticCount);
            QVERIFY(k.realCount > 0);
            QCOMPARE(k.values.real, k.values.synthetic);
            QCOMPARE(k.lengths.real, k.lengths.synthetic);
            QCOMPARE(k.valueW1, 0.0);
            QCOMPARE(k.lengthW1, 0.0);
            QVERIFY(std::fabs(sum(k.values.real) - 1.0) < 1e-9);
            QVERIFY(std::fabs(sum(k.lengths.real) - 1.0) < 1e-9);
            QCOMPARE(k.values.edges.size(), k.values.real.size() + 1);
            QCOMPARE(k.realExamples.size(), std::min<std::size_t>(6, k.realCount));
        }
        // The first example is the class's first series in file order.
        const ClassComparison *discord = c.find("Discord");
        QVERIFY(discord);
        const int label = int(std::find(m_real.classes.begin(), m_real.classes.end(), "Discord") - m_real.classes.begin());
        for (const SeriesItem &item : m_real.items)
            if (item.label == label) {
                QCOMPARE(discord->realExamples.front(), item.values);
                break;
            }
        // Every AppxAct biflow has 1 to 10 packets: one bin per length from 0.5.
        QCOMPARE(discord->lengths.edges.front(), 0.5);
        QCOMPARE(discord->lengths.edges[1], 1.5);
        QVERIFY(discord->lengths.edges.back() <= 10.5);
    }

    void aShiftIsTheValueDistance()
    {
        SeriesSet shifted = m_real;
        for (SeriesItem &item : shifted.items)
            for (double &v : item.values) v += 100.0;
        const SeriesComparison c = SeriesComparison::compute(m_real, shifted);
        for (const ClassComparison &k : c.classes) {
            QVERIFY2(std::fabs(k.valueW1 - 100.0) < 1e-6, k.name.c_str());
            QCOMPARE(k.lengthW1, 0.0);
            QVERIFY(k.values.real != k.values.synthetic);
            // The shared bins span both sides.
            QVERIFY(k.values.edges.back() - k.values.edges.front() >= 100.0);
        }
    }

    void classesOfOneSideAreKept()
    {
        // Synthetic: only the first two classes, under a renamed first class.
        SeriesSet synth;
        synth.feature = m_real.feature;
        synth.classes = {"Unseen", m_real.classes[1]};
        for (const SeriesItem &item : m_real.items)
            if (item.label == 0 || item.label == 1) synth.items.push_back(item);
        const SeriesComparison c = SeriesComparison::compute(m_real, synth);
        QCOMPARE(c.classes.size(), m_real.classes.size() + 1);
        QCOMPARE(c.classes.back().name, std::string("Unseen"));
        QCOMPARE(c.classes.back().realCount, std::size_t(0));
        QVERIFY(c.classes.back().syntheticCount > 0);
        QVERIFY(std::isnan(c.classes.back().valueW1));
        const ClassComparison *first = c.find(m_real.classes[0]);
        QCOMPARE(first->syntheticCount, std::size_t(0));
        QCOMPARE(sum(first->values.synthetic), 0.0);
        QVERIFY(first->syntheticExamples.empty());
        QCOMPARE(c.find(m_real.classes[1])->valueW1, 0.0);
        const nlohmann::json j = c.summaryJson();
        QVERIFY(j["classes"].back()["value_w1"].is_null());
        QCOMPARE(j["classes"].size(), c.classes.size());
    }
};

QTEST_GUILESS_MAIN(TestSeriesComparison)
#include "tst_series_comparison.moc"
