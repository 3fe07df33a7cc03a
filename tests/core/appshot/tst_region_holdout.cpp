// The spatial hold-out protocol (region_holdout.h) on Aachen's real grid and
// stand-in traffic: stripes that tile the valid cells, training exclusions
// that contain them, and scores that treat every method alike (a "GAN" that
// copies the population baseline scores exactly as the baseline does).
#include "appshot_test_util.h"

#include "core/appshot/appshot_baselines.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/region_holdout.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestRegionHoldout : public QObject
{
    Q_OBJECT
private:
    City aachen() { return CityReader::read(sharedData("cities/aachen")); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
    }

    void stripesTileTheValidCells()
    {
        const City city = aachen();
        QVERIFY(city.traffic.has_value());
        QCOMPARE(city.cols, 28);
        const auto folds = stripeFolds(city, 4, 1);
        QCOMPARE(folds.size(), std::size_t(4));
        std::vector<int> covered(city.cells(), 0);
        for (const HoldoutFold &f : folds) {
            for (std::size_t i = 0; i < city.cells(); ++i) {
                covered[i] += f.test[i];
                if (f.test[i]) {
                    QVERIFY(city.mask[i]);
                    QVERIFY(f.heldOut[i]); // a test cell is never trained on
                }
            }
            // the buffer: one column beside the stripe is held out but not tested
            const int lo = 7 * f.index, hi = 7 * f.index + 6;
            QCOMPARE(f.description, "columns " + std::to_string(lo) + "-" + std::to_string(hi) + " (buffer 1)");
            for (int r = 0; r < city.rows; ++r) {
                if (lo > 0) {
                    QCOMPARE(int(f.heldOut[static_cast<std::size_t>(r) * 28 + lo - 1]), 1);
                    QCOMPARE(int(f.test[static_cast<std::size_t>(r) * 28 + lo - 1]), 0);
                }
                if (lo > 1)
                    QCOMPARE(int(f.heldOut[static_cast<std::size_t>(r) * 28 + lo - 2]), 0);
            }
        }
        for (std::size_t i = 0; i < city.cells(); ++i)
            QCOMPARE(covered[i], city.mask[i] ? 1 : 0);
        QVERIFY_THROWS_EXCEPTION(InputError, stripeFolds(city, 1, 0));
        QVERIFY_THROWS_EXCEPTION(InputError, stripeFolds(city, 29, 0));
        QVERIFY_THROWS_EXCEPTION(InputError, stripeFolds(city, 2, 30)); // nothing left to train on
    }

    // The protocol scores every method through the same code: traffic equal
    // to the population baseline's prediction scores as the baseline does,
    // and the real traffic itself scores perfectly.
    void aCopyOfABaselineScoresAsTheBaseline()
    {
        City city = aachen();
        const auto folds = stripeFolds(city, 4, 1);
        const HoldoutFold &fold = folds[2];
        City training = city;
        training.heldOut = fold.heldOut;
        std::vector<std::string> layers;
        for (const ContextLayer &l : city.layers) layers.push_back(l.name);
        const std::vector<std::string> services = city.traffic->serviceNames;
        const std::vector<double> scale = AppShotBaselines::serviceScales({&training}, services);
        const BaselineModel bm = AppShotBaselines::fit({&training}, layers, services, scale);
        const std::string dir = testOutput(QStringLiteral("holdout_copy"));
        writeFileAtomically(dir + "/baselines.json", bm.toJson().dump());
        std::vector<int> hours;
        for (int h = 0; h < 48; ++h) hours.push_back(h);

        TrafficMaps copy = AppShotBaselines::predictPopulation(bm, city, hours);
        copy.metadata["checkpoint"] = dir + "/checkpoint.pt";
        const nlohmann::json score = scoreHoldoutFold(city, fold, copy);
        QCOMPARE(score["fold"]["index"].get<int>(), 2);
        QVERIFY(score["cells"].get<int>() > 50);
        const nlohmann::json gan = holdoutHeadline(score), pop = holdoutHeadline(score["baselines"]["population"]);
        for (const char *key : {"pearson_cell_mean", "ssim_mean_map", "pearson_cell_hourly", "jsd_cell_values", "emd_relative"}) {
            QVERIFY2(gan[key].is_number(), key);
            QCOMPARE(gan[key].get<double>(), pop[key].get<double>());
        }
        const nlohmann::json ridge = holdoutHeadline(score["baselines"]["ridge"]);
        QVERIFY(ridge["pearson_cell_mean"].get<double>() != pop["pearson_cell_mean"].get<double>());

        // the real traffic itself, for the scored hours
        TrafficMaps real = *city.traffic;
        real.steps = 48;
        real.hours.resize(48);
        real.values.resize(static_cast<std::size_t>(48) * real.services * city.cells());
        real.provenance = city.traffic->provenance;
        real.metadata["checkpoint"] = dir + "/checkpoint.pt";
        const nlohmann::json perfect = holdoutHeadline(scoreHoldoutFold(city, fold, real));
        QCOMPARE(perfect["pearson_cell_mean"].get<double>(), 1.0);
        QCOMPARE(perfect["jsd_cell_values"].get<double>(), 0.0);
        QVERIFY(std::abs(perfect["ssim_mean_map"].get<double>() - 1.0) < 1e-9);
        QVERIFY(std::abs(perfect["pearson_cell_hourly"].get<double>() - 1.0) < 1e-9);

        // summary over two runs: the copy and the perfect one
        const nlohmann::json s = summariseHoldout({score, scoreHoldoutFold(city, fold, real)});
        const double g0 = gan["pearson_cell_mean"].get<double>();
        QCOMPARE(s["gan"]["pearson_cell_mean"]["mean"].get<double>(), (g0 + 1.0) / 2);
        QCOMPARE(s["gan"]["pearson_cell_mean"]["min"].get<double>(), g0);
        QVERIFY(std::abs(s["gan"]["pearson_cell_mean"]["sd"].get<double>() - std::abs(1.0 - g0) / std::sqrt(2.0)) < 1e-12);
        const double r0 = ridge["pearson_cell_mean"].get<double>();
        QCOMPARE(s["gan_minus_ridge_pearson_cell_mean"]["min"].get<double>(), g0 - r0);
        QCOMPARE(s["gan_minus_ridge_pearson_cell_mean"]["runs"].get<int>(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRegionHoldout)
#include "tst_region_holdout.moc"
