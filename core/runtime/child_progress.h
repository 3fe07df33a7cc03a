#pragma once
// ChildProgress: a ProgressToken for one step of a longer job. Its progress
// [0, 1] maps onto [begin, end] of the parent with a message prefix, and a
// cancel of the parent reaches the child at its next progress report (the
// step's own throwIfCanceled() then stops it). Used by the pipeline so every
// step reports on one progress display, and with begin == end == 0 by a step
// whose preparation (reading images, inverting them) comes before its own
// 0..1 progress: the preparation's messages show at the step's start instead
// of running the bar to the end and back.

#include "core/runtime/progress.h"

#include <chrono>
#include <string>

namespace netsynth {

class ChildProgress
{
public:
    ChildProgress(ProgressToken &parent, double begin, double end, std::string prefix)
        : m_parent(parent), m_begin(begin), m_end(end), m_prefix(std::move(prefix))
    {
        m_token.setObserver([this](double f, const std::string &message) {
            if (m_parent.isCanceled())
                m_token.cancel();
            m_parent.setProgress(m_begin + (m_end - m_begin) * f, m_prefix + message);
        });
        if (m_parent.isCanceled())
            m_token.cancel();
    }
    ChildProgress(const ChildProgress &) = delete;
    ChildProgress &operator=(const ChildProgress &) = delete;

    ProgressToken &token() { return m_token; }

private:
    ProgressToken &m_parent;
    double m_begin;
    double m_end;
    std::string m_prefix;
    ProgressToken m_token;
};

} // namespace netsynth
