// netsynth-cli baseline train|sample: the GAN baselines and reference
// generators (core/baselines). `train --model X` and `sample --model X` reach
// the same code for X in dg, wgan-gasf, empirical, real-resample.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"
#include "app/cli/processes_options.h"

#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/baseline_sampler.h"
#include "core/baselines/baseline_trainer.h"
#include "core/runtime/errors.h"

#include <iostream>

namespace netsynth::cli {

namespace {

std::vector<int> parseClassList(const QString &text)
{
    std::vector<int> out;
    if (text.trimmed().isEmpty())
        return out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v < 0)
            throw UsageError("--classes: expected class indices like 0,2,5, got '" + toStd(text) + "'");
        out.push_back(v);
    }
    return out;
}

std::uint64_t seedOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("seed")))
        return 0;
    bool ok = false;
    const qulonglong v = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError("--seed: expected a non-negative integer, got '" + toStd(parser.value(QStringLiteral("seed"))) + "'");
    return v;
}

QString modelsHelp()
{
    return QStringLiteral("Generator: dg (DoppelGANger-style series GAN), wgan-gasf (conditional WGAN-GP on GASF "
                          "images), empirical (per-class packet marginals), real-resample (real images drawn again).");
}

} // namespace

QString rawOptionValue(const QStringList &args, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == flag && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(flag + QLatin1Char('=')))
            return a.mid(flag.size() + 1);
    }
    return QString();
}

bool wantsBaseline(const QStringList &args)
{
    const QString model = rawOptionValue(args, QStringLiteral("model"));
    if (!model.isEmpty())
        return model != QLatin1String("diffusion");
    return isBaselineRun(rawOptionValue(args, QStringLiteral("checkpoint")));
}

bool isBaselineRun(const QString &path)
{
    return !path.isEmpty() && isBaselineCheckpoint(toStd(path));
}

int runBaselineTrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Train (or fit) a baseline generator on an image set written by `encode`.\n") + modelsHelp());
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("model"), modelsHelp(), QStringLiteral("name")},
        {QStringLiteral("data"), QStringLiteral("Image set folder (manifest.json + shards)."), QStringLiteral("dir")},
        {QStringLiteral("out"), QStringLiteral("Run folder (checkpoint.json, checkpoint.pt, config.json)."), QStringLiteral("dir")},
        {QStringLiteral("config"), QStringLiteral("JSON file overriding the preset's settings."), QStringLiteral("file")},
        {QStringLiteral("preset"), QStringLiteral("cpu-small (default) or tiny."), QStringLiteral("name"), QStringLiteral("cpu-small")},
        {QStringLiteral("steps"), QStringLiteral("Generator updates (total, also on resume)."), QStringLiteral("n")},
        {QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the run."), QStringLiteral("s")},
        {QStringLiteral("resume"), QStringLiteral("Continue the run in --out from its checkpoint.")},
    });
    addProcessesOptions(parser); // dg and wgan-gasf: data-parallel, as diffusion
    parseCommandLine(parser, args);
    const ProcessesPlan processes = processesFrom(parser);
    if (!parser.isSet(QStringLiteral("model")))
        throw UsageError("--model is required (dg, wgan-gasf, empirical or real-resample)");
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("--out is required");
    BaselineTrainRequest req;
    req.kind = parseBaselineKind(toStd(parser.value(QStringLiteral("model"))));
    req.config = BaselineConfig::fromPreset(toStd(parser.value(QStringLiteral("preset"))), req.kind);
    if (parser.isSet(QStringLiteral("config")))
        req.config = BaselineConfig::fromFile(toStd(parser.value(QStringLiteral("config"))), req.config);
    if (parser.isSet(QStringLiteral("seed")))
        req.config.seed = seedOption(parser);
    req.config.batchSize = intOption(parser, QStringLiteral("batch"), req.config.batchSize);
    if (req.config.batchSize < 1)
        throw UsageError("--batch must be >= 1");
    req.steps = intOption(parser, QStringLiteral("steps"), 0);
    if (req.steps < 0)
        throw UsageError("--steps must be >= 0");
    req.dataDir = toStd(parser.value(QStringLiteral("data")));
    req.runDir = toStd(parser.value(QStringLiteral("out")));
    req.resume = parser.isSet(QStringLiteral("resume"));
    if (req.dataDir.empty() && !req.resume)
        throw UsageError("--data is required");

    req.distributed = processes.distributed;
    req.localProcesses = processes.localProcesses;
    req.workerProgram = processes.workerProgram;
    req.threadsPerProcess = processes.threadsPerProcess;
    const bool rankZero = processes.distributed.writesFiles();
    CliProgress progress(parser.isSet(QStringLiteral("quiet")) || !rankZero);
    const BaselineTrainResult r = trainBaseline(req, progress.token());
    progress.finish();
    if (!rankZero)
        return ExitOk; // rank 0 reports for the job
    const nlohmann::json out = {{"model", baselineKindName(req.kind)},
                                {"world_size", processes.worldSize()},
                                {"steps", r.steps},
                                {"final_loss", r.finalGeneratorLoss},
                                {"final_critic_loss", r.finalCriticLoss},
                                {"final_wasserstein", r.finalWasserstein},
                                {"checkpoint", r.checkpoint},
                                {"stopped", r.stopped},
                                {"device", r.device},
                                {"parameters", r.parameters},
                                {"seconds", r.seconds}};
    if (jsonRequested(parser))
        printJson(out);
    else
        std::cout << baselineKindName(req.kind) << ": " << r.steps << " steps in " << r.seconds << " s, checkpoint "
                  << r.checkpoint << "\n";
    return ExitOk;
}

