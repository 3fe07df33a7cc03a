#pragma once
// BaselineCheckpointInfo: the run folder of a baseline, read without torch.
//
// A run folder holds:
//   checkpoint.json  this meta (always; for empirical it is the whole model,
//                    for real-resample it points at the real image set)
//   checkpoint.pt    torch archive of the networks and optimisers (dg, wgan-gasf),
//                    written atomically before checkpoint.json
//   config.json      the BaselineConfig the run started with
// meta: {"format": "netsynth-baseline-checkpoint", "version": 1, "kind": "dg",
//        "step": N, "config": {...}, "classes": [...], "spec": {...},
//        "image_size": S, "data_dir": "...", "device": "cpu", "weights": "checkpoint.pt",
//        "last_generator_loss": x, "last_critic_loss": x, "last_wasserstein": x,
//        "loss_history": [[step, generator, critic, wasserstein], ...],
//        "empirical": {EmpiricalSampler JSON} (empirical only)}

#include "core/baselines/baseline_config.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <vector>

namespace netsynth {

struct BaselineCheckpointInfo
{
    std::string path;       // the checkpoint.json file
    std::string weights;    // checkpoint.pt beside it (dg, wgan-gasf), else empty
    BaselineKind kind = BaselineKind::DoppelGanger;
    int step = 0;
    BaselineConfig config;
    std::vector<std::string> classes;
    nlohmann::json spec = nlohmann::json::object();
    int imageSize = 0;
    std::string dataDir;    // the ImageDataset it was trained on (absolute)
    std::string device;
    double lastGeneratorLoss = 0.0;
    double lastCriticLoss = 0.0;
    double lastWasserstein = 0.0;
    std::vector<std::array<double, 4>> lossHistory;
    nlohmann::json empirical;  // the empirical sampler (kind empirical)

    nlohmann::json toJson() const;
    static BaselineCheckpointInfo fromJson(const nlohmann::json &json, const std::string &file);
};

// "RUN/", "RUN/checkpoint.json" or "RUN/checkpoint.pt" -> "RUN/checkpoint.json".
std::string baselineCheckpointJsonPath(const std::string &fileOrRunDir);
// True when the path is (or holds) a baseline checkpoint.json.
bool isBaselineCheckpoint(const std::string &fileOrRunDir);
// Throws InputError naming the file and field.
BaselineCheckpointInfo readBaselineCheckpointInfo(const std::string &fileOrRunDir);
// Atomic write of info.toJson() to info.path.
void writeBaselineCheckpointInfo(const BaselineCheckpointInfo &info);

} // namespace netsynth
