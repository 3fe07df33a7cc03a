#pragma once
// When a long training writes its checkpoint: every `everySteps` steps (the
// run's configuration) and, whatever that is, at least every few minutes of
// wall time, so a kill or a crash early in a long run loses minutes, not the
// run (issue 23). The interval is not part of any configuration: it does not
// change what training computes, only how much a kill can cost.
//
//   CheckpointClock clock(config.checkpointEvery);
//   ... after each optimiser step:
//   if (clock.due(step, totalSteps)) { save(); clock.saved(); }
//
// NETSYNTH_CHECKPOINT_MINUTES sets the interval (default 5; 0 turns the time
// rule off). Torch-free, header-only.

#include <chrono>
#include <cstdlib>
#include <functional>

namespace netsynth {

class CheckpointClock
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr double kDefaultMinutes = 5.0;

    // now: the time source (tests pass their own).
    explicit CheckpointClock(int everySteps, double everyMinutes = minutesFromEnvironment(),
                             std::function<Clock::time_point()> now = &Clock::now)
        : m_everySteps(everySteps), m_everySeconds(everyMinutes * 60.0), m_now(std::move(now)), m_last(m_now())
    {
    }

    // True when the step just taken should be followed by a checkpoint: a
    // multiple of everySteps, or everyMinutes since the last one. Never for the
    // last step (the run saves at its end anyway).
    bool due(int step, int totalSteps) const
    {
        if (step >= totalSteps)
            return false;
        if (m_everySteps > 0 && step % m_everySteps == 0)
            return true;
        return m_everySeconds > 0.0 &&
               std::chrono::duration<double>(m_now() - m_last).count() >= m_everySeconds;
    }

    void saved() { m_last = m_now(); }

    static double minutesFromEnvironment()
    {
        const char *v = std::getenv("NETSYNTH_CHECKPOINT_MINUTES");
        if (!v || !*v)
            return kDefaultMinutes;
        char *end = nullptr;
        const double m = std::strtod(v, &end);
        return end != v && m >= 0.0 ? m : kDefaultMinutes;
    }

private:
    int m_everySteps;
    double m_everySeconds;
    std::function<Clock::time_point()> m_now;
    Clock::time_point m_last;
};

} // namespace netsynth
