#pragma once
// Fidelity metrics of generated service-level traffic maps against real ones
// (leave-one-city-out evaluation), per service:
//   emd                 1-D Wasserstein-1 distance between the distributions of
//                       cell values (valid cells x compared steps), in traffic units;
//                       emd_relative divides it by the real mean
//   ssim                structural similarity of each compared map (7x7 uniform
//                       windows, C1 = (0.01 L)^2, C2 = (0.03 L)^2, L = the real
//                       service's value range), averaged over windows and steps
//   ssim_mean_map       SSIM of the per-cell mean maps
//   pearson_cell_mean   Pearson correlation of the per-cell mean maps
//   pearson_cell_hourly mean over the cells of the Pearson correlation of each
//                       cell's real and generated series over the compared
//                       steps (cells whose series are constant are skipped)
//   jsd_cell_values     Jensen-Shannon divergence (bits, 0..1) of the cell-value
//                       distributions (50 bins over the shared range)
//   moran_i_error       |I(real) - I(generated)| of Moran's I (rook contiguity)
//                       of the per-cell mean maps
//   temporal_profile_error  total-variation distance (0..1) between the city
//                       totals per compared step, each normalised to sum 1
// and for all services together:
//   cross_service_correlation_error  mean |C_real - C_gen| over the off-diagonal
//                       entries of the services' Pearson correlation matrices
//                       (over valid cells x steps); null with one service.
// SSIM windows cover the bounding box of the mask's cells (the whole grid
// without a mask); cells of the box outside the mask count as 0 in both maps.
// Steps are matched by their hour index (TrafficMaps::hours); services by name
// (or by position when the names differ but the counts agree).

#include "core/appshot/traffic_maps.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace netsynth {

struct ServiceMetrics
{
    std::string service;
    double emd = 0.0, emdRelative = 0.0, ssim = 0.0, pearsonCellMean = 0.0;
    double ssimMeanMap = 0.0, pearsonCellHourly = 0.0, jsdCellValues = 0.0;
    double moranReal = 0.0, moranGenerated = 0.0, moranError = 0.0;
    double temporalProfileError = 0.0;
    double meanReal = 0.0, meanGenerated = 0.0;
    nlohmann::json toJson() const;
};

struct TrafficEvaluation
{
    std::string method;                 // "appshot-gan", "ridge", "population", ...
    std::vector<ServiceMetrics> services;
    std::optional<double> crossServiceCorrelationError;
    std::vector<std::vector<double>> correlationReal, correlationGenerated;
    std::vector<int> hours;             // compared hour indices
    nlohmann::json toJson() const;
};

class AppShotMetrics
{
public:
    static double emd(std::vector<double> a, std::vector<double> b);
    static double ssim(const float *a, const float *b, int rows, int cols, double range, int window = 7);
    static double pearson(const std::vector<double> &a, const std::vector<double> &b);
    // Rook-contiguity Moran's I over the cells with mask != 0 (mask may be empty = all).
    static double moransI(const std::vector<double> &map, int rows, int cols, const std::vector<std::uint8_t> &mask);

    // mask: valid cells (empty = all). Throws InputError when the grids differ or
    // no step/service can be matched.
    static TrafficEvaluation evaluate(const TrafficMaps &real, const TrafficMaps &generated,
                                      const std::vector<std::uint8_t> &mask, const std::string &method);
};

} // namespace netsynth
