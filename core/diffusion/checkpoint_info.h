#pragma once
// CheckpointInfo: what a diffusion checkpoint holds besides the weights.
// Torch-free header; readCheckpointInfo() is implemented in netsynth_core.
//
// On disk a run folder holds:
//   checkpoint.pt    torch archive: "model", "ema", "optimizer" (nested archives)
//                    and "meta" (this struct as a JSON string). Written atomically.
//   checkpoint.json  the same meta JSON, for people and torch-free tools.
//   config.json      the TrainConfig the run started with.
// meta: {"format": "netsynth-diffusion-checkpoint", "version": 1, "step": N,
//        "config": {TrainConfig}, "classes": [...], "spec": {...},
//        "value_range": [lo, hi], "data_dir": "...", "device": "cpu",
//        "last_loss": x, "loss_history": [[step, loss], ...],
//        "sample_stats": [[[min, max, length], ...] per class],
//        "class_counts": [training images per class]}

#include "core/diffusion/train_config.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct SeriesStats
{
    double min = 0.0;
    double max = 0.0;
    int length = 0;
};

struct CheckpointInfo
{
    std::string path;                 // the checkpoint.pt file
    int step = 0;                     // optimiser steps done
    TrainConfig config;
    std::vector<std::string> classes; // label map: index -> class name
    nlohmann::json spec = nlohmann::json::object(); // the training set's encoder spec
    double valueMin = -1.0;           // pixel range of the training images
    double valueMax = 1.0;
    std::string dataDir;              // the ImageDataset the run trains on
    std::string device;               // device of the last training step
    double lastLoss = 0.0;
    std::vector<std::array<double, 2>> lossHistory; // (step, loss), thinned
    std::vector<std::vector<SeriesStats>> sampleStats; // per class: training series stats (at most 1,000)
    // Training images per class (the class mix); empty in checkpoints written
    // before it was recorded, where sampleStats' sizes stand in.
    std::vector<std::int64_t> classCounts;

    nlohmann::json toJson() const;
    static CheckpointInfo fromJson(const nlohmann::json &json, const std::string &file);
};

// "RUN/" or "RUN/checkpoint.pt" -> "RUN/checkpoint.pt".
std::string checkpointFilePath(const std::string &fileOrRunDir);
// Reads the meta of a checkpoint (file or run folder). Throws InputError.
CheckpointInfo readCheckpointInfo(const std::string &fileOrRunDir);

} // namespace netsynth
