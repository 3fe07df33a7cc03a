#include "core/appshot/appshot_config.h"
#include "core/runtime/json_document.h"

#include "core/runtime/errors.h"

namespace netsynth {

nlohmann::json AppShotConfig::toJson() const
{
    nlohmann::json norms = nlohmann::json::array();
    for (const auto &n : normalizations)
        norms.push_back(n.toJson());
    return {{"format", "netsynth-appshot-config"},
            {"version", 1},
            {"layers", layers},
            {"normalizations", norms},
            {"services", services},
            {"service_scale", serviceScale},
            {"training_provenance", trainingProvenance},
            {"train_cities", trainCities},
            {"patch", patch},
            {"stride", stride},
            {"channels", channels},
            {"noise_channels", noiseChannels},
            {"embed_dim", embedDim},
            {"dilations", dilations},
            {"steps", steps},
            {"batch", batch},
            {"lr_generator", lrGenerator},
            {"lr_discriminator", lrDiscriminator},
            {"lr_composition", lrComposition},
            {"l1_weight", l1Weight},
            {"composition_weight", compositionWeight},
            {"composition_input", compositionInput},
            {"augment", augment},
            {"ridge_residual", ridgeResidual},
            {"ridge_input", ridgeInput},
            {"ridge_coefficients", ridgeCoefficients},
            {"seed", seed},
            {"checkpoint_every", checkpointEvery},
            {"sample_every", sampleEvery}};
}

void AppShotConfig::validateTrainingOptions() const
{
    auto require = [](bool ok, const char *option, const std::string &what) {
        if (!ok)
            throw InputError({}, option, what);
    };
    require(patch >= 4, "--patch", "the patch must be at least 4 cells, not " + std::to_string(patch));
    require(stride >= 1 && stride <= patch, "--stride",
            "the stride must lie in 1..patch (" + std::to_string(patch) + "), not " + std::to_string(stride));
    require(channels >= 1, "--channels", "the width must be at least 1");
    require(steps >= 1, "--steps", "at least 1 training step");
    require(batch >= 1, "--batch", "the batch must be at least 1");
    require(lrComposition > 0.0, "--lr-composition", "expects a positive learning rate");
    require(l1Weight >= 0.0, "--l1-weight", "expects a weight >= 0");
    require(compositionInput == "traffic-shares" || compositionInput == "normalised-softmax", "--composition-input",
            "expects traffic-shares or normalised-softmax, not '" + compositionInput + "'");
}

AppShotConfig AppShotConfig::fromJson(const nlohmann::json &j)
{
    AppShotConfig c;
    try {
        if (jsonFormat(j) != "netsynth-appshot-config")
            throw InputError({}, "field format", "not an AppShot configuration");
        c.layers = j.at("layers").get<std::vector<std::string>>();
        for (const auto &n : j.at("normalizations"))
            c.normalizations.push_back(LayerNormalization::fromJson(n));
        c.services = j.at("services").get<std::vector<std::string>>();
        c.serviceScale = j.at("service_scale").get<std::vector<double>>();
        c.trainingProvenance = j.value("training_provenance", std::string());
        c.trainCities = j.value("train_cities", std::vector<std::string>());
        c.patch = jsonNumber<int>(j.at("patch"), std::string(), "field 'patch'");
        c.stride = jsonNumber<int>(j.at("stride"), std::string(), "field 'stride'");
        c.channels = jsonNumber<int>(j.at("channels"), std::string(), "field 'channels'");
        c.noiseChannels = jsonNumber<int>(j.at("noise_channels"), std::string(), "field 'noise_channels'");
        c.embedDim = jsonNumber<int>(j.at("embed_dim"), std::string(), "field 'embed_dim'");
        c.dilations = j.at("dilations").get<std::vector<int>>();
        c.steps = jsonNumber<int>(j.at("steps"), std::string(), "field 'steps'");
        c.batch = jsonNumber<int>(j.at("batch"), std::string(), "field 'batch'");
        c.lrGenerator = j.at("lr_generator").get<double>();
        c.lrDiscriminator = j.at("lr_discriminator").get<double>();
        // Before the field existed both discriminators shared lr_discriminator.
        c.lrComposition = j.value("lr_composition", c.lrDiscriminator);
        c.l1Weight = j.at("l1_weight").get<double>();
        c.compositionWeight = j.at("composition_weight").get<double>();
        // Checkpoints written before the field existed used the normalised softmax.
        c.compositionInput = j.value("composition_input", std::string("normalised-softmax"));
        c.seed = jsonNumber<std::uint64_t>(j.at("seed"), std::string(), "field 'seed'");
        c.augment = j.value("augment", false);
        c.ridgeResidual = j.value("ridge_residual", false);
        c.ridgeInput = j.value("ridge_input", false);
        if (c.usesRidge())
            c.ridgeCoefficients = j.at("ridge_coefficients").get<std::vector<std::vector<std::vector<double>>>>();
        c.checkpointEvery = jsonNumber<int>(j.at("checkpoint_every"), std::string(), "field 'checkpoint_every'");
        c.sampleEvery = jsonNumber<int>(j.at("sample_every"), std::string(), "field 'sample_every'");
    } catch (const nlohmann::json::exception &e) {
        throw InputError({}, "configuration", e.what());
    }
    if (c.normalizations.size() != c.layers.size() || c.serviceScale.size() != c.services.size() || c.services.empty())
        throw InputError({}, "configuration", "layers/normalizations or services/service_scale differ in length");
    if (c.usesRidge()) {
        bool ok = c.ridgeCoefficients.size() == c.services.size();
        for (const auto &perSlot : c.ridgeCoefficients) {
            ok = ok && perSlot.size() == 48;
            for (const auto &beta : perSlot) ok = ok && beta.size() == c.layers.size() + 1;
        }
        if (!ok)
            throw InputError({}, "ridge_coefficients", "expected services x 48 slots x (layers + 1) numbers");
    }
    if (c.compositionInput != "traffic-shares" && c.compositionInput != "normalised-softmax")
        throw InputError({}, "composition_input", "expected traffic-shares or normalised-softmax, got '" + c.compositionInput + "'");
    if (c.patch < 4 || c.stride < 1 || c.stride > c.patch || c.channels < 1 || c.embedDim < 1 || c.dilations.empty())
        throw InputError({}, "configuration", "patch >= 4, 1 <= stride <= patch, channels, embed_dim and dilations required");
    return c;
}

} // namespace netsynth
