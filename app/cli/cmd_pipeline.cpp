// netsynth-cli pipeline --data PATH --out DIR [--preset default|quick|netdiffus]
//                       [--generators diffusion,dg,wgan-gasf,empirical,real]:
// inspect -> encode -> train -> sample -> evaluate -> report, one progress display;
// with several generators, a comparison of all of them in the same report.
#include "app/cli/cli_common.h"
#include "app/cli/encode_spec_options.h"
#include "app/cli/cmd_evaluate.h"
#include "app/cli/command_table.h"
#include "app/cli/report_writer.h"

#include "core/baselines/generator_comparison.h"
#include "core/eval/pipeline_runner.h"
#include "core/runtime/device.h"
#include "core/runtime/json_document.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <iostream>

namespace netsynth::cli {

namespace {

// The pipeline's own options (the encoding and evaluation ones are shared with 'encode' and 'evaluate').
void addPipelineOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data"), QStringLiteral("Dataset file or folder (any format 'inspect' reads)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("preset"), QStringLiteral("default (CPU, under an hour), quick (smoke test) or netdiffus (GPU)."),
                      QStringLiteral("name"), QStringLiteral("default")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Dataset format (default: detect)."), QStringLiteral("format")});
    parser.addOption({QStringLiteral("max-biflows-per-class"), QStringLiteral("Biflows kept per class (default: the preset's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("steps"),
                      QStringLiteral("Diffusion training steps (default: the preset's; default: about 100 passes over "
                                     "the training split, 3,000 to 60,000 steps)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("train-share"),
                      QStringLiteral("Share of the training split kept for training, per class (default 1: all). The "
                                     "held-out split stays the same: how much does synthetic data add when real data "
                                     "is scarce?"),
                      QStringLiteral("f")});
    parser.addOption({QStringLiteral("per-class"), QStringLiteral("Synthetic images per class (default preset: about 1,024 in all, 8 to 64 per class)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("sampling-steps"), QStringLiteral("DDIM sampling steps (default: the preset's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the run (default 0)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("class-balance"),
                      QStringLiteral("Diffusion training draws a class of n images in proportion to n^A: 1 (the "
                                     "preset's) every image as often, 0 every class as often."),
                      QStringLiteral("A")});
    parser.addOption({QStringLiteral("guidance"), QStringLiteral("Classifier-free guidance of diffusion sampling (default: the preset's)."), QStringLiteral("w")});
    parser.addOption({QStringLiteral("class-mix"),
                      QStringLiteral("balanced (--per-class images per class) or training (--sample-total images in the "
                                     "real training split's class proportions, every generator). Default: the preset's."),
                      QStringLiteral("mix")});
    parser.addOption({QStringLiteral("sample-total"), QStringLiteral("With --class-mix training: images in all (default: --sample-factor times the real training split)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("sample-factor"), QStringLiteral("With --class-mix training and no --sample-total: synthetic images per real training image (default: the preset's; 2 for default)."), QStringLiteral("f")});
    parser.addOption({QStringLiteral("generators"),
                      QStringLiteral("Comma list of generators to compare, the first is the primary: diffusion-ddim, "
                                     "diffusion-ddpm, diffusion-dpm2m (DPM-Solver++(2M), --sampling-steps), dg, wgan-gasf, empirical, real (aliases: diffusion = "
                                     "diffusion-ddim, real-resample = real, all). Default: the preset's (default: diffusion-dpm2m; "
                                     "quick: diffusion-ddim)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("ddpm-steps"),
                      QStringLiteral("DDPM sampling steps (respaced; 'all' = every diffusion step). Default: the "
                                     "preset's (default 100, quick 8, netdiffus all)."),
                      QStringLiteral("n|all")});
    parser.addOption({QStringLiteral("baseline-steps"),
                      QStringLiteral("Training steps of dg and wgan-gasf (default: the preset's: default 1000, quick 20)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("baseline-preset"),
                      QStringLiteral("Network sizes of dg and wgan-gasf: cpu-small or tiny (default: the preset's)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("lr-schedule"),
                      QStringLiteral("Diffusion learning rate after the warm-up: constant or cosine (down to 0 at the "
                                     "last step). Default: the preset's (constant)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("diffusion-config"),
                      QStringLiteral("Fields merged over the diffusion training configuration, as a JSON object or a "
                                     "JSON file, e.g. '{\"ema_rate\": 0.9995, \"model\": {\"base_channels\": 48}}' "
                                     "(the fields of 'train --config', docs/diffusion.md). Applied after the other "
                                     "options."),
                      QStringLiteral("json|file")});
    parser.addOption({QStringLiteral("fresh"), QStringLiteral("Redo every step, ignoring what OUT already holds.")});
    parser.addOption({QStringLiteral("nproc"),
                      QStringLiteral("Diffusion training in N local processes (data-parallel, as train --nproc; "
                                     "--threads is split between them)."),
                      QStringLiteral("n")});
    addEncodeSpecOptions(parser); // the series and image encoding, as for 'encode'
    addEvaluationOptions(parser);
}

// The preset's options with every option given on the command line applied and checked.
PipelineOptions pipelineOptionsFrom(const QCommandLineParser &parser)
{
    PipelineOptions o = PipelineOptions::fromPreset(toStd(parser.value(QStringLiteral("preset"))));
    o.dataPath = toStd(parser.value(QStringLiteral("data")));
    o.outDir = toStd(parser.value(QStringLiteral("out")));
    o.format = toStd(parser.value(QStringLiteral("format")));
    o.maxBiflowsPerClass = intOption(parser, QStringLiteral("max-biflows-per-class"), o.maxBiflowsPerClass);
    o.trainSteps = intOption(parser, QStringLiteral("steps"), o.trainSteps); // 0: the preset's rule
    o.trainShare = doubleOption(parser, QStringLiteral("train-share"), 1.0);
    if (!(o.trainShare > 0.0 && o.trainShare <= 1.0))
        throw UsageError("--train-share must lie in (0, 1]");
    o.perClass = intOption(parser, QStringLiteral("per-class"), 0); // 0: the preset's, scaled to the class count
    o.samplingSteps = intOption(parser, QStringLiteral("sampling-steps"), o.samplingSteps);
    o.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 0));
    o.guidance = doubleOption(parser, QStringLiteral("guidance"), o.guidance);
    o.classBalance = doubleOption(parser, QStringLiteral("class-balance"), o.classBalance);
    if (parser.isSet(QStringLiteral("class-balance")) && !(o.classBalance >= 0.0 && o.classBalance <= 1.0))
        throw UsageError("--class-balance must lie in [0, 1]");
    if (parser.isSet(QStringLiteral("guidance")) && !(o.guidance > 0.0))
        throw UsageError("--guidance must be a positive number");
    if (parser.isSet(QStringLiteral("class-mix"))) {
        o.classMix = toStd(parser.value(QStringLiteral("class-mix")));
        if (o.classMix != "balanced" && o.classMix != "training")
            throw UsageError("--class-mix must be balanced or training");
    }
    o.sampleTotal = intOption(parser, QStringLiteral("sample-total"), o.sampleTotal);
    o.sampleFactor = doubleOption(parser, QStringLiteral("sample-factor"), o.sampleFactor);
    if (parser.isSet(QStringLiteral("sample-factor")) && !(o.sampleFactor > 0.0 && o.sampleFactor <= 100.0))
        throw UsageError("--sample-factor must lie in (0, 100]");
    if (o.sampleTotal < 0)
        throw UsageError("--sample-total must not be negative");
    if (parser.isSet(QStringLiteral("generators")))
        o.generators = PipelineOptions::parseGenerators(toStd(parser.value(QStringLiteral("generators"))));
    if (parser.isSet(QStringLiteral("ddpm-steps"))) {
        if (parser.value(QStringLiteral("ddpm-steps")) == QStringLiteral("all"))
            o.ddpmSteps = -1;
        else if ((o.ddpmSteps = intOption(parser, QStringLiteral("ddpm-steps"), 0)) < 1)
            throw UsageError("--ddpm-steps must be a positive number or 'all'");
    }
    o.baselineSteps = intOption(parser, QStringLiteral("baseline-steps"), o.baselineSteps);
    if (parser.isSet(QStringLiteral("baseline-preset"))) {
        o.baselinePreset = toStd(parser.value(QStringLiteral("baseline-preset")));
        if (o.baselinePreset != "cpu-small" && o.baselinePreset != "tiny")
            throw UsageError("--baseline-preset must be cpu-small or tiny");
    }
    o.fresh = parser.isSet(QStringLiteral("fresh"));
    o.lrSchedule = toStd(parser.value(QStringLiteral("lr-schedule")));
    if (!o.lrSchedule.empty() && o.lrSchedule != "constant" && o.lrSchedule != "cosine")
        throw UsageError("--lr-schedule must be constant or cosine");
    if (parser.isSet(QStringLiteral("diffusion-config"))) {
        const std::string value = toStd(parser.value(QStringLiteral("diffusion-config")));
        const auto first = value.find_first_not_of(" \t\r\n");
        o.diffusionOverrides = first != std::string::npos && value[first] == '{'
                                   ? parseJsonDocument(value, "--diffusion-config")
                                   : readJsonFile(value);
    }
    o.processes = intOption(parser, QStringLiteral("nproc"), 1);
    if (o.processes < 1 || o.processes > 256)
        throw UsageError("--nproc must be 1 to 256");
    if (o.processes > 1) {
        const int threads = parser.isSet(QStringLiteral("threads")) ? intOption(parser, QStringLiteral("threads"), 1)
                                                                    : DeviceManager::current().threads;
        o.workerProgram = toStd(QCoreApplication::applicationFilePath());
        o.threadsPerProcess = std::max(1, threads / o.processes);
    }
    if (encodeSpecOptionsSet(parser))
        o.spec = encodeSpecFrom(parser, PipelineOptions::presetSpec(o.preset));
    // Evaluation settings: the preset's, overridden by any evaluation option given.
    bool evalOverride = false;
    for (const char *k : {"seeds", "cnn-seeds", "cnn-epochs", "max-per-class", "no-cnn", "no-trees", "tree-rounds", "early",
                          "config"})
        evalOverride = evalOverride || parser.isSet(QString::fromLatin1(k));
    if (evalOverride) {
        const EvaluationConfig preset = o.eval;
        EvaluationConfig c = evaluationConfigFrom(parser);
        if (!parser.isSet(QStringLiteral("config"))) {
            if (!parser.isSet(QStringLiteral("seeds"))) c.seeds = preset.seeds;
            if (!parser.isSet(QStringLiteral("cnn-seeds"))) c.cnnSeeds = preset.cnnSeeds;
            if (!parser.isSet(QStringLiteral("cnn-epochs"))) c.cnn.epochs = preset.cnn.epochs;
            if (!parser.isSet(QStringLiteral("max-per-class"))) c.maxTrainPerClass = preset.maxTrainPerClass;
        }
        o.eval = c;
        o.overrideEval = true;
    }
    return o;
}

// The summary: JSON (--json) or the text lines, and the report files.
void printPipelineResult(const QCommandLineParser &parser, const PipelineResult &result, const QStringList &files)
{
    if (jsonRequested(parser)) {
        nlohmann::json j = evaluationSummary(result.metrics, toStd(QDir(QString::fromStdString(result.reportDir)).absolutePath()));
        j["pipeline"] = result.steps;
        j["generators"] = nlohmann::json::object();
        if (result.metrics.contains("generators"))
            for (auto it = result.metrics["generators"].begin(); it != result.metrics["generators"].end(); ++it) {
                nlohmann::json g = evaluationSummary(it.value(), j["out"].get<std::string>());
                g.erase("out");
                j["generators"][it.key()] = g;
            }
        j["generator_order"] = result.generators;
        for (const QString &f : files) j["report_files"].push_back(toStd(f));
        printJson(j);
    } else {
        if (result.metrics.contains("comparison"))
            std::cout << GeneratorComparison::text(result.metrics["comparison"]) << "\n"
                      << "Top-level figures below: " << result.generators.front() << "\n";
        const auto &m = result.metrics;
        printEvaluationLines(std::cout, m);
        std::cout << "pipeline took " << result.steps.value("total_seconds", 0.0) << " s ("
                  << result.steps.value("ran_steps", 0) << " steps run, " << result.steps.value("reused_steps", 0)
                  << " reused from an earlier run)\n";
        for (const QString &f : files) std::cout << toStd(f) << "\n";
    }
}

} // namespace

int runPipeline(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run the whole NetDiffus pipeline on a dataset: inspect, encode (GASF), train the diffusion model on a "
        "stratified training split, sample, evaluate against the held-out real split, and write the report.\n"
        "With --generators, every listed generator trains on the same split, samples the same number per class "
        "and goes through the same evaluation; the report compares them side by side.\n"
        "OUT gets inspect.json, images/{train,test}, run/ (diffusion checkpoint), run-<generator>/ (baselines), "
        "synthetic/<generator>/, eval/<generator>/ and report/ (metrics.json, report.html, report.pdf). "
        "A re-run on the same OUT reuses every finished step whose settings did not change "
        "(OUT/pipeline_state.json) and resumes an interrupted training."));
    addCommonOptions(parser);
    addReportLanguageOption(parser);
    addPipelineOptions(parser);
    parseCommandLine(parser, args);
    applyReportLanguage(parser);
    for (const char *required : {"data", "out"})
        if (!parser.isSet(QString::fromLatin1(required)))
            throw UsageError(std::string("missing --") + required);
    const PipelineOptions o = pipelineOptionsFrom(parser);
    PipelineResult result;
    {
        CliProgress progress(parser.isSet(QStringLiteral("quiet")));
        result = runPipeline(o, progress.token());
        progress.finish();
    }
    const QStringList files = writeReportFiles(QString::fromStdString(result.reportDir),
                                               QString::fromStdString(result.reportDir));
    printPipelineResult(parser, result, files);
    return ExitOk;
}

} // namespace netsynth::cli
