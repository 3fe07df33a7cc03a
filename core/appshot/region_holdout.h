#pragma once
// Spatial hold-out inside one city: the evaluation protocol for AppShot when
// only one city has traffic (issue 18). The grid is cut into K stripes along
// its longer axis; fold k tests on stripe k, and training (the GAN's losses
// and the baselines' fit) never sees the traffic of stripe k widened by
// `buffer` cells on each side (so that neighbouring cells, which share most
// of a test cell's patch context, do not leak it). Context layers stay
// visible everywhere, as they would be for a city with no traffic data.
//
//   const auto folds = stripeFolds(city, 4, 1);
//   City training = city; training.heldOut = folds[k].heldOut;   // then AppShotTrainer::train
//   nlohmann::json score = scoreHoldoutFold(city, folds[k], generated);   // GAN + ridge + population
//   nlohmann::json summary = summariseHoldout(scores);   // mean, sd, min over folds x seeds
//
// Torch-free (netsynth_base); AppShotHoldoutStudy (appshot_holdout_study.h)
// trains and generates.

#include "core/appshot/city.h"
#include "core/appshot/traffic_maps.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct HoldoutFold
{
    int index = 0;
    std::vector<std::uint8_t> test;    // valid cells of the stripe: what is scored
    std::vector<std::uint8_t> heldOut; // the stripe widened by the buffer: what training must not see
    std::string description;           // "columns 7-13 (buffer 1)"
};

// K stripes (2 <= K <= the axis length) along the longer axis (columns when
// cols >= rows), as equal as the axis allows. Throws InputError when a fold
// would have no valid cell or no cell left to train on.
std::vector<HoldoutFold> stripeFolds(const City &city, int folds, int buffer);

// The GAN's traffic (and, from the baselines.json beside the checkpoint named
// in generated.metadata, the ridge and population baselines) scored on the
// fold's test cells with AppShotMetrics: the metrics JSON of
// AppShotEvaluation::evaluate plus "fold" and "cells".
nlohmann::json scoreHoldoutFold(const City &city, const HoldoutFold &fold, const TrafficMaps &generated);

// The headline metrics of one method in one score (averaged over services):
// pearson_cell_mean, ssim_mean_map, pearson_cell_hourly, jsd_cell_values, emd_relative.
nlohmann::json holdoutHeadline(const nlohmann::json &methodMetrics);

// Over a list of scores (folds x seeds): for "gan", "ridge" and "population",
// each headline metric's mean, sd (sample) and min; and the per-run
// difference GAN - ridge of pearson_cell_mean (mean, min), the bar.
nlohmann::json summariseHoldout(const std::vector<nlohmann::json> &scores);

} // namespace netsynth
