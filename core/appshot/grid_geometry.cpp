#include "core/appshot/grid_geometry.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {
double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}
} // namespace

int GridGeometry::attributeIndex(const std::string &name) const
{
    for (std::size_t i = 0; i < attributeNames.size(); ++i)
        if (attributeNames[i] == name)
            return static_cast<int>(i);
    return -1;
}

void GridGeometry::snapToGrid(const std::vector<double> &x0, const std::vector<double> &y0,
                              const std::vector<double> &x1, const std::vector<double> &y1, const std::string &file)
{
    const std::size_t n = x0.size();
    if (n == 0)
        throw InputError(file, {}, "the grid has no cells");
    std::vector<double> widths(n), heights(n);
    double minX = x0[0], minY = y0[0], maxX = x1[0], maxY = y1[0];
    for (std::size_t i = 0; i < n; ++i) {
        widths[i] = x1[i] - x0[i];
        heights[i] = y1[i] - y0[i];
        minX = std::min(minX, x0[i]);
        minY = std::min(minY, y0[i]);
        maxX = std::max(maxX, x1[i]);
        maxY = std::max(maxY, y1[i]);
    }
    const double w = median(widths), h = median(heights);
    if (!(w > 0.0) || !(h > 0.0))
        throw InputError(file, "record 1", "grid cells have zero width or height");
    if (!std::isfinite(minX) || !std::isfinite(minY) || !std::isfinite(maxX) || !std::isfinite(maxY))
        throw InputError(file, {}, "grid coordinates are not finite numbers");
    // A few cells far apart span a grid too large to hold (a hostile or broken
    // file): refused before anything of that size is allocated.
    constexpr double kMaxCells = 16.0 * 1024 * 1024;
    const double spanCols = std::max(1.0, std::round((maxX - minX) / w)),
                 spanRows = std::max(1.0, std::round((maxY - minY) / h));
    if (!(spanCols * spanRows <= kMaxCells))
        throw InputError(file, {}, "the cells span a grid of " + std::to_string(static_cast<long long>(std::min(spanRows, 1e15))) +
                                       " x " + std::to_string(static_cast<long long>(std::min(spanCols, 1e15))) +
                                       " cells, more than 16,777,216 (cells far apart or of very different sizes?)");
    cols = std::max(1, static_cast<int>(std::lround((maxX - minX) / w)));
    rows = std::max(1, static_cast<int>(std::lround((maxY - minY) / h)));
    geo.valid = true;
    geo.minX = minX;
    geo.minY = minY;
    geo.maxX = maxX;
    geo.maxY = maxY;
    geo.cellWidth = (maxX - minX) / cols;
    geo.cellHeight = (maxY - minY) / rows;
    geo.rowZeroNorth = true;
    cellOfRecord.assign(n, -1);
    std::vector<int> owner(static_cast<std::size_t>(rows) * cols, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const double cx = 0.5 * (x0[i] + x1[i]), cy = 0.5 * (y0[i] + y1[i]);
        const double fc = (cx - minX) / geo.cellWidth - 0.5, fr = (maxY - cy) / geo.cellHeight - 0.5;
        const long c = std::lround(fc), r = std::lround(fr);
        if (std::abs(fc - c) > 0.45 || std::abs(fr - r) > 0.45 || c < 0 || r < 0 || c >= cols || r >= rows)
            throw InputError(file, "record " + std::to_string(i + 1), "polygon is not on a regular grid");
        const int cell = static_cast<int>(r * cols + c);
        if (owner[cell] >= 0)
            throw InputError(file, "record " + std::to_string(i + 1),
                             "polygon overlaps record " + std::to_string(owner[cell] + 1) + " (not a regular grid)");
        owner[cell] = static_cast<int>(i);
        cellOfRecord[i] = cell;
    }
}

bool GridGeometry::recordOrderIsRowMajor(bool &rowZeroNorth) const
{
    if (recordCount() != static_cast<std::size_t>(rows) * cols)
        return false;
    bool north = true, south = true;
    for (std::size_t i = 0; i < recordCount(); ++i) {
        const int r = static_cast<int>(i) / cols, c = static_cast<int>(i) % cols;
        north = north && cellOfRecord[i] == static_cast<int>(i);
        south = south && cellOfRecord[i] == (rows - 1 - r) * cols + c;
    }
    rowZeroNorth = north;
    return north || south;
}

} // namespace netsynth
