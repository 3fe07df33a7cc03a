#pragma once
// Internal (torch) header: the reverse-diffusion loop shared by the sampler and
// the trainer's live previews.

#include "core/diffusion/noise_schedule.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/unet_impl.h"

#include <ATen/core/Generator.h>
#include <torch/torch.h>

#include <functional>

namespace netsynth {

struct SampleLoopOptions
{
    SamplerKind kind = SamplerKind::Ddim;
    int steps = 50;         // 0 = all steps of the schedule
    double eta = 0.0;
    double guidance = 1.0;
    bool bf16 = false;
};

// A CPU generator seeded with seed (noise is drawn on the CPU, so a seed gives
// the same noise on every device).
at::Generator makeSeededGenerator(std::uint64_t seed);

// Samples labels.size(0) images with model (already eval() on device).
// Returns float32 [N, C, S, S] on the CPU in model space (about [-1, 1]).
// progress(done, total) after each step; token (optional) is polled each step.
torch::Tensor runSampleLoop(UNet &model, const NoiseSchedule &schedule, const torch::Tensor &labels,
                            const SampleLoopOptions &options, at::Generator &generator, const torch::Device &device,
                            const std::function<void(int, int)> &progress, ProgressToken *token);

// Symmetrise ((X + X^T) / 2), clamp to [-1, 1] and map to [lo, hi].
torch::Tensor postprocessSamples(const torch::Tensor &x, double lo, double hi);

} // namespace netsynth
