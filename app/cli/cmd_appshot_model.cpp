// netsynth-cli appshot train / generate / evaluate / probe.
#include "app/cli/cli_common.h"
#include "app/cli/cmd_appshot.h"
#include "app/cli/report_writer.h"

#include "core/appshot/appshot_baselines.h"
#include "core/appshot/appshot_evaluation.h"
#include "core/appshot/appshot_generator.h"
#include "core/appshot/appshot_report.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/composition_probe.h"
#include "core/appshot/training_cities.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QDir>
#include <QFileInfo>

#include <iostream>

namespace netsynth::cli {

void addAppshotTrainingOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Training steps (default 1000)."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Patches per step (default 8)."), QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("patch"), QStringLiteral("Patch size in cells (default 16)."), QStringLiteral("n"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("stride"), QStringLiteral("Generation stride in cells (default 8)."), QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("channels"), QStringLiteral("Generator width (default 32)."), QStringLiteral("n"), QStringLiteral("32")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("checkpoint-every"), QStringLiteral("Steps between checkpoints (default 250)."), QStringLiteral("n"), QStringLiteral("250")});
    parser.addOption({QStringLiteral("composition-input"),
                      QStringLiteral("What the composition discriminator sees: traffic-shares (default) or normalised-softmax."),
                      QStringLiteral("kind"), QStringLiteral("traffic-shares")});
    parser.addOption({QStringLiteral("lr-composition"),
                      QStringLiteral("Learning rate of the composition discriminator (default 1e-3)."), QStringLiteral("lr"),
                      QStringLiteral("0.001")});
    parser.addOption({QStringLiteral("augment"),
                      QStringLiteral("Turn each training patch by a random rotation or flip (the 8 symmetries of the square).")});
    parser.addOption({QStringLiteral("ridge-residual"),
                      QStringLiteral("Learn a residual on the ridge baseline (fitted on the training cells first).")});
    parser.addOption({QStringLiteral("ridge-input"),
                      QStringLiteral("Give the networks the ridge baseline's maps (fitted on the training cells first) as inputs.")});
    parser.addOption({QStringLiteral("l1-weight"),
                      QStringLiteral("Weight of the generator's L1 term against the discriminators (default 10)."),
                      QStringLiteral("w"), QStringLiteral("10")});
}

AppShotConfig appshotTrainingConfigFrom(const QCommandLineParser &parser)
{
    AppShotConfig cfg;
    cfg.steps = intOption(parser, QStringLiteral("steps"), cfg.steps);
    cfg.batch = intOption(parser, QStringLiteral("batch"), cfg.batch);
    cfg.patch = intOption(parser, QStringLiteral("patch"), cfg.patch);
    cfg.stride = intOption(parser, QStringLiteral("stride"), cfg.stride);
    cfg.channels = intOption(parser, QStringLiteral("channels"), cfg.channels);
    cfg.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 1));
    cfg.checkpointEvery = intOption(parser, QStringLiteral("checkpoint-every"), cfg.checkpointEvery);
    cfg.compositionInput = toStd(parser.value(QStringLiteral("composition-input")));
    cfg.lrComposition = doubleOption(parser, QStringLiteral("lr-composition"), cfg.lrComposition);
    cfg.augment = parser.isSet(QStringLiteral("augment"));
    cfg.ridgeResidual = parser.isSet(QStringLiteral("ridge-residual"));
    cfg.ridgeInput = parser.isSet(QStringLiteral("ridge-input"));
    cfg.l1Weight = doubleOption(parser, QStringLiteral("l1-weight"), cfg.l1Weight);
    cfg.validateTrainingOptions(); // the ranges the GUI's training checks too
    return cfg;
}

namespace {

// --cities/--demo/--demo-services/--demo-days/--seed as readTrainingCities takes them.
TrainingCitiesRequest trainingCitiesFrom(const QCommandLineParser &parser, const QStringList &dirs)
{
    TrainingCitiesRequest r;
    for (const QString &d : dirs) r.dirs.push_back(toStd(d));
    r.demo = parser.isSet(QStringLiteral("demo"));
    r.demoServices = intOption(parser, QStringLiteral("demo-services"), r.demoServices);
    r.demoDays = intOption(parser, QStringLiteral("demo-days"), r.demoDays);
    r.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 1));
    return r;
}

} // namespace

int runAppshotTrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train the AppShot conditional GAN (FiLM generator, spatial and composition discriminators) on random "
        "patches of the training cities, and fit the ridge and population baselines. Resumes from RUNDIR/checkpoint.pt. "
        "Cities without traffic need --demo (SIMULATED traffic)."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("cities"), QStringLiteral("More training city folders."), QStringLiteral("[DIR...]"));
    parser.addOption({QStringLiteral("cities"), QStringLiteral("Training city folder (repeatable; more may follow as arguments)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Run folder (checkpoint, losses, baselines, samples)."), QStringLiteral("dir")});
    addAppshotTrainingOptions(parser);
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Train on SIMULATED demo traffic generated for every city.")});
    parser.addOption({QStringLiteral("demo-services"), QStringLiteral("Simulated services with --demo (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("demo-days"), QStringLiteral("Simulated days with --demo (default 7)."), QStringLiteral("n"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("no-resume"), QStringLiteral("Start from scratch even if RUNDIR has a checkpoint.")});
    parseCommandLine(parser, args);
    QStringList dirs = parser.values(QStringLiteral("cities")) + parser.positionalArguments();
    if (dirs.isEmpty())
        throw UsageError("missing --cities DIR...");
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("missing --out RUNDIR");
    const std::vector<City> cities = readTrainingCities(trainingCitiesFrom(parser, dirs));
    AppShotConfig cfg = AppShotTrainer::prepareConfig(cities, appshotTrainingConfigFrom(parser));
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    CliProgress progress(parser.isSet(QStringLiteral("quiet")));
    const AppShotTrainingResult r =
        AppShotTrainer::train(cities, cfg, out, progress.token(), {}, !parser.isSet(QStringLiteral("no-resume")));
    progress.finish();
    if (jsonRequested(parser)) {
        nlohmann::json j = r.summary;
        j["run_dir"] = out;
        printJson(j);
    } else {
        std::cout << "Trained " << r.steps << " steps" << (r.resumedFrom ? " (resumed from step " + std::to_string(r.resumedFrom) + ")" : std::string())
                  << " in " << r.seconds << " s" << (cfg.trainingProvenance == "simulated" ? " on SIMULATED traffic" : "")
                  << "\nCheckpoint: " << r.checkpoint << "\n";
    }
    return ExitOk;
}

int runAppshotGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generate service-level traffic maps (T, S, H, W) for a city with an AppShot checkpoint, by overlapping "
        "patches. Writes OUT/traffic.npy and OUT/traffic.json; with the run's baselines.json beside the checkpoint, "
        "also OUT/baseline_ridge/ and OUT/baseline_population/."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("AppShot checkpoint (RUNDIR/checkpoint.pt)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("city"), QStringLiteral("City folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("hours"), QStringLiteral("Hour indices from Monday 00:00, e.g. 0-23 or 0,6,12 (default 0-23)."),
                      QStringLiteral("list"), QStringLiteral("0-23")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Noise seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("stride"), QStringLiteral("Patch stride (default: the model's)."), QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Also write OUT/traffic.csv (hour,row,col,<services>).")});
    parser.addOption({QStringLiteral("no-baselines"), QStringLiteral("Do not write the baselines.")});
    parseCommandLine(parser, args);
    for (const char *o : {"checkpoint", "city", "out"})
        if (!parser.isSet(QString::fromLatin1(o)))
            throw UsageError(std::string("missing --") + o);
    const std::string ckpt = toStd(parser.value(QStringLiteral("checkpoint")));
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    const std::vector<int> hours = AppShotGenerator::parseHours(toStd(parser.value(QStringLiteral("hours"))));
    const City city = CityReader::read(toStd(parser.value(QStringLiteral("city"))));
    const AppShotGenerator generator(ckpt);
    CliProgress progress(parser.isSet(QStringLiteral("quiet")));
    AppShotGeneration g = generator.generate(city, hours, static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 1)),
                                             progress.token(), intOption(parser, QStringLiteral("stride"), 0));
    progress.finish();
    nlohmann::json patches = nlohmann::json::array();
    for (const auto &p : g.patches)
        patches.push_back({p.row, p.col});
    g.traffic.metadata["patches"] = patches;
    g.traffic.saveTo(out);
    if (parser.isSet(QStringLiteral("csv")))
        g.traffic.saveCsv(out + "/traffic.csv");
    nlohmann::json j = {{"out", out},
                        {"shape", {g.traffic.steps, g.traffic.services, g.traffic.rows, g.traffic.cols}},
                        {"services", g.traffic.serviceNames},
                        {"simulated", g.traffic.simulated()},
                        {"patches", g.patches.size()},
                        {"missing_layers", g.missingLayers},
                        {"baselines", nlohmann::json::array()}};
    const std::string baselines = toStd(QFileInfo(QString::fromStdString(ckpt)).absolutePath()) + "/baselines.json";
    if (!parser.isSet(QStringLiteral("no-baselines")) && QFileInfo::exists(QString::fromStdString(baselines))) {
        BaselineModel bm;
        try {
            bm = BaselineModel::fromJson(nlohmann::json::parse(readWholeFile(baselines)));
        } catch (const nlohmann::json::exception &e) {
            throw InputError(baselines, "JSON", e.what());
        }
        AppShotBaselines::predictRidge(bm, city, hours).saveTo(out + "/baseline_ridge");
        j["baselines"].push_back("ridge");
        if (!bm.perCapita.empty() && city.layer("population")) {
            AppShotBaselines::predictPopulation(bm, city, hours).saveTo(out + "/baseline_population");
            j["baselines"].push_back("population");
        }
    }
    if (jsonRequested(parser))
        printJson(j);
    else
        std::cout << "Wrote " << g.traffic.steps << " x " << g.traffic.services << " x " << g.traffic.rows << " x "
                  << g.traffic.cols << " maps of " << city.name << " to " << out << "/traffic.npy"
                  << (g.traffic.simulated() ? " (model trained on SIMULATED traffic)" : "") << "\n";
    return ExitOk;
}

int runAppshotEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare generated traffic with real traffic of the same city (leave-one-city-out evaluation): per service "
        "EMD, SSIM, Pearson of per-cell means, Moran's I error, temporal profile error, and the cross-service "
        "correlation error. Baselines found in the generated folder (baseline_ridge/, baseline_population/) are "
        "evaluated too. Writes a report folder: metrics.json, report.html (self-contained), report.pdf and the map "
        "images; the GUI's Reports pane lists and shows it."));
    addCommonOptions(parser);
    addReportLanguageOption(parser);
    parser.addOption({QStringLiteral("generated"), QStringLiteral("Generated traffic folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("real"), QStringLiteral("Real traffic: a traffic folder or a city folder with traffic."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Report folder (metrics.json, report.html, report.pdf, maps)."),
                      QStringLiteral("dir")});
    parseCommandLine(parser, args);
    applyReportLanguage(parser);
    for (const char *o : {"generated", "real", "out"})
        if (!parser.isSet(QString::fromLatin1(o)))
            throw UsageError(std::string("missing --") + o + " DIR");
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    const AppShotEvaluationInputs inputs = AppShotEvaluation::loadFolders(
        toStd(parser.value(QStringLiteral("generated"))), toStd(parser.value(QStringLiteral("real"))));
    const nlohmann::json metrics = AppShotEvaluation::evaluate(inputs);
    AppShotReport::write(metrics, inputs, out);
    // report.html again and report.pdf when this build has Qt Gui.
    const QStringList files = writeReportFiles(QString::fromStdString(out), QString::fromStdString(out));
    if (jsonRequested(parser)) {
        nlohmann::json j = metrics;
        j["out"] = out;
        j["files"] = nlohmann::json::array();
        for (const QString &f : files)
            j["files"].push_back(toStd(f));
        printJson(j);
    } else {
        std::cout << "Evaluated " << metrics["hours_compared"].get<int>() << " hours of " << metrics["city"].get<std::string>()
                  << (metrics["simulated"].get<bool>() ? " (SIMULATED data)" : "") << "\n";
        for (const auto &s : metrics["services"])
            std::cout << "  " << s["service"].get<std::string>() << ": emd " << s["emd"].dump() << ", ssim "
                      << s["ssim"].dump() << ", pearson_cell_mean " << s["pearson_cell_mean"].dump() << "\n";
        std::cout << "Wrote the report to " << out << ":";
        for (const QString &f : files)
            std::cout << " " << toStd(QFileInfo(f).fileName());
        std::cout << " metrics.json\n";
    }
    return ExitOk;
}

