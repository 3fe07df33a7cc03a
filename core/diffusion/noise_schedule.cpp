#include "core/diffusion/noise_schedule.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace netsynth {

NoiseScheduleKind parseNoiseScheduleKind(const std::string &text)
{
    if (text == "linear")
        return NoiseScheduleKind::Linear;
    if (text == "cosine")
        return NoiseScheduleKind::Cosine;
    throw InputError({}, "schedule", "unknown noise schedule '" + text + "' (expected linear or cosine)");
}

std::string noiseScheduleKindName(NoiseScheduleKind kind)
{
    return kind == NoiseScheduleKind::Linear ? "linear" : "cosine";
}

NoiseSchedule NoiseSchedule::make(NoiseScheduleKind kind, int steps)
{
    if (steps < 1)
        throw InputError({}, "diffusion_steps", "must be at least 1");
    std::vector<double> betas(static_cast<std::size_t>(steps));
    if (kind == NoiseScheduleKind::Linear) {
        const double scale = 1000.0 / steps;
        const double lo = scale * 1e-4;
        const double hi = scale * 0.02;
        for (int i = 0; i < steps; ++i)
            betas[static_cast<std::size_t>(i)] = steps == 1 ? lo : lo + (hi - lo) * i / (steps - 1);
    } else {
        const double pi = std::acos(-1.0);
        auto alphaBar = [&](double t) {
            const double c = std::cos((t + 0.008) / 1.008 * pi / 2.0);
            return c * c;
        };
        for (int i = 0; i < steps; ++i) {
            const double t1 = double(i) / steps;
            const double t2 = double(i + 1) / steps;
            betas[static_cast<std::size_t>(i)] = std::min(1.0 - alphaBar(t2) / alphaBar(t1), 0.999);
        }
    }
    return fromBetas(std::move(betas));
}

NoiseSchedule NoiseSchedule::fromBetas(std::vector<double> betas)
{
    if (betas.empty())
        throw std::invalid_argument("NoiseSchedule: no betas");
    for (double b : betas)
        if (!(b > 0.0 && b <= 1.0))
            throw std::invalid_argument("NoiseSchedule: betas must lie in (0, 1]");
    NoiseSchedule s;
    s.m_betas = std::move(betas);
    s.m_timestepMap.resize(s.m_betas.size());
    for (std::size_t i = 0; i < s.m_timestepMap.size(); ++i)
        s.m_timestepMap[i] = static_cast<int>(i);
    s.derive();
    return s;
}

void NoiseSchedule::derive()
{
    const std::size_t n = m_betas.size();
    m_alphasCumprod.resize(n);
    m_alphasCumprodPrev.resize(n);
    m_posteriorVariance.resize(n);
    m_posteriorLogVarianceClipped.resize(n);
    m_posteriorMeanCoef1.resize(n);
    m_posteriorMeanCoef2.resize(n);
    double cumprod = 1.0;
    for (std::size_t i = 0; i < n; ++i) {
        m_alphasCumprodPrev[i] = cumprod;
        cumprod *= 1.0 - m_betas[i];
        m_alphasCumprod[i] = cumprod;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double ab = m_alphasCumprod[i];
        const double abPrev = m_alphasCumprodPrev[i];
        const double alpha = 1.0 - m_betas[i];
        m_posteriorVariance[i] = m_betas[i] * (1.0 - abPrev) / (1.0 - ab);
        m_posteriorMeanCoef1[i] = m_betas[i] * std::sqrt(abPrev) / (1.0 - ab);
        m_posteriorMeanCoef2[i] = (1.0 - abPrev) * std::sqrt(alpha) / (1.0 - ab);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double v = (i == 0 && n > 1) ? m_posteriorVariance[1] : m_posteriorVariance[i];
        m_posteriorLogVarianceClipped[i] = std::log(std::max(v, 1e-20));
    }
}

std::vector<int> NoiseSchedule::spacedTimesteps(int totalSteps, int count)
{
    count = std::clamp(count, 1, std::max(1, totalSteps));
    std::vector<int> out;
    if (count == 1) {
        out.push_back(totalSteps - 1);
        return out;
    }
    const double stride = double(totalSteps - 1) / (count - 1);
    for (int i = 0; i < count; ++i) {
        const int t = static_cast<int>(std::lround(i * stride));
        if (out.empty() || t > out.back())
            out.push_back(t);
    }
    return out;
}

NoiseSchedule NoiseSchedule::respaced(const std::vector<int> &timesteps) const
{
    if (timesteps.empty())
        throw std::invalid_argument("NoiseSchedule::respaced: no timesteps");
    std::vector<double> betas;
    betas.reserve(timesteps.size());
    double last = 1.0;
    int previous = -1;
    for (int t : timesteps) {
        if (t <= previous || t < 0 || t >= steps())
            throw std::invalid_argument("NoiseSchedule::respaced: timesteps must ascend within the schedule");
        previous = t;
        const double ab = m_alphasCumprod[static_cast<std::size_t>(t)];
        betas.push_back(1.0 - ab / last);
        last = ab;
    }
    NoiseSchedule s = fromBetas(std::move(betas));
    s.m_timestepMap.clear();
    for (int t : timesteps)
        s.m_timestepMap.push_back(m_timestepMap[static_cast<std::size_t>(t)]);
    return s;
}

} // namespace netsynth
