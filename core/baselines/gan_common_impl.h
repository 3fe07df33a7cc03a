#pragma once
// Internal helpers shared by the torch baselines (never included by widgets/ or
// app/): seeded generators, the WGAN-GP gradient penalty, the compute device,
// atomic archive writing.

#include "core/runtime/atomic_file.h"
#include "core/runtime/device.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <functional>
#include <mutex>

namespace netsynth::gan {

// Parameter initialisation uses torch's global generator: hold this lock
// while seeding it and building a model, so concurrent jobs stay reproducible.
inline std::mutex &initMutex()
{
    static std::mutex m;
    return m;
}

inline at::Generator makeGenerator(std::uint64_t seed)
{
    return at::make_generator<at::CPUGeneratorImpl>(seed);
}

// Noise is drawn on the CPU with our own generator, then moved: the same seed
// gives the same noise on every device.
inline torch::Tensor randn(at::IntArrayRef shape, at::Generator &gen, const torch::Device &device)
{
    return torch::randn(shape, gen, torch::kFloat32).to(device);
}

inline torch::Tensor rand(at::IntArrayRef shape, at::Generator &gen, const torch::Device &device)
{
    return torch::rand(shape, gen, torch::kFloat32).to(device);
}

inline torch::Tensor randint(std::int64_t high, std::int64_t n, at::Generator &gen)
{
    return torch::randint(high, {n}, gen, torch::kLong);
}

inline torch::Device computeDevice()
{
    return torch::Device(DeviceManager::current().name);
}

// The mixing weights of the gradient penalty for a batch like `real`: one
// uniform draw per row, broadcast over the rest.
inline torch::Tensor penaltyMix(const torch::Tensor &real, at::Generator &gen)
{
    std::vector<std::int64_t> shape(static_cast<std::size_t>(real.dim()), 1);
    shape[0] = real.size(0);
    return rand(shape, gen, real.device());
}

// (|grad_x D(x_hat)|_2 - 1)^2 averaged over the batch, x_hat = e * real + (1 - e) * fake,
// with the mixing weights e given (data-parallel ranks draw them for the
// whole global batch and keep their rows, penaltyMix).
inline torch::Tensor gradientPenalty(const std::function<torch::Tensor(const torch::Tensor &)> &critic,
                                     const torch::Tensor &real, const torch::Tensor &fake, const torch::Tensor &e)
{
    const torch::Tensor x = (e * real + (1 - e) * fake.detach()).requires_grad_(true);
    const torch::Tensor out = critic(x);
    const torch::Tensor grad = torch::autograd::grad({out.sum()}, {x}, {}, /*retain_graph=*/true,
                                                     /*create_graph=*/true)[0];
    return (grad.flatten(1).norm(2, 1) - 1).pow(2).mean();
}

inline torch::Tensor gradientPenalty(const std::function<torch::Tensor(const torch::Tensor &)> &critic,
                                     const torch::Tensor &real, const torch::Tensor &fake, at::Generator &gen)
{
    return gradientPenalty(critic, real, fake, penaltyMix(real, gen));
}

// The rows of a global batch a data-parallel rank trains on: all of them
// alone, its contiguous shard with several processes (DataParallel::shard).
// Every rank draws (and generates) the whole global batch, so the random
// streams, and the generator's batch-norm statistics, are those of a
// one-process run with the same batch.
struct BatchShard
{
    std::int64_t begin = 0;
    std::int64_t count = -1; // -1: every row

    torch::Tensor operator()(const torch::Tensor &t) const { return count < 0 ? t : t.narrow(0, begin, count); }
};

inline void saveArchiveAtomically(torch::serialize::OutputArchive &archive, const std::string &path)
{
    writeFileAtomically(path, [&](std::ostream &os) { archive.save_to(os); });
}

inline std::int64_t parameterCount(const torch::nn::Module &m)
{
    std::int64_t n = 0;
    for (const auto &p : m.parameters())
        n += p.numel();
    return n;
}

} // namespace netsynth::gan
