#include "core/appshot/appshot_holdout_study.h"
#include "core/runtime/json_document.h"

#include "core/appshot/appshot_generator.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/region_holdout.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>

namespace netsynth {

namespace {
bool exists(const std::string &path)
{
    return QFileInfo::exists(QString::fromStdString(path));
}

nlohmann::json runRow(const nlohmann::json &score, int fold, int seed, const std::string &dir, double seconds)
{
    nlohmann::json row = {{"fold", fold}, {"seed", seed}, {"run_dir", dir}, {"seconds", seconds},
                          {"gan", holdoutHeadline(score)}};
    for (const char *b : {"ridge", "population"})
        if (score.contains("baselines") && score["baselines"].contains(b))
            row[b] = holdoutHeadline(score["baselines"][b]);
    return row;
}
} // namespace

nlohmann::json AppShotHoldoutStudy::run(const City &city, const AppShotConfig &configIn,
                                        const AppShotHoldoutOptions &o, const std::string &outDir,
                                        ProgressToken &token)
{
    if (!city.traffic)
        throw InputError(city.path, {}, "city " + city.name + " has no traffic: a hold-out study needs its traffic");
    if (o.seeds < 1)
        throw InputError({}, "--seeds", "needs at least one seed");
    const std::vector<HoldoutFold> folds = stripeFolds(city, o.folds, o.buffer);
    const std::vector<int> hours = AppShotGenerator::parseHours(o.hours);
    if (!QDir().mkpath(QString::fromStdString(outDir)))
        throw InputError(outDir, {}, "cannot create the output folder");

    nlohmann::json study = {{"format", "netsynth-appshot-holdout"}, {"version", 1}, {"city", city.name},
                            {"city_path", city.path}, {"folds", o.folds}, {"buffer", o.buffer}, {"seeds", o.seeds},
                            {"hours", o.hours}, {"hours_compared", hours.size()}};
    nlohmann::json regions = nlohmann::json::array();
    for (const HoldoutFold &f : folds) regions.push_back(f.description);
    study["fold_regions"] = regions;
    study["runs"] = nlohmann::json::array();
    std::vector<nlohmann::json> scores;
    const int total = o.folds * o.seeds;
    for (const HoldoutFold &fold : folds) {
        City training = city;
        training.heldOut = fold.heldOut;
        training.heldOutDescription = fold.description;
        // The data part (scales, layers) comes from the training cells only.
        AppShotConfig cfg = AppShotTrainer::prepareConfig({training}, configIn);
        if (study.find("config") == study.end())
            study["config"] = cfg.toJson();
        for (int s = 0; s < o.seeds; ++s) {
            const int done = fold.index * o.seeds + s;
            const std::string prefix = "fold " + std::to_string(fold.index + 1) + "/" + std::to_string(o.folds) +
                                       ", seed " + std::to_string(s + 1) + "/" + std::to_string(o.seeds) + ": ";
            const std::string dir = outDir + "/fold" + std::to_string(fold.index) + "-seed" + std::to_string(s);
            const std::string scorePath = dir + "/score.json";
            nlohmann::json score;
            double seconds = 0.0;
            cfg.seed = configIn.seed + static_cast<std::uint64_t>(s);
            // What a finished run must have been made with to be reused.
            const nlohmann::json key = {{"config", cfg.toJson()}, {"region", fold.description}, {"hours", o.hours}};
            if (exists(scorePath)) {
                try {
                    score = nlohmann::json::parse(readWholeFile(scorePath));
                } catch (const nlohmann::json::exception &e) {
                    throw InputError(scorePath, "JSON", e.what());
                }
                if (score.value("study_key", nlohmann::json()) != key)
                    throw InputError(scorePath, "study_key",
                                     "this run was made with other settings (training, folds, buffer or hours); "
                                     "use a new --out folder");
                seconds = jsonNumberOr(score, "seconds", 0.0, scorePath);
            } else {
                const auto started = std::chrono::steady_clock::now();
                {
                    ChildProgress child(token, double(done) / total, (done + 0.9) / total, prefix);
                    AppShotTrainer::train({training}, cfg, dir, child.token());
                }
                token.throwIfCanceled();
                ChildProgress child(token, (done + 0.9) / total, double(done + 1) / total, prefix + "generating: ");
                const AppShotGenerator generator(dir + "/checkpoint.pt");
                const AppShotGeneration g = generator.generate(city, hours, cfg.seed, child.token());
                score = scoreHoldoutFold(city, fold, g.traffic);
                seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                score["seconds"] = seconds;
                score["seed"] = cfg.seed;
                score["study_key"] = key;
                writeFileAtomically(scorePath, score.dump(1) + "\n");
            }
            scores.push_back(score);
            study["runs"].push_back(runRow(score, fold.index, s, dir, seconds));
            study["summary"] = summariseHoldout(scores);
            writeFileAtomically(outDir + "/holdout.json", study.dump(1) + "\n");
            token.setProgress(double(done + 1) / total, prefix + "scored");
        }
    }
    return study;
}

} // namespace netsynth
