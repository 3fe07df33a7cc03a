#include "core/diffusion/train_config.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <cmath>
#include <map>
#include <set>

namespace netsynth {

nlohmann::json TrainConfig::toJson() const
{
    nlohmann::json j = {{"preset", preset},
            {"model", model.toJson()},
            {"schedule", noiseScheduleKindName(schedule)},
            {"diffusion_steps", diffusionSteps},
            {"loss", hybridLoss ? "hybrid" : "simple"},
            {"lr", lr},
            {"weight_decay", weightDecay},
            {"warmup_steps", warmupSteps},
            {"batch_size", batchSize},
            {"steps", steps},
            {"ema_rate", emaRate},
            {"grad_clip", gradClip},
            {"label_dropout", labelDropout},
            {"class_balance", classBalance},
            {"seed", seed},
            {"checkpoint_every", checkpointEvery},
            {"preview_every", previewEvery},
            {"preview_per_class", previewPerClass},
            {"preview_sampling_steps", previewSamplingSteps},
            {"bf16", bf16},
            {"log_every", logEvery}};
    // Written only when it is not the default, so the configurations (and
    // the pipeline's step keys) of runs made before it existed stay the same.
    if (lrSchedule != "constant") j["lr_schedule"] = lrSchedule;
    return j;
}

double TrainConfig::learningRateAt(int step) const
{
    if (warmupSteps > 0 && step < warmupSteps)
        return lr * double(step + 1) / warmupSteps;
    if (lrSchedule != "cosine" || steps <= warmupSteps + 1)
        return lr;
    const double progress = double(step - warmupSteps) / double(steps - 1 - warmupSteps);
    return lr * 0.5 * (1.0 + std::cos(M_PI * std::min(1.0, progress)));
}

std::vector<double> classDrawWeights(const std::vector<int> &labels, double classBalance)
{
    std::map<int, double> counts;
    for (int label : labels) counts[label] += 1.0;
    std::vector<double> w;
    w.reserve(labels.size());
    for (int label : labels) w.push_back(std::pow(counts[label], classBalance - 1.0));
    return w;
}

TrainConfig TrainConfig::fromJson(const nlohmann::json &json, const std::string &file)
{
    if (!json.is_object())
        throw InputError(file, {}, "a training configuration must be a JSON object");
    static const std::set<std::string> known{
        "preset", "model", "schedule", "diffusion_steps", "loss", "lr", "weight_decay", "warmup_steps",
        "lr_schedule", "batch_size", "steps", "ema_rate", "grad_clip", "label_dropout", "class_balance", "seed", "checkpoint_every",
        "preview_every", "preview_per_class", "preview_sampling_steps", "bf16", "log_every"};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.count(it.key()))
            throw InputError(file, "field '" + it.key() + "'", "unknown field");
    // A preset named in the file is the base the other fields override.
    TrainConfig c;
    if (json.contains("preset")) {
        if (!json.at("preset").is_string())
            throw InputError(file, "field 'preset'", "expected a string");
        c = fromPreset(json.at("preset").get<std::string>());
    }
    auto read = [&](const char *key, auto &target) {
        if (!json.contains(key))
            return;
        jsonGetTo(json.at(key), target, file, std::string("field '") + key + "'");
    };
    if (json.contains("model")) {
        // Model fields override the preset's model field by field.
        nlohmann::json merged = c.model.toJson();
        if (!json.at("model").is_object())
            throw InputError(file, "field 'model'", "expected an object");
        merged.update(json.at("model"));
        c.model = UNetConfig::fromJson(merged, file);
    }
    std::string schedule = noiseScheduleKindName(c.schedule);
    read("schedule", schedule);
    try {
        c.schedule = parseNoiseScheduleKind(schedule);
    } catch (const InputError &e) {
        throw InputError(file, "field 'schedule'", e.detail());
    }
    std::string loss = c.hybridLoss ? "hybrid" : "simple";
    read("loss", loss);
    if (loss != "simple" && loss != "hybrid")
        throw InputError(file, "field 'loss'", "expected \"simple\" or \"hybrid\", got \"" + loss + "\"");
    c.hybridLoss = loss == "hybrid";
    read("diffusion_steps", c.diffusionSteps);
    read("lr", c.lr);
    read("weight_decay", c.weightDecay);
    read("warmup_steps", c.warmupSteps);
    read("lr_schedule", c.lrSchedule);
    read("batch_size", c.batchSize);
    read("steps", c.steps);
    read("ema_rate", c.emaRate);
    read("grad_clip", c.gradClip);
    read("label_dropout", c.labelDropout);
    read("class_balance", c.classBalance);
    read("seed", c.seed);
    read("checkpoint_every", c.checkpointEvery);
    read("preview_every", c.previewEvery);
    read("preview_per_class", c.previewPerClass);
    read("preview_sampling_steps", c.previewSamplingSteps);
    read("bf16", c.bf16);
    read("log_every", c.logEvery);
    c.validate(file);
    return c;
}

