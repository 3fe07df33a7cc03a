// CityReader on the shared German cities and Milan (shapes and sums computed
// independently with numpy / by parsing the .dbf), plus Fortran-order .npy and
// CSV cities built by hand.
#include "appshot_test_util.h"

#include "core/appshot/city_reader.h"
#include "core/appshot/city_writer.h"
#include "core/appshot/geojson_grid.h"
#include "core/appshot/shapefile_grid.h"
#include "core/runtime/errors.h"

#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace netsynth;

class TestCityReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aachenLayersTrafficAndGrid()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
        const City c = CityReader::read(sharedData("cities/aachen"));
        QCOMPARE(c.layout, std::string("cities-npy"));
        QCOMPARE(c.rows, 22);
        QCOMPARE(c.cols, 28);
        QCOMPARE(c.layers.size(), std::size_t(30)); // population + 11 land use + 17 POI + sea
        QCOMPARE(c.validCells(), std::size_t(22 * 28));
        // Sums computed with numpy on the same files.
        QVERIFY(std::abs(c.layer("population")->sum() - 171016.44803452864) < 1e-6);
        QVERIFY(std::abs(c.layer("landuse_01")->sum() - 48.252066722745425) < 1e-9);
        QCOMPARE(c.layer("poi_10")->sum(), 1178.0);
        QCOMPARE(c.layer("poi_07")->sum(), 608.0);
        QCOMPARE(c.layer("poi_10")->kind, LayerKind::Count);
        QCOMPARE(c.layer("poi_16")->kind, LayerKind::Flag);
        QCOMPARE(c.layer("landuse_04")->kind, LayerKind::Fraction);
        QCOMPARE(c.layer("population")->kind, LayerKind::Population);
        // Normalisation spec: log1p(x)/log1p(100) for counts.
        const auto n = c.layer("poi_10")->normalized();
        const auto &v = c.layer("poi_10")->values;
        for (std::size_t i = 0; i < v.size(); ++i)
            QVERIFY(std::abs(n[i] - std::log1p(v[i]) / std::log1p(100.0)) < 1e-6);
        // Traffic (504, 22, 28), numpy sum 1744.6454132823662.
        QVERIFY(c.traffic.has_value());
        QCOMPARE(c.traffic->steps, 504);
        QCOMPARE(c.traffic->services, 1);
        QCOMPARE(c.traffic->provenance, TrafficProvenance::StandIn);
        double sum = 0.0;
        for (float x : c.traffic->values)
            sum += x;
        QVERIFY2(std::abs(sum - 1744.6454132823662) < 1e-3, qPrintable(QString::number(sum, 'g', 12)));
        // Geo-reference from the shapefile: UTM 32N, south-first record order.
        QVERIFY(c.geo.valid);
        QVERIFY(!c.geo.rowZeroNorth);
        QVERIFY(c.geo.crs.find("UTM_Zone_32N") != std::string::npos);
        QVERIFY(std::abs(c.geo.minX - 292059.9179215564) < 1e-6);
        QVERIFY(std::abs(c.geo.maxY - 5631997.767977628) < 1e-6);
        QVERIFY(std::abs(c.geo.cellWidth - 255.92) < 0.01);
        // Its unit is the metre (the last UNIT of the WKT; the GEOGCS inside has degrees).
        QVERIFY(c.geo.isMetric());
        QCOMPARE(QString::fromStdString(c.geo.crsName()), QStringLiteral("WGS_1984_UTM_Zone_32N"));
    }

    void crsUnitsAndNames()
    {
        GeoReference g;
        QVERIFY(!g.isMetric()); // not geo-referenced
        g.valid = true;
        g.crs = "urn:ogc:def:crs:OGC:1.3:CRS84";
        QVERIFY(!g.isMetric());
        QCOMPARE(QString::fromStdString(g.crsName()), QStringLiteral("urn:ogc:def:crs:OGC:1.3:CRS84"));
        g.crs = "EPSG:2154";
        QVERIFY(g.isMetric());
        g.crs = "EPSG:32632";
        QVERIFY(g.isMetric());
        g.crs = "EPSG:4326";
        QVERIFY(!g.isMetric());
        g.crs = R"(GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]])";
        QVERIFY(!g.isMetric());
        QCOMPARE(QString::fromStdString(g.crsName()), QStringLiteral("GCS_WGS_1984"));
        g.crs = R"(PROJCS["NAD_1983_StatePlane_Feet",GEOGCS["GCS_North_American_1983"],UNIT["Foot_US",0.3048006096012192]])";
        QVERIFY(!g.isMetric());
    }

    void shapefileAttributeMatchesPopulationGrid()
    {
        if (!haveSharedData("cities/bonn"))
            QSKIP("../shared/data/cities/bonn is absent");
        const GridGeometry g = ShapefileGrid::read(sharedData("cities/bonn/grid/bonn-grid-pop-36x39.shp"));
        QCOMPARE(g.rows, 36);
        QCOMPARE(g.cols, 39);
        QCOMPARE(g.recordCount(), std::size_t(36 * 39));
        const int pa = g.attributeIndex("population");
        QVERIFY(pa >= 0);
        const City c = CityReader::read(sharedData("cities/bonn"));
        const auto &pop = c.layer("population")->values;
        for (std::size_t i = 0; i < pop.size(); ++i) // record i is cell i of the .npy
            QVERIFY(std::abs(g.attributes[pa][i] - pop[i]) < 1e-9);
        QCOMPARE(g.ids.front(), std::string("1"));
    }

    void allFiveCitiesHaveTheirDocumentedShapes()
    {
        if (!haveSharedData("cities"))
            QSKIP("../shared/data/cities is absent");
        const struct { const char *name; int rows, cols; } cities[] = {
            {"aachen", 22, 28}, {"bonn", 36, 39}, {"dresden", 40, 63}, {"frankfurt", 58, 77}, {"munich", 56, 75}};
        for (const auto &e : cities) {
            const City c = CityReader::read(sharedData("cities/") + e.name);
            QCOMPARE(c.rows, e.rows);
            QCOMPARE(c.cols, e.cols);
            QCOMPARE(c.layers.size(), std::size_t(30));
            QVERIFY(c.geo.valid);
        }
    }

    void milanGridAndFrames()
    {
        if (!haveSharedData("milan/milano-grid.geojson"))
            QSKIP("../shared/data/milan is absent");
        const City c = CityReader::read(sharedData("milan"));
        QCOMPARE(c.layout, std::string("milan"));
        QCOMPARE(c.rows, 100);
        QCOMPARE(c.cols, 100);
        QVERIFY(c.geo.rowZeroNorth);
        QCOMPARE(c.traffic->steps, 28 + 30 + 51);
        QCOMPARE(c.traffic->stepMinutes, 10);
        double sum = 0.0;
        for (float x : c.traffic->values)
            sum += x;
        // numpy: -63071.53183107782 - 9865.575755684667 - 116585.43305905232
        QVERIFY2(std::abs(sum - (-189522.5406458148)) < 0.5, qPrintable(QString::number(sum, 'g', 12)));
        // GeoJSON grid: cellId 1 is the south-west cell (row 99, col 0 north-first).
        const GridGeometry g = GeoJsonGrid::read(sharedData("milan/milano-grid.geojson"));
        QCOMPARE(g.ids[0], std::string("1"));
        QCOMPARE(g.cellOfRecord[0], 99 * 100 + 0);
        QCOMPARE(g.cellOfRecord[101], 98 * 100 + 1); // cellId 102
    }

    void fortranOrderInt64Layers()
    {
        const std::string dir = testOutput(QStringLiteral("fortran"));
        QDir().mkpath(QString::fromStdString(dir + "/poi"));
        // 2 x 3 grid; Fortran order stores columns: a[0,0], a[1,0], a[0,1], ...
        const std::int64_t poi[6] = {1, 4, 2, 5, 3, 6};
        writeText(dir + "/poi/poi_01.npy", npyBytes("<i8", true, "(2, 3)", poi, sizeof poi));
        const double pop[6] = {10, 20, 30, 40, 50, 60};
        writeText(dir + "/population.npy", npyBytes("<f8", false, "(2, 3)", pop, sizeof pop));
        const City c = CityReader::read(dir);
        QCOMPARE(c.rows, 2);
        QCOMPARE(c.cols, 3);
        QCOMPARE(c.layer("poi_01")->values, (std::vector<double>{1, 2, 3, 4, 5, 6}));
        QVERIFY(!c.geo.valid);
    }

    void mismatchedGridIsAnInputErrorNamingTheFile()
    {
        const std::string dir = testOutput(QStringLiteral("mismatch"));
        QDir().mkpath(QString::fromStdString(dir + "/poi"));
        const double a[6] = {0, 0, 0, 0, 0, 0};
        writeText(dir + "/population.npy", npyBytes("<f8", false, "(2, 3)", a, sizeof a));
        writeText(dir + "/poi/poi_01.npy", npyBytes("<f8", false, "(3, 2)", a, sizeof a));
        try {
            CityReader::read(dir);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QVERIFY(e.file().find("poi_01.npy") != std::string::npos);
        }
    }

    void csvGrid()
    {
        const std::string dir = testOutput(QStringLiteral("csv"));
        writeText(dir + "/city.csv", "row,col,population,poi_02\n0,0,5,1\n0,1,7,0\n1,1,9,3\n");
        const City c = CityReader::read(dir + "/city.csv");
        QCOMPARE(c.rows, 2);
        QCOMPARE(c.cols, 2);
        QCOMPARE(c.validCells(), std::size_t(3));
        QCOMPARE(c.layer("population")->sum(), 21.0);
        QCOMPARE(c.layer("poi_02")->kind, LayerKind::Count);
        QCOMPARE(c.mask[2], std::uint8_t(0));
        writeText(dir + "/bad.csv", "row,col,x\n0,0,1\n0,zz,2\n");
        try {
            CityReader::read(dir + "/bad.csv");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("line 3"));
        }
    }

    void cropWritesANorthFirstCityFolder()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
        const City aachen = CityReader::read(sharedData("cities/aachen"));
        QVERIFY(aachen.geo.valid && !aachen.geo.rowZeroNorth);
        const City block = CityWriter::crop(aachen, 5, 10, 5, 7, "aachen-block");
        const std::string dir = testOutput(QStringLiteral("crop")) + "/aachen-block";
        CityWriter::writeNpyFolder(block, dir);
        const City back = CityReader::read(dir);
        QCOMPARE(back.rows, 5);
        QCOMPARE(back.cols, 7);
        QCOMPARE(back.layers.size(), aachen.layers.size());
        QVERIFY(back.geo.rowZeroNorth);
        QVERIFY(back.traffic && back.traffic->provenance == TrafficProvenance::StandIn);
        QCOMPARE(back.traffic->steps, aachen.traffic->steps);
        // Stored south-first, written north-first: folder row r is Aachen's stored row 5 + 4 - r.
        double sum = 0.0, expected = 0.0;
        for (int r = 0; r < 5; ++r)
            for (int c = 0; c < 7; ++c) {
                const int src = (5 + 4 - r) * aachen.cols + 10 + c;
                QCOMPARE(back.layer("population")->values[r * 7 + c], aachen.layer("population")->values[src]);
                QCOMPARE(back.layer("poi_03")->values[r * 7 + c], aachen.layer("poi_03")->values[src]);
                QCOMPARE(back.traffic->at(100, 0, r, c), aachen.traffic->at(100, 0, 5 + 4 - r, 10 + c));
                sum += back.layer("population")->values[r * 7 + c];
            }
        for (int r = 5; r < 10; ++r)
            for (int c = 10; c < 17; ++c)
                expected += aachen.layer("population")->values[r * aachen.cols + c];
        QCOMPARE(sum, expected);
        QVERIFY_THROWS_EXCEPTION(InputError, CityWriter::crop(aachen, 20, 0, 5, 5, "outside"));
    }
};

QTEST_GUILESS_MAIN(TestCityReader)
#include "tst_city_reader.moc"
