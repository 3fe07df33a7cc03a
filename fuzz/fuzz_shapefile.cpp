// ESRI shapefile city grids (ShapefileGrid, through libshp): the input is
// [shp length, u32 LE][shx length, u32 LE] then the .shp, .shx and .dbf bytes
// (lengths past the end are cut to what is there), written as grid.shp,
// grid.shx and grid.dbf in a private folder.
#include "core/appshot/shapefile_grid.h"
#include "fuzz/fuzz_input.h"

#include <algorithm>

namespace {
std::uint32_t u32(const std::uint8_t *p)
{
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    if (size < 8)
        return 0;
    const std::uint8_t *p = data + 8;
    std::size_t left = size - 8;
    const std::size_t shpLen = std::min<std::size_t>(u32(data), left);
    const std::size_t shxLen = std::min<std::size_t>(u32(data + 4), left - shpLen);
    fuzz::InputFile shp(p, shpLen, "grid.shp");
    fuzz::InputFile shx(p + shpLen, shxLen, "grid.shx");
    fuzz::InputFile dbf(p + shpLen + shxLen, left - shpLen - shxLen, "grid.dbf");
    fuzz::expectClearErrors([&] { ShapefileGrid::read(shp.path()); });
    return 0;
}