int runAppshotProbe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Diagnose the service-composition discriminator of a run: freeze the trained generator and train fresh "
        "composition discriminators on the training cities, one against the generator's maps and one against real "
        "maps with the services rotated (a control that must be easy); report their per-cell accuracy and loss on "
        "fresh patches, and how far real and generated inputs are apart."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("cities"), QStringLiteral("More city folders."), QStringLiteral("[DIR...]"));
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("AppShot checkpoint."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("cities"), QStringLiteral("City folder with traffic (repeatable)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Use SIMULATED demo traffic as in 'train --demo' (same --seed).")});
    parser.addOption({QStringLiteral("demo-services"), QStringLiteral("Simulated services with --demo (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("demo-days"), QStringLiteral("Simulated days with --demo (default 7)."), QStringLiteral("n"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("The training run's --seed (for --demo traffic; default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Training steps of each probe (default 300)."), QStringLiteral("n"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("composition-input"),
                      QStringLiteral("Inputs of the fresh discriminators: traffic-shares or normalised-softmax (default: the checkpoint's)."),
                      QStringLiteral("kind")});
    parseCommandLine(parser, args);
    const QStringList dirs = parser.values(QStringLiteral("cities")) + parser.positionalArguments();
    if (dirs.isEmpty())
        throw UsageError("missing --cities DIR...");
    if (!parser.isSet(QStringLiteral("checkpoint")))
        throw UsageError("missing --checkpoint FILE");
    const std::vector<City> cities = readTrainingCities(trainingCitiesFrom(parser, dirs));
    CompositionProbeOptions options;
    options.steps = intOption(parser, QStringLiteral("steps"), options.steps);
    options.compositionInput = toStd(parser.value(QStringLiteral("composition-input")));
    if (options.steps < 1)
        throw UsageError("--steps must be at least 1");
    CliProgress progress(parser.isSet(QStringLiteral("quiet")));
    const nlohmann::json j = CompositionProbe::run(toStd(parser.value(QStringLiteral("checkpoint"))), cities, options,
                                                   progress.token());
    progress.finish();
    if (jsonRequested(parser)) {
        printJson(j);
        return ExitOk;
    }
    std::cout << "Composition discriminator probe (inputs " << j["composition_input"].get<std::string>() << ", "
              << j["probe_steps"].get<int>() << " steps each, chance loss "
              << j["chance_loss"].get<double>() << ")\n";
    if (j.contains("training_d_composition_last"))
        std::cout << "  training run, last 100 steps: D composition loss " << j["training_d_composition_last"].get<double>()
                  << ", D spatial loss " << j["training_d_spatial_last"].get<double>() << "\n";
    for (const char *k : {"generated", "swapped"})
        if (j.contains(k))
            std::cout << "  fresh D2, real vs " << k << ": accuracy " << j[k]["accuracy"].get<double>() << ", loss "
                      << j[k]["loss"].get<double>() << "\n";
    std::cout << "  input gap per cell: mix L1 " << j["input_gap"]["mix_l1"].get<double>() << ", log total "
              << j["input_gap"]["log_total"].get<double>() << "\n"
              << "  spread of log-shares: real " << j["mix_log_share_spread"]["real"].get<double>() << ", generated "
              << j["mix_log_share_spread"]["generated"].get<double>() << "\n";
    return ExitOk;
}

} // namespace netsynth::cli
