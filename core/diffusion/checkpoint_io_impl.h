#pragma once
// Internal (torch) header: reading and writing checkpoint.pt (see checkpoint_info.h).

#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/unet_impl.h"

#include <torch/torch.h>

namespace netsynth {

// Writes meta + model + ema (+ optimizer when given) atomically to info.path,
// and checkpoint.json beside it.
void writeCheckpoint(const CheckpointInfo &info, UNet &model, UNet &ema, torch::optim::Optimizer *optimizer);

// Opens a checkpoint once: the meta is parsed at construction, the weights are
// loaded on request into modules built from info().config.
class CheckpointReader
{
public:
    CheckpointReader(const std::string &fileOrRunDir, const torch::Device &device); // throws InputError
    const CheckpointInfo &info() const { return m_info; }
    void loadModel(UNet &model);
    void loadEma(UNet &ema);
    void loadOptimizer(torch::optim::Optimizer &optimizer);

private:
    void loadInto(const char *key, const std::function<void(torch::serialize::InputArchive &)> &loader);
    std::string m_path;
    torch::serialize::InputArchive m_archive;
    CheckpointInfo m_info;
};

} // namespace netsynth
