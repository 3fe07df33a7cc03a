#pragma once
// Trains the AppShot conditional GAN on random patches of the training cities.
// Torch-free header (the GUI includes it).
//
// A run folder holds:
//   checkpoint.pt    generator, both discriminators, both optimizers, step,
//                    loss history and the config (written atomically every
//                    checkpointEvery steps, at the end, and when canceled)
//   baselines.json   ridge and population baselines fitted on the same cities
//   losses.csv       step, loss_g, loss_d_spatial, loss_d_composition, l1
//   run.json         config, cities, timings, final losses
//   samples/step_NNNNNN.npy  periodic generated maps (S, H, W) of the first city
// Training is seeded (module init, patch sampling and noise are functions of
// seed and step), and a run resumes from checkpoint.pt where it stopped.

#include "core/appshot/appshot_config.h"
#include "core/appshot/city.h"

#include <nlohmann/json.hpp>

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct AppShotTrainingProgress
{
    int step = 0, totalSteps = 0;
    double lossGenerator = 0.0, lossSpatial = 0.0, lossComposition = 0.0, lossL1 = 0.0;
    // Periodic sample (hasSample): maps (S, H, W) of the first training city at sampleHour.
    bool hasSample = false;
    std::string sampleCity;
    int sampleHour = 0, rows = 0, cols = 0;
    bool rowZeroNorth = true;
    std::vector<std::string> services;
    std::vector<float> sampleReal, sampleGenerated;
};

struct AppShotTrainingResult
{
    std::string runDir, checkpoint;
    int steps = 0, resumedFrom = 0;
    double seconds = 0.0;
    std::vector<std::array<double, 5>> history; // step, loss_g, loss_d_spatial, loss_d_composition, l1
    nlohmann::json summary;
};

class AppShotTrainer
{
public:
    using Observer = std::function<void(const AppShotTrainingProgress &)>;

    // Fills the data part of the config from the training cities: context layers
    // present in every city, the services (same in every city), per-service
    // scales, provenance. Throws InputError when a city has no traffic or when
    // simulated and non-simulated traffic would be mixed.
    static AppShotConfig prepareConfig(const std::vector<City> &cities, AppShotConfig base);

    // Observer is called from the calling thread about every 5 steps and at each sample.
    static AppShotTrainingResult train(const std::vector<City> &cities, const AppShotConfig &config,
                                       const std::string &runDir, ProgressToken &token, const Observer &observer = {},
                                       bool resume = true);
};

} // namespace netsynth
