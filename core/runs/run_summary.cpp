#include "core/runs/run_summary.h"
#include "core/runtime/json_document.h"

#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/baseline_kind.h"
#include "core/diffusion/checkpoint_info.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace netsynth {

namespace fs = std::filesystem;

namespace {
fs::path jsonOf(const std::string &fileOrDir)
{
    const fs::path p(fileOrDir);
    if (fs::is_directory(p))
        return p / "checkpoint.json";
    if (p.extension() == ".pt")
        return p.parent_path() / "checkpoint.json";
    return p;
}

std::string formatOf(const fs::path &json)
{
    std::error_code ec;
    if (!fs::is_regular_file(json, ec) || fs::file_size(json, ec) > (64u << 20))
        return {};
    try {
        const auto j = nlohmann::json::parse(readWholeFile(json.string()));
        return j.is_object() ? jsonFormat(j) : std::string();
    } catch (const std::exception &) {
        return {};
    }
}

std::int64_t modifiedSeconds(const fs::path &file)
{
    std::error_code ec;
    const auto t = fs::last_write_time(file, ec);
    if (ec)
        return 0;
    // file_clock -> system_clock, as C++17 allows it: through the difference of "now"s.
    const auto system = std::chrono::system_clock::now() +
                        std::chrono::duration_cast<std::chrono::system_clock::duration>(t - fs::file_time_type::clock::now());
    return std::chrono::duration_cast<std::chrono::seconds>(system.time_since_epoch()).count();
}

// "runs/appx/run" -> "appx/run": a pipeline's training folder is always called
// run/, so its parent names it.
std::string runName(const fs::path &dir)
{
    const std::string leaf = dir.filename().string();
    const std::string parent = dir.parent_path().filename().string();
    return (leaf == "run" || leaf == "model") && !parent.empty() ? parent + "/" + leaf : leaf;
}
} // namespace

bool isRunFolder(const std::string &fileOrDir)
{
    const std::string format = formatOf(jsonOf(fileOrDir));
    return format == "netsynth-diffusion-checkpoint" || format == "netsynth-baseline-checkpoint";
}

RunSummary readRunSummary(const std::string &fileOrDir)
{
    const fs::path json = jsonOf(fileOrDir);
    if (!fs::is_regular_file(json))
        throw InputError(json.string(), "", "not a training run: no checkpoint.json");
    const nlohmann::json j = readJsonFile(json.string());
    RunSummary r;
    const fs::path dir = fs::absolute(json.parent_path()).lexically_normal();
    r.dir = dir.string();
    if (!r.dir.empty() && r.dir.back() == '/')
        r.dir.pop_back();
    r.name = runName(fs::path(r.dir));
    r.modifiedSecs = modifiedSeconds(json);
    const std::string format = j.is_object() ? jsonFormat(j) : std::string();
    if (format == "netsynth-diffusion-checkpoint") {
        const CheckpointInfo info = CheckpointInfo::fromJson(j, json.string());
        r.model = "diffusion";
        r.step = info.step;
        r.totalSteps = info.config.steps;
        r.classes = info.classes;
        r.dataDir = info.dataDir;
        r.device = info.device;
        r.lossName = "denoising loss";
        r.loss = info.lossHistory;
        r.lastLoss = info.lastLoss;
    } else if (format == "netsynth-baseline-checkpoint") {
        const BaselineCheckpointInfo info = BaselineCheckpointInfo::fromJson(j, json.string());
        r.model = baselineKindName(info.kind);
        r.step = info.step;
        r.totalSteps = baselineKindIsGan(info.kind) ? info.config.steps : 0;
        r.classes = info.classes;
        r.dataDir = info.dataDir;
        r.device = info.device;
        r.lossName = "generator loss";
        for (const auto &h : info.lossHistory) // {step, generator, critic, W}
            r.loss.push_back({h[0], h[1]});
        r.lastLoss = info.lastGeneratorLoss;
    } else {
        throw InputError(json.string(), "field 'format'",
                         "not a training run checkpoint ('" + format + "'; expected a diffusion or baseline checkpoint)");
    }
    return r;
}

std::vector<RunSummary> findRuns(const std::string &root, int depth)
{
    std::vector<RunSummary> runs;
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        return runs;
    std::vector<std::pair<fs::path, int>> queue{{fs::path(root), 0}};
    while (!queue.empty()) {
        const auto [dir, level] = queue.back();
        queue.pop_back();
        if (isRunFolder(dir.string())) {
            try {
                runs.push_back(readRunSummary(dir.string()));
            } catch (const std::exception &) {
                // a damaged run: left out of the list, as a file manager would show it without details
            }
            continue; // a run's own folders hold no runs
        }
        if (level >= depth)
            continue;
        for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
             it.increment(ec)) {
            std::error_code e2;
            if (it->is_directory(e2) && !it->is_symlink(e2))
                queue.emplace_back(it->path(), level + 1);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunSummary &a, const RunSummary &b) {
        return a.modifiedSecs != b.modifiedSecs ? a.modifiedSecs > b.modifiedSecs : a.dir < b.dir;
    });
    return runs;
}

} // namespace netsynth
