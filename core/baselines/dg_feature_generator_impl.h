#pragma once
// DgFeatureGenerator: the LSTM feature generator of DoppelGANger (Lin et al.,
// IMC 2020). Each LSTM pass reads fresh noise plus the series' attributes
// (label, length, per-series min/max) and emits `stepsPerPass` time steps of
// every feature at once ("batch generation"), which shortens the recurrence
// and helps with long-range structure. Outputs are in [-1, 1]: values
// normalised by the series' own min/max. Internal header (torch).

#include <torch/torch.h>

namespace netsynth {

class DgFeatureGeneratorImpl : public torch::nn::Module
{
public:
    DgFeatureGeneratorImpl(std::int64_t noiseDim, std::int64_t attributeDim, std::int64_t hidden,
                           std::int64_t stepsPerPass, std::int64_t features, std::int64_t length);
    // noise [B, passes, noiseDim], attributes [B, attributeDim] -> [B, length, features]
    torch::Tensor forward(const torch::Tensor &noise, const torch::Tensor &attributes);
    std::int64_t passes() const { return m_passes; }

private:
    torch::nn::LSTM m_lstm{nullptr};
    torch::nn::Linear m_out{nullptr};
    std::int64_t m_stepsPerPass;
    std::int64_t m_features;
    std::int64_t m_length;
    std::int64_t m_passes;
};
TORCH_MODULE(DgFeatureGenerator);

} // namespace netsynth
