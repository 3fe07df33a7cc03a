#pragma once
// Settings of one evaluation run (fidelity + TSTR + early classification).
// Stored in metrics.json under "config" so a report says how it was made.

#include "core/eval/gasf_classifier.h"
#include "core/eval/series_classifier.h"
#include "core/eval/tree_classifier.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace netsynth {

struct EvaluationConfig
{
    int seeds = 3;                 // classifier seeds per TSTR scenario (mean and std over them)
    int cnnSeeds = 2;              // seeds of the (slower) CNN; at most `seeds`
    double testFraction = 0.25;    // real split held out when no test set is given
    std::uint64_t splitSeed = 42;  // stratified split of the real set
    bool useCnn = true;            // train the GASF CNN (TSTR + the FID encoder)
    GasfClassifierOptions cnn;     // epochs, batch, learning rate (seed set per run)
    int maxTrainPerClass = 250;    // images per class in each CNN training set (drawn per seed)
    SeriesClassifierOptions series;
    bool useTrees = true;          // the headline judge: boosted trees on every real training series
    TreeClassifierOptions trees;   // rounds, depth, learning rate (seed set per run)
    std::vector<int> earlyPrefixes{5, 10, 20, 32};
    int knnK = 3;                       // k of the k-NN manifold precision/recall
    std::size_t maxManifoldSamples = 1500; // per set, for k-NN and memorisation (subsampled)
    int minPerClassForFid = 10;         // per-class FID only with at least this many images on each side

    nlohmann::json toJson() const;
    // Reads the keys toJson() writes; unknown keys are an InputError naming `file`.
    static EvaluationConfig fromJson(const nlohmann::json &json, const std::string &file = std::string());
};

} // namespace netsynth
