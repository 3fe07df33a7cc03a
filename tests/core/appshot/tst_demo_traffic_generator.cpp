// DemoTrafficGenerator: shape, provenance, determinism, mask, diurnal shape and
// dependence on context.
#include "appshot_test_util.h"

#include "core/appshot/appshot_metrics.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/appshot/appshot_config.h"
#include "core/appshot/training_cities.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

namespace {
City smallCity()
{
    City c;
    c.name = "toy";
    c.rows = 12;
    c.cols = 10;
    c.mask.assign(c.cells(), 1);
    c.mask[5] = 0;
    ContextLayer pop;
    pop.name = "population";
    pop.group = "population";
    pop.kind = LayerKind::Population;
    pop.normalization = LayerNormalization::forKind(pop.kind);
    for (int r = 0; r < c.rows; ++r)
        for (int col = 0; col < c.cols; ++col)
            pop.values.push_back(r < 6 ? 1500.0 : 5.0); // dense north half
    c.layers.push_back(pop);
    return c;
}
} // namespace

class TestDemoTrafficGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapeProvenanceAndDeterminism()
    {
        const City c = smallCity();
        DemoTrafficSpec spec;
        spec.services = 3;
        spec.days = 2;
        spec.seed = 7;
        const TrafficMaps a = DemoTrafficGenerator::generate(c, spec);
        QCOMPARE(a.steps, 48);
        QCOMPARE(a.services, 3);
        QCOMPARE(a.values.size(), std::size_t(48 * 3 * 12 * 10));
        QVERIFY(a.simulated());
        QCOMPARE(provenanceName(a.provenance), std::string("simulated"));
        QCOMPARE(a.describe()["simulated"].get<bool>(), true);
        const TrafficMaps b = DemoTrafficGenerator::generate(c, spec);
        QCOMPARE(a.values, b.values);
        spec.seed = 8;
        const TrafficMaps d = DemoTrafficGenerator::generate(c, spec);
        QVERIFY(a.values != d.values);
        for (int t = 0; t < a.steps; ++t)
            for (int s = 0; s < a.services; ++s) {
                QCOMPARE(a.map(t, s)[5], 0.0f); // masked cell
                for (std::size_t i = 0; i < c.cells(); ++i)
                    QVERIFY(a.map(t, s)[i] >= 0.0f && std::isfinite(a.map(t, s)[i]));
            }
    }

    void diurnalProfileAndContextAffinity()
    {
        const City c = smallCity();
        DemoTrafficSpec spec;
        spec.services = 1; // video streaming: evening peak, homes
        spec.days = 1;
        const TrafficMaps a = DemoTrafficGenerator::generate(c, spec);
        auto total = [&](int t) {
            double s = 0;
            for (std::size_t i = 0; i < c.cells(); ++i)
                s += a.map(t, 0)[i];
            return s;
        };
        QVERIFY(total(21) > 3.0 * total(4));
        // Dense half carries more traffic than the sparse half at 21:00.
        double north = 0, south = 0;
        for (int r = 0; r < 12; ++r)
            for (int col = 0; col < 10; ++col)
                (r < 6 ? north : south) += a.at(21, 0, r, col);
        QVERIFY(north > 2.0 * south);
    }

    void realCityServicesAreCorrelatedButDistinct()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
        const City c = CityReader::read(sharedData("cities/aachen"));
        DemoTrafficSpec spec;
        spec.services = 4;
        spec.days = 7;
        const TrafficMaps t = DemoTrafficGenerator::generate(c, spec);
        QCOMPARE(t.rows, 22);
        QCOMPARE(t.steps, 168);
        QVERIFY(!t.weekend(24 * 4 + 10));
        QVERIFY(t.weekend(24 * 5 + 10));
        // Evaluating the maps against themselves: perfect scores.
        const TrafficEvaluation e = AppShotMetrics::evaluate(t, t, c.mask, "self");
        QCOMPARE(e.services.size(), std::size_t(4));
        QVERIFY(e.services[0].emd < 1e-12);
        QVERIFY(std::abs(e.services[0].ssim - 1.0) < 1e-9);
        QVERIFY(e.crossServiceCorrelationError.has_value() && *e.crossServiceCorrelationError < 1e-12);
        // Services share structure but are not copies.
        const double r01 = e.correlationReal[0][1];
        QVERIFY2(r01 > 0.2 && r01 < 0.99, qPrintable(QString::number(r01)));
    }

    // readTrainingCities (the CLI's and the GUI's way to read a run's
    // cities): demo traffic seeded per city, the real traffic kept otherwise.
    void trainingCitiesOfARun()
    {
        if (!haveSharedData("cities/aachen") || !haveSharedData("cities/bonn"))
            QSKIP("../shared/data/cities/{aachen,bonn} are absent");
        TrainingCitiesRequest r;
        r.dirs = {sharedData("cities/aachen"), sharedData("cities/bonn")};
        r.demo = true;
        r.demoServices = 2;
        r.demoDays = 1;
        r.seed = 3;
        const std::vector<City> demo = readTrainingCities(r);
        QCOMPARE(demo.size(), std::size_t(2));
        for (std::size_t i = 0; i < demo.size(); ++i) {
            QVERIFY(demo[i].traffic && demo[i].traffic->simulated());
            QCOMPARE(demo[i].traffic->services, 2);
            QCOMPARE(demo[i].traffic->steps, 24);
            DemoTrafficSpec spec;
            spec.services = 2;
            spec.days = 1;
            spec.seed = 3 * 1000 + i; // the seed of the run, then the city's index
            QCOMPARE(demo[i].traffic->values, DemoTrafficGenerator::generate(demo[i], spec).values);
        }
        r.demo = false;
        r.dirs = {sharedData("cities/aachen")};
        const std::vector<City> real = readTrainingCities(r);
        QVERIFY(real.front().traffic && !real.front().traffic->simulated()); // Aachen's own traffic
        r.dirs = {sharedData("cities/aachen") + "/no-such-city"};
        QVERIFY_THROWS_EXCEPTION(InputError, readTrainingCities(r));
        QVERIFY_THROWS_EXCEPTION(InputError, readTrainingCities(TrainingCitiesRequest{}));
    }

    // The training options' ranges, checked once for the CLI and the GUI.
    void trainingOptionsAreValidated()
    {
        AppShotConfig c;
        c.validateTrainingOptions(); // the defaults pass
        auto refused = [](AppShotConfig bad, const std::string &option) {
            try {
                bad.validateTrainingOptions();
            } catch (const InputError &e) {
                return e.location() == option;
            }
            return false;
        };
        AppShotConfig bad = c;
        bad.patch = 2;
        QVERIFY(refused(bad, "--patch"));
        bad = c;
        bad.stride = c.patch + 1;
        QVERIFY(refused(bad, "--stride"));
        bad = c;
        bad.lrComposition = 0.0;
        QVERIFY(refused(bad, "--lr-composition"));
        bad = c;
        bad.compositionInput = "softmax";
        QVERIFY(refused(bad, "--composition-input"));
        bad = c;
        bad.batch = 0;
        QVERIFY(refused(bad, "--batch"));
    }
};

QTEST_GUILESS_MAIN(TestDemoTrafficGenerator)
#include "tst_demo_traffic_generator.moc"
