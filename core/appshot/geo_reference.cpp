#include "core/appshot/geo_reference.h"

#include <cctype>
#include <cstdlib>
#include <string>

namespace netsynth {

void GeoReference::cellBounds(int row, int col, double &x0, double &y0, double &x1, double &y1) const
{
    x0 = minX + col * cellWidth;
    x1 = x0 + cellWidth;
    if (rowZeroNorth) {
        y1 = maxY - row * cellHeight;
        y0 = y1 - cellHeight;
    } else {
        y0 = minY + row * cellHeight;
        y1 = y0 + cellHeight;
    }
}

namespace {
std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
} // namespace

bool GeoReference::isMetric() const
{
    if (!valid)
        return false;
    const std::string wkt = lower(crs);
    if (wkt.rfind("projcs[", 0) == 0 || wkt.rfind("projcrs[", 0) == 0) {
        // The projected CRS's own unit is its last UNIT (the GEOGCS inside has degrees).
        const std::size_t unit = wkt.rfind("unit[");
        if (unit == std::string::npos)
            return false;
        const std::string name = wkt.substr(unit, 16);
        return name.find("metre") != std::string::npos || name.find("meter") != std::string::npos;
    }
    if (wkt.rfind("epsg:", 0) == 0) {
        const int code = std::atoi(wkt.c_str() + 5);
        return (code >= 32601 && code <= 32660) || (code >= 32701 && code <= 32760) || // WGS 84 / UTM
               (code >= 25828 && code <= 25838) ||                                        // ETRS89 / UTM
               code == 2154 || code == 3035 || code == 3857 || code == 27700;
    }
    return false;
}

std::string GeoReference::crsName() const
{
    for (const char *key : {"PROJCS[\"", "PROJCRS[\"", "GEOGCS[\"", "GEOGCRS[\""}) {
        const std::size_t at = crs.find(key);
        if (at != std::string::npos) {
            const std::size_t begin = at + std::char_traits<char>::length(key);
            const std::size_t end = crs.find('"', begin);
            if (end != std::string::npos)
                return crs.substr(begin, end - begin);
        }
    }
    return crs.size() <= 40 ? crs : crs.substr(0, 37) + "...";
}

nlohmann::json GeoReference::toJson() const
{
    if (!valid)
        return nullptr;
    return {{"crs", crs},
            {"source", source},
            {"bbox", {minX, minY, maxX, maxY}},
            {"cell_width", cellWidth},
            {"cell_height", cellHeight},
            {"row_zero", rowZeroNorth ? "north" : "south"}};
}

} // namespace netsynth
