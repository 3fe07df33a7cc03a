#pragma once
// TrainControl: pause / resume / stop requests from the GUI (or any thread) to a
// running Trainer. Torch-free, thread-safe. Cancelling the job's ProgressToken
// also stops training, but as a cancellation; stop() ends it as a success.
// Both write a final checkpoint.

#include <atomic>

namespace netsynth {

class TrainControl
{
public:
    void setPaused(bool paused) { m_paused.store(paused); }
    bool isPaused() const { return m_paused.load(); }
    void stop() { m_stop.store(true); }
    bool stopRequested() const { return m_stop.load(); }

private:
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_stop{false};
};

} // namespace netsynth