TrainConfig TrainConfig::fromFile(const std::string &path)
{
    return fromJson(readJsonFile(path), path);
}

TrainConfig TrainConfig::withOverrides(const nlohmann::json &patch, const std::string &where) const
{
    if (!patch.is_object())
        throw InputError(where, "", std::string("expected a JSON object of training fields, found ") + patch.type_name());
    nlohmann::json merged = toJson();
    merged.merge_patch(patch);
    TrainConfig c = fromJson(merged, where);
    c.validate(where);
    return c;
}

std::vector<std::string> TrainConfig::presetNames()
{
    return {"cpu-small", "netdiffus"};
}

TrainConfig TrainConfig::fromPreset(const std::string &name)
{
    TrainConfig c;
    if (name == "cpu-small")
        return c; // the defaults are the CPU preset
    if (name == "netdiffus") {
        c.preset = name;
        c.model.imageSize = 128;
        c.model.baseChannels = 128;
        c.model.channelMult = {1, 1, 2, 3, 4};
        c.model.numResBlocks = 3;
        c.model.attentionResolutions = {16, 8};
        c.model.headChannels = 64;
        c.model.dropout = 0.0;
        c.model.learnSigma = true;
        c.schedule = NoiseScheduleKind::Cosine;
        c.diffusionSteps = 1000;
        c.hybridLoss = true;
        c.lr = 1e-4;
        c.warmupSteps = 0;
        c.batchSize = 4;
        c.steps = 100000;
        c.emaRate = 0.9999;
        c.checkpointEvery = 5000;
        c.previewEvery = 2000;
        c.previewSamplingSteps = 50;
        return c;
    }
    throw InputError({}, "preset", "unknown preset '" + name + "' (expected cpu-small or netdiffus)");
}

void TrainConfig::validate(const std::string &file) const
{
    model.validate(file);
    auto fail = [&](const char *field, const std::string &message) {
        throw InputError(file, std::string("field '") + field + "'", message);
    };
    if (diffusionSteps < 2)
        fail("diffusion_steps", "must be at least 2");
    if (!(lr > 0.0))
        fail("lr", "must be positive");
    if (weightDecay < 0.0)
        fail("weight_decay", "must not be negative");
    if (warmupSteps < 0)
        fail("warmup_steps", "must not be negative");
    if (lrSchedule != "constant" && lrSchedule != "cosine")
        fail("lr_schedule", "expected \"constant\" or \"cosine\", got \"" + lrSchedule + "\"");
    if (batchSize < 1)
        fail("batch_size", "must be at least 1");
    if (steps < 1)
        fail("steps", "must be at least 1");
    if (emaRate < 0.0 || emaRate >= 1.0)
        fail("ema_rate", "must lie in [0, 1)");
    if (labelDropout < 0.0 || labelDropout >= 1.0)
        fail("label_dropout", "must lie in [0, 1)");
    if (!(classBalance >= 0.0 && classBalance <= 1.0))
        fail("class_balance", "must lie in [0, 1]");
    if (hybridLoss && !model.learnSigma)
        fail("loss", "the hybrid loss needs model.learn_sigma = true");
    if (previewPerClass < 1)
        fail("preview_per_class", "must be at least 1");
    if (previewSamplingSteps < 1)
        fail("preview_sampling_steps", "must be at least 1");
    if (logEvery < 1)
        fail("log_every", "must be at least 1");
}

} // namespace netsynth
