#pragma once
// trainBaseline: trains (or fits) one baseline generator on an ImageDataset
// folder, the same input as the diffusion trainer, into a run folder (see
// baseline_checkpoint_info.h). Torch-free header; netsynth_core.
//
//   BaselineTrainRequest req;
//   req.kind = BaselineKind::DoppelGanger;              // or WganGasf, Empirical, RealResample
//   req.config = BaselineConfig::fromPreset("cpu-small", req.kind);
//   req.dataDir = "images/";  req.runDir = "run-dg/";
//   BaselineTrainResult r = trainBaseline(req, token, callbacks);
//   // then sampleBaselineToFolder() (baseline_sampler.h) with r.checkpoint
//
// dg and empirical train on the series the images invert to (imaging's exact
// inversion); wgan-gasf trains on the images. empirical "training" pools the
// class marginals; real-resample records the real set to draw from. With
// resume = true a GAN run continues from runDir/checkpoint.pt. The GANs
// train in several processes too (distributed, localProcesses): the same
// steps as one process with the same global batch.

#include "core/baselines/baseline_config.h"
#include "core/baselines/baseline_train_types.h"
#include "core/runtime/distributed.h"

#include <string>

namespace netsynth {

class ProgressToken;

struct BaselineTrainRequest
{
    BaselineKind kind = BaselineKind::DoppelGanger;
    BaselineConfig config;
    std::string dataDir;  // ImageDataset folder; on resume, empty = the checkpoint's
    std::string runDir;
    bool resume = false;
    int steps = 0;        // > 0: total steps (overrides config.steps; on resume the new total)
    // dg and wgan-gasf only: this process's rank in a data-parallel group
    // (core/baselines/gan_data_parallel_impl.h; rank 0 writes the run
    // folder), or with localProcesses > 1 (and distributed left at one
    // process) a local group: this process trains as rank 0 and starts
    // localProcesses - 1 peers of `workerProgram train --model ...`
    // (core/runtime/local_peers.h), threadsPerProcess threads each.
    DistributedConfig distributed;
    int localProcesses = 1;
    std::string workerProgram; // netsynth-cli
    int threadsPerProcess = 1;
};

// Throws InputError on bad input, CanceledError when canceled (after writing
// a checkpoint). result.checkpoint is the run's checkpoint.json.
BaselineTrainResult trainBaseline(const BaselineTrainRequest &request, ProgressToken &token,
                                  const BaselineTrainCallbacks &callbacks = {});

} // namespace netsynth
