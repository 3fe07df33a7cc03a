#pragma once
// The end-to-end NetDiffus pipeline in one call, shared by
// `netsynth-cli pipeline` and the GUI's "Run full pipeline":
//
//   inspect  loadDataset(data)                 -> OUT/inspect.json
//   encode   encodeDataset (GASF + gamma)      -> OUT/images/all, split into
//            OUT/images/train and OUT/images/test (stratified, before training)
//   then for every generator of `generators` (the first is the primary):
//   train    on images/train                   -> OUT/run (diffusion), OUT/run-dg, OUT/run-wgan-gasf,
//                                                 OUT/run-empirical (real: nothing to train)
//   sample   the same per-class count          -> OUT/synthetic/<generator>
//   evaluate Evaluator (test = images/test)     -> OUT/eval/<generator>/metrics.json + grids
//   report   the primary's metrics at the top level plus "generators" and the
//            comparison (comparison_report.h)  -> OUT/report/metrics.json, report.html
//            (report.pdf by the caller: needs Qt Gui)
//
// Reuse: OUT/pipeline_state.json records each finished step with the settings
// that decide its output (pipeline_state.h). A re-run on the same OUT with the
// same settings reuses finished steps (encoded images, checkpoints, sampled
// sets, per-generator metrics), resumes an interrupted training from its
// checkpoint, and redoes only what changed or is new (e.g. generators added).
//
// One ProgressToken covers all steps; cancel stops at the next safe point
// (training writes a checkpoint first). Torch-free header.

#include "core/eval/evaluation_config.h"

#include "core/imaging/encode_spec.h"

#include <nlohmann/json.hpp>

#include <optional>
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
    // Series and image encoding; unset = the preset's (first 32 signed sizes,
    // 32x32 GASF, gamma 0.25; netdiffus: 128 and 128x128).
    std::optional<EncodeSpec> spec;
    int maxBiflowsPerClass = 0;     // 0 = the preset's
    int trainSteps = 0;             // 0 = the preset's (its rule when it has trainPasses)
    // The default preset's rule for trainSteps left at 0: about trainPasses
    // passes over the training split (batch 16), between minTrainSteps and
    // maxTrainSteps, so a small set is not trained into copies of itself
    // (docs/results.md, V1 and V2). 0 = no rule.
    double trainPasses = 0.0;
    int minTrainSteps = 0;
    int maxTrainSteps = 0;
    // Share of the stratified training split kept for training, per class
    // (at least 2 biflows of a class): the low-data question, how much does
    // synthetic data add when real data is scarce? The held-out split is the
    // same as with every biflow. 1 = all.
    double trainShare = 1.0;
    int perClass = 0;               // synthetic images per class; 0 = the preset's, scaled (sampleBudget)
    // With perClass left at 0: aim at about this many synthetic images in all,
    // perClass = clamp(sampleBudget / classes, 8, the preset's perClass), so a
    // dataset with hundreds of classes (Alexa: 200) samples and evaluates in
    // minutes, not hours. 0 = always the preset's perClass.
    int sampleBudget = 0;
    int samplingSteps = 0;          // DDIM steps; 0 = the preset's
    double guidance = 0.0;          // classifier-free guidance of diffusion sampling; 0 = the preset's
    double classBalance = -1.0;     // diffusion training's class_balance (TrainConfig); < 0 = the preset's
    std::string lrSchedule;         // diffusion training's lr_schedule ("constant", "cosine"); "" = the preset's
    // Fields merged over the diffusion training configuration after every
    // option above (TrainConfig::withOverrides: {"ema_rate": 0.9995,
    // "model": {"base_channels": 48}}), so a study varies any of them without
    // a flag each; null = none. Part of the training step's key (its config).
    nlohmann::json diffusionOverrides;
    // How synthetic images are shared among classes: "balanced" (perClass
    // each) or "training" (sampleTotal images in the real training split's
    // class proportions, for every generator); "" = the preset's.
    std::string classMix;
    int sampleTotal = 0;            // "training" mix: images in all; 0 = sampleFactor x the real training split
    double sampleFactor = 0.0;      // "training" mix without sampleTotal: synthetic images per real training image; 0 = the preset's
    int minPerClass = 4;            // classes with fewer biflows are dropped
    std::uint64_t seed = 0;
    // Generators to compare (generatorNames()); empty = {"diffusion-ddim"}.
    std::vector<std::string> generators;
    int ddpmSteps = 0;              // DDPM sampling steps (respaced); 0 = the preset's, -1 = every diffusion step
    int baselineSteps = 0;          // training steps of dg and wgan-gasf; 0 = the preset's
    std::string baselinePreset;     // BaselineConfig preset ("cpu-small", "tiny"); "" = the preset's
    bool fresh = false;             // ignore what OUT already holds and redo every step
    // Diffusion training in this many local processes (TrainRequest::
    // localProcesses: this one and processes - 1 workers of workerProgram,
    // netsynth-cli, with threadsPerProcess threads each). Not part of a
    // step's key: it changes where training runs, not what it computes.
    int processes = 1;
    std::string workerProgram;
    int threadsPerProcess = 1;
    bool overrideEval = false;      // use `eval` instead of the preset's evaluation settings
    EvaluationConfig eval;

    // Resolved settings of a preset (the fields above left at 0 take these).
    static PipelineOptions fromPreset(const std::string &name); // throws InputError on unknown names
    // `requested` with what it leaves to its preset filled in and every field
    // validated (InputError naming the option). Two choices wait for the
    // encoded split: autoPerClass and autoTrainSteps say whether they are
    // the preset's (autoPerClass(), autoTrainSteps()).
    static PipelineOptions resolve(const PipelineOptions &requested, bool &autoPerClass, bool &autoTrainSteps);
    static std::vector<std::string> presetNames();
    // Synthetic images per class for a dataset of `classes` classes when the
    // user left perClass at 0: clamp(sampleBudget / classes, 8, perClass) of
    // this (resolved preset) object, or perClass when it has no sampleBudget.
    int autoPerClass(int classes) const;
    // Diffusion training steps for a training split of `images` images when
    // the user left trainSteps at 0: the preset's rule (trainPasses), else
    // its trainSteps.
    int autoTrainSteps(std::size_t images, int batchSize) const;
    // The encoding a preset uses when `spec` is unset.
    static EncodeSpec presetSpec(const std::string &preset);
    // diffusion-ddim, diffusion-ddpm, diffusion-dpm2m, dg, wgan-gasf, empirical, real.
    static std::vector<std::string> generatorNames();
    // A comma list of generator names; aliases: diffusion = diffusion-ddim,
    // real-resample = real, all = every generator. Duplicates are dropped, the
    // order kept. Throws InputError("", "--generators", ...) naming the valid names.
    static std::vector<std::string> parseGenerators(const std::string &list);
};

struct PipelineResult
{
    std::string reportDir;          // OUT/report: metrics.json, grids, report.html
    nlohmann::json metrics;         // metrics.json as written
    nlohmann::json steps;           // per step: seconds, reused or not, key figures
    std::vector<std::string> generators; // as run, primary first
};

PipelineResult runPipeline(const PipelineOptions &options, ProgressToken &token);

} // namespace netsynth
