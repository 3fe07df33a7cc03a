#pragma once
// Internal (torch) header: the ADM residual block. Never include from widgets/app.
//
//   h = conv3x3(SiLU(GN(x)))
//   scale, shift = Linear(SiLU(emb))          (timestep + class embedding)
//   h = GN(h) * (1 + scale) + shift           (scale-shift norm)
//   h = conv3x3(dropout(SiLU(h)))             (zero-initialised)
//   out = skip(x) + h                         (skip: identity or 1x1 conv)

#include <torch/torch.h>

namespace netsynth {

// GroupNorm with up to 32 groups that divide the channel count.
torch::nn::GroupNorm makeGroupNorm(int channels);

class ResBlockImpl : public torch::nn::Module
{
public:
    ResBlockImpl(int inChannels, int outChannels, int embChannels, double dropout);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &emb);

private:
    torch::nn::GroupNorm m_norm1{nullptr};
    torch::nn::Conv2d m_conv1{nullptr};
    torch::nn::Linear m_emb{nullptr};
    torch::nn::GroupNorm m_norm2{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Conv2d m_conv2{nullptr};
    torch::nn::Conv2d m_skip{nullptr};
};
TORCH_MODULE(ResBlock);

} // namespace netsynth
