#include "core/appshot/city_reader.h"

#include "core/appshot/geojson_grid.h"
#include "core/appshot/netmob23_reader.h"
#include "core/appshot/shapefile_grid.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/npy_io.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <sstream>

namespace netsynth {

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }
bool exists(const std::string &p) { return QFileInfo::exists(q(p)); }

std::vector<double> readGrid(const std::string &path, int &rows, int &cols)
{
    NpyArray<double> a = readNpyDouble(path);
    if (a.shape.size() != 2)
        throw InputError(path, "header field 'shape'", "expected a 2-D grid (rows, cols)");
    const int r = static_cast<int>(a.shape[0]), c = static_cast<int>(a.shape[1]);
    if (rows == 0) {
        rows = r;
        cols = c;
    } else if (r != rows || c != cols) {
        throw InputError(path, "header field 'shape'",
                         "grid is " + std::to_string(r) + "x" + std::to_string(c) + " but the city is " +
                             std::to_string(rows) + "x" + std::to_string(cols));
    }
    return std::move(a.values);
}

ContextLayer makeLayer(const std::string &name, const std::string &group, std::vector<double> values,
                       const std::string &source)
{
    ContextLayer l;
    l.name = name;
    l.group = group;
    l.kind = CityReader::kindForName(name);
    l.normalization = LayerNormalization::forKind(l.kind);
    l.values = std::move(values);
    l.source = source;
    return l;
}

QStringList sortedFiles(const std::string &dir, const QString &pattern)
{
    QDir d(q(dir));
    return d.entryList({pattern}, QDir::Files, QDir::Name);
}
} // namespace

LayerKind CityReader::kindForName(const std::string &name)
{
    if (name == "population")
        return LayerKind::Population;
    if (name == "sea")
        return LayerKind::Mask;
    if (name.rfind("landuse", 0) == 0)
        return LayerKind::Fraction;
    if (name.rfind("poi_", 0) == 0) {
        const int n = std::atoi(name.c_str() + 4);
        return n >= 15 ? LayerKind::Flag : LayerKind::Count;
    }
    if (name.rfind("poi", 0) == 0)
        return LayerKind::Count;
    return LayerKind::Continuous;
}

std::string CityReader::detectLayout(const std::string &path)
{
    const QFileInfo fi(q(path));
    if (fi.isFile() && fi.suffix().toLower() == QLatin1String("csv"))
        return "csv";
    if (!fi.isDir())
        return {};
    if (exists(path + "/population.npy") || exists(path + "/landuse") || exists(path + "/poi"))
        return "cities-npy";
    if (exists(path + "/milano-grid.geojson"))
        return "milan";
    if (exists(path + "/layers.csv"))
        return "csv";
    if (NetMob23Reader::looksLike(path))
        return "netmob23";
    return {};
}

City CityReader::read(const std::string &path, ProgressToken *token)
{
    const std::string layout = detectLayout(path);
    if (layout == "cities-npy")
        return readCitiesNpy(path);
    if (layout == "milan")
        return readMilan(path);
    if (layout == "csv")
        return readCsv(path);
    if (layout == "netmob23")
        return NetMob23Reader::read(path, "DL", token);
    if (!QFileInfo::exists(q(path)))
        throw InputError(path, {}, "no such file or folder");
    throw InputError(path, {}, "not a city: expected population.npy/landuse/poi (.npy city), milano-grid.geojson "
                               "(Milan), a NetMob23 folder (tiles .geojson + service folders) or a .csv grid");
}

