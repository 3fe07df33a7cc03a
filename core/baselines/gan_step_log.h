#pragma once
// The bookkeeping of a GAN baseline's training loop, shared by dg and
// wgan-gasf: timing, samples per second and ETA, the mean of the last 50
// steps' losses, the thinned loss history, the onStep callback and the
// progress line. Torch-free.

#include "core/baselines/baseline_train_types.h"

#include <array>
#include <chrono>
#include <deque>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

class GanStepLog
{
public:
    // name: the progress line's prefix ("dg", "wgan-gasf"); samplesPerStep:
    // real samples the critic sees per generator update (batch x critic iterations).
    GanStepLog(std::string name, int startStep, int totalSteps, int samplesPerStep);

    // Before each step: waits while callbacks.pauseRequested() holds (until it
    // ends, a stop, or the token's cancel), then returns callbacks.stopRequested().
    // The caller checks the token for cancel after it.
    bool stopBeforeStep(const BaselineTrainCallbacks &callbacks, ProgressToken &token);
    // After the generator update that made `step`: fills stats' step, time, rate
    // and ETA fields from the losses already in it, keeps them, appends the
    // step to `history` ({step, generator, critic, Wasserstein}; thinned by
    // halves beyond kMaxHistory entries),
    // calls callbacks.onStep and reports progress on `token`.
    void record(BaselineStepStats &stats, int step, std::vector<std::array<double, 4>> &history,
                const BaselineTrainCallbacks &callbacks, ProgressToken &token);
    // The means of the last (up to) 50 steps, the step count and the seconds.
    void finish(BaselineTrainResult &result, int step) const;

    static constexpr std::size_t kMaxHistory = 2000;

private:
    std::string m_name;
    int m_startStep;
    int m_totalSteps;
    int m_samplesPerStep;
    int m_stride;
    int m_sinceKept = 0; // steps since the last one kept in the history
    double activeSeconds() const; // since construction, less the pauses
    std::chrono::steady_clock::time_point m_t0;
    double m_pausedSeconds = 0.0;
    std::deque<std::array<double, 3>> m_recent;
};

} // namespace netsynth
