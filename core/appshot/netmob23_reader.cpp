#include "core/appshot/netmob23_reader.h"

#include "core/appshot/geojson_grid.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace netsynth {

namespace {
const QRegularExpression &fileRe()
{
    static const QRegularExpression re(QStringLiteral("_(\\d{8})(?:_(DL|UL))?\\.txt$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct DayFile
{
    QString path;
    QDate date;
};

std::vector<DayFile> serviceFiles(const QString &serviceDir, const std::string &direction)
{
    std::vector<DayFile> out;
    QDirIterator it(serviceDir, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const auto m = fileRe().match(QFileInfo(p).fileName());
        if (!m.hasMatch())
            continue;
        const QString dir = m.captured(2).toUpper();
        if (!dir.isEmpty() && dir.toStdString() != direction)
            continue;
        const QDate d = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
        if (d.isValid())
            out.push_back({p, d});
    }
    return out;
}
} // namespace

bool NetMob23Reader::looksLike(const std::string &dirIn)
{
    const QDir dir(QString::fromStdString(dirIn));
    if (dir.entryList({QStringLiteral("*.geojson")}, QDir::Files).isEmpty())
        return false;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!serviceFiles(dir.filePath(sub), "DL").empty() || !serviceFiles(dir.filePath(sub), "UL").empty())
            return true;
    return false;
}

City NetMob23Reader::read(const std::string &dirIn, const std::string &direction, ProgressToken *token)
{
    const QDir dir(QString::fromStdString(dirIn));
    const QStringList geo = dir.entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    if (geo.isEmpty())
        throw InputError(dirIn, {}, "NetMob23 layout: no tiles .geojson found");
    const std::string geoFile = dir.filePath(geo.first()).toStdString();
    const GridGeometry g = GeoJsonGrid::read(geoFile, "tile_id");
    City city;
    city.path = dirIn;
    city.layout = "netmob23";
    city.name = QFileInfo(dir.absolutePath()).fileName().toStdString();
    city.rows = g.rows;
    city.cols = g.cols;
    city.geo = g.geo;
    city.mask.assign(city.cells(), 0);
    std::unordered_map<std::string, int> cellOfTile;
    for (std::size_t i = 0; i < g.recordCount(); ++i) {
        cellOfTile[g.ids[i]] = g.cellOfRecord[i];
        city.mask[g.cellOfRecord[i]] = 1;
    }

    std::vector<std::string> services;
    std::vector<std::vector<DayFile>> files;
    std::set<QDate> dates;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto f = serviceFiles(dir.filePath(sub), direction);
        if (f.empty())
            continue;
        for (const auto &df : f)
            dates.insert(df.date);
        services.push_back(sub.toStdString());
        files.push_back(std::move(f));
    }
    if (services.empty())
        throw InputError(dirIn, {}, "NetMob23 layout: no service folders with *_YYYYMMDD[_" + direction + "].txt");
    const std::vector<QDate> days(dates.begin(), dates.end());
    std::map<QDate, int> dayIndex;
    for (std::size_t i = 0; i < days.size(); ++i)
        dayIndex[days[i]] = static_cast<int>(i);
    const QDate first = days.front();
    const QDate monday = first.addDays(-(first.dayOfWeek() - 1));

    TrafficMaps t;
    t.stepMinutes = 15;
    t.serviceNames = services;
    t.hours.resize(days.size() * 96);
    for (std::size_t d = 0; d < days.size(); ++d)
        for (int k = 0; k < 96; ++k)
            t.hours[d * 96 + k] = static_cast<int>(monday.daysTo(days[d]) * 24 + k / 4);
    t.resize(static_cast<int>(days.size() * 96), static_cast<int>(services.size()), city.rows, city.cols);
    t.provenance = TrafficProvenance::Measured;
    t.city = city.name;
    t.units = "NetMob23 traffic volume per 15 minutes";
    t.metadata = {{"direction", direction}, {"first_day", first.toString(Qt::ISODate).toStdString()}};

    std::size_t total = 0, done = 0;
    for (const auto &f : files)
        total += f.size();
    for (std::size_t s = 0; s < services.size(); ++s) {
        for (const DayFile &df : files[s]) {
            if (token) {
                token->throwIfCanceled();
                token->setProgress(static_cast<double>(done++) / total, "reading " + services[s]);
            }
            const std::string path = df.path.toStdString();
            std::istringstream in(readWholeFile(path));
            std::string line;
            int lineNo = 0;
            const int d = dayIndex[df.date];
            while (std::getline(in, line)) {
                ++lineNo;
                for (char &ch : line)
                    if (ch == ',' || ch == '\t' || ch == '\r')
                        ch = ' ';
                std::istringstream ls(line);
                std::string tile;
                if (!(ls >> tile))
                    continue;
                const auto it = cellOfTile.find(tile);
                if (it == cellOfTile.end())
                    throw InputError(path, "line " + std::to_string(lineNo), "tile_id " + tile + " is not in " + geoFile);
                const int cell = it->second;
                double v = 0.0;
                int k = 0;
                while (ls >> v) {
                    if (k >= 96)
                        throw InputError(path, "line " + std::to_string(lineNo), "more than 96 values");
                    if (!(std::fabs(v) <= std::numeric_limits<float>::max()))
                        throw InputError(path, "line " + std::to_string(lineNo),
                                         "value " + std::to_string(k + 1) + " is out of range");
                    t.map(d * 96 + k, static_cast<int>(s))[cell] = static_cast<float>(v);
                    ++k;
                }
                if (k != 96 || (!ls.eof() && ls.fail()))
                    throw InputError(path, "line " + std::to_string(lineNo),
                                     "expected tile_id and 96 numbers, found " + std::to_string(k) + " numbers");
            }
        }
    }
    city.traffic = std::move(t);
    city.notes.push_back("NetMob23: no context layers in this layout");
    return city;
}

} // namespace netsynth
