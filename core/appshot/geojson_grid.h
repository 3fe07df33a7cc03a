#pragma once
// Reads a GeoJSON FeatureCollection of grid polygons (Polygon or MultiPolygon)
// into a GridGeometry: snapped to a regular grid, numeric properties as
// attributes, the id from the first present of idProperty, "cellId",
// "tile_id", "cell_id", "id" or the feature's "id".

#include "core/appshot/grid_geometry.h"

#include <string>

namespace netsynth {

class GeoJsonGrid
{
public:
    static GridGeometry read(const std::string &path, const std::string &idProperty = std::string());
    static GridGeometry parse(const std::string &text, const std::string &name,
                              const std::string &idProperty = std::string());
};

} // namespace netsynth
