#pragma once
// WganCritic: class-conditional convolutional critic for WGAN-GP on GASF
// images. 3x3 conv, then (4x4 stride-2 conv, LeakyReLU 0.2) while the map is
// larger than 4x4 (channels doubling up to 8x base), adaptive average pooling
// to 4x4, and a projection-discriminator head (Miyato & Koyama 2018):
// D(x, y) = w^T h(x) + embed(y)^T h(x). No batch norm: the gradient penalty
// is per sample. Internal header (torch).

#include <torch/torch.h>

#include <vector>

namespace netsynth {

class WganCriticImpl : public torch::nn::Module
{
public:
    WganCriticImpl(std::int64_t classes, std::int64_t imageSize, std::int64_t baseChannels);
    // images [B, 1, S, S] in [-1, 1], labels [B] (long) -> [B]
    torch::Tensor forward(const torch::Tensor &images, const torch::Tensor &labels);

private:
    torch::nn::Conv2d m_input{nullptr};
    std::vector<torch::nn::Conv2d> m_downs;
    torch::nn::Linear m_head{nullptr};
    torch::nn::Embedding m_embed{nullptr};
};
TORCH_MODULE(WganCritic);

} // namespace netsynth
