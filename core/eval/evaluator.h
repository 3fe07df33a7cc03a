#pragma once
// Evaluator: everything the report shows, computed from EvaluationInputs.
//
//   EvaluationInputs in = loadEvaluationInputs(real, synth, test, 0.25, 42, token);
//   nlohmann::json metrics = Evaluator::run(in, config, token);
//   Evaluator::writeOutputs(metrics, in, outDir);   // metrics.json + sample grids
//
// Steps (progress share in brackets):
//  1. TSTR with the light series classifier, `seeds` seeds     [5%]
//  2. early classification: the same on the first N values     [10%]
//  3. TSTR with the GASF CNN, `cnnSeeds` seeds (real->real seed 0 is the FID encoder) [70%]
//  4. FID (+ real-vs-real floor, per class), k-NN precision/recall, memorisation [10%]
//  5. series-level fidelity per class and overall               [5%]
//
// metrics.json keys: see docs/evaluation.md. Header is torch-free.

#include "core/eval/evaluation_config.h"
#include "core/eval/evaluation_inputs.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace netsynth {

class ProgressToken;

// What every evaluation against the same real training and test split shares:
// the CNN's real->real runs (one per CNN seed) and the FID encoder (the seed-0
// real->real CNN) with its features of the real images. Passing one reference
// to several Evaluator::run calls whose inputs have the same real sets and
// whose config is the same (the pipeline's generator comparison) trains the
// real side once, and measures every generator's FID in the same feature
// space. The numbers are those of separate runs (same seeds). A reference
// used with other real sets or settings is cleared and refilled.
class EvaluationReference
{
public:
    EvaluationReference();
    ~EvaluationReference();
    EvaluationReference(const EvaluationReference &) = delete;
    EvaluationReference &operator=(const EvaluationReference &) = delete;
    // Number of real->real CNN runs held.
    int cachedRuns() const;

private:
    friend class Evaluator;
    friend class EvaluationRun; // evaluator.cpp: one evaluation's steps
    struct Impl;
    std::unique_ptr<Impl> d;
};

class Evaluator
{
public:
    static nlohmann::json run(const EvaluationInputs &inputs, const EvaluationConfig &config, ProgressToken &token,
                              EvaluationReference *reference = nullptr);
    // Writes metrics.json and the sample grids (samples_real.png,
    // samples_synthetic.png) into outDir (created); adds "sample_grids" to
    // metrics. Returns metrics.json's path.
    static std::string writeOutputs(nlohmann::json &metrics, const EvaluationInputs &inputs,
                                    const std::string &outDir);
};

} // namespace netsynth
