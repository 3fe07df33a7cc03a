#include "core/diffusion/unet_config.h"

#include "core/runtime/errors.h"
#include "core/runtime/json_document.h"

#include <set>

namespace netsynth {

nlohmann::json UNetConfig::toJson() const
{
    return {{"image_size", imageSize},           {"channels", channels},
            {"base_channels", baseChannels},     {"channel_mult", channelMult},
            {"num_res_blocks", numResBlocks},    {"attention_resolutions", attentionResolutions},
            {"head_channels", headChannels},     {"dropout", dropout},
            {"learn_sigma", learnSigma},         {"num_classes", numClasses}};
}

UNetConfig UNetConfig::fromJson(const nlohmann::json &json, const std::string &file)
{
    if (!json.is_object())
        throw InputError(file, "field 'model'", "expected an object");
    static const std::set<std::string> known{"image_size", "channels", "base_channels", "channel_mult",
                                             "num_res_blocks", "attention_resolutions", "head_channels",
                                             "dropout", "learn_sigma", "num_classes"};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.count(it.key()))
            throw InputError(file, "field 'model." + it.key() + "'", "unknown field");
    UNetConfig c;
    auto read = [&](const char *key, auto &target) {
        if (!json.contains(key))
            return;
        jsonGetTo(json.at(key), target, file, std::string("field 'model.") + key + "'");
    };
    read("image_size", c.imageSize);
    read("channels", c.channels);
    read("base_channels", c.baseChannels);
    read("channel_mult", c.channelMult);
    read("num_res_blocks", c.numResBlocks);
    read("attention_resolutions", c.attentionResolutions);
    read("head_channels", c.headChannels);
    read("dropout", c.dropout);
    read("learn_sigma", c.learnSigma);
    read("num_classes", c.numClasses);
    return c;
}

void UNetConfig::validate(const std::string &file) const
{
    auto fail = [&](const char *field, const std::string &message) {
        throw InputError(file, std::string("field 'model.") + field + "'", message);
    };
    if (channels < 1)
        fail("channels", "must be at least 1");
    if (baseChannels < 1)
        fail("base_channels", "must be at least 1");
    if (channelMult.empty())
        fail("channel_mult", "needs at least one level");
    for (int m : channelMult)
        if (m < 1)
            fail("channel_mult", "multipliers must be at least 1");
    if (numResBlocks < 1)
        fail("num_res_blocks", "must be at least 1");
    if (headChannels < 1)
        fail("head_channels", "must be at least 1");
    if (dropout < 0.0 || dropout >= 1.0)
        fail("dropout", "must lie in [0, 1)");
    if (numClasses < 0)
        fail("num_classes", "must not be negative");
    const int factor = 1 << (channelMult.size() - 1);
    if (imageSize < factor || imageSize % factor != 0)
        fail("image_size", std::to_string(imageSize) + " is not divisible by 2^(levels-1) = " +
                               std::to_string(factor) + " (fewer channel_mult levels or another size)");
}

} // namespace netsynth
