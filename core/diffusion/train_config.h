#pragma once
// TrainConfig: everything that defines a diffusion training run, JSON
// round-trip and the presets. Torch-free (widgets and the CLI include it).
//
// Presets:
//   "cpu-small"  32x32, 32 channels x (1,2,2), 1 residual block, attention at 8,
//                cosine schedule, 1000 steps, L_simple, lr 2e-4, batch 16. Trains
//                to recognisable GASF samples in minutes on 2 CPU cores.
//   "netdiffus"  the NetDiffus paper set-up for GPU hosts: 128x128, 128 channels
//                x (1,1,2,3,4), 3 residual blocks, attention at 16 and 8, cosine,
//                1000 steps, learned variance (hybrid loss), lr 1e-4, batch 4.
//
// JSON (every field optional when read; unknown fields are an error):
//   {"preset": "cpu-small", "model": {UNetConfig}, "schedule": "cosine",
//    "diffusion_steps": 1000, "loss": "simple"|"hybrid", "lr": 2e-4,
//    "weight_decay": 0, "warmup_steps": 100, "lr_schedule": "constant"|"cosine",
//    "batch_size": 16, "steps": 3000,
//    "ema_rate": 0.999, "grad_clip": 1.0, "label_dropout": 0.1, "class_balance": 1, "seed": 0,
//    "checkpoint_every": 500, "preview_every": 200, "preview_per_class": 4,
//    "preview_sampling_steps": 20, "bf16": true, "log_every": 10}

#include "core/diffusion/noise_schedule.h"
#include "core/diffusion/unet_config.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct TrainConfig
{
    std::string preset = "cpu-small";
    UNetConfig model;
    NoiseScheduleKind schedule = NoiseScheduleKind::Cosine;
    int diffusionSteps = 1000;
    bool hybridLoss = false;        // L_simple + lambda * L_vlb (needs model.learnSigma)
    double lr = 2e-4;
    double weightDecay = 0.0;       // AdamW decoupled weight decay
    int warmupSteps = 100;          // linear lr warm-up
    // After the warm-up: "constant" keeps lr; "cosine" lowers it along half a
    // cosine to zero at the last step (the EMA then averages small steps).
    std::string lrSchedule = "constant";
    int batchSize = 16;
    int steps = 3000;               // total optimiser steps of the run
    double emaRate = 0.999;         // EMA decay (with the (1+n)/(10+n) warm-up)
    double gradClip = 1.0;          // max global grad norm; <= 0 disables
    double labelDropout = 0.1;      // probability of the "no label" token (classifier-free guidance)
    // How often each class is drawn for a batch: a class of n images is drawn
    // in proportion to n^class_balance. 1: every image as often (an epoch
    // permutation, the classes' own shares); 0: every class as often (small
    // classes repeated); 0.5 in between. In [0, 1].
    double classBalance = 1.0;
    std::uint64_t seed = 0;
    int checkpointEvery = 500;      // steps between checkpoints; <= 0 only at the end
    int previewEvery = 200;         // steps between sample grids; <= 0 disables
    int previewPerClass = 4;
    int previewSamplingSteps = 20;  // DDIM steps of the preview grid
    bool bf16 = true;               // bf16 autocast, used on CUDA only
    int logEvery = 1;               // steps between step callbacks

    // The learning rate of optimiser step `step` (0-based): the linear
    // warm-up, then lrSchedule.
    double learningRateAt(int step) const;

    nlohmann::json toJson() const;
    static TrainConfig fromJson(const nlohmann::json &json, const std::string &file = {});
    static TrainConfig fromFile(const std::string &path); // throws InputError
    static TrainConfig fromPreset(const std::string &name); // throws InputError on unknown names
    // This configuration with `patch` merged over its JSON (RFC 7386: an
    // object's fields replace these, nested objects merge, null removes a
    // field back to its default), read and validated again. `where` names the
    // patch in errors ("--diffusion-config"). Throws InputError: a patch that
    // is not an object, an unknown field, a value of the wrong type or range.
    //   c.withOverrides({{"ema_rate", 0.9995}, {"model", {{"base_channels", 48}}}}, "--diffusion-config")
    TrainConfig withOverrides(const nlohmann::json &patch, const std::string &where) const;
    static std::vector<std::string> presetNames();
    void validate(const std::string &file = {}) const;
};

// The weight of each training image in batch draws for class_balance a:
// n_c^(a - 1) for an image of a class with n_c images, so a class is drawn in
// proportion to n_c^a (a = 1: every image alike; a = 0: every class alike).
std::vector<double> classDrawWeights(const std::vector<int> &labels, double classBalance);

} // namespace netsynth
