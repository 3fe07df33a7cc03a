#include "core/baselines/baseline_config.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

namespace netsynth {

nlohmann::json BaselineConfig::toJson() const
{
    return {{"steps", steps},
            {"batch_size", batchSize},
            {"learning_rate", learningRate},
            {"beta1", beta1},
            {"beta2", beta2},
            {"critic_iterations", criticIterations},
            {"gradient_penalty", gradientPenalty},
            {"seed", seed},
            {"checkpoint_every", checkpointEvery},
            {"noise_dim", noiseDim},
            {"attribute_hidden", attributeHidden},
            {"lstm_hidden", lstmHidden},
            {"steps_per_pass", stepsPerPass},
            {"critic_hidden", criticHidden},
            {"aux_weight", auxWeight},
            {"latent_dim", latentDim},
            {"base_channels", baseChannels},
            {"max_values_per_class", maxValuesPerClass}};
}

namespace {
template <typename T>
void readField(const nlohmann::json &j, const char *key, T &out, const std::string &file)
{
    if (!j.contains(key))
        return;
    jsonGetTo(j.at(key), out, file, std::string("field '") + key + "'");
}
} // namespace

BaselineConfig BaselineConfig::fromJson(const nlohmann::json &j, const std::string &file, const BaselineConfig &base)
{
    if (!j.is_object())
        throw InputError(file, {}, "a baseline configuration must be a JSON object");
    BaselineConfig c = base;
    readField(j, "steps", c.steps, file);
    readField(j, "batch_size", c.batchSize, file);
    readField(j, "learning_rate", c.learningRate, file);
    readField(j, "beta1", c.beta1, file);
    readField(j, "beta2", c.beta2, file);
    readField(j, "critic_iterations", c.criticIterations, file);
    readField(j, "gradient_penalty", c.gradientPenalty, file);
    readField(j, "seed", c.seed, file);
    readField(j, "checkpoint_every", c.checkpointEvery, file);
    readField(j, "noise_dim", c.noiseDim, file);
    readField(j, "attribute_hidden", c.attributeHidden, file);
    readField(j, "lstm_hidden", c.lstmHidden, file);
    readField(j, "steps_per_pass", c.stepsPerPass, file);
    readField(j, "critic_hidden", c.criticHidden, file);
    readField(j, "aux_weight", c.auxWeight, file);
    readField(j, "latent_dim", c.latentDim, file);
    readField(j, "base_channels", c.baseChannels, file);
    readField(j, "max_values_per_class", c.maxValuesPerClass, file);
    try {
        c.validate();
    } catch (const InputError &e) {
        throw InputError(file, e.location(), e.detail());
    }
    return c;
}

BaselineConfig BaselineConfig::fromJson(const nlohmann::json &j, const std::string &file)
{
    return fromJson(j, file, BaselineConfig());
}

BaselineConfig BaselineConfig::fromFile(const std::string &path)
{
    return fromFile(path, BaselineConfig());
}

BaselineConfig BaselineConfig::fromFile(const std::string &path, const BaselineConfig &base)
{
    return fromJson(readJsonFile(path), path, base);
}

std::vector<std::string> BaselineConfig::presetNames()
{
    return {"cpu-small", "tiny"};
}

std::string BaselineConfig::matchingPreset(BaselineKind kind) const
{
    for (const std::string &name : presetNames()) {
        const BaselineConfig p = fromPreset(name, kind);
        if (p.noiseDim == noiseDim && p.attributeHidden == attributeHidden && p.lstmHidden == lstmHidden &&
            p.stepsPerPass == stepsPerPass && p.criticHidden == criticHidden && p.latentDim == latentDim &&
            p.baseChannels == baseChannels)
            return name;
    }
    return {};
}

BaselineConfig BaselineConfig::fromPreset(const std::string &name, BaselineKind kind)
{
    BaselineConfig c;
    if (kind == BaselineKind::DoppelGanger)
        c.learningRate = 1e-3;
    if (name == "cpu-small" || name.empty())
        return c;
    if (name == "tiny") {
        c.steps = 300;
        c.batchSize = 32;
        c.checkpointEvery = 100;
        c.attributeHidden = 32;
        c.lstmHidden = 32;
        c.criticHidden = 64;
        c.latentDim = 32;
        c.baseChannels = 16;
        return c;
    }
    throw InputError({}, "--preset", "unknown preset '" + name + "' (expected cpu-small or tiny)");
}

void BaselineConfig::validate() const
{
    auto check = [](bool ok, const char *field, const char *what) {
        if (!ok)
            throw InputError({}, std::string("field '") + field + "'", what);
    };
    check(steps >= 0, "steps", "must be >= 0");
    check(batchSize >= 1, "batch_size", "must be >= 1");
    check(learningRate > 0.0, "learning_rate", "must be > 0");
    check(beta1 >= 0.0 && beta1 < 1.0, "beta1", "must be in [0, 1)");
    check(beta2 >= 0.0 && beta2 < 1.0, "beta2", "must be in [0, 1)");
    check(criticIterations >= 1, "critic_iterations", "must be >= 1");
    check(gradientPenalty >= 0.0, "gradient_penalty", "must be >= 0");
    check(checkpointEvery >= 0, "checkpoint_every", "must be >= 0 (0 = only at the end)");
    check(noiseDim >= 1, "noise_dim", "must be >= 1");
    check(attributeHidden >= 1, "attribute_hidden", "must be >= 1");
    check(lstmHidden >= 1, "lstm_hidden", "must be >= 1");
    check(stepsPerPass >= 1, "steps_per_pass", "must be >= 1");
    check(criticHidden >= 1, "critic_hidden", "must be >= 1");
    check(auxWeight >= 0.0, "aux_weight", "must be >= 0");
    check(latentDim >= 1, "latent_dim", "must be >= 1");
    check(baseChannels >= 1, "base_channels", "must be >= 1");
    check(maxValuesPerClass >= 1, "max_values_per_class", "must be >= 1");
}

} // namespace netsynth
