#pragma once
// Internal: the torch module of GasfClassifier. Include only from .cpp files of
// netsynth_core (torch header).

#include <torch/torch.h>

namespace netsynth {

struct GasfConvBlockImpl : torch::nn::Module
{
    GasfConvBlockImpl(int in, int out, bool pool, double dropout);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d norm{nullptr};
    torch::nn::Dropout drop{nullptr};
    bool pool = true;
};
TORCH_MODULE(GasfConvBlock);

struct GasfCnnImpl : torch::nn::Module
{
    GasfCnnImpl(int imageSize, int channels, int numClasses, double convDropout, double fcDropout);
    // Logits.
    torch::Tensor forward(torch::Tensor x);
    // Penultimate features (after the 128-unit layer's ReLU).
    torch::Tensor embed(torch::Tensor x);

    torch::nn::Sequential blocks{nullptr};
    torch::nn::AdaptiveAvgPool2d squeeze{nullptr};
    torch::nn::Linear fc{nullptr};
    torch::nn::Dropout fcDrop{nullptr};
    torch::nn::Linear head{nullptr};
};
TORCH_MODULE(GasfCnn);

} // namespace netsynth
