// PipelineOptions: presets and generator names (torch-free part of pipeline_runner.h).
#include "core/eval/pipeline_runner.h"

#include "core/diffusion/train_config.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace netsynth {

PipelineOptions PipelineOptions::fromPreset(const std::string &name)
{
    PipelineOptions o;
    o.preset = name;
    if (name == "default") {
        // CPU, 2 cores: the diffusion pipeline within an hour on all of
        // MIRAGE-AppxAct (the recipe of docs/results.md, "Quality study"):
        // every biflow, 16x16 images with quantile normalisation and marked
        // padding (presetSpec), 60,000 training steps, DPM-Solver++(2M) with
        // 10 steps (faster and better than DDIM-25: the time goes to
        // training), a synthetic set twice the real training split with its
        // class mix, no classifier-free guidance (after 60,000 steps guidance
        // only hurts and costs a second model pass: S3 in docs/results.md).
        o.maxBiflowsPerClass = 0; // every biflow
        // About 100 passes over the training split: 60,000 steps (the cap)
        // on AppxAct's 9,779 training biflows; 3,000 (the floor) on the
        // video traces' 477, where 60,000 steps copied the training set (V1).
        o.trainSteps = 0;
        o.trainPasses = 100.0;
        o.minTrainSteps = 3000;
        o.maxTrainSteps = 60000;
        o.generators = {"diffusion-dpm2m"};
        o.perClass = 64;          // only with --class-mix balanced
        o.sampleBudget = 1024;    // balanced: 14 classes 64 each; 200 classes 8 each
        o.samplingSteps = 10;     // DPM-Solver++(2M); DDIM (diffusion-ddim) gets the same count
        o.ddpmSteps = 100;        // respaced DDPM (all 1000 would take 40x the time)
        o.baselineSteps = 1000;
        o.baselinePreset = "cpu-small";
        o.eval.seeds = 3;
        o.eval.cnnSeeds = 1;
        o.eval.cnn.epochs = 6;
        o.eval.maxTrainPerClass = 120;
        o.guidance = 1.0;
        o.classMix = "training";
        o.sampleFactor = 2.0;     // twice as many synthetic images as real training images
    } else if (name == "quick") {
        // Smoke test of the chain (tests, demos): minutes at most, numbers meaningless.
        o.maxBiflowsPerClass = 24;
        o.trainSteps = 20;
        o.perClass = 6;
        o.samplingSteps = 4;
        o.ddpmSteps = 8;
        o.baselineSteps = 20;
        o.baselinePreset = "tiny";
        o.eval.seeds = 2;
        o.eval.cnnSeeds = 1;
        o.eval.cnn.epochs = 2;
        o.eval.maxTrainPerClass = 24;
    } else if (name == "netdiffus") {
        // The NetDiffus paper set-up, for GPU hosts (128x128, the diffusion "netdiffus" preset).
        o.maxBiflowsPerClass = 0;
        o.trainSteps = 0; // the diffusion preset's
        o.perClass = 500;
        o.samplingSteps = 100;
        o.ddpmSteps = -1;         // every diffusion step, as in the paper
        o.baselineSteps = 0;      // the baselines' cpu-small preset (2,000 steps)
        o.baselinePreset = "cpu-small";
        o.eval.seeds = 5;
        o.eval.cnnSeeds = 5;
        o.eval.cnn.epochs = 20;
        o.eval.maxTrainPerClass = 2000;
    } else {
        throw InputError("", "preset", "unknown pipeline preset '" + name + "' (default, quick, netdiffus)");
    }
    return o;
}

