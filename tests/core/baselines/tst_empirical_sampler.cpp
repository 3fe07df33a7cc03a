#include "core/baselines/empirical_sampler.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QTest>

#include <map>

using namespace netsynth;

// Two classes over a small discrete alphabet so marginals can be compared exactly.
static PacketSeriesSet discreteSet()
{
    PacketSeriesSet s;
    s.classes = {"a", "b"};
    s.length = 6;
    s.features = 2;
    // class a: packets (100, 1) x3 and (-50, 2) x1 per series, length 4
    // class b: packets (1500, 7) and (-1500, 9) equally, lengths 2 and 6 equally
    const float a[12] = {100, 1, 100, 1, -50, 2, 100, 1, 0, 0, 0, 0};
    const float b1[12] = {1500, 7, -1500, 9, 0, 0, 0, 0, 0, 0, 0, 0};
    const float b2[12] = {1500, 7, -1500, 9, 1500, 7, -1500, 9, 1500, 7, -1500, 9};
    for (int i = 0; i < 10; ++i) {
        s.append(a, 0, 4);
        s.append(i % 2 ? b1 : b2, 1, i % 2 ? 2 : 6);
    }
    return s;
}

class TestEmpiricalSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesClassMarginals()
    {
        const auto sampler = EmpiricalSampler::fit(discreteSet());
        ProgressToken token;
        const PacketSeriesSet out = sampler.sample({4000, 4000}, 11, token);
        QCOMPARE(out.count(), std::size_t(8000));
        QCOMPARE(out.classCounts(), (std::vector<std::int64_t>{4000, 4000}));
        std::map<std::pair<int, std::pair<float, float>>, int> packets;
        std::map<std::pair<int, int>, int> lengths;
        int packetsPerClass[2] = {0, 0};
        for (std::size_t i = 0; i < out.count(); ++i) {
            const int c = out.labels[i];
            ++lengths[{c, out.lengths[i]}];
            for (int t = 0; t < out.length; ++t) {
                if (t >= out.lengths[i]) { // padding stays zero
                    QCOMPARE(out.value(i, t, 0), 0.0f);
                    QCOMPARE(out.value(i, t, 1), 0.0f);
                    continue;
                }
                ++packets[{c, {out.value(i, t, 0), out.value(i, t, 1)}}];
                ++packetsPerClass[c];
            }
        }
        // Class a: every length is 4; packets (100,1) with p = 3/4, (-50,2) with 1/4; nothing else.
        const int a100 = packets[{0, {100.f, 1.f}}];
        const int aMinus50 = packets[{0, {-50.f, 2.f}}];
        const int len4 = lengths[{0, 4}];
        QCOMPARE(len4, 4000);
        QCOMPARE(packetsPerClass[0], 16000);
        QVERIFY(std::abs(a100 / 16000.0 - 0.75) < 0.02);
        QCOMPARE(a100 + aMinus50, 16000);
        // Class b: lengths 2 and 6 equally likely; the two packets equally likely,
        // never mixing features across packets (a packet is drawn whole).
        const int len2 = lengths[{1, 2}];
        const int len6 = lengths[{1, 6}];
        const int up = packets[{1, {1500.f, 7.f}}];
        const int down = packets[{1, {-1500.f, 9.f}}];
        QVERIFY(std::abs(len2 / 4000.0 - 0.5) < 0.03);
        QCOMPARE(len2 + len6, 4000);
        QVERIFY(std::abs(up / double(packetsPerClass[1]) - 0.5) < 0.02);
        QCOMPARE(up + down, packetsPerClass[1]);
    }

    void deterministicForASeed()
    {
        const auto sampler = EmpiricalSampler::fit(discreteSet());
        ProgressToken token;
        const PacketSeriesSet a = sampler.sample({50, 50}, 3, token);
        const PacketSeriesSet b = sampler.sample({50, 50}, 3, token);
        const PacketSeriesSet c = sampler.sample({50, 50}, 4, token);
        QCOMPARE(a.values, b.values);
        QCOMPARE(a.lengths, b.lengths);
        QVERIFY(a.values != c.values);
    }

    void capKeepsASubsampleOfThePool()
    {
        const auto sampler = EmpiricalSampler::fit(discreteSet(), 5, 1);
        QCOMPARE(sampler.packets(0).size(), std::size_t(10)); // 5 packets x 2 features
        QCOMPARE(sampler.packets(1).size(), std::size_t(10));
        for (std::size_t k = 0; k < sampler.packets(1).size(); k += 2)
            QVERIFY(std::abs(sampler.packets(1)[k]) == 1500.0f);
    }

    void jsonRoundTrip()
    {
        const auto sampler = EmpiricalSampler::fit(discreteSet());
        const auto back = EmpiricalSampler::fromJson(nlohmann::json::parse(sampler.toJson().dump()), "x.json");
        QCOMPARE(back.classes(), sampler.classes());
        QCOMPARE(back.packets(1), sampler.packets(1));
        QCOMPARE(back.lengths(1), sampler.lengths(1));
        ProgressToken token;
        QCOMPARE(back.sample({7, 9}, 5, token).values, sampler.sample({7, 9}, 5, token).values);
    }

    void badInput()
    {
        auto j = EmpiricalSampler::fit(discreteSet()).toJson();
        j["classes"][0]["lengths"][0] = 99;
        try {
            EmpiricalSampler::fromJson(j, "m.json");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("m.json"));
            QVERIFY(e.location().find("'a'") != std::string::npos);
        }
        PacketSeriesSet empty = discreteSet();
        empty.classes.push_back("never-seen");
        ProgressToken token;
        const auto s = EmpiricalSampler::fit(empty);
        QVERIFY_THROWS_EXCEPTION(InputError, s.sample({1, 1, 1}, 0, token));
        QCOMPARE(s.sample({1, 1, 0}, 0, token).count(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestEmpiricalSampler)
#include "tst_empirical_sampler.moc"
