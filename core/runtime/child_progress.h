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

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>

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

// Hands out consecutive spans [begin, end] of an overall progress, one per
// step, in proportion to each step's weight (its relative cost).
class ProgressPlan
{
public:
    explicit ProgressPlan(double total) : m_total(total > 0 ? total : 1.0) {}
    std::pair<double, double> next(double weight)
    {
        const double begin = m_done / m_total;
        m_done += weight;
        return {begin, std::min(1.0, m_done / m_total)};
    }

private:
    double m_total;
    double m_done = 0.0;
};

} // namespace netsynth
