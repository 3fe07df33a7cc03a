#pragma once
// Trainer: trains a class-conditional diffusion U-Net on an ImageDataset.
// Torch-free header (pimpl); the GUI, the CLI and the evaluation pipeline use it.
//
// For scripted use (the `train` CLI command, the `pipeline` command):
//
//   TrainRequest req;
//   req.config = TrainConfig::fromPreset("cpu-small");  // or TrainConfig::fromFile(...)
//   req.config.steps = 2000;
//   req.dataDir = "images/";     // ImageDataset folder (manifest.json + float32 shards)
//   req.runDir = "run/";         // gets checkpoint.pt, checkpoint.json, config.json
//   TrainResult r = trainDiffusion(req, token);   // r.checkpoint -> sampleToFolder()
//
// With req.resume = true the run continues from runDir/checkpoint.pt (weights,
// EMA, optimiser, step count, config); req.steps > 0 sets the new total step count.
//
// Behaviour: AdamW with linear warm-up, gradient-norm clipping, EMA of the
// weights, label dropout (classifier-free guidance), no flips or any other
// augmentation (a flip moves the GASF diagonal the inversion reads), bf16
// autocast on CUDA only, seeded (same seed + same device = same run).
// Checkpoints every config.checkpointEvery steps and at the end, atomically.
// Cancelling the token or TrainControl::stop() writes a final checkpoint first;
// cancel then throws CanceledError, stop returns normally with stopped = true.
// Callbacks run on the training thread: copy what you need and return quickly.

#include "core/diffusion/train_config.h"
#include "core/diffusion/train_control.h"
#include "core/runtime/distributed.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct TrainStepStats
{
    int step = 0;                // steps done (1-based after the first step)
    int totalSteps = 0;
    double loss = 0.0;           // this step's loss
    double mse = 0.0;            // its L_simple part
    double lr = 0.0;
    double imagesPerSecond = 0.0; // smoothed over recent steps
    double elapsedSeconds = 0.0; // in this session (excludes paused time)
    double etaSeconds = 0.0;
};

// A grid of samples per class from the EMA model (DDIM), for live previews.
struct SampleGrid
{
    int step = 0;
    int imageSize = 0;
    int channels = 1;
    int perClass = 0;
    std::vector<std::string> classes;
    std::vector<float> pixels;  // [classes * perClass, channels, size, size], class-major, in [valueMin, valueMax]
    double valueMin = -1.0;
    double valueMax = 1.0;
};

struct TrainResult
{
    int steps = 0;              // total steps done, including earlier sessions
    double finalLoss = 0.0;     // mean loss of the last (up to) 50 steps
    std::string checkpoint;     // path of checkpoint.pt
    bool stopped = false;       // ended by TrainControl::stop() before the total
    std::string device;         // "cpu", "cuda:0"
    double imagesPerSecond = 0.0;
    double seconds = 0.0;
    std::int64_t parameters = 0;
    // The configuration the run used: the request's, with the image size,
    // channels and class count read from the data (or the checkpoint's on resume).
    TrainConfig config;
};

struct TrainCallbacks
{
    std::function<void(const TrainStepStats &)> onStep;
    std::function<void(std::shared_ptr<const SampleGrid>)> onPreview;
    std::function<void(const std::string &checkpoint, int step)> onCheckpoint;
    // Called once the model is built, before the first step.
    std::function<void(int startStep, int totalSteps, const std::string &device, std::int64_t parameters)> onStart;
    // Local multi-process training (TrainRequest::localProcesses): the peers
    // were started; pids of ranks 1.., and the rendezvous port on 127.0.0.1.
    std::function<void(const std::vector<long long> &pids, int port)> onPeersStarted;
};

struct TrainRequest
{
    TrainConfig config;
    std::string dataDir;   // ImageDataset folder; on resume, empty = the checkpoint's
    std::string runDir;
    bool resume = false;   // continue runDir/checkpoint.pt
    int steps = 0;         // on resume: new total steps (0 = the checkpoint's config)
    // Data-parallel training (world size > 1): every rank runs the same
    // request; each trains on its shard of every global batch of
    // config.batchSize (a multiple of the world size), gradients are averaged
    // (core/runtime/data_parallel_impl.h), rank 0 writes the checkpoints and
    // reports previews. Resuming with another world size is allowed. Every
    // rank learns at each step whether any rank was stopped or canceled, so
    // all of them stop after the same step; pausing is ignored (a paused rank
    // would make its peers time out).
    DistributedConfig distributed;
    // Local multi-process training (with distributed left at one process):
    // trainDiffusion starts localProcesses - 1 peers running `workerProgram
    // train` on this request (core/runtime/local_peers.h) and trains as their
    // rank 0, with this process's callbacks, control and token. A peer that
    // dies ends the training with an error naming it.
    int localProcesses = 1;
    std::string workerProgram;  // netsynth-cli
    int threadsPerProcess = 1;  // CPU threads of each peer
};

class Trainer
{
public:
    // Loads the data and builds (or restores) the model. Throws InputError.
    Trainer(const TrainRequest &request, ProgressToken &token);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    TrainResult run(ProgressToken &token, const TrainCallbacks &callbacks = {},
                    std::shared_ptr<TrainControl> control = {});

    int step() const;
    const TrainConfig &config() const;
    const std::vector<std::string> &classes() const;
    std::string checkpointPath() const;
    std::int64_t parameterCount() const;
    // Writes checkpoint.pt now (between runs).
    void saveCheckpoint();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Trainer(request).run(...): the one call for scripted training.
TrainResult trainDiffusion(const TrainRequest &request, ProgressToken &token, const TrainCallbacks &callbacks = {},
                           std::shared_ptr<TrainControl> control = {});

} // namespace netsynth
