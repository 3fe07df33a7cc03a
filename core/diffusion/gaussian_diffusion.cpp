#include "core/diffusion/gaussian_diffusion_impl.h"

#include <cmath>

namespace netsynth {

torch::Tensor GaussianDiffusion::table(const std::vector<double> &values)
{
    return torch::tensor(values, torch::kFloat64);
}

GaussianDiffusion::GaussianDiffusion(NoiseSchedule schedule, bool learnSigma)
    : m_schedule(std::move(schedule)), m_learnSigma(learnSigma)
{
    const auto &ab = m_schedule.alphasCumprod();
    std::vector<double> sqrtAb, sqrt1mAb, recip, recipm1, logBetas;
    for (std::size_t i = 0; i < ab.size(); ++i) {
        sqrtAb.push_back(std::sqrt(ab[i]));
        sqrt1mAb.push_back(std::sqrt(1.0 - ab[i]));
        recip.push_back(std::sqrt(1.0 / ab[i]));
        recipm1.push_back(std::sqrt(1.0 / ab[i] - 1.0));
        logBetas.push_back(std::log(m_schedule.betas()[i]));
    }
    std::vector<std::int64_t> map(m_schedule.timestepMap().begin(), m_schedule.timestepMap().end());
    m_timestepMap = torch::tensor(map, torch::kInt64);
    m_sqrtAlphasCumprod = table(sqrtAb);
    m_sqrtOneMinusAlphasCumprod = table(sqrt1mAb);
    m_sqrtRecipAlphasCumprod = table(recip);
    m_sqrtRecipm1AlphasCumprod = table(recipm1);
    m_alphasCumprod = table(ab);
    m_alphasCumprodPrev = table(m_schedule.alphasCumprodPrev());
    m_logBetas = table(logBetas);
    m_posteriorLogVarianceClipped = table(m_schedule.posteriorLogVarianceClipped());
    m_posteriorMeanCoef1 = table(m_schedule.posteriorMeanCoef1());
    m_posteriorMeanCoef2 = table(m_schedule.posteriorMeanCoef2());
}

torch::Tensor GaussianDiffusion::extract(const torch::Tensor &values, const torch::Tensor &t) const
{
    return values.index_select(0, t.to(torch::kCPU, torch::kInt64))
        .to(torch::kFloat32)
        .to(t.device())
        .reshape({t.size(0), 1, 1, 1});
}

torch::Tensor GaussianDiffusion::modelTimesteps(const torch::Tensor &t) const
{
    return m_timestepMap.index_select(0, t.to(torch::kCPU, torch::kInt64)).to(t.device());
}

torch::Tensor GaussianDiffusion::qSample(const torch::Tensor &x0, const torch::Tensor &t, const torch::Tensor &noise) const
{
    return extract(m_sqrtAlphasCumprod, t) * x0 + extract(m_sqrtOneMinusAlphasCumprod, t) * noise;
}

GaussianDiffusion::Prediction GaussianDiffusion::predict(const torch::Tensor &modelOutput, const torch::Tensor &xt,
                                                         const torch::Tensor &t, bool clip) const
{
    const auto c = xt.size(1);
    Prediction p;
    const torch::Tensor out = modelOutput.to(torch::kFloat32);
    if (m_learnSigma) {
        const auto parts = out.split(c, 1);
        p.eps = parts[0];
        // Interpolate log variance between beta_t and the posterior variance (improved DDPM).
        const torch::Tensor frac = (parts[1] + 1) / 2;
        const torch::Tensor minLog = extract(m_posteriorLogVarianceClipped, t);
        const torch::Tensor maxLog = extract(m_logBetas, t);
        p.logVariance = frac * maxLog + (1 - frac) * minLog;
    } else {
        p.eps = out;
        // Fixed small variance: the posterior variance (clipped at t = 0).
        p.logVariance = extract(m_posteriorLogVarianceClipped, t).expand_as(xt);
    }
    p.predX0 = extract(m_sqrtRecipAlphasCumprod, t) * xt - extract(m_sqrtRecipm1AlphasCumprod, t) * p.eps;
    if (clip)
        p.predX0 = p.predX0.clamp(-1.0, 1.0);
    p.mean = extract(m_posteriorMeanCoef1, t) * p.predX0 + extract(m_posteriorMeanCoef2, t) * xt;
    return p;
}

torch::Tensor GaussianDiffusion::ddpmStep(const Prediction &p, const torch::Tensor &t, const torch::Tensor &noise) const
{
    const torch::Tensor nonzero = (t != 0).to(torch::kFloat32).reshape({t.size(0), 1, 1, 1});
    return p.mean + nonzero * torch::exp(0.5 * p.logVariance) * noise;
}

torch::Tensor GaussianDiffusion::ddimStep(const Prediction &p, const torch::Tensor &xt, const torch::Tensor &t,
                                          double eta, const torch::Tensor &noise) const
{
    const torch::Tensor ab = extract(m_alphasCumprod, t);
    const torch::Tensor abPrev = extract(m_alphasCumprodPrev, t);
    // eps consistent with the (possibly clipped) predicted x0.
    const torch::Tensor eps = (extract(m_sqrtRecipAlphasCumprod, t) * xt - p.predX0) /
                              extract(m_sqrtRecipm1AlphasCumprod, t);
    const torch::Tensor sigma = eta * ((1 - abPrev) / (1 - ab)).sqrt() * (1 - ab / abPrev).sqrt();
    const torch::Tensor mean = p.predX0 * abPrev.sqrt() + (1 - abPrev - sigma * sigma).clamp_min(0).sqrt() * eps;
    const torch::Tensor nonzero = (t != 0).to(torch::kFloat32).reshape({t.size(0), 1, 1, 1});
    return mean + nonzero * sigma * noise;
}

torch::Tensor GaussianDiffusion::dpmSolver2mStep(const torch::Tensor &xt, int i, const torch::Tensor &x0,
                                                 const torch::Tensor &x0Prev, double hPrev, double &h) const
{
    h = 0.0;
    if (i <= 0)
        return x0;
    const double abT = m_schedule.alphasCumprod()[static_cast<std::size_t>(i)];
    const double abS = m_schedule.alphasCumprodPrev()[static_cast<std::size_t>(i)];
    const double alphaS = std::sqrt(abS), sigmaT = std::sqrt(1.0 - abT), sigmaS = std::sqrt(1.0 - abS);
    // lambda = log(alpha / sigma), the half log-SNR; h > 0 towards the data.
    h = 0.5 * (std::log(abS / (1.0 - abS)) - std::log(abT / (1.0 - abT)));
    torch::Tensor d = x0;
    if (hPrev > 0.0 && x0Prev.defined()) {
        const double r = hPrev / h;
        d = (1.0 + 0.5 / r) * x0 - (0.5 / r) * x0Prev;
    }
    return (sigmaS / sigmaT) * xt - alphaS * std::expm1(-h) * d;
}

torch::Tensor GaussianDiffusion::normalKl(const torch::Tensor &mean1, const torch::Tensor &logvar1,
                                          const torch::Tensor &mean2, const torch::Tensor &logvar2) const
{
    return 0.5 * (-1.0 + logvar2 - logvar1 + torch::exp(logvar1 - logvar2) +
                  (mean1 - mean2).pow(2) * torch::exp(-logvar2));
}

torch::Tensor GaussianDiffusion::discretizedGaussianLogLikelihood(const torch::Tensor &x, const torch::Tensor &mean,
                                                                  const torch::Tensor &logScale) const
{
    // Log-likelihood of x in bins of width 2/255 around each value in [-1, 1]
    // (improved-diffusion's decoder term at t = 0).
    auto cdf = [](const torch::Tensor &v) {
        return 0.5 * (1.0 + torch::tanh(std::sqrt(2.0 / std::acos(-1.0)) * (v + 0.044715 * v.pow(3))));
    };
    const torch::Tensor centered = x - mean;
    const torch::Tensor invStd = torch::exp(-logScale);
    const torch::Tensor cdfPlus = cdf(invStd * (centered + 1.0 / 255.0));
    const torch::Tensor cdfMin = cdf(invStd * (centered - 1.0 / 255.0));
    const torch::Tensor logCdfPlus = torch::log(cdfPlus.clamp_min(1e-12));
    const torch::Tensor logOneMinusCdfMin = torch::log((1.0 - cdfMin).clamp_min(1e-12));
    const torch::Tensor cdfDelta = cdfPlus - cdfMin;
    return torch::where(x < -0.999, logCdfPlus,
                        torch::where(x > 0.999, logOneMinusCdfMin, torch::log(cdfDelta.clamp_min(1e-12))));
}

GaussianDiffusion::Losses GaussianDiffusion::trainingLosses(const torch::Tensor &modelOutput, const torch::Tensor &x0,
                                                            const torch::Tensor &xt, const torch::Tensor &t,
                                                            const torch::Tensor &noise, bool hybrid) const
{
    const auto c = x0.size(1);
    const torch::Tensor out = modelOutput.to(torch::kFloat32);
    const torch::Tensor eps = m_learnSigma ? out.split(c, 1)[0] : out;
    Losses l;
    const torch::Tensor msePerSample = (eps - noise).pow(2).mean({1, 2, 3});
    l.mse = msePerSample.mean();
    if (m_learnSigma && hybrid) {
        // The vb term trains only the variance: the mean uses a detached eps.
        const torch::Tensor frozen = torch::cat({eps.detach(), out.split(c, 1)[1]}, 1);
        const Prediction p = predict(frozen, xt, t, false);
        const torch::Tensor trueMean = extract(m_posteriorMeanCoef1, t) * x0 + extract(m_posteriorMeanCoef2, t) * xt;
        const torch::Tensor trueLogVar = extract(m_posteriorLogVarianceClipped, t);
        const double log2 = std::log(2.0);
        const torch::Tensor kl = normalKl(trueMean, trueLogVar, p.mean, p.logVariance).mean({1, 2, 3}) / log2;
        const torch::Tensor nll =
            -discretizedGaussianLogLikelihood(x0, p.mean, 0.5 * p.logVariance).mean({1, 2, 3}) / log2;
        const torch::Tensor vbPerSample = torch::where(t == 0, nll, kl);
        l.vb = vbPerSample.mean();
        l.loss = (msePerSample + vbPerSample).mean();
    } else {
        l.vb = torch::zeros({}, out.options());
        l.loss = l.mse;
    }
    return l;
}

} // namespace netsynth
