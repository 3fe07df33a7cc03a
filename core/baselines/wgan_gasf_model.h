#pragma once
// WganGasfModel: a class-conditional convolutional WGAN-GP on GASF images (the
// kind of image GAN NetDiffus's authors used before diffusion). Torch-free
// header (pimpl); implemented in netsynth_core.
//
// It trains directly on an ImageDataset (the float32 shards `encode` writes),
// mapping the training images' value range to [-1, 1]. The generator's output
// is symmetrised inside the network, so every sample is a valid GASF image
// whose diagonal the imaging inversion can read. Each generated sample's
// min/max/length (which the inversion needs to restore the series' scale) are
// those of a training series of the same class, drawn with the sampling seed,
// as the diffusion sampler does.
//
//   WganGasfModel model(images, BaselineConfig::fromPreset("cpu-small", BaselineKind::WganGasf));
//   model.train(images, 2000, token, callbacks, "run/checkpoint.pt");
//   ImageDataset fake = model.generate({50, 50}, /*seed*/ 1, token); // classes and spec of `images`

#include "core/baselines/baseline_config.h"
#include "core/baselines/baseline_train_types.h"
#include "core/runtime/distributed.h"
#include "core/imaging/image_dataset.h"

#include <nlohmann/json.hpp>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

class WganGasfModel
{
public:
    // Builds the networks for the image size and classes of `train`, and keeps
    // its value range, spec and per-class series statistics. Seeded by config.seed.
    WganGasfModel(const ImageDataset &train, const BaselineConfig &config);
    static WganGasfModel load(const std::string &checkpointPath); // throws InputError
    ~WganGasfModel();
    WganGasfModel(WganGasfModel &&) noexcept;
    WganGasfModel &operator=(WganGasfModel &&) noexcept;

    // As DgModel::train: until step() == totalSteps; checkpoints every
    // config.checkpointEvery steps, at the end, at stop and on cancel.
    BaselineTrainResult train(const ImageDataset &train, int totalSteps, ProgressToken &token,
                              const BaselineTrainCallbacks &callbacks = {},
                              const std::string &checkpointPath = std::string(),
                              const DistributedConfig &distributed = {});

    // perClass[c] images of class c (an ImageDataset with the training classes
    // and spec; provenance left to the caller). Deterministic for a seed on one device.
    ImageDataset generate(const std::vector<int> &perClass, std::uint64_t seed, ProgressToken &token) const;

    void save(const std::string &path) const;

    int step() const;
    const BaselineConfig &config() const;
    const std::vector<std::string> &classes() const;
    int imageSize() const;
    double valueMin() const;
    double valueMax() const;
    std::int64_t parameterCount() const;
    const std::vector<std::array<double, 4>> &lossHistory() const;
    nlohmann::json meta() const;
    nlohmann::json &extra();
    const nlohmann::json &extra() const;

private:
    WganGasfModel();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace netsynth
