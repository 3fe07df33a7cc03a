#pragma once
// Mlp: Linear layers with LeakyReLU(0.2) between them (none after the last).
// The attribute generator, the min/max generator and both critics of the
// DoppelGANger-style baseline are MLPs. Internal header (torch).

#include <torch/torch.h>

#include <vector>

namespace netsynth {

class MlpImpl : public torch::nn::Module
{
public:
    // sizes: input, hidden..., output (at least two entries).
    explicit MlpImpl(const std::vector<std::int64_t> &sizes);
    torch::Tensor forward(torch::Tensor x);

private:
    std::vector<torch::nn::Linear> m_layers;
};
TORCH_MODULE(Mlp);

} // namespace netsynth
