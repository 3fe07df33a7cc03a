#pragma once
// INTERNAL torch header of AppShot (never include from widgets/ or app/): the
// FiLM layer, the FiLM-conditioned generator, the two discriminators, and the
// tensor helpers shared by training and generation.
//
// Generator G(context, noise | c): a CNN at full patch resolution. Input: the K
// normalised context layers and Z spatial noise channels. Each block is
//   conv3x3 (dilation d) -> GroupNorm (no affine) -> FiLM(e) -> LeakyReLU (+ skip)
// where e = Embed(c) embeds the condition c = [sin(2 pi h/24), cos(2 pi h/24),
// weekend, mean of each context layer over the patch]. FiLM: y = (1 + gamma(e)) x + beta(e),
// gamma/beta a linear map of e initialised to zero (identity at start). A final
// 1x1 conv gives the S service channels at once (jointly, so cross-service
// structure is learnt, not assembled).
//
// D1 spatial PatchGAN on [context, services, condition maps]: conv stack to a
// map of logits, each judging a ~10x10 neighbourhood (local realism and
// consistency with context).
// D2 service composition: per-cell 1x1 convs on [the service mix, the total,
// condition, context]: judges which mixes and totals are plausible where,
// independent of spatial texture. With compositionInput "traffic-shares" the
// mix is the log share of each service in the cell's traffic in traffic units
// (x_s = scale_s * expm1(y_s)), log((x_s + e_s) / sum(x + e)), e_s = 0.01 scale_s,
// and the total log1p(sum x / sum scale); "normalised-softmax" (the first
// design) used softmax / logsumexp of the normalised values y_s.

#include "core/appshot/appshot_config.h"
#include "core/appshot/city.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

namespace appshot {

struct FiLMImpl : torch::nn::Module
{
    FiLMImpl(int embedDim, int channels);
    // x [B, C, H, W], e [B, E] -> (1 + gamma) * x + beta
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &e);
    torch::nn::Linear proj{nullptr};
    int channels;
};
TORCH_MODULE(FiLM);

struct FiLMBlockImpl : torch::nn::Module
{
    FiLMBlockImpl(int in, int out, int dilation, int embedDim);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &e);
    torch::nn::Conv2d conv{nullptr};
    torch::nn::GroupNorm norm{nullptr};
    FiLM film{nullptr};
    bool residual;
};
TORCH_MODULE(FiLMBlock);

struct GeneratorImpl : torch::nn::Module
{
    explicit GeneratorImpl(const AppShotConfig &cfg);
    // context [B,K,P,P], noise [B,Z,P,P], cond [B, 3+K] -> [B,S,P,P] (normalised log traffic)
    torch::Tensor forward(const torch::Tensor &context, const torch::Tensor &noise, const torch::Tensor &cond);
    torch::nn::Sequential embed{nullptr};
    torch::nn::ModuleList blocks{nullptr};
    torch::nn::Conv2d head{nullptr};
};
TORCH_MODULE(Generator);

struct SpatialDiscriminatorImpl : torch::nn::Module
{
    explicit SpatialDiscriminatorImpl(const AppShotConfig &cfg);
    // context [B,K,P,P], services [B,S,P,P], cond [B,3+K] -> logits [B,1,P/2,P/2]
    torch::Tensor forward(const torch::Tensor &context, const torch::Tensor &services, const torch::Tensor &cond);
    torch::nn::Sequential net{nullptr};
};
TORCH_MODULE(SpatialDiscriminator);

struct CompositionDiscriminatorImpl : torch::nn::Module
{
    explicit CompositionDiscriminatorImpl(const AppShotConfig &cfg);
    // -> per-cell logits [B,1,P,P]
    torch::Tensor forward(const torch::Tensor &context, const torch::Tensor &services, const torch::Tensor &cond);
    // The per-cell [mix (S), total (1)] the network sees.
    torch::Tensor compositionFeatures(const torch::Tensor &services) const;
    torch::nn::Sequential net{nullptr};
    torch::Tensor scale; // [1,S,1,1] service scales (buffer)
    bool trafficShares = true;
};
TORCH_MODULE(CompositionDiscriminator);

// A city as tensors for the model (CPU, float32).
struct CityTensors
{
    std::string name;
    int rows = 0, cols = 0;
    torch::Tensor context; // [K,H,W] normalised with the config's spec
    torch::Tensor traffic; // [T,S,H,W] log1p(traffic / scale), undefined when the city has none
    torch::Tensor mask;    // [1,H,W] 1 = valid
    std::vector<int> hours;
};

// missing: context layers of the config the city lacks (zeros are used).
CityTensors prepareCity(const City &city, const AppShotConfig &cfg, bool withTraffic,
                        std::vector<std::string> *missing = nullptr);

// Condition vectors [B, 3+K] for hour indices and context patches [B,K,P,P].
torch::Tensor conditionVectors(const std::vector<int> &hours, const torch::Tensor &contextPatches);

// The generator's output for context patches [B,K,P,P] at `hours` (one per
// patch): G(context, noise | cond), plus the ridge baseline's normalised map
// max(0, beta(slot) . [context, 1]) when cfg.ridgeResidual.
torch::Tensor generate(Generator &generator, const AppShotConfig &cfg, const torch::Tensor &context,
                       const torch::Tensor &noise, const torch::Tensor &cond, const std::vector<int> &hours);

// The ridge baseline's normalised maps [B,S,P,P] for context patches [B,K,P,P]
// at `hours`, from cfg.ridgeCoefficients (which must be set).
torch::Tensor ridgeMaps(const AppShotConfig &cfg, const torch::Tensor &context, const std::vector<int> &hours);

// Generates normalised maps [T,S,H,W] for a whole city by overlapping patches
// (PatchTiler blending). Noise is one seeded city-wide field per hour, so
// overlapping patches see the same noise.
torch::Tensor generateCity(Generator &generator, const AppShotConfig &cfg, const CityTensors &city,
                           const std::vector<int> &hours, std::uint64_t seed, int stride, const torch::Device &device,
                           ProgressToken *token);

// Normalised -> traffic units: scale_s * expm1(max(y, 0)), masked.
std::vector<float> denormalize(const torch::Tensor &maps, const AppShotConfig &cfg, const torch::Tensor &mask);

// Checkpoint archive (torch::serialize) helpers.
struct CheckpointState
{
    AppShotConfig config;
    int step = 0;
    torch::Tensor history; // [N, 5]: step, loss_g, loss_d_spatial, loss_d_composition, l1
};
void writeCheckpoint(const std::string &path, const CheckpointState &state, Generator &g, SpatialDiscriminator &d1,
                     CompositionDiscriminator &d2, torch::optim::Optimizer *optG, torch::optim::Optimizer *optD);
// Reads config and step; loads the modules (and optimizers when given).
CheckpointState readCheckpointConfig(const std::string &path);
void readCheckpoint(const std::string &path, CheckpointState &state, Generator &g, SpatialDiscriminator *d1,
                    CompositionDiscriminator *d2, torch::optim::Optimizer *optG, torch::optim::Optimizer *optD);

} // namespace appshot
} // namespace netsynth
