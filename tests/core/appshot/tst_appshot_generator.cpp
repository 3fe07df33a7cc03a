// AppShotGenerator: generation for cities never used in training gives maps of
// the city's shape with finite, non-negative values, seeded and labelled.
#include "appshot_test_util.h"
#include "appshot_toy_city.h"

#include "core/appshot/appshot_generator.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestAppShotGenerator : public QObject
{
    Q_OBJECT
    std::string m_checkpoint;

private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        std::vector<City> cities = {toyCity("train", 18, 18, 0.0)};
        DemoTrafficSpec spec;
        spec.services = 3;
        spec.days = 1;
        cities[0].traffic = DemoTrafficGenerator::generate(cities[0], spec);
        AppShotConfig cfg;
        cfg.patch = 8;
        cfg.stride = 4;
        cfg.channels = 8;
        cfg.embedDim = 8;
        cfg.noiseChannels = 2;
        cfg.dilations = {1, 2};
        cfg.batch = 4;
        cfg.steps = 15;
        cfg.sampleEvery = 0;
        cfg = AppShotTrainer::prepareConfig(cities, cfg);
        ProgressToken token;
        const std::string run = testOutput(QStringLiteral("run"));
        m_checkpoint = AppShotTrainer::train(cities, cfg, run, token).checkpoint;
    }

    void unseenCityShapeAndFiniteValues()
    {
        const AppShotGenerator g(m_checkpoint);
        QCOMPARE(g.trainedSteps(), 15);
        QCOMPARE(g.config().services.size(), std::size_t(3));
        const City unseen = toyCity("unseen", 13, 29, 0.1);
        ProgressToken token;
        const AppShotGeneration out = g.generate(unseen, {0, 1, 2, 12, 13, 24 * 5 + 12}, 7, token);
        const TrafficMaps &t = out.traffic;
        QCOMPARE(t.steps, 6);
        QCOMPARE(t.services, 3);
        QCOMPARE(t.rows, 13);
        QCOMPARE(t.cols, 29);
        QCOMPARE(t.values.size(), std::size_t(6 * 3 * 13 * 29));
        for (float v : t.values)
            QVERIFY(std::isfinite(v) && v >= 0.0f);
        QCOMPARE(t.provenance, TrafficProvenance::Generated);
        QVERIFY(t.simulated()); // trained on simulated traffic
        QCOMPARE(t.hours, (std::vector<int>{0, 1, 2, 12, 13, 132}));
        // 13 rows -> origins {0, 4, 5}, 29 cols -> {0, 4, ..., 20, 21}: 3 x 7 patches.
        QCOMPARE(out.patches.size(), std::size_t(3 * 7));
        QVERIFY(out.missingLayers.empty());
        // Seeded: same seed, same maps; another seed, other maps.
        const AppShotGeneration again = g.generate(unseen, {0, 1, 2, 12, 13, 132}, 7, token);
        QCOMPARE(again.traffic.values, t.values);
        const AppShotGeneration other = g.generate(unseen, {0, 1, 2, 12, 13, 132}, 8, token);
        QVERIFY(other.traffic.values != t.values);
    }

    void realCityNeverSeen()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
        const City aachen = CityReader::read(sharedData("cities/aachen"));
        const AppShotGenerator g(m_checkpoint);
        ProgressToken token;
        const AppShotGeneration out = g.generate(aachen, {8, 20}, 1, token);
        QCOMPARE(out.traffic.rows, 22);
        QCOMPARE(out.traffic.cols, 28);
        for (float v : out.traffic.values)
            QVERIFY(std::isfinite(v) && v >= 0.0f);
    }

    void badInput()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotGenerator(testOutput(QStringLiteral("none")) + "/missing.pt"));
        const std::string junk = testOutput(QStringLiteral("junk")) + "/junk.pt";
        writeText(junk, "not a checkpoint");
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotGenerator{junk});
        QCOMPARE(AppShotGenerator::parseHours("0-3,10"), (std::vector<int>{0, 1, 2, 3, 10}));
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotGenerator::parseHours("5-2"));
        QVERIFY_THROWS_EXCEPTION(InputError, AppShotGenerator::parseHours("x"));
    }
};

QTEST_GUILESS_MAIN(TestAppShotGenerator)
#include "tst_appshot_generator.moc"
