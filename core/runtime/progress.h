#pragma once
// The progress/cancel contract between long-running algorithms and whoever runs
// them (in the spirit of QGIS's QgsFeedback and Wireshark's progress callbacks).
//
// Algorithms in core take a `ProgressToken &`, call setProgress() as they go
// (cheap: throttled before it reaches the observer) and poll isCanceled() or
// throwIfCanceled() at safe points. The token does not know about threads or
// Qt signals: the job runner (GUI) or the CLI attaches an observer.

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>

namespace netsynth {

class ProgressToken
{
public:
    // Called with fraction in [0, 1] and a short message. Called from the worker thread.
    using Observer = std::function<void(double fraction, const std::string &message)>;

    ProgressToken() = default;
    explicit ProgressToken(Observer observer, std::chrono::milliseconds throttle = std::chrono::milliseconds(100));
    ProgressToken(const ProgressToken &) = delete;
    ProgressToken &operator=(const ProgressToken &) = delete;

    void setObserver(Observer observer);

    // Report progress. Updates closer than the throttle interval are dropped,
    // except the first one, a change of message and fraction == 1.
    void setProgress(double fraction, const std::string &message = std::string());
    double fraction() const { return m_fraction.load(); }

    void cancel() { m_canceled.store(true); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    // Throws CanceledError when canceled.
    void throwIfCanceled() const;

    // A child token maps [0,1] of a sub-task onto [begin,end] of this token
    // and shares its cancel flag.
    class Scope;

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_fraction{0.0};
    std::mutex m_mutex;
    Observer m_observer;
    std::string m_lastMessage;
    std::chrono::milliseconds m_throttle{100};
    std::chrono::steady_clock::time_point m_lastEmit{};
    bool m_emittedOnce = false;
};

// Maps a sub-task's progress into a range of a parent token:
//   ProgressToken::Scope encodeScope(token, 0.0, 0.3);
//   encodeScope.setProgress(0.5, "encoding");   // parent sees 0.15
class ProgressToken::Scope
{
public:
    Scope(ProgressToken &parent, double begin, double end)
        : m_parent(parent), m_begin(begin), m_end(end) {}
    void setProgress(double fraction, const std::string &message = std::string())
    {
        m_parent.setProgress(m_begin + (m_end - m_begin) * fraction, message);
    }
    bool isCanceled() const { return m_parent.isCanceled(); }
    void throwIfCanceled() const { m_parent.throwIfCanceled(); }

private:
    ProgressToken &m_parent;
    double m_begin;
    double m_end;
};

} // namespace netsynth
