// netsynth-cli appshot holdout: the spatial hold-out study of one city.
#include "app/cli/cli_common.h"
#include "app/cli/cmd_appshot.h"

#include "core/appshot/appshot_holdout_study.h"
#include "core/appshot/city_reader.h"

#include <iomanip>
#include <iostream>

namespace netsynth::cli {

namespace {
std::string cell(const nlohmann::json &summary, const char *method, const char *key)
{
    if (!summary.contains(method) || !summary[method].contains(key))
        return "-";
    const nlohmann::json &s = summary[method][key];
    if (!s["mean"].is_number())
        return "-";
    std::ostringstream o;
    o << std::fixed << std::setprecision(3) << s["mean"].get<double>() << " +- " << s["sd"].get<double>();
    return o.str();
}
} // namespace

int runAppshotHoldout(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Spatial hold-out study of a city with traffic: the grid is cut into stripes along its longer axis; for "
        "every stripe (fold) and seed, AppShot and the ridge and population baselines are trained without the "
        "stripe's traffic (nor a buffer around it), the whole city is generated, and the stripe is scored: "
        "per-cell correlation of the mean traffic, SSIM of the mean map, per-cell hourly correlation, JSD of the "
        "cell values, relative EMD. Writes OUT/holdout.json (mean, sd and min over the runs) and one run folder "
        "per fold and seed; an interrupted study resumes."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("city"), QStringLiteral("City folder with traffic."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Study folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("Stripes (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("buffer"), QStringLiteral("Cells beside a stripe also hidden from training (default 1)."),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("Seeds per fold: --seed, --seed + 1, ... (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("hours"), QStringLiteral("Hours generated and scored (default 0-167, the first week)."),
                      QStringLiteral("list"), QStringLiteral("0-167")});
    addAppshotTrainingOptions(parser);
    parseCommandLine(parser, args);
    for (const char *o : {"city", "out"})
        if (!parser.isSet(QString::fromLatin1(o)))
            throw UsageError(std::string("missing --") + o + " DIR");
    const City city = CityReader::read(toStd(parser.value(QStringLiteral("city"))));
    AppShotHoldoutOptions options;
    options.folds = intOption(parser, QStringLiteral("folds"), options.folds);
    options.buffer = intOption(parser, QStringLiteral("buffer"), options.buffer);
    options.seeds = intOption(parser, QStringLiteral("seeds"), options.seeds);
    options.hours = toStd(parser.value(QStringLiteral("hours")));
    const AppShotConfig cfg = appshotTrainingConfigFrom(parser);
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    CliProgress progress(parser.isSet(QStringLiteral("quiet")));
    const nlohmann::json study = AppShotHoldoutStudy::run(city, cfg, options, out, progress.token());
    progress.finish();
    if (jsonRequested(parser)) {
        nlohmann::json j = study;
        j["out"] = out;
        printJson(j);
        return ExitOk;
    }
    const nlohmann::json &s = study["summary"];
    std::cout << "Hold-out study of " << study["city"].get<std::string>() << ": " << options.folds << " folds x "
              << options.seeds << " seeds, " << study["hours_compared"].get<int>() << " hours scored per run\n";
    std::cout << std::left << std::setw(22) << "metric (mean +- sd)" << std::setw(18) << "AppShot GAN" << std::setw(18)
              << "ridge" << "population\n";
    for (const char *key : {"pearson_cell_mean", "ssim_mean_map", "pearson_cell_hourly", "jsd_cell_values", "emd_relative"})
        std::cout << std::setw(22) << key << std::setw(18) << cell(s, "gan", key) << std::setw(18) << cell(s, "ridge", key)
                  << cell(s, "population", key) << "\n";
    const nlohmann::json &gap = s["gan_minus_ridge_pearson_cell_mean"];
    if (gap["mean"].is_number())
        std::cout << "GAN - ridge, pearson_cell_mean: mean " << gap["mean"].get<double>() << ", worst run "
                  << gap["min"].get<double>() << "\n";
    std::cout << "Wrote " << out << "/holdout.json\n";
    return ExitOk;
}

} // namespace netsynth::cli
