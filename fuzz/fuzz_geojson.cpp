// GeoJSON city grids (Milan's grid, NetMob23 tiles).
#include "core/appshot/geojson_grid.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    const std::string text(reinterpret_cast<const char *>(data), size);
    fuzz::expectClearErrors([&] { GeoJsonGrid::parse(text, "fuzz.geojson"); });
    return 0;
}
