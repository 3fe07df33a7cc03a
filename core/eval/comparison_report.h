#pragma once
// ComparisonReport: the metrics.json of a run that evaluated several
// generators against the same real split (the pipeline with --generators).
// Torch-free.
//
//   metrics = ComparisonReport::combine({{"diffusion-ddim", m1}, {"dg", m2}, ...});
//
// The result is the first (primary) generator's metrics object, unchanged at
// the top level so every reader of a single-generator report keeps working,
// plus:
//   "generators"       {name: that generator's metrics (same keys as the top level)}
//   "generator_order"  [names in the order requested]
//   "comparison"       (two generators or more) GeneratorComparison::table() of all generators, with the
//                      real test split as a reference row "real test (floor)"
//                      (FID and series fidelity of real train vs real test)
//   "charts"           the primary's charts plus the overlays "compare_*":
//                      packet-size (or the encoded quantity's) CDF, biflow length
//                      distribution and autocorrelation of every generator vs
//                      real, TSTR accuracy and early synthetic->real accuracy per generator.

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace netsynth {

class ComparisonReport
{
public:
    using Entry = std::pair<std::string, nlohmann::json>;

    static nlohmann::json combine(const std::vector<Entry> &generators);
    // The overlay charts alone (ids compare_series_cdf, compare_length,
    // compare_acf, compare_tstr, compare_early); a chart is left out when no
    // generator has its data.
    static std::vector<nlohmann::json> overlayCharts(const std::vector<Entry> &generators);
    // The name of the reference row added to the comparison table.
    static std::string floorRowName() { return "real test (floor)"; }
};

} // namespace netsynth
