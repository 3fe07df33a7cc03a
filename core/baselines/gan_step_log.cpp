#include "core/baselines/gan_step_log.h"

#include "core/runtime/progress.h"

#include <algorithm>
#include <cstdio>
#include <thread>

namespace netsynth {

GanStepLog::GanStepLog(std::string name, int startStep, int totalSteps, int samplesPerStep)
    : m_name(std::move(name)), m_startStep(startStep), m_totalSteps(totalSteps), m_samplesPerStep(samplesPerStep),
      m_stride(1), m_t0(std::chrono::steady_clock::now())
{
}

double GanStepLog::activeSeconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_t0).count() - m_pausedSeconds;
}

bool GanStepLog::stopBeforeStep(const BaselineTrainCallbacks &callbacks, ProgressToken &token)
{
    const auto stop = [&] { return callbacks.stopRequested && callbacks.stopRequested(); };
    if (callbacks.pauseRequested && callbacks.pauseRequested()) {
        const auto begin = std::chrono::steady_clock::now();
        while (callbacks.pauseRequested() && !stop() && !token.isCanceled())
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        m_pausedSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    }
    return stop();
}

void GanStepLog::record(BaselineStepStats &stats, int step, std::vector<std::array<double, 4>> &history,
                        const BaselineTrainCallbacks &callbacks, ProgressToken &token)
{
    stats.step = step;
    stats.totalSteps = m_totalSteps;
    stats.elapsedSeconds = activeSeconds();
    const int done = step - m_startStep;
    stats.samplesPerSecond = stats.elapsedSeconds > 0 ? double(done) * m_samplesPerStep / stats.elapsedSeconds : 0.0;
    stats.etaSeconds = done > 0 ? stats.elapsedSeconds / done * (m_totalSteps - step) : 0.0;
    m_recent.push_back({stats.generatorLoss, stats.criticLoss, stats.wasserstein});
    if (m_recent.size() > 50)
        m_recent.pop_front();
    // Every step until the history holds kMaxHistory entries; then every other
    // entry is dropped and the stride doubles, so a run of any length keeps an
    // evenly thinned history of bounded size, and a short one keeps every step.
    // (kMaxHistory + 1 entries is odd, so the halving keeps the newest one and
    // the gaps stay equal.)
    if (++m_sinceKept >= m_stride) {
        m_sinceKept = 0;
        history.push_back({double(step), stats.generatorLoss, stats.criticLoss, stats.wasserstein});
        if (history.size() > kMaxHistory) {
            std::size_t kept = 0;
            for (std::size_t i = 0; i < history.size(); i += 2)
                history[kept++] = history[i];
            history.resize(kept);
            m_stride *= 2;
        }
    }
    if (callbacks.onStep)
        callbacks.onStep(stats);
    // The fraction is of all steps, not of this session's: a resumed run's bar
    // starts where the checkpoint left it, as the diffusion trainer's does.
    char message[160];
    std::snprintf(message, sizeof message, "%s step %d/%d, W %.3f, ETA %.0f s", m_name.c_str(), step, m_totalSteps,
                  stats.wasserstein, stats.etaSeconds);
    token.setProgress(m_totalSteps > 0 ? std::min(1.0, double(step) / m_totalSteps) : 1.0, message);
}

void GanStepLog::finish(BaselineTrainResult &result, int step) const
{
    for (const auto &r : m_recent) {
        result.finalGeneratorLoss += r[0] / m_recent.size();
        result.finalCriticLoss += r[1] / m_recent.size();
        result.finalWasserstein += r[2] / m_recent.size();
    }
    result.steps = step;
    result.seconds = activeSeconds();
}

} // namespace netsynth
