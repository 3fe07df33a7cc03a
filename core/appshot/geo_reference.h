#pragma once
// Geo-reference of a regular city grid: its bounding box in a coordinate
// reference system, the cell size, and which edge row 0 is on.
//
// The German city .npy grids store row 0 at the SOUTH edge (their shapefile's
// record order runs west->east, then south->north); the Milan arrays store row
// 0 at the NORTH edge. Map views draw north up, so they flip rows when
// rowZeroNorth is false.

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

struct GeoReference
{
    bool valid = false;
    std::string crs;     // WKT (.prj), "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:2154", ...
    std::string source;  // file the geo-reference came from
    double minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0; // grid bounding box
    double cellWidth = 0.0, cellHeight = 0.0;
    bool rowZeroNorth = true;

    // Bounds of cell (row, col) in CRS units.
    void cellBounds(int row, int col, double &x0, double &y0, double &x1, double &y1) const;
    // True when the CRS's unit is the metre (a projected CRS such as UTM or
    // Lambert-93): distances on the grid can then be shown in metres.
    bool isMetric() const;
    // A short name of the CRS for a status line: the WKT's PROJCS/GEOGCS
    // name ("WGS_1984_UTM_Zone_32N"), else the CRS string itself ("EPSG:2154").
    std::string crsName() const;
    nlohmann::json toJson() const;
};

} // namespace netsynth
