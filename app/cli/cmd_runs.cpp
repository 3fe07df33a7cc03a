// netsynth-cli runs [FOLDER...] [--depth N] [--loss] [--json]: the training
// runs below the folders (diffusion and baselines), newest first, as the GUI's
// Runs list shows them. See docs/diffusion.md, "The Runs list".
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"

#include "core/runs/run_summary.h"
#include "core/runtime/errors.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace netsynth::cli {

int runRuns(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the training runs (diffusion and baseline run folders) below one or more folders, newest first:\n"
        "name, model, steps, last loss, modification time and folder. A folder that is itself a run is listed\n"
        "alone. The GUI's Runs list shows the same, with the loss curves overlaid."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Folders to search (default: the current one)."),
                                 QStringLiteral("[FOLDER...]"));
    parser.addOption({QStringLiteral("depth"), QStringLiteral("How many folder levels to search (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("loss"), QStringLiteral("With --json: each run's loss curve, [[step, loss], ...].")});
    parseCommandLine(parser, args);
    const int depth = intOption(parser, QStringLiteral("depth"), 3);
    if (depth < 0)
        throw UsageError("--depth must be 0 or more");
    QStringList folders = parser.positionalArguments();
    if (folders.isEmpty())
        folders << QStringLiteral(".");

    std::vector<RunSummary> runs;
    for (const QString &folder : folders) {
        const std::string path = toStd(folder);
        if (!std::filesystem::exists(path))
            throw InputError(path, {}, "no such folder");
        if (isRunFolder(path)) {
            runs.push_back(readRunSummary(path));
            continue;
        }
        for (RunSummary &r : findRuns(path, depth))
            runs.push_back(std::move(r));
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const RunSummary &a, const RunSummary &b) { return a.modifiedSecs > b.modifiedSecs; });

    if (jsonRequested(parser)) {
        nlohmann::json list = nlohmann::json::array();
        for (const RunSummary &r : runs) {
            nlohmann::json j = {{"name", r.name},       {"dir", r.dir},           {"model", r.model},
                                {"step", r.step},       {"total_steps", r.totalSteps}, {"classes", r.classes},
                                {"data_dir", r.dataDir}, {"device", r.device},    {"loss_name", r.lossName},
                                {"last_loss", r.loss.empty() ? nlohmann::json() : nlohmann::json(r.lastLoss)},
                                {"modified", QDateTime::fromSecsSinceEpoch(r.modifiedSecs).toUTC().toString(Qt::ISODate).toStdString()}};
            if (parser.isSet(QStringLiteral("loss")))
                j["loss"] = r.loss;
            list.push_back(std::move(j));
        }
        printJson({{"runs", list}});
        return 0;
    }
    if (runs.empty()) {
        std::printf("no training runs found\n");
        return 0;
    }
    std::printf("%-28s %-14s %14s %10s  %-16s  %s\n", "run", "model", "steps", "last loss", "modified", "folder");
    for (const RunSummary &r : runs) {
        const std::string steps = r.totalSteps > 0 && r.step < r.totalSteps
                                      ? std::to_string(r.step) + "/" + std::to_string(r.totalSteps)
                                      : std::to_string(r.step);
        const std::string loss = r.loss.empty() ? "-" : QString::number(r.lastLoss, 'g', 4).toStdString();
        const std::string when =
            QDateTime::fromSecsSinceEpoch(r.modifiedSecs).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString();
        std::printf("%-28s %-14s %14s %10s  %-16s  %s\n", r.name.c_str(), r.model.c_str(), steps.c_str(), loss.c_str(),
                    when.c_str(), r.dir.c_str());
    }
    return 0;
}

} // namespace netsynth::cli
