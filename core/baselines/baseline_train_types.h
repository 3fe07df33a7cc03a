#pragma once
// Values shared by the baseline trainers: per-step statistics, callbacks and
// the result of a training session. Torch-free.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace netsynth {

struct BaselineStepStats
{
    int step = 0;                 // generator updates done (1-based after the first)
    int totalSteps = 0;
    double generatorLoss = 0.0;   // -D(fake) (- aux_weight * D_aux(fake) for dg)
    double criticLoss = 0.0;      // D(fake) - D(real) + lambda * GP, last critic update
    double wasserstein = 0.0;     // D(real) - D(fake): the critic's distance estimate
    double gradientPenalty = 0.0; // the unweighted penalty term
    double samplesPerSecond = 0.0; // real samples seen by the critic per second
    double elapsedSeconds = 0.0;
    double etaSeconds = 0.0;
};

struct BaselineTrainCallbacks
{
    // All run on the training thread: copy what you need and return quickly.
    std::function<void(const BaselineStepStats &)> onStep;
    std::function<void(const std::string &checkpoint, int step)> onCheckpoint;
    std::function<void(int startStep, int totalSteps, const std::string &device, std::int64_t parameters)> onStart;
    // Polled between steps; true ends training as a success (with a checkpoint).
    std::function<bool()> stopRequested;
    // Polled between steps; while true, training waits (polling stop, cancel
    // and this every 50 ms). Paused time counts in neither the rate nor the ETA.
    std::function<bool()> pauseRequested;
    // Local multi-process training (BaselineTrainRequest::localProcesses):
    // the peers run, with these process ids; rank 0 listens on `port`.
    std::function<void(const std::vector<long long> &pids, int port)> onPeersStarted;
};

struct BaselineTrainResult
{
    int steps = 0;                 // total generator updates, including earlier sessions
    double finalGeneratorLoss = 0.0; // means over the last (up to) 50 steps
    double finalCriticLoss = 0.0;
    double finalWasserstein = 0.0;
    std::string checkpoint;        // path of the checkpoint written last
    bool stopped = false;          // ended by stopRequested() before the total
    std::string device;
    double seconds = 0.0;
    std::int64_t parameters = 0;
};

} // namespace netsynth
