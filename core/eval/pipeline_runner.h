#pragma once
// The end-to-end NetDiffus pipeline in one call, shared by
// `netsynth-cli pipeline` and the GUI's "Run full pipeline":
//
//   inspect  loadDataset(data)                 -> OUT/inspect.json
//   encode   encodeDataset (GASF + gamma)      -> OUT/images/all, split into
//            OUT/images/train and OUT/images/test (stratified, before training)
//   train    trainDiffusion on images/train     -> OUT/run/checkpoint.pt
//   sample   DDIM, per-class count              -> OUT/synthetic
//   evaluate Evaluator (test = images/test)     -> OUT/report/metrics.json + grids
//   report   report.html (here) and report.pdf (by the caller: needs Qt Gui)
//
// One ProgressToken covers all steps (shares below); cancel stops at the next
// safe point (training writes a checkpoint first). Torch-free header.

#include "core/eval/evaluation_config.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct PipelineOptions
{
    std::string dataPath;
    std::string outDir;
    std::string preset = "default"; // "default" (CPU, under an hour), "quick" (smoke test), "netdiffus" (GPU)
    std::string format;             // loader format ("" = detect)
    int maxBiflowsPerClass = 0;     // 0 = the preset's
    int trainSteps = 0;             // 0 = the preset's
    int perClass = 0;               // synthetic images per class; 0 = the preset's
    int samplingSteps = 0;          // DDIM steps; 0 = the preset's
    int minPerClass = 4;            // classes with fewer biflows are dropped
    std::uint64_t seed = 0;
    bool overrideEval = false;      // use `eval` instead of the preset's evaluation settings
    EvaluationConfig eval;

    // Resolved settings of a preset (the fields above left at 0 take these).
    static PipelineOptions fromPreset(const std::string &name); // throws InputError on unknown names
    static std::vector<std::string> presetNames();
};

struct PipelineResult
{
    std::string reportDir;          // OUT/report: metrics.json, grids, report.html
    nlohmann::json metrics;         // metrics.json as written
    nlohmann::json steps;           // per step: seconds and key figures
};

PipelineResult runPipeline(const PipelineOptions &options, ProgressToken &token);

} // namespace netsynth
