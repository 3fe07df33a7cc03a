#pragma once
// DgModel: a DoppelGANger-style GAN for packet series (after Lin et al.,
// "Using GANs for Sharing Networked Time Series Data", IMC 2020). Torch-free
// header (pimpl); implemented in netsynth_core.
//
// Generator, in three chained parts:
//   1. attribute generator (MLP): noise -> class distribution (softmax), from
//      which a one-hot label is drawn (straight-through gradients);
//   2. min/max generator (MLP): [noise, label] -> the series length (fraction of
//      the padded length) and, per feature, the centre and half-range of the
//      series ("auto-normalisation": DoppelGANger's fake attributes), both in
//      dataset-normalised units;
//   3. feature generator (LSTM): per pass, [noise, attributes] -> stepsPerPass
//      time steps of every feature in [-1, 1], relative to the series' own
//      centre and half-range. Steps after the length are masked (a soft,
//      differentiable mask during training; a hard one when sampling).
// Critics, trained with WGAN-GP: one on [masked features, attributes] and an
// auxiliary one on the attributes alone; the generator loss is
// -D(fake) - auxWeight * D_aux(fake).
// Class-conditional sampling feeds the one-hot label instead of step 1.
//
//   DgModel model(series, BaselineConfig::fromPreset("cpu-small", BaselineKind::DoppelGanger));
//   model.train(series, 2000, token, callbacks, "run/checkpoint.pt");
//   PacketSeriesSet fake = DgModel::load("run/checkpoint.pt").generate({100, 100}, /*seed*/ 7, token);

#include "core/baselines/baseline_config.h"
#include "core/baselines/baseline_train_types.h"
#include "core/runtime/distributed.h"
#include "core/baselines/packet_series_set.h"

#include <nlohmann/json.hpp>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

class DgModel
{
public:
    // Builds the networks for the shape and classes of `train` and fits the
    // dataset-wide bounds of each feature. Seeded by config.seed.
    DgModel(const PacketSeriesSet &train, const BaselineConfig &config);
    // Restores a checkpoint written by save(). Throws InputError.
    static DgModel load(const std::string &checkpointPath);
    ~DgModel();
    DgModel(DgModel &&) noexcept;
    DgModel &operator=(DgModel &&) noexcept;

    // Trains until step() == totalSteps on `train` (same classes, length and
    // features as the model). Checkpoints to checkpointPath (when not empty)
    // every config.checkpointEvery steps, at the end, at stop and on cancel
    // (then CanceledError is rethrown). With `distributed` of several
    // processes, each is one data-parallel rank (gan_data_parallel_impl.h):
    // the same steps as one process with the same batch; rank 0 checkpoints.
    BaselineTrainResult train(const PacketSeriesSet &train, int totalSteps, ProgressToken &token,
                              const BaselineTrainCallbacks &callbacks = {},
                              const std::string &checkpointPath = std::string(),
                              const DistributedConfig &distributed = {});

    // perClass[c] series of class c, deterministic for a seed on one device.
    PacketSeriesSet generate(const std::vector<int> &perClass, std::uint64_t seed, ProgressToken &token) const;

    // Atomic torch archive: networks, optimisers, step and meta().
    void save(const std::string &path) const;

    int step() const;
    const BaselineConfig &config() const;
    const std::vector<std::string> &classes() const;
    int length() const;
    int features() const;
    std::int64_t parameterCount() const;
    // (step, generator loss, critic loss, Wasserstein estimate), thinned.
    const std::vector<std::array<double, 4>> &lossHistory() const;
    // The checkpoint's meta JSON (config, classes, shape, bounds, step, extra).
    nlohmann::json meta() const;
    // Free-form JSON stored with the checkpoint (the image spec, data folder...).
    nlohmann::json &extra();
    const nlohmann::json &extra() const;

private:
    DgModel();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace netsynth
