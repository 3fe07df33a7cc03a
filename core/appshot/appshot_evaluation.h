#pragma once
// Leave-one-city-out evaluation of generated traffic against real traffic, as
// a metrics JSON that the evaluation report (report.html, report.pdf, the
// Reports pane) renders; see AppShotReport for the report folder.
//
// metrics.json:
//   { "format": "netsynth-appshot-metrics", "version": 1,
//     "city", "generated", "real", "real_provenance", "simulated", "hours_compared",
//     "method": "appshot-gan",
//     "services": [ {"service", "emd", "emd_relative", "ssim", "pearson_cell_mean",
//                    "moran_i_real", "moran_i_generated", "moran_i_error",
//                    "temporal_profile_error", "mean_real", "mean_generated"}, ... ],
//     "cross_service_correlation_error": x | null,
//     "correlation_real": [[...]], "correlation_generated": [[...]],
//     "per_service": { "<service>": {"emd", "ssim", "pearson_cell_mean"} },
//     "baselines": { "ridge": {same fields as the top level method}, "population": {...} } }
// AppShotReport adds "setup", "charts" and "images" when it writes a report folder.
//
// Simulated and non-simulated traffic are never compared with each other: a
// model trained on simulated traffic is evaluated against simulated traffic only.

#include "core/appshot/city.h"
#include "core/appshot/traffic_maps.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace netsynth {

// Everything one evaluation compares, already in memory (the GUI builds it
// from the map pane's traffic; the CLI from folders).
struct AppShotEvaluationInputs
{
    std::string city;            // the held-out city
    std::string generatedSource; // folder (or a description of in-memory traffic)
    std::string realSource;
    TrafficMaps real;
    TrafficMaps generated;
    std::vector<std::pair<std::string, TrafficMaps>> baselines; // "ridge", "population"
    std::vector<std::uint8_t> mask; // valid cells used by the metrics (empty = all)
    // Display only (report maps): validity and orientation of the city's grid.
    std::vector<std::uint8_t> displayMask;
    bool rowZeroNorth = true;
};

class AppShotEvaluation
{
public:
    // generatedDir: traffic folder (traffic.json + traffic.npy) with optional
    // baseline_<name>/ traffic subfolders. realPath: traffic folder or city folder.
    static AppShotEvaluationInputs loadFolders(const std::string &generatedDir, const std::string &realPath);
    // In-memory inputs for a city and its real traffic; with baselines.json beside
    // the generated traffic's checkpoint, the ridge and population baselines are
    // predicted for the generated hours.
    static AppShotEvaluationInputs fromCity(const City &city, const TrafficMaps &real, const TrafficMaps &generated,
                                            const std::string &generatedSource);
    static nlohmann::json evaluate(const AppShotEvaluationInputs &inputs);
    static nlohmann::json evaluateFolders(const std::string &generatedDir, const std::string &realPath)
    {
        return evaluate(loadFolders(generatedDir, realPath));
    }
};

} // namespace netsynth
