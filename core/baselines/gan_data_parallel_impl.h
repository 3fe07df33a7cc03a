#pragma once
// INTERNAL torch header (never include from widgets/ or app/): what the two
// GAN baselines (dg, wgan-gasf) share when they train in several processes
// (core/runtime/data_parallel_impl.h: c10d Gloo, one replica per process).
//
// Every rank draws the whole global batch (real rows, noise, penalty mixing
// weights) from the same seeded stream and runs the generator on all of it,
// so its batch-norm statistics are the one-process run's; the critics see
// only the rank's shard. After each backward pass the gradients (and the
// losses) are averaged over the ranks, so every optimiser step is the one a
// single process takes on the global batch, and the replicas stay equal.
// Rank 0 writes the checkpoints. Stop and Ctrl-C are agreed at the
// generator's allreduce, so every rank stops after the same step.

#include "core/baselines/gan_common_impl.h"
#include "core/runtime/data_parallel_impl.h"
#include "core/runtime/distributed.h"
#include "core/runtime/errors.h"

#include <memory>
#include <string>
#include <vector>

namespace netsynth::gan {

class GanParallel
{
public:
    // Alone (one process) it does nothing. Otherwise joins the group and
    // copies rank 0's parameters and buffers (`state`) to every rank.
    GanParallel(const DistributedConfig &config, std::int64_t batch, const std::vector<torch::Tensor> &state)
        : m_config(config)
    {
        if (!config.enabled())
            return;
        if (batch % config.worldSize != 0)
            throw InputError({}, "--batch",
                             "the batch size (" + std::to_string(batch) + ") must be a multiple of the number of "
                             "processes (" + std::to_string(config.worldSize) + ")");
        m_parallel = std::make_unique<DataParallel>(config);
        m_parallel->broadcast(state);
        const auto [begin, count] = m_parallel->shard(batch);
        m_shard = {begin, count};
    }

    bool enabled() const { return m_parallel != nullptr; }
    bool writesFiles() const { return m_config.writesFiles(); }
    // The rows of the global batch this rank's critics see.
    const BatchShard &shard() const { return m_shard; }
    // Alone: `scalars` as they are. Several processes: every gradient of
    // `params` and every scalar replaced by its mean over the ranks.
    std::vector<double> average(const std::vector<torch::Tensor> &params, const std::vector<double> &scalars)
    {
        return m_parallel ? m_parallel->averageGradients(params, scalars) : scalars;
    }

    // The parameters and buffers of `modules`, for the constructor's broadcast.
    static std::vector<torch::Tensor> stateOf(const std::vector<torch::nn::Module *> &modules)
    {
        std::vector<torch::Tensor> state;
        for (torch::nn::Module *m : modules) {
            for (const auto &p : m->parameters()) state.push_back(p);
            for (const auto &b : m->buffers()) state.push_back(b);
        }
        return state;
    }

private:
    DistributedConfig m_config;
    std::unique_ptr<DataParallel> m_parallel;
    BatchShard m_shard;
};

} // namespace netsynth::gan
