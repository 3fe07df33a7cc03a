#pragma once
// WganGenerator: class-conditional convolutional generator of GASF images.
// [noise, one-hot class] -> linear -> 4x4 map -> (nearest upsample x2, 3x3
// conv, batch norm, ReLU) until the map reaches at least the image size ->
// 3x3 conv to one channel -> tanh -> bilinear resize to the image size when it
// is not 4 * 2^k -> symmetrised (X + X^T) / 2, since a GASF image is symmetric
// and its diagonal carries the series. Output in [-1, 1] (model space).
// Internal header (torch).

#include <torch/torch.h>

#include <vector>

namespace netsynth {

class WganGeneratorImpl : public torch::nn::Module
{
public:
    WganGeneratorImpl(std::int64_t latentDim, std::int64_t classes, std::int64_t imageSize, std::int64_t baseChannels);
    // noise [B, latentDim], onehot [B, classes] -> [B, 1, S, S]
    torch::Tensor forward(const torch::Tensor &noise, const torch::Tensor &onehot);

private:
    torch::nn::Linear m_input{nullptr};
    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<torch::nn::BatchNorm2d> m_norms;
    torch::nn::Conv2d m_output{nullptr};
    std::int64_t m_imageSize;
    std::int64_t m_startChannels;
};
TORCH_MODULE(WganGenerator);

} // namespace netsynth
