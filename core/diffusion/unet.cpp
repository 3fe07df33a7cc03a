#include "core/diffusion/unet_impl.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace netsynth {

torch::Tensor timestepEmbedding(const torch::Tensor &timesteps, int dim)
{
    const int half = dim / 2;
    const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(timesteps.device());
    const torch::Tensor freqs = torch::exp(-std::log(10000.0) * torch::arange(half, options) / half);
    const torch::Tensor args = timesteps.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);
    torch::Tensor emb = torch::cat({torch::cos(args), torch::sin(args)}, 1);
    if (dim % 2)
        emb = torch::cat({emb, torch::zeros({emb.size(0), 1}, options)}, 1);
    return emb;
}

UNetImpl::UNetImpl(const UNetConfig &config) : m_config(config)
{
    const int base = config.baseChannels;
    const int embDim = 4 * base;
    m_time1 = register_module("time1", torch::nn::Linear(base, embDim));
    m_time2 = register_module("time2", torch::nn::Linear(embDim, embDim));
    if (config.numClasses > 0)
        m_label = register_module("label", torch::nn::Embedding(config.numClasses + 1, embDim));
    m_input = register_module("input", torch::nn::Conv2d(torch::nn::Conv2dOptions(config.channels, base, 3).padding(1)));

    auto hasAttention = [&](int resolution) {
        return std::find(config.attentionResolutions.begin(), config.attentionResolutions.end(), resolution) !=
               config.attentionResolutions.end();
    };
    std::vector<int> skipChannels{base};
    int ch = base;
    int resolution = config.imageSize;
    const int levels = static_cast<int>(config.channelMult.size());
    for (int level = 0; level < levels; ++level) {
        const int out = base * config.channelMult[static_cast<std::size_t>(level)];
        for (int r = 0; r < config.numResBlocks; ++r) {
            Stage s;
            const std::string name = "down" + std::to_string(level) + "_" + std::to_string(r);
            s.res = register_module(name + "_res", ResBlock(ch, out, embDim, config.dropout));
            ch = out;
            if (hasAttention(resolution))
                s.attention = register_module(name + "_attn", AttentionBlock(ch, config.headChannels));
            m_down.push_back(std::move(s));
            skipChannels.push_back(ch);
        }
        if (level + 1 < levels) {
            Stage s;
            s.resample = register_module("down" + std::to_string(level) + "_resample",
                                         torch::nn::Conv2d(torch::nn::Conv2dOptions(ch, ch, 3).stride(2).padding(1)));
            m_down.push_back(std::move(s));
            skipChannels.push_back(ch);
            resolution /= 2;
        }
    }
    m_mid1 = register_module("mid1", ResBlock(ch, ch, embDim, config.dropout));
    m_midAttention = register_module("mid_attn", AttentionBlock(ch, config.headChannels));
    m_mid2 = register_module("mid2", ResBlock(ch, ch, embDim, config.dropout));
    for (int level = levels - 1; level >= 0; --level) {
        const int out = base * config.channelMult[static_cast<std::size_t>(level)];
        for (int r = 0; r <= config.numResBlocks; ++r) {
            Stage s;
            const std::string name = "up" + std::to_string(level) + "_" + std::to_string(r);
            const int skip = skipChannels.back();
            skipChannels.pop_back();
            s.takesSkip = true;
            s.res = register_module(name + "_res", ResBlock(ch + skip, out, embDim, config.dropout));
            ch = out;
            if (hasAttention(resolution))
                s.attention = register_module(name + "_attn", AttentionBlock(ch, config.headChannels));
            m_up.push_back(std::move(s));
            if (level > 0 && r == config.numResBlocks) {
                Stage u;
                u.upsample = true;
                u.resample = register_module("up" + std::to_string(level) + "_resample",
                                             torch::nn::Conv2d(torch::nn::Conv2dOptions(ch, ch, 3).padding(1)));
                m_up.push_back(std::move(u));
                resolution *= 2;
            }
        }
    }
    m_outNorm = register_module("out_norm", makeGroupNorm(ch));
    m_out = register_module("out", torch::nn::Conv2d(torch::nn::Conv2dOptions(ch, config.outChannels(), 3).padding(1)));
    torch::NoGradGuard noGrad;
    m_out->weight.zero_();
    m_out->bias.zero_();
}

torch::Tensor UNetImpl::forward(const torch::Tensor &x, const torch::Tensor &timesteps, const torch::Tensor &labels)
{
    torch::Tensor emb = m_time2(torch::silu(m_time1(timestepEmbedding(timesteps, m_config.baseChannels))));
    if (m_label)
        emb = emb + m_label(labels);
    std::vector<torch::Tensor> skips;
    torch::Tensor h = m_input(x);
    skips.push_back(h);
    for (auto &s : m_down) {
        if (s.res) {
            h = s.res(h, emb);
            if (s.attention)
                h = s.attention(h);
        } else {
            h = s.resample(h);
        }
        skips.push_back(h);
    }
    h = m_mid2(m_midAttention(m_mid1(h, emb)), emb);
    for (auto &s : m_up) {
        if (s.upsample) {
            h = torch::upsample_nearest2d(h, {h.size(2) * 2, h.size(3) * 2});
            h = s.resample(h);
            continue;
        }
        h = torch::cat({h, skips.back()}, 1);
        skips.pop_back();
        h = s.res(h, emb);
        if (s.attention)
            h = s.attention(h);
    }
    return m_out(torch::silu(m_outNorm(h)));
}

std::int64_t UNetImpl::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : parameters())
        n += p.numel();
    return n;
}

} // namespace netsynth