int runBaselineSample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sample a baseline run into an image set (same format as the diffusion sampler).\n") +
        modelsHelp());
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("model"), modelsHelp() + QStringLiteral(" Optional: checked against the run."),
         QStringLiteral("name")},
        {QStringLiteral("checkpoint"), QStringLiteral("Run folder (or its checkpoint.json / checkpoint.pt)."),
         QStringLiteral("path")},
        {QStringLiteral("out"), QStringLiteral("Output image set folder."), QStringLiteral("dir")},
        {QStringLiteral("per-class"), QStringLiteral("Samples per class (default 16)."), QStringLiteral("n"), QStringLiteral("16")},
        {QStringLiteral("classes"), QStringLiteral("Class indices to sample, e.g. 0,2 (default all)."), QStringLiteral("list")},
        {QStringLiteral("seed"), QStringLiteral("Sampling seed (default 0)."), QStringLiteral("s")},
        {QStringLiteral("data"), QStringLiteral("real-resample: the real image set (instead of a run folder)."),
         QStringLiteral("dir")},
    });
    parseCommandLine(parser, args);
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("--out is required");
    BaselineSampleConfig cfg;
    if (parser.isSet(QStringLiteral("model")))
        cfg.kind = parseBaselineKind(toStd(parser.value(QStringLiteral("model"))));
    cfg.checkpoint = toStd(parser.value(QStringLiteral("checkpoint")));
    cfg.realDataDir = toStd(parser.value(QStringLiteral("data")));
    if (cfg.checkpoint.empty() && !(cfg.kind == BaselineKind::RealResample && !cfg.realDataDir.empty()))
        throw UsageError("--checkpoint is required (or --model real-resample --data DIR)");
    cfg.perClass = intOption(parser, QStringLiteral("per-class"), 16);
    if (cfg.perClass < 1)
        throw UsageError("--per-class must be >= 1");
    cfg.classes = parseClassList(parser.value(QStringLiteral("classes")));
    cfg.seed = seedOption(parser);
    const std::string outDir = toStd(parser.value(QStringLiteral("out")));

    CliProgress progress(parser.isSet(QStringLiteral("quiet")));
    const BaselineSampleResult r = sampleBaselineToFolder(cfg, outDir, progress.token());
    progress.finish();
    const nlohmann::json out = {{"samples", r.samples},       {"classes", r.classes},
                                {"out", r.out},               {"generator", r.generator},
                                {"seconds", r.seconds},       {"csv", r.csv},
                                {"csv_note", r.csvNote},      {"contact_sheets", r.contactSheets}};
    if (jsonRequested(parser))
        printJson(out);
    else
        std::cout << r.generator << ": " << r.samples << " samples of " << r.classes.size() << " classes in " << r.out
                  << "\n";
    return ExitOk;
}

int runBaseline(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (sub == QLatin1String("train") || sub == QLatin1String("sample")) {
        rest.removeAt(1);
        rest[0] = args.at(0) + QLatin1Char(' ') + sub;
        return sub == QLatin1String("train") ? runBaselineTrain(rest) : runBaselineSample(rest);
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::cout << "Usage: netsynth-cli baseline train|sample [options]\n"
                     "  train   train or fit dg, wgan-gasf, empirical or real-resample on an image set\n"
                     "  sample  write samples of a baseline run as an image set\n"
                     "Run `netsynth-cli baseline train --help` for the options.\n";
        return ExitOk;
    }
    throw UsageError("baseline: expected a subcommand, train or sample (got '" + toStd(sub) + "')");
}

} // namespace netsynth::cli
