#pragma once
// The cities of an AppShot training run, read the one way the CLI
// (`appshot train`, `appshot probe-composition`) and the GUI's AppShot
// training both do: each folder through CityReader and, for a demo run,
// SIMULATED traffic generated for it with seed * 1000 + its index (every city
// differs, the same request repeats). Torch-free.
//
//   TrainingCitiesRequest r;
//   r.dirs = {"../shared/data/cities/aachen"};
//   const std::vector<City> cities = readTrainingCities(r, &token);

#include "core/appshot/city.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct TrainingCitiesRequest
{
    std::vector<std::string> dirs; // city folders (any layout CityReader reads)
    bool demo = false;             // replace each city's traffic by simulated demo traffic
    int demoServices = 4;
    int demoDays = 7;
    std::uint64_t seed = 1;        // the training run's seed
};

// Throws InputError naming the folder that cannot be read, CanceledError when
// `token` is canceled between cities.
std::vector<City> readTrainingCities(const TrainingCitiesRequest &request, ProgressToken *token = nullptr);

} // namespace netsynth