City CityReader::readCitiesNpy(const std::string &dirIn)
{
    const std::string dir = QDir::cleanPath(q(dirIn)).toStdString();
    City city;
    city.path = dir;
    city.layout = "cities-npy";
    city.name = QFileInfo(q(dir)).fileName().toStdString();
    int rows = 0, cols = 0;
    if (exists(dir + "/population.npy"))
        city.layers.push_back(makeLayer("population", "population", readGrid(dir + "/population.npy", rows, cols),
                                        dir + "/population.npy"));
    for (const char *group : {"landuse", "poi"}) {
        const std::string sub = dir + "/" + group;
        for (const QString &f : sortedFiles(sub, QStringLiteral("*.npy"))) {
            const std::string file = sub + "/" + f.toStdString();
            city.layers.push_back(
                makeLayer(QFileInfo(f).completeBaseName().toStdString(), group, readGrid(file, rows, cols), file));
        }
    }
    if (exists(dir + "/sea.npy"))
        city.layers.push_back(makeLayer("sea", "sea", readGrid(dir + "/sea.npy", rows, cols), dir + "/sea.npy"));
    if (city.layers.empty())
        throw InputError(dir, {}, "no context layers (.npy) found");
    city.rows = rows;
    city.cols = cols;
    city.mask.assign(city.cells(), 1);
    if (const ContextLayer *sea = city.layer("sea"))
        for (std::size_t i = 0; i < city.cells(); ++i)
            if (sea->values[i] >= 0.5)
                city.mask[i] = 0;
    for (const auto &l : city.layers)
        for (std::size_t i = 0; i < city.cells(); ++i)
            if (!std::isfinite(l.values[i]))
                city.mask[i] = 0;

    // Geo-reference from the grid shapefile: its record i must be cell i.
    const QStringList shps = sortedFiles(dir + "/grid", QStringLiteral("*.shp"));
    if (!shps.isEmpty()) {
        const std::string shp = dir + "/grid/" + shps.first().toStdString();
        GridGeometry g = ShapefileGrid::read(shp);
        if (g.rows != rows || g.cols != cols)
            throw InputError(shp, {}, "grid is " + std::to_string(g.rows) + "x" + std::to_string(g.cols) +
                                          " but the .npy layers are " + std::to_string(rows) + "x" +
                                          std::to_string(cols));
        bool north = true;
        if (!g.recordOrderIsRowMajor(north))
            throw InputError(shp, {}, "records are not in row-major cell order");
        city.geo = g.geo;
        city.geo.rowZeroNorth = north;
    } else {
        city.notes.push_back("no grid shapefile: the grid is not geo-referenced");
    }

    // Traffic: our own traffic folder format first, then the SpectraGAN maps.
    if (exists(dir + "/traffic.json")) {
        city.traffic = TrafficMaps::load(dir);
    } else if (exists(dir + "/traffic/traffic_full_grid.npy")) {
        const std::string file = dir + "/traffic/traffic_full_grid.npy";
        TrafficMaps t = TrafficMaps::load(file);
        if (t.rows != rows || t.cols != cols)
            throw InputError(file, "header field 'shape'", "traffic grid does not match the context grid");
        t.serviceNames = {"traffic"};
        t.provenance = TrafficProvenance::StandIn;
        t.city = city.name;
        t.units = "normalised";
        t.metadata = {{"source", file},
                      {"note", "hourly maps generated by SpectraGAN trained on operator data of other cities; "
                               "a realistic single-channel stand-in, not a measurement"}};
        city.traffic = std::move(t);
        city.notes.push_back("traffic: SpectraGAN stand-in maps (not a measurement); the first hour is taken as "
                             "Monday 00:00");
    }
    return city;
}

City CityReader::readMilan(const std::string &dirIn)
{
    const std::string dir = QDir::cleanPath(q(dirIn)).toStdString();
    City city;
    city.path = dir;
    city.layout = "milan";
    city.name = "milan";
    const std::string gridFile = dir + "/milano-grid.geojson";
    GridGeometry g = GeoJsonGrid::read(gridFile, "cellId");
    city.rows = g.rows;
    city.cols = g.cols;
    city.geo = g.geo;
    city.geo.rowZeroNorth = true;
    // Check the documented id -> cell mapping: row = 99 - (id-1)//100, col = (id-1)%100,
    // which with a north-first geometry means id 1 is the south-west cell.
    for (std::size_t i = 0; i < g.recordCount(); ++i) {
        const int id = std::atoi(g.ids[i].c_str());
        const int r = g.rows - 1 - (id - 1) / g.cols, c = (id - 1) % g.cols;
        if (id < 1 || g.cellOfRecord[i] != r * g.cols + c)
            throw InputError(gridFile, "features[" + std::to_string(i) + "]",
                             "cellId " + g.ids[i] + " is not where the Milan grid numbering puts it");
    }
    city.mask.assign(city.cells(), 1);
    TrafficMaps t;
    std::vector<float> all;
    int steps = 0;
    for (const char *part : {"mini_train", "mini_val", "mini_test"}) {
        const std::string file = dir + "/" + part + ".npy";
        if (!exists(file))
            continue;
        NpyArray<float> a = readNpyFloat(file);
        if (a.shape.size() != 3 || static_cast<int>(a.shape[1]) != city.rows ||
            static_cast<int>(a.shape[2]) != city.cols)
            throw InputError(file, "header field 'shape'", "expected (T, 100, 100) frames");
        steps += static_cast<int>(a.shape[0]);
        all.insert(all.end(), a.values.begin(), a.values.end());
    }
    if (steps > 0) {
        t.stepMinutes = 10;
        t.serviceNames = {"internet"};
        t.resize(steps, 1, city.rows, city.cols);
        t.values = std::move(all);
        t.provenance = TrafficProvenance::Measured;
        t.city = "milan";
        t.units = "z-score";
        t.metadata = {{"source", dir}, {"note", "mini_train, mini_val, mini_test concatenated; z-scored, scale lost"}};
        city.traffic = std::move(t);
    }
    city.notes.push_back("Milan has no public context layers in this layout: maps only");
    return city;
}