// Resolves what the user left to the preset (fields at 0 or empty) and
// validates the rest. Two choices wait for the encoded split's size: the
// synthetic count per class (autoPerClass) and the diffusion steps
// (autoTrainSteps); runPipeline makes them after encoding.
PipelineOptions PipelineOptions::resolve(const PipelineOptions &requested, bool &autoPerClass, bool &autoTrainSteps)
{
    const PipelineOptions base = fromPreset(requested.preset);
    PipelineOptions o = requested;
    if (o.maxBiflowsPerClass <= 0) o.maxBiflowsPerClass = base.maxBiflowsPerClass;
    autoTrainSteps = o.trainSteps <= 0 && base.trainPasses > 0.0;
    if (o.trainSteps <= 0) o.trainSteps = base.trainSteps;
    if (!(o.trainShare > 0.0 && o.trainShare <= 1.0))
        throw InputError("", "--train-share", "must lie in (0, 1]");
    autoPerClass = o.perClass <= 0 && base.sampleBudget > 0;
    if (o.perClass <= 0) o.perClass = base.perClass;
    if (o.samplingSteps <= 0) o.samplingSteps = base.samplingSteps;
    if (o.guidance <= 0.0) o.guidance = base.guidance > 0.0 ? base.guidance : 1.0;
    if (o.classBalance < 0.0) o.classBalance = base.classBalance >= 0.0 ? base.classBalance : 1.0;
    if (o.classBalance > 1.0)
        throw InputError("", "--class-balance", "must lie in [0, 1]");
    if (!o.lrSchedule.empty() && o.lrSchedule != "constant" && o.lrSchedule != "cosine")
        throw InputError("", "--lr-schedule", "unknown schedule '" + o.lrSchedule + "' (constant, cosine)");
    if (!o.diffusionOverrides.is_null()) // fails here, naming the field, not after encoding
        (void)TrainConfig::fromPreset(o.preset == "netdiffus" ? "netdiffus" : "cpu-small")
            .withOverrides(o.diffusionOverrides, "--diffusion-config");
    if (o.classMix.empty()) o.classMix = base.classMix.empty() ? "balanced" : base.classMix;
    if (o.classMix != "balanced" && o.classMix != "training")
        throw InputError("", "--class-mix", "unknown class mix '" + o.classMix + "' (balanced, training)");
    if (o.sampleTotal < 0)
        throw InputError("", "--sample-total", "must not be negative");
    if (o.sampleFactor <= 0.0) o.sampleFactor = base.sampleFactor > 0.0 ? base.sampleFactor : 1.0;
    if (!(o.sampleFactor <= 100.0))
        throw InputError("", "--sample-factor", "must lie in (0, 100]");
    if (o.ddpmSteps == 0) o.ddpmSteps = base.ddpmSteps;
    if (o.baselineSteps <= 0) o.baselineSteps = base.baselineSteps;
    if (o.baselinePreset.empty()) o.baselinePreset = base.baselinePreset;
    if (!o.overrideEval) o.eval = base.eval;
    if (o.generators.empty())
        o.generators = base.generators.empty() ? std::vector<std::string>{"diffusion-ddim"} : base.generators;
    std::string list;
    for (const auto &g : o.generators) list += (list.empty() ? "" : ",") + g;
    o.generators = parseGenerators(list); // validates and drops duplicates
    if (o.dataPath.empty() || o.outDir.empty())
        throw InputError("", "options", "the pipeline needs a dataset path and an output folder");
    return o;
}

int PipelineOptions::autoTrainSteps(std::size_t images, int batchSize) const
{
    if (trainPasses <= 0.0 || batchSize < 1)
        return trainSteps;
    const double steps = std::ceil(trainPasses * static_cast<double>(images) / batchSize);
    return static_cast<int>(std::clamp(steps, static_cast<double>(minTrainSteps), static_cast<double>(maxTrainSteps)));
}

EncodeSpec PipelineOptions::presetSpec(const std::string &preset)
{
    EncodeSpec spec; // signed sizes, first 32 packets, 32x32 GASF, gamma 0.25
    if (preset == "default") {
        // Scale, direction and length come out of the model: dataset-level
        // normalisation (not a random real series' min/max), by quantiles so
        // that frequent sizes come back exact; the length marked in the image;
        // 16 packets cover MIRAGE's first 10 with little padding; generated
        // images are read by least squares over every pixel, and each decoded
        // size moves to the nearest one its class carries at that position
        // in the training split (at least 3 times).
        spec.length = 16;
        spec.imageSize = 16;
        spec.normalisation = Normalisation::Quantile;
        spec.padding = PaddingPolicy::MarkLength;
        spec.inversion = GasfInversion::LeastSquares;
        spec.snap = ValueSnap::ClassPosition;
    } else if (preset == "netdiffus") {
        spec.length = 128;
        spec.imageSize = 128;
    }
    return spec;
}

int PipelineOptions::autoPerClass(int classes) const
{
    if (sampleBudget <= 0 || classes <= 0) return perClass;
    return std::clamp(sampleBudget / classes, std::min(8, perClass), perClass);
}

std::vector<std::string> PipelineOptions::presetNames()
{
    return {"default", "quick", "netdiffus"};
}

std::vector<std::string> PipelineOptions::generatorNames()
{
    return {"diffusion-ddim", "diffusion-ddpm", "diffusion-dpm2m", "dg", "wgan-gasf", "empirical", "real"};
}

std::vector<std::string> PipelineOptions::parseGenerators(const std::string &list)
{
    const std::vector<std::string> names = generatorNames();
    std::vector<std::string> out;
    auto add = [&](const std::string &g) {
        if (std::find(out.begin(), out.end(), g) == out.end())
            out.push_back(g);
    };
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ',')) {
        item.erase(0, item.find_first_not_of(" \t"));
        item.erase(item.find_last_not_of(" \t") + 1);
        if (item.empty())
            continue;
        if (item == "all") {
            for (const auto &g : names) add(g);
        } else if (item == "diffusion") {
            add("diffusion-ddim");
        } else if (item == "real-resample") {
            add("real");
        } else if (std::find(names.begin(), names.end(), item) != names.end()) {
            add(item);
        } else {
            std::string valid;
            for (const auto &g : names) valid += (valid.empty() ? "" : ", ") + g;
            throw InputError("", "--generators",
                             "unknown generator '" + item + "' (valid: " + valid + "; aliases: diffusion, real-resample, all)");
        }
    }
    if (out.empty())
        throw InputError("", "--generators", "no generator given");
    return out;
}

} // namespace netsynth
