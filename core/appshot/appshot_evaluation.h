#pragma once
// Leave-one-city-out evaluation of generated traffic folders, as a metrics JSON
// the evaluation report embeds, plus a small self-contained HTML summary.
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
//
// Simulated and non-simulated traffic are never compared with each other: a
// model trained on simulated traffic is evaluated against simulated traffic only.

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

class AppShotEvaluation
{
public:
    // generatedDir: traffic folder (traffic.json + traffic.npy) with optional
    // baseline_<name>/ traffic subfolders. realPath: traffic folder or city folder.
    static nlohmann::json evaluateFolders(const std::string &generatedDir, const std::string &realPath);
    // Writes metrics.json and summary.html (atomically) into outDir.
    static void writeReport(const nlohmann::json &metrics, const std::string &outDir);
    static std::string html(const nlohmann::json &metrics);
};

} // namespace netsynth
