#pragma once
// The NetMob23 layout, for users who hold that dataset:
//
//   <city>/<any>.geojson                      tiles, property "tile_id"
//   <city>/<Service>/.../<City>_<Service>_<YYYYMMDD>[_DL|_UL].txt
//        one line per tile: tile_id followed by 96 values (15-minute bins),
//        separated by spaces (or commas)
//
// Every service folder becomes a service channel; days are the union of dates
// found, sorted; steps are 15 minutes (T = days x 96). direction "DL" or "UL"
// keeps only files with that suffix (files without a suffix are always kept).
// Tiles absent from the GeoJSON are an InputError naming file and line.

#include "core/appshot/city.h"

#include <string>

namespace netsynth {

class ProgressToken;

class NetMob23Reader
{
public:
    static bool looksLike(const std::string &dir);
    static City read(const std::string &dir, const std::string &direction = "DL", ProgressToken *token = nullptr);
};

} // namespace netsynth
