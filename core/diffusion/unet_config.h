#pragma once
// UNetConfig: the shape of the diffusion U-Net (ADM / improved-diffusion
// style). Torch-free; the module itself is in unet_impl.h.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

struct UNetConfig
{
    int imageSize = 32;                 // square images, divisible by 2^(levels-1)
    int channels = 1;                   // image channels
    int baseChannels = 32;              // width of the first level
    std::vector<int> channelMult{1, 2, 2}; // width multiplier per level
    int numResBlocks = 1;               // residual blocks per level (the up path has one more)
    std::vector<int> attentionResolutions{8}; // feature-map sizes that get self-attention
    int headChannels = 32;              // channels per attention head
    double dropout = 0.0;
    bool learnSigma = false;            // predict the variance too (hybrid loss)
    int numClasses = 0;                 // class labels; index numClasses is the "no label" token

    nlohmann::json toJson() const;
    // Missing fields keep their defaults; wrong types throw InputError naming file and field.
    static UNetConfig fromJson(const nlohmann::json &json, const std::string &file = {});
    // Throws InputError when the shape cannot work (size not divisible, no levels...).
    void validate(const std::string &file = {}) const;
    int outChannels() const { return learnSigma ? 2 * channels : channels; }
};

} // namespace netsynth
