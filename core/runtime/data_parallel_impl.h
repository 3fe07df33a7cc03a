#pragma once
// INTERNAL torch header (never include from widgets/ or app/): data-parallel
// training on torch's own distributed engine, c10d's ProcessGroupGloo over a
// TCPStore rendezvous (what PyTorch's DistributedDataParallel uses on CPU).
// Every process holds a replica; each step every rank draws the same global
// batch and trains on its own contiguous shard of it; averageGradients() then
// leaves every rank with the mean of all ranks' gradients (one flattened
// buffer, one allreduce), so the optimiser steps stay identical and the run
// equals a one-process run with the global batch (up to float summation
// order). Rank 0 writes the checkpoints. A peer that dies or stalls makes the
// next collective fail after the timeout with an error, not a hang.
//
//   DataParallel dp(DistributedConfig::fromEnvironment());
//   dp.broadcast(model->parameters());               // rank 0's weights everywhere
//   loss.backward();
//   const auto mean = dp.averageGradients(params, {loss.item<double>()});

#include "core/runtime/distributed.h"

#include <torch/torch.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace netsynth {

class DataParallel
{
public:
    // Joins the process group (rank 0 hosts the store). Throws InputError
    // naming the rendezvous address when the peers do not all arrive in time.
    explicit DataParallel(const DistributedConfig &config);
    ~DataParallel();
    DataParallel(const DataParallel &) = delete;
    DataParallel &operator=(const DataParallel &) = delete;

    int rank() const;
    int worldSize() const;
    // The rows [begin, begin + count) of a global batch of `batch` rows that
    // this rank trains on (batch must be a multiple of the world size).
    std::pair<std::int64_t, std::int64_t> shard(std::int64_t batch) const;
    // Rank 0's values of `tensors` copied into every rank's (in place).
    void broadcast(const std::vector<torch::Tensor> &tensors);
    // Replaces each parameter's gradient by the mean over the ranks and
    // returns the mean of each of `scalars` (e.g. the loss) likewise.
    std::vector<double> averageGradients(const std::vector<torch::Tensor> &params, const std::vector<double> &scalars);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// This process's share of the CPU threads while it trains as one of several
// local ranks (LocalPeersOptions::threadsPerProcess); the old count after.
class ThreadShare
{
public:
    explicit ThreadShare(int threads) : m_before(at::get_num_threads()) { at::set_num_threads(std::max(1, threads)); }
    ~ThreadShare() { at::set_num_threads(m_before); }
    ThreadShare(const ThreadShare &) = delete;
    ThreadShare &operator=(const ThreadShare &) = delete;

private:
    int m_before;
};

} // namespace netsynth
