#pragma once
// Internal (torch) header: multi-head self-attention over the pixels of a
// feature map, as in ADM (GroupNorm -> 1x1 qkv -> softmax(q^T k / sqrt(d)) v
// -> zero-initialised 1x1 projection, residual).

#include <torch/torch.h>

namespace netsynth {

class AttentionBlockImpl : public torch::nn::Module
{
public:
    AttentionBlockImpl(int channels, int headChannels);
    torch::Tensor forward(const torch::Tensor &x);

private:
    int m_heads = 1;
    torch::nn::GroupNorm m_norm{nullptr};
    torch::nn::Conv1d m_qkv{nullptr};
    torch::nn::Conv1d m_proj{nullptr};
};
TORCH_MODULE(AttentionBlock);

} // namespace netsynth
