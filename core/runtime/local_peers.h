#pragma once
// LocalPeers: the other ranks of a data-parallel training on this machine.
// This process trains as rank 0 (with its progress, previews and
// checkpoints); ranks 1..N-1 are worker processes running
// `netsynth-cli train` on the same data and configuration, with torchrun's
// variables (WORLD_SIZE, RANK, LOCAL_RANK, MASTER_ADDR=127.0.0.1,
// MASTER_PORT = a free port). The CLI's `train --nproc`, `pipeline --nproc`
// and the Training pane all start multi-process training this one way
// (through TrainRequest::localProcesses).
//
//   LocalPeers peers({cli, {"train", "--data", d, "--out", r, "--config", c}, 2, 1});
//   request.distributed = peers.rankZero();
//   try { train(request); peers.finish(); }
//   catch (...) { throw peers.explain(current error); }   // names a peer that died
//
// A peer's output is kept (the last lines) for the error report. The
// destructor kills peers still running, so no worker outlives its job.

#include "core/runtime/atomic_file.h"
#include "core/runtime/distributed.h"
#include "core/runtime/errors.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace netsynth {

struct LocalPeersOptions
{
    std::string program;             // netsynth-cli
    std::vector<std::string> arguments; // its arguments, e.g. {"train", "--data", ...}; --threads and --quiet are added
    int worldSize = 2;               // rank 0 (this process) + worldSize - 1 peers
    int threadsPerProcess = 1;
};

class LocalPeers
{
public:
    // Starts ranks 1..worldSize-1. Throws InputError naming the program when
    // one cannot start.
    explicit LocalPeers(const LocalPeersOptions &options);
    ~LocalPeers();
    LocalPeers(const LocalPeers &) = delete;
    LocalPeers &operator=(const LocalPeers &) = delete;

    // This process's place in the job: rank 0 of worldSize on 127.0.0.1:port.
    DistributedConfig rankZero() const;
    // The peers' process ids, rank 1 first.
    std::vector<long long> processIds() const;
    // "worker 1 of 2 was killed or crashed" (or "failed (exit 2)") and the
    // end of its output when a peer has ended badly, else "". Waits up to
    // waitMs for peers to end (a peer that died makes rank 0 fail first).
    std::string failure(int waitMs = 2000) const;
    // After rank 0 finished: waits for every peer to end (up to timeoutMs)
    // and throws InputError describing a peer that failed.
    void finish(int timeoutMs = 60000);
    // Kills the peers still running.
    void stop();

    // A free TCP port on the loopback now (the kernel's choice).
    static int freePort();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// What a trainer needs to run as rank 0 of a local group.
struct LocalTraining
{
    std::string workerProgram;  // netsynth-cli
    int processes = 2;          // this one and processes - 1 peers
    int threadsPerProcess = 1;
    int batchSize = 0;          // the global batch: a multiple of processes (checked unless resume)
    bool resume = false;        // the peers resume from the run folder
    std::string configJson;     // the training configuration the peers read (not on resume)
    std::string runDir;         // named in errors
};

// The plan of a training request (TrainRequest, BaselineTrainRequest: the
// same field names) with localProcesses > 1.
template <typename Request>
LocalTraining localTrainingOf(const Request &request)
{
    LocalTraining plan;
    plan.workerProgram = request.workerProgram;
    plan.processes = request.localProcesses;
    plan.threadsPerProcess = request.threadsPerProcess;
    plan.batchSize = request.config.batchSize;
    plan.resume = request.resume;
    plan.configJson = request.config.toJson().dump(1) + "\n";
    plan.runDir = request.runDir;
    return plan;
}

// The one way a trainer runs as rank 0 of a local group (the diffusion
// model, the GAN baselines): checks the plan, writes the configuration for
// the peers, starts them with arguments(configFile), calls onStarted(process
// ids, port), then train(rank 0's DistributedConfig) here, and waits for the
// peers. On cancel every rank stopped after the same step (agreed at the
// allreduce), so the peers are given time to end; on any other failure a peer
// that died is named (InputError on runDir), the others are stopped.
template <typename Arguments, typename Train>
auto trainAsRankZero(const LocalTraining &plan, Arguments arguments, Train train,
                     const std::function<void(const std::vector<long long> &, int)> &onStarted = {})
{
    if (plan.workerProgram.empty())
        throw InputError({}, "processes", "multi-process training needs the path of netsynth-cli");
    if (!plan.resume && plan.batchSize % plan.processes != 0)
        throw InputError({}, "processes",
                         "the batch size (" + std::to_string(plan.batchSize) +
                             ") must be a multiple of the number of processes (" + std::to_string(plan.processes) + ")");
    QTemporaryDir scratch; // the peers' copy of the configuration
    const std::string configFile = scratch.filePath(QStringLiteral("config.json")).toStdString();
    if (!plan.resume) writeFileAtomically(configFile, plan.configJson);
    LocalPeersOptions options;
    options.program = plan.workerProgram;
    options.arguments = arguments(configFile);
    options.worldSize = plan.processes;
    options.threadsPerProcess = plan.threadsPerProcess;
    LocalPeers peers(options);
    const DistributedConfig rankZero = peers.rankZero();
    if (onStarted) onStarted(peers.processIds(), rankZero.masterPort);
    try {
        auto result = train(rankZero);
        peers.finish();
        return result;
    } catch (const CanceledError &) {
        try { // every rank stopped after the same step: let them end, else the destructor kills them
            peers.finish(10000);
        } catch (const std::exception &) {
        }
        throw;
    } catch (const std::exception &) {
        const std::string peerFailure = peers.failure();
        peers.stop();
        if (!peerFailure.empty()) throw InputError(plan.runDir, {}, peerFailure);
        throw;
    }
}

} // namespace netsynth
