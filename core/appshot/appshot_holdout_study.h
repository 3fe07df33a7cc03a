#pragma once
// The spatial hold-out study of one city (region_holdout.h): for every fold
// and seed, train AppShot with the fold's stripe held out, generate the whole
// city, score the stripe against the GAN, ridge and population baselines.
// Torch-free header (the GUI includes it).
//
// OUT/holdout.json (rewritten atomically after every run):
//   { "format": "netsynth-appshot-holdout", "version": 1, "city", "city_path",
//     "folds", "buffer", "seeds", "hours_compared", "config": {AppShotConfig},
//     "fold_regions": ["columns 0-6 (buffer 1)", ...],
//     "runs": [ {"fold", "seed", "run_dir", "seconds",
//                "gan": {headline}, "ridge": {headline}, "population": {headline}} ],
//     "summary": summariseHoldout(...) }
// OUT/fold<k>-seed<s>/ is each run's folder (checkpoint.pt, baselines.json,
// losses.csv) with score.json, its full metrics; a run whose score.json
// exists is not redone, and an interrupted training resumes from its
// checkpoint, so the study picks up where it stopped.

#include "core/appshot/appshot_config.h"
#include "core/appshot/city.h"

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

class ProgressToken;

struct AppShotHoldoutOptions
{
    int folds = 4;
    int buffer = 1;
    int seeds = 3;               // seeds config.seed, config.seed + 1, ...
    std::string hours = "0-167"; // hours generated and scored (AppShotGenerator::parseHours)
};

class AppShotHoldoutStudy
{
public:
    // city must have traffic. config: the training settings (steps, patch,
    // ...); its data part is prepared from the city. Throws InputError.
    static nlohmann::json run(const City &city, const AppShotConfig &config, const AppShotHoldoutOptions &options,
                              const std::string &outDir, ProgressToken &token);
};

} // namespace netsynth