City CityReader::readCsv(const std::string &pathIn)
{
    std::string path = pathIn;
    if (QFileInfo(q(path)).isDir())
        path += "/layers.csv";
    const std::string text = readWholeFile(path);
    std::istringstream in(text);
    std::string line;
    std::vector<std::string> header;
    auto split = [](const std::string &s) {
        std::vector<std::string> out;
        std::string cur;
        for (char ch : s) {
            if (ch == ',') {
                out.push_back(cur);
                cur.clear();
            } else if (ch != '\r' && ch != '"') {
                cur += ch;
            }
        }
        out.push_back(cur);
        return out;
    };
    if (!std::getline(in, line))
        throw InputError(path, "line 1", "empty file");
    header = split(line);
    int rowCol = -1, colCol = -1;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "row") rowCol = static_cast<int>(i);
        if (header[i] == "col") colCol = static_cast<int>(i);
    }
    if (rowCol < 0 || colCol < 0)
        throw InputError(path, "line 1", "expected a header with 'row' and 'col' columns");
    struct Rec { int r, c; std::vector<double> v; };
    std::vector<Rec> recs;
    int rows = 0, cols = 0, lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line == "\r")
            continue;
        const auto f = split(line);
        if (f.size() != header.size())
            throw InputError(path, "line " + std::to_string(lineNo),
                             "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(f.size()));
        Rec rec;
        try {
            rec.r = std::stoi(f[rowCol]);
            rec.c = std::stoi(f[colCol]);
            for (std::size_t i = 0; i < f.size(); ++i)
                if (static_cast<int>(i) != rowCol && static_cast<int>(i) != colCol)
                    rec.v.push_back(f[i].empty() ? std::nan("") : std::stod(f[i]));
        } catch (const std::exception &) {
            throw InputError(path, "line " + std::to_string(lineNo), "not a number");
        }
        if (rec.r < 0 || rec.c < 0 || rec.r > 100000 || rec.c > 100000)
            throw InputError(path, "line " + std::to_string(lineNo), "row/col out of range");
        rows = std::max(rows, rec.r + 1);
        cols = std::max(cols, rec.c + 1);
        recs.push_back(std::move(rec));
    }
    City city;
    city.path = pathIn;
    city.layout = "csv";
    city.name = QFileInfo(q(pathIn)).completeBaseName().toStdString();
    city.rows = rows;
    city.cols = cols;
    city.mask.assign(city.cells(), 0);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (static_cast<int>(i) != rowCol && static_cast<int>(i) != colCol)
            city.layers.push_back(makeLayer(header[i], "other", std::vector<double>(city.cells(), std::nan("")), path));
    for (const auto &rec : recs) {
        const std::size_t cell = static_cast<std::size_t>(rec.r) * cols + rec.c;
        city.mask[cell] = 1;
        for (std::size_t k = 0; k < rec.v.size(); ++k)
            city.layers[k].values[cell] = rec.v[k];
    }
    for (auto &l : city.layers) {
        if (l.name == "population") l.group = "population";
        else if (l.name.rfind("landuse", 0) == 0) l.group = "landuse";
        else if (l.name.rfind("poi", 0) == 0) l.group = "poi";
    }
    city.notes.push_back("CSV grid: not geo-referenced");
    return city;
}

} // namespace netsynth
