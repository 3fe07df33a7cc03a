#include "core/runtime/data_parallel_impl.h"

#include "core/runtime/errors.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace netsynth {

struct DataParallel::Impl
{
    DistributedConfig config;
    c10::intrusive_ptr<c10d::TCPStore> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;

    std::string where() const { return config.masterAddr + ":" + std::to_string(config.masterPort); }

    // Waits for a collective; a lost or stalled peer becomes a clear error.
    void wait(const c10::intrusive_ptr<c10d::Work> &work, const char *what) const
    {
        try {
            work->wait();
        } catch (const std::exception &e) {
            throw std::runtime_error(std::string("data-parallel ") + what + " failed on rank " +
                                     std::to_string(config.rank) + " of " + std::to_string(config.worldSize) +
                                     " (a worker died or stalled for " + std::to_string(config.timeoutSeconds) +
                                     " s?): " + e.what());
        }
    }
};

DataParallel::DataParallel(const DistributedConfig &config) : d(std::make_unique<Impl>())
{
    config.validate();
    d->config = config;
    const std::chrono::milliseconds timeout(static_cast<std::int64_t>(config.timeoutSeconds) * 1000);
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(config.masterPort);
        options.isServer = config.rank == 0;
        options.numWorkers = static_cast<std::size_t>(config.worldSize);
        options.waitWorkers = true;
        options.timeout = timeout;
        d->store = c10::make_intrusive<c10d::TCPStore>(config.masterAddr, options);
        auto groupOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        // GLOO_SOCKET_IFNAME picks the interface, as in PyTorch; local jobs use the loopback.
        const char *interface = std::getenv("GLOO_SOCKET_IFNAME");
        if (interface && *interface)
            groupOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
        else if (config.masterAddr == "127.0.0.1" || config.masterAddr == "localhost")
            groupOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            groupOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        groupOptions->threads = 2;
        d->group = c10::make_intrusive<c10d::ProcessGroupGloo>(d->store, config.rank, config.worldSize, groupOptions);
    } catch (const InputError &) {
        throw;
    } catch (const std::exception &e) {
        throw InputError("MASTER_ADDR:MASTER_PORT " + d->where(), {},
                         "rank " + std::to_string(config.rank) + " could not join the " +
                             std::to_string(config.worldSize) + "-process group: " + e.what());
    }
}

DataParallel::~DataParallel() = default;

int DataParallel::rank() const { return d->config.rank; }
int DataParallel::worldSize() const { return d->config.worldSize; }

std::pair<std::int64_t, std::int64_t> DataParallel::shard(std::int64_t batch) const
{
    const std::int64_t per = batch / d->config.worldSize;
    return {per * d->config.rank, per};
}

void DataParallel::broadcast(const std::vector<torch::Tensor> &tensors)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> flat;
    for (const auto &t : tensors) flat.push_back(t.detach().to(torch::kCPU, torch::kFloat32).reshape({-1}));
    std::vector<at::Tensor> buffer{torch::cat(flat).contiguous()};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    d->wait(d->group->broadcast(buffer, options), "broadcast");
    std::int64_t offset = 0;
    for (const auto &t : tensors) {
        const std::int64_t n = t.numel();
        t.detach().copy_(buffer[0].narrow(0, offset, n).view(t.sizes()).to(t.device(), t.scalar_type()));
        offset += n;
    }
}

std::vector<double> DataParallel::averageGradients(const std::vector<torch::Tensor> &params,
                                                   const std::vector<double> &scalars)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (const auto &p : params)
        parts.push_back(p.grad().defined() ? p.grad().detach().to(torch::kCPU, torch::kFloat32).reshape({-1})
                                           : torch::zeros({p.numel()}, torch::kFloat32));
    std::vector<float> extra(scalars.begin(), scalars.end());
    parts.push_back(torch::tensor(extra, torch::kFloat32));
    std::vector<at::Tensor> buffer{torch::cat(parts).contiguous()};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::SUM;
    d->wait(d->group->allreduce(buffer, options), "gradient allreduce");
    buffer[0].div_(static_cast<double>(d->config.worldSize));
    std::int64_t offset = 0;
    for (const auto &p : params) {
        const std::int64_t n = p.numel();
        if (p.grad().defined())
            p.grad().copy_(buffer[0].narrow(0, offset, n).view(p.sizes()).to(p.device(), p.grad().scalar_type()));
        offset += n;
    }
    std::vector<double> means;
    for (std::size_t i = 0; i < scalars.size(); ++i)
        means.push_back(buffer[0][offset + static_cast<std::int64_t>(i)].item<double>());
    return means;
}

} // namespace netsynth
