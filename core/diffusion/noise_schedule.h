#pragma once
// NoiseSchedule: the variance schedule of a Gaussian diffusion process and
// every per-step coefficient derived from it (Ho et al. 2020; Nichol &
// Dhariwal 2021). Torch-free: plain doubles, so the math is testable against
// closed-form values and the sampler can respace it for DDIM / fewer-step DDPM.
//
//   auto s = NoiseSchedule::make(NoiseScheduleKind::Cosine, 1000);
//   s.alphasCumprod()[t]           // \bar\alpha_t
//   auto fast = s.respaced(NoiseSchedule::spacedTimesteps(1000, 50));
//   fast.timestepMap()[i]          // the original t the model sees at step i

#include <string>
#include <vector>

namespace netsynth {

enum class NoiseScheduleKind { Linear, Cosine };

NoiseScheduleKind parseNoiseScheduleKind(const std::string &text); // throws InputError
std::string noiseScheduleKindName(NoiseScheduleKind kind);

class NoiseSchedule
{
public:
    NoiseSchedule() = default;

    // linear: betas evenly from 1e-4 * 1000/T to 0.02 * 1000/T (DDPM, scaled to T).
    // cosine: \bar\alpha(t) = cos^2(((t/T) + 0.008) / 1.008 * pi/2), betas clipped at 0.999.
    static NoiseSchedule make(NoiseScheduleKind kind, int steps);
    // Any schedule from its betas (each in (0, 1]); timestepMap = 0..n-1.
    static NoiseSchedule fromBetas(std::vector<double> betas);

    // K timesteps of 0..T-1, evenly spaced, ascending, always including 0 and T-1
    // (K is clamped to [1, T]).
    static std::vector<int> spacedTimesteps(int totalSteps, int count);
    // The schedule restricted to the given ascending timesteps of this one:
    // new beta_i = 1 - \bar\alpha_{t_i} / \bar\alpha_{t_{i-1}}, so the marginals
    // q(x_{t_i} | x_0) are unchanged (improved-diffusion's respacing).
    NoiseSchedule respaced(const std::vector<int> &timesteps) const;

    int steps() const { return static_cast<int>(m_betas.size()); }
    const std::vector<double> &betas() const { return m_betas; }
    const std::vector<double> &alphasCumprod() const { return m_alphasCumprod; }
    const std::vector<double> &alphasCumprodPrev() const { return m_alphasCumprodPrev; }
    // Variance of the true posterior q(x_{t-1} | x_t, x_0).
    const std::vector<double> &posteriorVariance() const { return m_posteriorVariance; }
    // log of posteriorVariance with step 0 replaced by step 1 (it is 0 at t = 0).
    const std::vector<double> &posteriorLogVarianceClipped() const { return m_posteriorLogVarianceClipped; }
    // Posterior mean = coef1 * x_0 + coef2 * x_t.
    const std::vector<double> &posteriorMeanCoef1() const { return m_posteriorMeanCoef1; }
    const std::vector<double> &posteriorMeanCoef2() const { return m_posteriorMeanCoef2; }
    // Original timestep of each step (identity unless respaced).
    const std::vector<int> &timestepMap() const { return m_timestepMap; }

private:
    void derive();

    std::vector<double> m_betas;
    std::vector<double> m_alphasCumprod;
    std::vector<double> m_alphasCumprodPrev;
    std::vector<double> m_posteriorVariance;
    std::vector<double> m_posteriorLogVarianceClipped;
    std::vector<double> m_posteriorMeanCoef1;
    std::vector<double> m_posteriorMeanCoef2;
    std::vector<int> m_timestepMap;
};

} // namespace netsynth
