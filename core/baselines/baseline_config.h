#pragma once
// BaselineConfig: hyper-parameters of the GAN baselines (and the empirical
// sampler's cap), stored in every checkpoint. Torch-free.
//
// Both GANs use the WGAN-GP objective (Gulrajani et al. 2017): the critic
// minimises D(fake) - D(real) + lambda * (|grad D(x_hat)| - 1)^2 on random
// interpolates x_hat, `criticIterations` critic updates per generator update,
// Adam with betas (beta1, beta2).
//
// JSON form (all fields written; missing fields on reading keep the preset's):
//   { "steps": 2000, "batch_size": 64, "learning_rate": 1e-4, "beta1": 0.5, "beta2": 0.9,
//     "critic_iterations": 2, "gradient_penalty": 10, "seed": 0, "checkpoint_every": 500,
//     "noise_dim": 16, "attribute_hidden": 64, "lstm_hidden": 64, "steps_per_pass": 4,
//     "critic_hidden": 128, "aux_weight": 1, "latent_dim": 64, "base_channels": 32,
//     "max_values_per_class": 200000 }

#include "core/baselines/baseline_kind.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct BaselineConfig
{
    // Training (both GANs). One step = one generator update.
    int steps = 2000;
    int batchSize = 64;
    double learningRate = 1e-4;
    double beta1 = 0.5;
    double beta2 = 0.9;
    int criticIterations = 2;
    double gradientPenalty = 10.0;
    std::uint64_t seed = 0;
    int checkpointEvery = 500;

    // DoppelGANger-style generator.
    int noiseDim = 16;         // noise per attribute draw and per LSTM pass
    int attributeHidden = 64;  // MLP width of the attribute and min/max generators
    int lstmHidden = 64;       // LSTM feature generator state size
    int stepsPerPass = 4;      // time steps emitted per LSTM pass (DoppelGANger's batch generation S)
    int criticHidden = 128;    // MLP width of the critic and the auxiliary (attribute) critic
    double auxWeight = 1.0;    // weight of the auxiliary critic in the generator loss

    // WGAN-GP on GASF images.
    int latentDim = 64;
    int baseChannels = 32;     // channels at full resolution; doubled at each halving

    // Empirical sampler: packets kept per class (a seeded subsample beyond this).
    int maxValuesPerClass = 200000;

    nlohmann::json toJson() const;
    // Fields missing from `json` keep the values of `base`. Throws InputError
    // naming `file` and the field.
    static BaselineConfig fromJson(const nlohmann::json &json, const std::string &file, const BaselineConfig &base);
    static BaselineConfig fromJson(const nlohmann::json &json, const std::string &file = std::string());
    static BaselineConfig fromFile(const std::string &path, const BaselineConfig &base);
    static BaselineConfig fromFile(const std::string &path);
    // "cpu-small" (default; minutes on 2 CPU cores) or "tiny" (tests, demos).
    // The learning rate default depends on the kind (DoppelGANger uses 1e-3).
    static BaselineConfig fromPreset(const std::string &name, BaselineKind kind);
    static std::vector<std::string> presetNames(); // {"cpu-small", "tiny"}
    // The preset whose networks this configuration has (the sizes; training
    // lengths and seeds may differ), or "" when none has: what a checkpoint
    // was trained with, since the configuration stores no preset name.
    std::string matchingPreset(BaselineKind kind) const;
    // Throws InputError("", "field '...'", ...) when a value is out of range.
    void validate() const;
};

} // namespace netsynth
