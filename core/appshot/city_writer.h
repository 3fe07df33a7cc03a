#pragma once
// Writes a city as a `.npy` city folder that CityReader reads back
// (population.npy, landuse/landuse_NN.npy, poi/poi_NN.npy, sea.npy, other
// layers as <name>.npy, and traffic.npy + traffic.json when the city has
// traffic), and crops a city to a block of cells. Used to hold out a region
// of a city (e.g. the east half of Aachen) when only one city has traffic.
//
// The folder has no grid shapefile, so CityReader takes row 0 as the north
// edge: a city stored south-first is written with its rows flipped (layers,
// mask and traffic alike), so maps still draw north up.

#include "core/appshot/city.h"

#include <string>

namespace netsynth {

class CityWriter
{
public:
    // Cells [row0, row0 + rows) x [col0, col0 + cols) in stored row order.
    // Throws InputError when the block is empty or outside the grid.
    static City crop(const City &city, int row0, int col0, int rows, int cols, const std::string &name);
    // Throws InputError when the folder cannot be written.
    static void writeNpyFolder(const City &city, const std::string &dir);
};

} // namespace netsynth
