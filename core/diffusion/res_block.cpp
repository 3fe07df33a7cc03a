#include "core/diffusion/res_block_impl.h"

namespace netsynth {

torch::nn::GroupNorm makeGroupNorm(int channels)
{
    int groups = std::min(32, channels);
    while (channels % groups != 0)
        --groups;
    return torch::nn::GroupNorm(torch::nn::GroupNormOptions(groups, channels).eps(1e-5));
}

ResBlockImpl::ResBlockImpl(int inChannels, int outChannels, int embChannels, double dropout)
{
    m_norm1 = register_module("norm1", makeGroupNorm(inChannels));
    m_conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 3).padding(1)));
    m_emb = register_module("emb", torch::nn::Linear(embChannels, 2 * outChannels));
    m_norm2 = register_module("norm2", makeGroupNorm(outChannels));
    m_dropout = register_module("dropout", torch::nn::Dropout(dropout));
    m_conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(outChannels, outChannels, 3).padding(1)));
    {
        torch::NoGradGuard noGrad;
        m_conv2->weight.zero_();
        m_conv2->bias.zero_();
    }
    if (inChannels != outChannels)
        m_skip = register_module("skip", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 1)));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &emb)
{
    torch::Tensor h = m_conv1(torch::silu(m_norm1(x)));
    const torch::Tensor e = m_emb(torch::silu(emb)).unsqueeze(-1).unsqueeze(-1);
    const auto parts = e.chunk(2, 1);
    h = m_norm2(h) * (1 + parts[0]) + parts[1];
    h = m_conv2(m_dropout(torch::silu(h)));
    return (m_skip ? m_skip(x) : x) + h;
}

} // namespace netsynth
