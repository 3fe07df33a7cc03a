// AppShotBaselines: the ridge solver against a hand-solved system, population
// scaling exact on proportional traffic, ridge fitting on simulated traffic.
#include "appshot_test_util.h"

#include "core/appshot/appshot_baselines.h"
#include "core/appshot/appshot_metrics.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestAppShotBaselines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ridgeSolve()
    {
        // (A + I) x = b with A = [[3, 1], [1, 2]] -> [[4, 1], [1, 3]] x = [9, 8] -> x = [19/11, 23/11].
        const auto x = AppShotBaselines::solveRidge({3, 1, 1, 2}, {9, 8}, 2, 1.0);
        QVERIFY(std::abs(x[0] - 19.0 / 11.0) < 1e-12);
        QVERIFY(std::abs(x[1] - 23.0 / 11.0) < 1e-12);
    }

    void populationScalingIsExactOnProportionalTraffic()
    {
        City c;
        c.name = "p";
        c.rows = 2;
        c.cols = 2;
        c.mask.assign(4, 1);
        ContextLayer pop;
        pop.name = "population";
        pop.kind = LayerKind::Population;
        pop.normalization = LayerNormalization::forKind(pop.kind);
        pop.values = {10, 20, 30, 40};
        c.layers.push_back(pop);
        TrafficMaps t;
        t.serviceNames = {"s"};
        t.resize(24, 1, 2, 2);
        for (int h = 0; h < 24; ++h)
            for (int i = 0; i < 4; ++i)
                t.map(h, 0)[i] = static_cast<float>(0.5 * (h + 1) * pop.values[i]);
        c.traffic = t;
        const BaselineModel m = AppShotBaselines::fit({&c}, {"population"}, {"s"}, {1.0});
        const TrafficMaps p = AppShotBaselines::predictPopulation(m, c, {0, 5, 23});
        QVERIFY(std::abs(p.at(1, 0, 1, 1) - 0.5f * 6 * 40) < 1e-3);
        QVERIFY(std::abs(p.at(2, 0, 0, 0) - 0.5f * 24 * 10) < 1e-3);
        // JSON round trip.
        const BaselineModel back = BaselineModel::fromJson(m.toJson());
        QCOMPARE(back.perCapita, m.perCapita);
        QCOMPARE(back.ridge, m.ridge);
    }

    void ridgeLearnsSimulatedTrafficOfAnotherCity()
    {
        if (!haveSharedData("cities/bonn"))
            QSKIP("../shared/data/cities is absent");
        City bonn = CityReader::read(sharedData("cities/bonn"));
        City aachen = CityReader::read(sharedData("cities/aachen"));
        DemoTrafficSpec spec;
        spec.services = 2;
        spec.days = 7;
        bonn.traffic = DemoTrafficGenerator::generate(bonn, spec);
        spec.seed = 99;
        aachen.traffic = DemoTrafficGenerator::generate(aachen, spec);
        const auto names = bonn.layerNames();
        const auto scales = AppShotBaselines::serviceScales({&bonn}, bonn.traffic->serviceNames);
        const BaselineModel m = AppShotBaselines::fit({&bonn}, names, bonn.traffic->serviceNames, scales, 1.0);
        QCOMPARE(m.trainingProvenance, std::string("simulated"));
        std::vector<int> hours(48);
        for (int i = 0; i < 48; ++i)
            hours[i] = i;
        const TrafficMaps pred = AppShotBaselines::predictRidge(m, aachen, hours);
        QVERIFY(pred.simulated()); // trained on simulated traffic
        const TrafficEvaluation e = AppShotMetrics::evaluate(*aachen.traffic, pred, aachen.mask, "ridge");
        QVERIFY2(e.services[0].pearsonCellMean > 0.6, qPrintable(QString::number(e.services[0].pearsonCellMean)));
        QVERIFY(e.services[0].temporalProfileError < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestAppShotBaselines)
#include "tst_appshot_baselines.moc"
