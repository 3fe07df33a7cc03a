#include "core/appshot/geo_reference.h"

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
