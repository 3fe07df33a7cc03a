// netsynth-cli appshot train / generate / evaluate.
#include "app/cli/cli_common.h"
#include "app/cli/cmd_appshot.h"

#include "core/appshot/appshot_evaluation.h"
#include "core/appshot/city_reader.h"

#include <QDir>
#include <QFileInfo>

#include <iostream>

namespace netsynth::cli {

int runAppshotEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare generated traffic with real traffic of the same city (leave-one-city-out evaluation): per service "
        "EMD, SSIM, Pearson of per-cell means, Moran's I error, temporal profile error, and the cross-service "
        "correlation error. Baselines found in the generated folder (baseline_ridge/, baseline_population/) are "
        "evaluated too. Writes metrics.json and summary.html."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("generated"), QStringLiteral("Generated traffic folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("real"), QStringLiteral("Real traffic: a traffic folder or a city folder with traffic."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder for metrics.json and summary.html."),
                      QStringLiteral("dir")});
    parseCommandLine(parser, args);
    for (const char *o : {"generated", "real", "out"})
        if (!parser.isSet(QString::fromLatin1(o)))
            throw UsageError(std::string("missing --") + o + " DIR");
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    const nlohmann::json metrics = AppShotEvaluation::evaluateFolders(toStd(parser.value(QStringLiteral("generated"))),
                                                                      toStd(parser.value(QStringLiteral("real"))));
    AppShotEvaluation::writeReport(metrics, out);
    if (jsonRequested(parser)) {
        printJson(metrics);
    } else {
        std::cout << "Evaluated " << metrics["hours_compared"].get<int>() << " hours of " << metrics["city"].get<std::string>()
                  << (metrics["simulated"].get<bool>() ? " (SIMULATED data)" : "") << "\n";
        for (const auto &s : metrics["services"])
            std::cout << "  " << s["service"].get<std::string>() << ": emd " << s["emd"].dump() << ", ssim "
                      << s["ssim"].dump() << ", pearson_cell_mean " << s["pearson_cell_mean"].dump() << "\n";
        std::cout << "Wrote " << out << "/metrics.json and " << out << "/summary.html\n";
    }
    return ExitOk;
}

} // namespace netsynth::cli
