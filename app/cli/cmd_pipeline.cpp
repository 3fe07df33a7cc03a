// netsynth-cli pipeline --data PATH --out DIR [--preset default|quick|netdiffus]:
// inspect -> encode -> train -> sample -> evaluate -> report, one progress display.
#include "app/cli/cli_common.h"
#include "app/cli/cmd_evaluate.h"
#include "app/cli/command_table.h"
#include "app/cli/report_writer.h"

#include "core/eval/pipeline_runner.h"

#include <QDir>

#include <iostream>

namespace netsynth::cli {

int runPipeline(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run the whole NetDiffus pipeline on a dataset: inspect, encode (GASF), train the diffusion model on a "
        "stratified training split, sample, evaluate against the held-out real split, and write the report.\n"
        "OUT gets inspect.json, images/{train,test}, run/ (checkpoint), synthetic/ and report/ "
        "(metrics.json, report.html, report.pdf)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("data"), QStringLiteral("Dataset file or folder (any format 'inspect' reads)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("preset"), QStringLiteral("default (CPU, under an hour), quick (smoke test) or netdiffus (GPU)."),
                      QStringLiteral("name"), QStringLiteral("default")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Dataset format (default: detect)."), QStringLiteral("format")});
    parser.addOption({QStringLiteral("max-biflows-per-class"), QStringLiteral("Biflows kept per class (default: the preset's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Diffusion training steps (default: the preset's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("per-class"), QStringLiteral("Synthetic images per class (default: the preset's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("sampling-steps"), QStringLiteral("DDIM sampling steps (default: the preset's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the run (default 0)."), QStringLiteral("n")});
    addEvaluationOptions(parser);
    parseCommandLine(parser, args);
    for (const char *required : {"data", "out"})
        if (!parser.isSet(QString::fromLatin1(required)))
            throw UsageError(std::string("missing --") + required);

    PipelineOptions o = PipelineOptions::fromPreset(toStd(parser.value(QStringLiteral("preset"))));
    o.dataPath = toStd(parser.value(QStringLiteral("data")));
    o.outDir = toStd(parser.value(QStringLiteral("out")));
    o.format = toStd(parser.value(QStringLiteral("format")));
    o.maxBiflowsPerClass = intOption(parser, QStringLiteral("max-biflows-per-class"), o.maxBiflowsPerClass);
    o.trainSteps = intOption(parser, QStringLiteral("steps"), o.trainSteps);
    o.perClass = intOption(parser, QStringLiteral("per-class"), o.perClass);
    o.samplingSteps = intOption(parser, QStringLiteral("sampling-steps"), o.samplingSteps);
    o.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 0));
    // Evaluation settings: the preset's, overridden by any evaluation option given.
    bool evalOverride = false;
    for (const char *k : {"seeds", "cnn-seeds", "cnn-epochs", "max-per-class", "no-cnn", "early", "config"})
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

    PipelineResult result;
    {
        CliProgress progress(parser.isSet(QStringLiteral("quiet")));
        result = runPipeline(o, progress.token());
        progress.finish();
    }
    const QStringList files = writeReportFiles(QString::fromStdString(result.reportDir),
                                               QString::fromStdString(result.reportDir));
    if (jsonRequested(parser)) {
        nlohmann::json j = evaluationSummary(result.metrics, toStd(QDir(QString::fromStdString(result.reportDir)).absolutePath()));
        j["pipeline"] = result.steps;
        for (const QString &f : files) j["report_files"].push_back(toStd(f));
        printJson(j);
    } else {
        const auto &m = result.metrics;
        std::cout << "FID " << m.value("fid", nlohmann::json()).dump() << " (real test floor "
                  << m.value("fid_real_test", nlohmann::json()).dump() << ")\n";
        for (const char *k : {"real_real", "synth_real", "mixed_real"})
            std::cout << "TSTR " << k << ": accuracy " << m["tstr"][k]["accuracy"].dump() << ", macro-F1 "
                      << m["tstr"][k]["macro_f1"].dump() << "\n";
        std::cout << "pipeline took " << result.steps.value("total_seconds", 0.0) << " s\n";
        for (const QString &f : files) std::cout << toStd(f) << "\n";
    }
    return ExitOk;
}

} // namespace netsynth::cli
