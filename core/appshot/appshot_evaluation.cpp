#include "core/appshot/appshot_evaluation.h"

#include "core/appshot/appshot_baselines.h"
#include "core/appshot/appshot_metrics.h"
#include "core/appshot/city_reader.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace netsynth {

namespace {
nlohmann::json evaluationJson(const TrafficEvaluation &e)
{
    nlohmann::json j = e.toJson();
    nlohmann::json per = nlohmann::json::object();
    for (const auto &s : j["services"])
        per[s["service"].get<std::string>()] = {
            {"emd", s["emd"]}, {"ssim", s["ssim"]}, {"pearson_cell_mean", s["pearson_cell_mean"]}};
    j["per_service"] = per;
    return j;
}

void checkComparable(const TrafficMaps &real, const TrafficMaps &gen, const std::string &genDir)
{
    if (real.simulated() != gen.simulated())
        throw InputError(genDir, "provenance",
                         std::string("generated traffic ") + (gen.simulated() ? "comes from simulated data" : "is not simulated") +
                             " but the real traffic " + (real.simulated() ? "is simulated" : "is not simulated") +
                             ": simulated and non-simulated traffic are never compared");
}

} // namespace

AppShotEvaluationInputs AppShotEvaluation::loadFolders(const std::string &generatedDir, const std::string &realPath)
{
    AppShotEvaluationInputs in;
    in.generated = TrafficMaps::load(generatedDir);
    in.generatedSource = generatedDir;
    in.realSource = realPath;
    in.city = in.generated.city;
    if (QFileInfo::exists(QString::fromStdString(realPath + "/traffic.json")) &&
        CityReader::detectLayout(realPath).empty()) {
        in.real = TrafficMaps::load(realPath);
        // The maps' orientation and validity for display come from the city the
        // traffic was generated for, when it can still be read.
        const std::string cityPath = in.generated.metadata.value("city_path", std::string());
        if (!cityPath.empty() && QFileInfo::exists(QString::fromStdString(cityPath))) {
            try {
                const City c = CityReader::read(cityPath);
                if (c.rows == in.real.rows && c.cols == in.real.cols) {
                    in.displayMask = c.mask;
                    in.rowZeroNorth = !c.geo.valid || c.geo.rowZeroNorth;
                }
            } catch (const std::exception &) {
                // Display only: north-up, every cell shown.
            }
        }
    } else {
        City c = CityReader::read(realPath);
        if (!c.traffic)
            throw InputError(realPath, {}, "the city has no traffic maps to compare with");
        in.real = std::move(*c.traffic);
        in.mask = c.mask;
        in.displayMask = c.mask;
        in.rowZeroNorth = !c.geo.valid || c.geo.rowZeroNorth;
        in.city = c.name;
    }
    checkComparable(in.real, in.generated, generatedDir);
    const QDir dir(QString::fromStdString(generatedDir));
    for (const QString &sub : dir.entryList({QStringLiteral("baseline_*")}, QDir::Dirs, QDir::Name)) {
        const std::string subDir = dir.filePath(sub).toStdString();
        if (!QFileInfo::exists(QString::fromStdString(subDir + "/traffic.json")))
            continue;
        TrafficMaps b = TrafficMaps::load(subDir);
        checkComparable(in.real, b, subDir);
        in.baselines.emplace_back(sub.mid(9).toStdString(), std::move(b));
    }
    // Ridge, then population, then any other baseline.
    const auto rank = [](const std::string &name) { return name == "ridge" ? 0 : name == "population" ? 1 : 2; };
    std::stable_sort(in.baselines.begin(), in.baselines.end(),
                     [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
    return in;
}

AppShotEvaluationInputs AppShotEvaluation::fromCity(const City &city, const TrafficMaps &real,
                                                    const TrafficMaps &generated, const std::string &generatedSource)
{
    AppShotEvaluationInputs in;
    in.city = city.name;
    in.generatedSource = generatedSource;
    in.realSource = city.path;
    in.real = real;
    in.generated = generated;
    in.mask = city.mask;
    in.displayMask = city.mask;
    in.rowZeroNorth = !city.geo.valid || city.geo.rowZeroNorth;
    checkComparable(in.real, in.generated, generatedSource);
    const std::string ckpt = generated.metadata.value("checkpoint", std::string());
    const std::string path = ckpt.empty() ? std::string()
                                          : QFileInfo(QString::fromStdString(ckpt)).absolutePath().toStdString() +
                                                "/baselines.json";
    if (!path.empty() && QFileInfo::exists(QString::fromStdString(path))) {
        BaselineModel bm;
        try {
            bm = BaselineModel::fromJson(nlohmann::json::parse(readWholeFile(path)));
        } catch (const nlohmann::json::exception &e) {
            throw InputError(path, "JSON", e.what());
        }
        in.baselines.emplace_back("ridge", AppShotBaselines::predictRidge(bm, city, generated.hours));
        if (!bm.perCapita.empty() && city.layer("population"))
            in.baselines.emplace_back("population", AppShotBaselines::predictPopulation(bm, city, generated.hours));
        for (const auto &b : in.baselines)
            checkComparable(in.real, b.second, path);
    }
    return in;
}

nlohmann::json AppShotEvaluation::evaluate(const AppShotEvaluationInputs &in)
{
    const TrafficEvaluation main = AppShotMetrics::evaluate(
        in.real, in.generated, in.mask, in.generated.metadata.value("method", std::string("appshot-gan")));
    nlohmann::json j = evaluationJson(main);
    j["format"] = "netsynth-appshot-metrics";
    j["version"] = 1;
    j["city"] = in.city;
    j["generated"] = in.generatedSource;
    j["real"] = in.realSource;
    j["real_provenance"] = provenanceName(in.real.provenance);
    j["simulated"] = in.real.simulated();
    j["hours_compared"] = main.hours.size();
    j["baselines"] = nlohmann::json::object();
    for (const auto &b : in.baselines)
        j["baselines"][b.first] = evaluationJson(AppShotMetrics::evaluate(in.real, b.second, in.mask, b.first));
    return j;
}

} // namespace netsynth
