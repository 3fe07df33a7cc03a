#include "core/runtime/progress.h"

#include "core/runtime/errors.h"

#include <algorithm>

namespace netsynth {

ProgressToken::ProgressToken(Observer observer, std::chrono::milliseconds throttle)
    : m_observer(std::move(observer)), m_throttle(throttle)
{
}

void ProgressToken::setObserver(Observer observer)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_observer = std::move(observer);
}

void ProgressToken::setProgress(double fraction, const std::string &message)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_fraction.store(fraction);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_observer)
        return;
    const auto now = std::chrono::steady_clock::now();
    const bool messageChanged = !message.empty() && message != m_lastMessage;
    const bool due = !m_emittedOnce || now - m_lastEmit >= m_throttle;
    if (!(due || messageChanged || fraction >= 1.0))
        return;
    m_emittedOnce = true;
    m_lastEmit = now;
    if (!message.empty())
        m_lastMessage = message;
    m_observer(fraction, m_lastMessage);
}

void ProgressToken::throwIfCanceled() const
{
    if (isCanceled())
        throw CanceledError();
}

} // namespace netsynth
