// NetMob23Reader on a hand-built layout: 2 x 3 tiles GeoJSON, two services,
// two days (DL and UL files), values chosen so sums are known in closed form.
#include "appshot_test_util.h"

#include "core/appshot/city_reader.h"
#include "core/appshot/netmob23_reader.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <sstream>

using namespace netsynth;

namespace {
std::string tilesGeoJson()
{
    // 100 m tiles, 2 rows x 3 cols, tile_id 10 + row*3 + col with row 0 at the north.
    std::ostringstream o;
    o << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:2154"}},"features":[)";
    bool first = true;
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c) {
            const double x0 = 1000 + c * 100, y1 = 5000 - r * 100, x1 = x0 + 100, y0 = y1 - 100;
            if (!first) o << ',';
            first = false;
            o << R"({"type":"Feature","properties":{"tile_id":)" << (10 + r * 3 + c)
              << R"(},"geometry":{"type":"Polygon","coordinates":[[[)" << x0 << ',' << y0 << "],[" << x1 << ','
              << y0 << "],[" << x1 << ',' << y1 << "],[" << x0 << ',' << y1 << "],[" << x0 << ',' << y0
              << "]]]}}";
        }
    o << "]}";
    return o.str();
}

// Each line: tile, then 96 values v = base + tile + k.
std::string dayFile(int base)
{
    std::ostringstream o;
    for (int tile = 10; tile < 16; ++tile) {
        o << tile;
        for (int k = 0; k < 96; ++k)
            o << ' ' << (base + tile + k);
        o << '\n';
    }
    return o.str();
}
} // namespace

class TestNetMob23Reader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsServicesDaysAndTiles()
    {
        const std::string dir = testOutput(QStringLiteral("Lyon"));
        writeText(dir + "/Lyon.geojson", tilesGeoJson());
        for (const char *svc : {"Netflix", "Waze"}) {
            for (const char *day : {"20190318", "20190319"}) { // Monday, Tuesday
                const std::string sub = dir + "/" + svc + "/" + day;
                QDir().mkpath(QString::fromStdString(sub));
                const int base = (std::string(svc) == "Waze" ? 1000 : 0) + (std::string(day) == "20190319" ? 500 : 0);
                writeText(sub + "/Lyon_" + svc + "_" + day + "_DL.txt", dayFile(base));
                writeText(sub + "/Lyon_" + svc + "_" + day + "_UL.txt", dayFile(base + 7));
            }
        }
        QVERIFY(NetMob23Reader::looksLike(dir));
        QCOMPARE(CityReader::detectLayout(dir), std::string("netmob23"));
        const City c = CityReader::read(dir);
        QCOMPARE(c.rows, 2);
        QCOMPARE(c.cols, 3);
        QCOMPARE(c.traffic->services, 2);
        QCOMPARE(c.traffic->serviceNames, (std::vector<std::string>{"Netflix", "Waze"}));
        QCOMPARE(c.traffic->steps, 192);
        QCOMPARE(c.traffic->stepMinutes, 15);
        QCOMPARE(c.traffic->hours[0], 0);      // Monday 00:00
        QCOMPARE(c.traffic->hours[96], 24);    // Tuesday 00:00
        QCOMPARE(c.traffic->hours[96 + 5], 25);
        // Tile 14 is row 1, col 1. Netflix Tuesday step k=3: 500 + 14 + 3.
        QCOMPARE(c.traffic->at(96 + 3, 0, 1, 1), 517.0f);
        // Waze Monday step 0 at tile 10 (row 0, col 0): 1000 + 10.
        QCOMPARE(c.traffic->at(0, 1, 0, 0), 1010.0f);
        // Sum of Netflix DL: sum over 2 days, 6 tiles, 96 bins of (base + tile + k).
        double expected = 0.0;
        for (int base : {0, 500})
            for (int tile = 10; tile < 16; ++tile)
                for (int k = 0; k < 96; ++k)
                    expected += base + tile + k;
        double sum = 0.0;
        for (int t = 0; t < c.traffic->steps; ++t)
            for (int i = 0; i < 6; ++i)
                sum += c.traffic->map(t, 0)[i];
        QCOMPARE(sum, expected);
        // Uplink instead.
        const City up = NetMob23Reader::read(dir, "UL");
        QCOMPARE(up.traffic->at(0, 0, 0, 0), 17.0f);
    }

    void unknownTileNamesFileAndLine()
    {
        const std::string dir = testOutput(QStringLiteral("Bad"));
        writeText(dir + "/Bad.geojson", tilesGeoJson());
        QDir().mkpath(QString::fromStdString(dir + "/Svc"));
        writeText(dir + "/Svc/Bad_Svc_20190318_DL.txt", dayFile(0) + "99 1 2 3\n");
        try {
            NetMob23Reader::read(dir);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("line 7"));
            QVERIFY(e.file().find("Bad_Svc_20190318_DL.txt") != std::string::npos);
        }
    }

    // A value beyond float's range is refused with file and line (it would
    // otherwise become inf, or worse, in the traffic maps).
    void valueOutOfRangeNamesFileAndLine()
    {
        const std::string dir = testOutput(QStringLiteral("Huge"));
        writeText(dir + "/Huge.geojson", tilesGeoJson());
        QDir().mkpath(QString::fromStdString(dir + "/Svc"));
        std::string day = dayFile(0);
        day.replace(day.find(' '), 1, " 1e300 "); // line 1, value 1
        writeText(dir + "/Svc/Huge_Svc_20190318_DL.txt", day);
        try {
            NetMob23Reader::read(dir);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("line 1"));
            QVERIFY2(std::string(e.what()).find("out of range") != std::string::npos, e.what());
        }
    }

    // Two tiles a million cells apart would make a grid of 10^12 cells: refused
    // before it is allocated, naming the file.
    void tilesFarApartAreRefused()
    {
        const std::string dir = testOutput(QStringLiteral("Far"));
        const std::string geo =
            R"({"type":"FeatureCollection","features":[)"
            R"({"type":"Feature","properties":{"tile_id":1},"geometry":{"type":"Polygon","coordinates":[[[0,0],[100,0],[100,100],[0,100],[0,0]]]}},)"
            R"({"type":"Feature","properties":{"tile_id":2},"geometry":{"type":"Polygon","coordinates":[[[1e8,1e8],[100000100,1e8],[100000100,100000100],[1e8,100000100],[1e8,1e8]]]}}]})";
        writeText(dir + "/Far.geojson", geo);
        QDir().mkpath(QString::fromStdString(dir + "/Svc"));
        writeText(dir + "/Svc/Far_Svc_20190318_DL.txt", "1" + std::string(96 * 2, ' ') + "\n");
        try {
            NetMob23Reader::read(dir);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QVERIFY(e.file().find("Far.geojson") != std::string::npos);
            QVERIFY2(std::string(e.what()).find("16,777,216") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestNetMob23Reader)
#include "tst_netmob23_reader.moc"
