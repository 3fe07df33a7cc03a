// The torch modules of the GAN baselines: Mlp, DgFeatureGenerator,
// WganGenerator, WganCritic (one translation unit keeps the CPU build short).
#include "core/baselines/dg_feature_generator_impl.h"
#include "core/baselines/mlp_impl.h"
#include "core/baselines/wgan_critic_impl.h"
#include "core/baselines/wgan_generator_impl.h"

#include <algorithm>

namespace netsynth {

namespace F = torch::nn::functional;

// ---------------------------------------------------------------- Mlp
MlpImpl::MlpImpl(const std::vector<std::int64_t> &sizes)
{
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
        m_layers.push_back(register_module("linear" + std::to_string(i), torch::nn::Linear(sizes[i], sizes[i + 1])));
}

torch::Tensor MlpImpl::forward(torch::Tensor x)
{
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        x = m_layers[i]->forward(x);
        if (i + 1 < m_layers.size())
            x = F::leaky_relu(x, F::LeakyReLUFuncOptions().negative_slope(0.2));
    }
    return x;
}

// ---------------------------------------------------------------- DgFeatureGenerator
DgFeatureGeneratorImpl::DgFeatureGeneratorImpl(std::int64_t noiseDim, std::int64_t attributeDim, std::int64_t hidden,
                                               std::int64_t stepsPerPass, std::int64_t features, std::int64_t length)
    : m_stepsPerPass(stepsPerPass), m_features(features), m_length(length),
      m_passes((length + stepsPerPass - 1) / stepsPerPass)
{
    m_lstm = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(noiseDim + attributeDim, hidden)
                                                         .num_layers(1)
                                                         .batch_first(true)));
    m_out = register_module("out", torch::nn::Linear(hidden, stepsPerPass * features));
}

torch::Tensor DgFeatureGeneratorImpl::forward(const torch::Tensor &noise, const torch::Tensor &attributes)
{
    const auto b = noise.size(0);
    const torch::Tensor attr = attributes.unsqueeze(1).expand({b, m_passes, attributes.size(1)});
    const torch::Tensor input = torch::cat({noise, attr}, 2);
    const torch::Tensor h = std::get<0>(m_lstm->forward(input)); // [B, passes, hidden]
    torch::Tensor y = torch::tanh(m_out->forward(h));           // [B, passes, S * F]
    y = y.reshape({b, m_passes * m_stepsPerPass, m_features});
    return y.narrow(1, 0, m_length);
}

// ---------------------------------------------------------------- WganGenerator
namespace {
int doublings(std::int64_t imageSize)
{
    int k = 0;
    while ((std::int64_t(4) << k) < imageSize)
        ++k;
    return k;
}
} // namespace

WganGeneratorImpl::WganGeneratorImpl(std::int64_t latentDim, std::int64_t classes, std::int64_t imageSize,
                                     std::int64_t baseChannels)
    : m_imageSize(imageSize)
{
    const int k = doublings(imageSize);
    m_startChannels = baseChannels << std::min(k, 3);
    m_input = register_module("input", torch::nn::Linear(latentDim + classes, m_startChannels * 16));
    std::int64_t channels = m_startChannels;
    for (int i = 0; i < k; ++i) {
        const std::int64_t out = std::max(baseChannels, channels / 2);
        m_convs.push_back(register_module("conv" + std::to_string(i),
                                          torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, out, 3).padding(1))));
        m_norms.push_back(register_module("norm" + std::to_string(i), torch::nn::BatchNorm2d(out)));
        channels = out;
    }
    m_output = register_module("output", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 1, 3).padding(1)));
}

torch::Tensor WganGeneratorImpl::forward(const torch::Tensor &noise, const torch::Tensor &onehot)
{
    torch::Tensor x = m_input->forward(torch::cat({noise, onehot}, 1));
    x = torch::relu(x).reshape({noise.size(0), m_startChannels, 4, 4});
    for (std::size_t i = 0; i < m_convs.size(); ++i) {
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .scale_factor(std::vector<double>{2.0, 2.0})
                                  .mode(torch::kNearest));
        x = torch::relu(m_norms[i]->forward(m_convs[i]->forward(x)));
    }
    x = torch::tanh(m_output->forward(x));
    if (x.size(2) != m_imageSize)
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{m_imageSize, m_imageSize})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    return 0.5 * (x + x.transpose(2, 3));
}

// ---------------------------------------------------------------- WganCritic
WganCriticImpl::WganCriticImpl(std::int64_t classes, std::int64_t imageSize, std::int64_t baseChannels)
{
    m_input = register_module("input", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, baseChannels, 3).padding(1)));
    std::int64_t channels = baseChannels;
    std::int64_t size = imageSize;
    int i = 0;
    while (size > 4) {
        const std::int64_t out = std::min(channels * 2, baseChannels * 8);
        m_downs.push_back(register_module("down" + std::to_string(i++),
                                          torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, out, 4)
                                                                .stride(2)
                                                                .padding(1))));
        channels = out;
        size = size / 2;
    }
    const std::int64_t features = channels * 16;
    m_head = register_module("head", torch::nn::Linear(features, 1));
    m_embed = register_module("embed", torch::nn::Embedding(classes, features));
}

torch::Tensor WganCriticImpl::forward(const torch::Tensor &images, const torch::Tensor &labels)
{
    const auto lrelu = F::LeakyReLUFuncOptions().negative_slope(0.2);
    torch::Tensor x = F::leaky_relu(m_input->forward(images), lrelu);
    for (auto &d : m_downs)
        x = F::leaky_relu(d->forward(x), lrelu);
    x = F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({4, 4})).flatten(1);
    return m_head->forward(x).squeeze(1) + (m_embed->forward(labels) * x).sum(1);
}

} // namespace netsynth
