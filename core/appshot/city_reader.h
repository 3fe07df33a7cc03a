#pragma once
// Reads a city folder in one of the supported layouts (detected from its
// content):
//
//   cities-npy  population.npy, landuse/landuse_NN.npy, poi/poi_NN.npy, sea.npy
//               (float64/int64, C or Fortran order), grid/*.shp for the
//               geo-reference, optional traffic/traffic_full_grid.npy (T,H,W)
//               and optional traffic.json + traffic.npy (T,S,H,W). The layout of
//               ../shared/data/cities/<city>.
//   milan       milano-grid.geojson (cellId 1..10000) + mini_{train,val,test}.npy
//               (T,100,100) z-scored internet activity, concatenated in that order.
//   netmob23    a *.geojson of tiles + <Service>/.../*_<YYYYMMDD>[_DL|_UL].txt
//               (tile_id + 96 values per 15 min); see NetMob23Reader.
//   csv         a .csv file (or folder with layers.csv): row,col,<layer>,...
//
// Bad input throws InputError naming the file and where.

#include "core/appshot/city.h"

#include <string>

namespace netsynth {

class ProgressToken;

class CityReader
{
public:
    static std::string detectLayout(const std::string &path); // "" when unknown
    static City read(const std::string &path, ProgressToken *token = nullptr);

    static City readCitiesNpy(const std::string &dir);
    static City readMilan(const std::string &dir);
    static City readCsv(const std::string &path);

    // Kind of a layer from its name in the cities-npy layout (README of the data):
    // population -> Population, landuse_NN -> Fraction, poi_01..14 -> Count,
    // poi_15..17 -> Flag, sea -> Mask, anything else -> Continuous.
    static LayerKind kindForName(const std::string &name);
};

} // namespace netsynth
