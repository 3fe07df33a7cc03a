#pragma once
// The two baselines AppShot is compared with in the same evaluation:
//
//   ridge       per-cell ridge regression from the normalised context vector
//               (K layers + bias) to log1p(traffic / scale_s), one coefficient
//               vector per service, hour of day and day type, fitted on the
//               training cities (cells pooled, each city's target averaged over
//               its steps of that hour and day type).
//   population  population-proportional scaling: traffic = c_s(h, d) x
//               population, with c_s(h, d) = total traffic / total population
//               over the training cities at that hour and day type.
//
// Both are torch-free closed forms; the fitted model is JSON (baselines.json
// in a training run folder) so `appshot generate --baselines` can apply them to
// an unseen city.

#include "core/appshot/city.h"
#include "core/appshot/traffic_maps.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

struct BaselineModel
{
    std::vector<std::string> layerNames;
    std::vector<LayerNormalization> normalizations;
    std::vector<std::string> services;
    std::vector<double> serviceScale;
    double lambda = 1.0;
    // ridge[s][slot][k], slot = hour * 2 + weekend, k = 0..K (K = bias)
    std::vector<std::vector<std::vector<double>>> ridge;
    // perCapita[s][slot]; empty when the training cities have no population layer
    std::vector<std::vector<double>> perCapita;
    std::string trainingProvenance;

    nlohmann::json toJson() const;
    static BaselineModel fromJson(const nlohmann::json &j);
};

class AppShotBaselines
{
public:
    // Mean traffic per valid cell and step of each service (1 when not positive).
    static std::vector<double> serviceScales(const std::vector<const City *> &cities,
                                             const std::vector<std::string> &services);
    static BaselineModel fit(const std::vector<const City *> &cities, const std::vector<std::string> &layerNames,
                             const std::vector<std::string> &services, const std::vector<double> &serviceScale,
                             double lambda = 1.0);
    static TrafficMaps predictRidge(const BaselineModel &model, const City &city, const std::vector<int> &hours);
    static TrafficMaps predictPopulation(const BaselineModel &model, const City &city, const std::vector<int> &hours);

    // Solves (A + lambda I) x = b for a symmetric positive definite A (n x n, row-major), in place.
    static std::vector<double> solveRidge(std::vector<double> A, std::vector<double> b, int n, double lambda);
};

} // namespace netsynth
