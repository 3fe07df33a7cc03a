#pragma once
// Reads an ESRI shapefile grid (.shp + .shx + .dbf, optional .prj/.cpg) with
// libshp into a GridGeometry: polygon cells snapped to a regular grid, numeric
// DBF attributes, the .prj WKT as CRS.

#include "core/appshot/grid_geometry.h"

#include <string>

namespace netsynth {

class ShapefileGrid
{
public:
    // path: the .shp file (or its basename without extension).
    static GridGeometry read(const std::string &path);
};

} // namespace netsynth
