#include "core/baselines/baseline_checkpoint_info.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <filesystem>

namespace netsynth {

namespace fs = std::filesystem;

namespace {
constexpr const char *kFormat = "netsynth-baseline-checkpoint";
}

nlohmann::json BaselineCheckpointInfo::toJson() const
{
    nlohmann::json hist = nlohmann::json::array();
    for (const auto &h : lossHistory)
        hist.push_back({h[0], h[1], h[2], h[3]});
    nlohmann::json j = {{"format", kFormat},
                        {"version", 1},
                        {"kind", baselineKindName(kind)},
                        {"step", step},
                        {"config", config.toJson()},
                        {"classes", classes},
                        {"spec", spec},
                        {"image_size", imageSize},
                        {"data_dir", dataDir},
                        {"device", device},
                        {"weights", weights.empty() ? std::string() : fs::path(weights).filename().string()},
                        {"last_generator_loss", lastGeneratorLoss},
                        {"last_critic_loss", lastCriticLoss},
                        {"last_wasserstein", lastWasserstein},
                        {"loss_history", hist}};
    if (!empirical.is_null())
        j["empirical"] = empirical;
    return j;
}

BaselineCheckpointInfo BaselineCheckpointInfo::fromJson(const nlohmann::json &j, const std::string &file)
{
    BaselineCheckpointInfo info;
    info.path = file;
    if (!j.is_object() || jsonFormat(j) != kFormat)
        throw InputError(file, "field 'format'", "not a NetSynth baseline checkpoint");
    try {
        info.kind = parseBaselineKind(j.at("kind").get<std::string>(), "field 'kind'");
        info.step = jsonNumberOr(j, "step", 0, file);
        info.config = BaselineConfig::fromJson(j.value("config", nlohmann::json::object()), file);
        info.classes = j.at("classes").get<std::vector<std::string>>();
        info.spec = j.value("spec", nlohmann::json::object());
        info.imageSize = jsonNumberOr(j, "image_size", 0, file);
        info.dataDir = j.value("data_dir", std::string());
        info.device = j.value("device", std::string());
        const std::string weights = j.value("weights", std::string());
        if (!weights.empty())
            info.weights = (fs::path(file).parent_path() / weights).string();
        info.lastGeneratorLoss = jsonNumberOr(j, "last_generator_loss", 0.0, file);
        info.lastCriticLoss = jsonNumberOr(j, "last_critic_loss", 0.0, file);
        info.lastWasserstein = jsonNumberOr(j, "last_wasserstein", 0.0, file);
        for (const auto &h : j.value("loss_history", nlohmann::json::array()))
            info.lossHistory.push_back(
                {h.at(0).get<double>(), h.at(1).get<double>(), h.at(2).get<double>(), h.at(3).get<double>()});
        if (j.contains("empirical"))
            info.empirical = j.at("empirical");
    } catch (const nlohmann::json::exception &e) {
        throw InputError(file, "checkpoint fields", e.what());
    } catch (const InputError &e) {
        throw InputError(file, e.location(), e.detail());
    }
    if (info.classes.empty())
        throw InputError(file, "field 'classes'", "no classes");
    if (baselineKindIsGan(info.kind) && info.weights.empty())
        throw InputError(file, "field 'weights'", "a GAN checkpoint must name its weights file");
    return info;
}

std::string baselineCheckpointJsonPath(const std::string &fileOrRunDir)
{
    fs::path p(fileOrRunDir);
    if (fs::is_directory(p))
        return (p / "checkpoint.json").string();
    if (p.extension() == ".pt")
        return (p.parent_path() / "checkpoint.json").string();
    return p.string();
}

bool isBaselineCheckpoint(const std::string &fileOrRunDir)
{
    const std::string path = baselineCheckpointJsonPath(fileOrRunDir);
    if (!fs::is_regular_file(path))
        return false;
    try {
        const auto j = nlohmann::json::parse(readWholeFile(path));
        return j.is_object() && jsonFormat(j) == kFormat;
    } catch (const std::exception &) {
        return false;
    }
}

BaselineCheckpointInfo readBaselineCheckpointInfo(const std::string &fileOrRunDir)
{
    const std::string path = baselineCheckpointJsonPath(fileOrRunDir);
    return BaselineCheckpointInfo::fromJson(readJsonFile(path), path);
}

void writeBaselineCheckpointInfo(const BaselineCheckpointInfo &info)
{
    writeFileAtomically(info.path, info.toJson().dump(1));
}

} // namespace netsynth
