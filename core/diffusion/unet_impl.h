#pragma once
// Internal (torch) header: the class-conditional diffusion U-Net in the style of
// ADM / improved-diffusion (Nichol & Dhariwal 2021), shaped by UNetConfig.
//
//   emb = MLP(sinusoidal(t)) + classEmbedding(label)    (label == numClasses: "no label")
//   x -> conv3x3 -> [ResBlock (+Attention)] x numResBlocks, Downsample  per level
//     -> ResBlock, Attention, ResBlock                                   (middle)
//     -> [concat skip, ResBlock (+Attention)] x (numResBlocks+1), Upsample per level
//     -> GroupNorm, SiLU, conv3x3 (zero-initialised)  -> eps (and variance values)
//
// forward(x [B,C,S,S], t [B] (original timesteps, any dtype), labels [B] int64)

#include "core/diffusion/attention_block_impl.h"
#include "core/diffusion/res_block_impl.h"
#include "core/diffusion/unet_config.h"

#include <torch/torch.h>

#include <vector>

namespace netsynth {

// [B, dim] sinusoidal embedding of (possibly fractional) timesteps.
torch::Tensor timestepEmbedding(const torch::Tensor &timesteps, int dim);

class UNetImpl : public torch::nn::Module
{
public:
    explicit UNetImpl(const UNetConfig &config);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &timesteps, const torch::Tensor &labels);

    const UNetConfig &config() const { return m_config; }
    std::int64_t parameterCount() const;

private:
    // One stage of the down or up path: a residual block with optional
    // attention, or a resampling convolution.
    struct Stage
    {
        ResBlock res{nullptr};
        AttentionBlock attention{nullptr};
        torch::nn::Conv2d resample{nullptr}; // stride-2 conv (down) or conv after nearest 2x (up)
        bool upsample = false;
        bool takesSkip = false;
    };

    UNetConfig m_config;
    torch::nn::Linear m_time1{nullptr};
    torch::nn::Linear m_time2{nullptr};
    torch::nn::Embedding m_label{nullptr};
    torch::nn::Conv2d m_input{nullptr};
    std::vector<Stage> m_down;
    ResBlock m_mid1{nullptr};
    AttentionBlock m_midAttention{nullptr};
    ResBlock m_mid2{nullptr};
    std::vector<Stage> m_up;
    torch::nn::GroupNorm m_outNorm{nullptr};
    torch::nn::Conv2d m_out{nullptr};
};
TORCH_MODULE(UNet);

} // namespace netsynth
