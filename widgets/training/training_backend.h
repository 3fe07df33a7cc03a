#pragma once
// TrainingBackend: the core functions the Training pane runs as jobs. The app
// fills it with trainDiffusion / sampleToFolder / readCheckpointInfo and the
// baseline trainer's trainBaseline / sampleBaselineToFolder /
// readBaselineCheckpointInfo (which live in netsynth_core); tests may pass
// their own. Torch-free. Without the baseline functions the pane offers the
// diffusion model only.

#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/baseline_sampler.h"
#include "core/baselines/baseline_trainer.h"
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/trainer.h"

#include <functional>
#include <memory>
#include <string>

namespace netsynth {

class ProgressToken;

struct TrainingBackend
{
    std::function<TrainResult(const TrainRequest &, ProgressToken &, const TrainCallbacks &,
                              std::shared_ptr<TrainControl>)>
        train;
    std::function<SampleResult(const SampleConfig &, const std::string &outDir, ProgressToken &)> sample;
    std::function<CheckpointInfo(const std::string &fileOrRunDir)> readInfo;
    // Reads an ImageDataset folder (to preview samples); may be empty.
    std::function<ImageDataset(const std::string &folder)> loadImages;

    // The baselines (dg, wgan-gasf, empirical); may be empty.
    std::function<BaselineTrainResult(const BaselineTrainRequest &, ProgressToken &, const BaselineTrainCallbacks &)>
        trainBaseline;
    std::function<BaselineSampleResult(const BaselineSampleConfig &, const std::string &outDir, ProgressToken &)>
        sampleBaseline;
    std::function<BaselineCheckpointInfo(const std::string &fileOrRunDir)> readBaselineInfo;
    // Samples a baseline checkpoint in memory (the live preview of GAN runs); may be empty.
    std::function<ImageDataset(const BaselineSampleConfig &, ProgressToken &)> previewBaseline;

    bool hasBaselines() const { return trainBaseline && sampleBaseline && readBaselineInfo; }
};

} // namespace netsynth
