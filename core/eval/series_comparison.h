#pragma once
// SeriesComparison: decoded real and synthetic series of each class, side by
// side, for the workbench's "Real vs synthetic" view and `netsynth-cli
// compare`: a few example series of each side, the two distributions of the
// values and of the series lengths on shared bins (shares, so sets of
// different sizes overlay), and the 1-Wasserstein distance between each pair
// of distributions. Classes are matched by name; a class only one side has
// is listed with the other side empty. Torch-free.
//
//   const SeriesComparison c = SeriesComparison::compute(realSeries, synthSeries);
//   for (const ClassComparison &k : c.classes) plot(k.values.edges, k.values.real, k.values.synthetic);

#include "core/eval/series_set.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace netsynth {

// Two distributions on shared bins: bin i is [edges[i], edges[i+1]) (the
// last bin is closed). `real` and `synthetic` hold the share of each side's
// values per bin (each sums to 1, or is all zero for an empty side).
struct OverlaidHistogram
{
    std::vector<double> edges;
    std::vector<double> real;
    std::vector<double> synthetic;
};

struct ClassComparison
{
    std::string name;
    std::size_t realCount = 0;      // series of this class on each side
    std::size_t syntheticCount = 0;
    std::vector<std::vector<double>> realExamples;      // up to `examples`, spread over the class
    std::vector<std::vector<double>> syntheticExamples;
    OverlaidHistogram values;  // every value of every series
    OverlaidHistogram lengths; // one bin per length
    double valueW1 = 0.0;      // 1-Wasserstein distance (distribution_metrics), in the values' unit; NaN when a side is empty
    double lengthW1 = 0.0;
    double realMeanLength = 0.0;
    double syntheticMeanLength = 0.0;
};

struct SeriesComparisonOptions
{
    int examples = 6;    // example series per side and class
    int valueBins = 40;  // bins of the value histogram
    int maxLengthBins = 64; // lengths above this share the last bins (wider bins)
};

struct SeriesComparison
{
    std::string feature; // the real set's series feature ("signed-size"...)
    std::vector<ClassComparison> classes; // the real set's classes, then any only the synthetic set has

    static SeriesComparison compute(const SeriesSet &real, const SeriesSet &synthetic,
                                    const SeriesComparisonOptions &options = {});
    // Per class: counts, mean lengths, the two distances (what the CLI prints).
    nlohmann::json summaryJson() const;
    const ClassComparison *find(const std::string &name) const;
};

} // namespace netsynth
