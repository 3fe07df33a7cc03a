#pragma once
// One context layer of a city: a value per grid cell (row-major, rows x cols),
// its kind (which fixes its normalisation, see layer_normalization.h) and where
// it came from.

#include "core/appshot/layer_normalization.h"

#include <string>
#include <vector>

namespace netsynth {

struct ContextLayer
{
    std::string name;   // "population", "landuse_03", "poi_10", "sea", ...
    std::string group;  // "population", "landuse", "poi", "sea", "other"
    LayerKind kind = LayerKind::Continuous;
    LayerNormalization normalization;
    std::vector<double> values; // rows * cols, row-major
    std::string source;         // file it was read from

    double sum() const;
    double minimum() const; // over finite values (0 when none)
    double maximum() const;
    // The normalised layer (same length as values).
    std::vector<float> normalized() const;
};

} // namespace netsynth
