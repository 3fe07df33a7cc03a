#pragma once
// Internal (torch) header: the Gaussian diffusion process on top of a
// NoiseSchedule (possibly respaced): forward noising, the training losses
// (L_simple and the learned-variance hybrid L_simple + L_vlb), and one reverse
// step of DDPM (ancestral) or DDIM (eta) sampling. Step indices t index this
// schedule; the model is fed schedule.timestepMap()[t].

#include "core/diffusion/noise_schedule.h"
#include "core/diffusion/unet_impl.h"

#include <torch/torch.h>

namespace netsynth {

class GaussianDiffusion
{
public:
    GaussianDiffusion(NoiseSchedule schedule, bool learnSigma);

    const NoiseSchedule &schedule() const { return m_schedule; }
    int steps() const { return m_schedule.steps(); }
    bool learnSigma() const { return m_learnSigma; }
    // Original timesteps (what the model sees) of step indices t.
    torch::Tensor modelTimesteps(const torch::Tensor &t) const;

    // x_t = sqrt(abar_t) x0 + sqrt(1 - abar_t) noise
    torch::Tensor qSample(const torch::Tensor &x0, const torch::Tensor &t, const torch::Tensor &noise) const;

    struct Losses
    {
        torch::Tensor loss; // scalar: mean over the batch of mse (+ vb)
        torch::Tensor mse;  // scalar
        torch::Tensor vb;   // scalar, zero without learned variance
    };
    // modelOutput is the network's output for (qSample(x0, t, noise), t).
    Losses trainingLosses(const torch::Tensor &modelOutput, const torch::Tensor &x0, const torch::Tensor &xt,
                          const torch::Tensor &t, const torch::Tensor &noise, bool hybrid) const;

    struct Prediction
    {
        torch::Tensor mean;
        torch::Tensor logVariance;
        torch::Tensor predX0;
        torch::Tensor eps;
    };
    // p(x_{t-1} | x_t) from the model output (eps [+ variance values]).
    // clip: clamp the predicted x0 to [-1, 1].
    Prediction predict(const torch::Tensor &modelOutput, const torch::Tensor &xt, const torch::Tensor &t,
                       bool clip) const;

    // One DDPM ancestral step: x_{t-1} = mean + exp(logvar / 2) * noise (no noise at t = 0).
    torch::Tensor ddpmStep(const Prediction &p, const torch::Tensor &t, const torch::Tensor &noise) const;
    // One DDIM step (Song et al. 2021) with stochasticity eta (0: deterministic).
    torch::Tensor ddimStep(const Prediction &p, const torch::Tensor &xt, const torch::Tensor &t, double eta,
                           const torch::Tensor &noise) const;

    // One DPM-Solver++(2M) step from step index i to i - 1 (Lu et al. 2022,
    // data prediction, multistep): x0 is this step's (clipped) predicted x0,
    // x0Prev and hPrev the previous step's (hPrev <= 0: none, first order).
    // Returns x at i - 1 and sets h to this step's log-SNR increment; at i = 0
    // it returns x0.
    torch::Tensor dpmSolver2mStep(const torch::Tensor &xt, int i, const torch::Tensor &x0, const torch::Tensor &x0Prev,
                                  double hPrev, double &h) const;

    // Per-step coefficient tensor gathered at t and broadcast to [B, 1, 1, 1].
    torch::Tensor extract(const torch::Tensor &table, const torch::Tensor &t) const;

private:
    static torch::Tensor table(const std::vector<double> &values);
    torch::Tensor normalKl(const torch::Tensor &mean1, const torch::Tensor &logvar1, const torch::Tensor &mean2,
                           const torch::Tensor &logvar2) const;
    torch::Tensor discretizedGaussianLogLikelihood(const torch::Tensor &x, const torch::Tensor &mean,
                                                   const torch::Tensor &logScale) const;

    NoiseSchedule m_schedule;
    bool m_learnSigma;
    torch::Tensor m_timestepMap;
    torch::Tensor m_sqrtAlphasCumprod;
    torch::Tensor m_sqrtOneMinusAlphasCumprod;
    torch::Tensor m_sqrtRecipAlphasCumprod;
    torch::Tensor m_sqrtRecipm1AlphasCumprod;
    torch::Tensor m_alphasCumprod;
    torch::Tensor m_alphasCumprodPrev;
    torch::Tensor m_logBetas;
    torch::Tensor m_posteriorLogVarianceClipped;
    torch::Tensor m_posteriorMeanCoef1;
    torch::Tensor m_posteriorMeanCoef2;
};

} // namespace netsynth
