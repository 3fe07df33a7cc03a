#include "core/diffusion/checkpoint_info.h"
#include "core/runtime/json_document.h"

#include "core/runtime/errors.h"

#include <filesystem>

namespace netsynth {

std::string checkpointFilePath(const std::string &fileOrRunDir)
{
    const std::filesystem::path p(fileOrRunDir);
    if (std::filesystem::is_directory(p))
        return (p / "checkpoint.pt").string();
    return p.string();
}

nlohmann::json CheckpointInfo::toJson() const
{
    nlohmann::json stats = nlohmann::json::array();
    for (const auto &cls : sampleStats) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &s : cls)
            list.push_back({s.min, s.max, s.length});
        stats.push_back(std::move(list));
    }
    nlohmann::json history = nlohmann::json::array();
    for (const auto &h : lossHistory)
        history.push_back({h[0], h[1]});
    return {{"format", "netsynth-diffusion-checkpoint"},
            {"version", 1},
            {"step", step},
            {"config", config.toJson()},
            {"classes", classes},
            {"spec", spec},
            {"value_range", {valueMin, valueMax}},
            {"data_dir", dataDir},
            {"device", device},
            {"last_loss", lastLoss},
            {"loss_history", history},
            {"sample_stats", stats},
            {"class_counts", classCounts}};
}

CheckpointInfo CheckpointInfo::fromJson(const nlohmann::json &json, const std::string &file)
{
    if (!json.is_object() || jsonFormat(json) != "netsynth-diffusion-checkpoint")
        throw InputError(file, "field 'format'", "not a NetSynth diffusion checkpoint");
    CheckpointInfo info;
    info.path = file;
    std::string field;
    try {
        field = "step";
        info.step = jsonNumber<int>(json.at("step"), file, "field 'step'");
        field = "classes";
        info.classes = json.at("classes").get<std::vector<std::string>>();
        field = "spec";
        info.spec = json.value("spec", nlohmann::json::object());
        field = "value_range";
        const auto range = json.at("value_range").get<std::vector<double>>();
        if (range.size() != 2 || !(range[1] > range[0]))
            throw InputError(file, "field 'value_range'", "expected [lo, hi] with lo < hi");
        info.valueMin = range[0];
        info.valueMax = range[1];
        field = "data_dir";
        info.dataDir = json.value("data_dir", std::string());
        info.device = json.value("device", std::string());
        info.lastLoss = jsonNumberOr(json, "last_loss", 0.0, file);
        field = "loss_history";
        if (json.contains("loss_history"))
            for (const auto &h : json.at("loss_history"))
                info.lossHistory.push_back({h.at(0).get<double>(), h.at(1).get<double>()});
        field = "sample_stats";
        if (json.contains("sample_stats"))
            for (const auto &cls : json.at("sample_stats")) {
                std::vector<SeriesStats> list;
                for (const auto &s : cls)
                    list.push_back({s.at(0).get<double>(), s.at(1).get<double>(), jsonNumber<int>(s.at(2), file, "field 'sample_stats'")});
                info.sampleStats.push_back(std::move(list));
            }
        field = "class_counts";
        if (json.contains("class_counts"))
            info.classCounts = json.at("class_counts").get<std::vector<std::int64_t>>();
    } catch (const nlohmann::json::exception &e) {
        throw InputError(file, "field '" + field + "'", e.what());
    }
    if (!info.classCounts.empty() && info.classCounts.size() != info.classes.size())
        throw InputError(file, "field 'class_counts'", "expected one count per class");
    if (!json.contains("config"))
        throw InputError(file, "field 'config'", "missing");
    info.config = TrainConfig::fromJson(json.at("config"), file);
    if (info.config.model.numClasses != static_cast<int>(info.classes.size()))
        throw InputError(file, "field 'classes'", "the label map does not match the model's class count");
    return info;
}

} // namespace netsynth
