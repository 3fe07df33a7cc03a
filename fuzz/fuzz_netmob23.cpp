// The NetMob23 layout (NetMob23Reader): the input is the tiles GeoJSON, a
// zero byte, then one service's day file (tile_id and 96 values a line);
// after a second zero byte, the day file of a second day. Written as
// tiles.geojson and Svc/City_Svc_2023030{1,2}_DL.txt in a private folder.
#include "core/appshot/netmob23_reader.h"
#include "fuzz/fuzz_input.h"

#include <sys/stat.h>

#include <algorithm>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    const std::uint8_t *end = data + size;
    const std::uint8_t *zero = std::find(data, end, 0);
    if (zero == end)
        return 0;
    const std::uint8_t *day1 = zero + 1;
    const std::uint8_t *zero2 = std::find(day1, end, 0);
    fuzz::InputFile tiles(data, static_cast<std::size_t>(zero - data), "tiles.geojson");
    const std::string service = tiles.dir() + "/Svc";
    ::mkdir(service.c_str(), 0700);
    fuzz::InputFile first(day1, static_cast<std::size_t>(zero2 - day1), "Svc/City_Svc_20230301_DL.txt");
    const std::uint8_t *day2 = zero2 == end ? end : zero2 + 1;
    fuzz::InputFile second(day2, static_cast<std::size_t>(end - day2), "Svc/City_Svc_20230302_DL.txt");
    fuzz::expectClearErrors([&] { NetMob23Reader::read(tiles.dir(), "DL"); });
    return 0;
}
