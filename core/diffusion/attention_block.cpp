#include "core/diffusion/attention_block_impl.h"

#include "core/diffusion/res_block_impl.h"

#include <cmath>

namespace netsynth {

AttentionBlockImpl::AttentionBlockImpl(int channels, int headChannels)
{
    m_heads = std::max(1, channels / std::max(1, headChannels));
    while (channels % m_heads != 0)
        --m_heads;
    m_norm = register_module("norm", makeGroupNorm(channels));
    m_qkv = register_module("qkv", torch::nn::Conv1d(torch::nn::Conv1dOptions(channels, 3 * channels, 1)));
    m_proj = register_module("proj", torch::nn::Conv1d(torch::nn::Conv1dOptions(channels, channels, 1)));
    torch::NoGradGuard noGrad;
    m_proj->weight.zero_();
    m_proj->bias.zero_();
}

torch::Tensor AttentionBlockImpl::forward(const torch::Tensor &x)
{
    const auto b = x.size(0);
    const auto c = x.size(1);
    const auto t = x.size(2) * x.size(3);
    const torch::Tensor flat = x.reshape({b, c, t});
    const torch::Tensor qkv = m_qkv(m_norm(flat)); // [b, 3c, t]
    const auto d = c / m_heads;
    const auto parts = qkv.reshape({b * m_heads, 3 * d, t}).split(d, 1);
    const double scale = 1.0 / std::sqrt(std::sqrt(double(d)));
    // [b*h, t, t]: attention of each query position over the key positions.
    const torch::Tensor weight = torch::softmax(torch::bmm((parts[0] * scale).transpose(1, 2), parts[1] * scale), -1);
    const torch::Tensor a = torch::bmm(parts[2], weight.transpose(1, 2)); // [b*h, d, t]
    return (flat + m_proj(a.reshape({b, c, t}))).reshape(x.sizes());
}

} // namespace netsynth
