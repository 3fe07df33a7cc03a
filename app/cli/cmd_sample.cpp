// netsynth-cli sample: generate images from a diffusion checkpoint.
//   netsynth-cli sample --checkpoint FILE --out DIR --per-class N [--steps K] [--sampler ddpm|ddim|dpm2m]
//                       [--eta E] [--guidance W] [--seed S] [--classes a,b] [--json]
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/sampler.h"
#include "core/runtime/errors.h"

#include <algorithm>
#include <iostream>

namespace netsynth::cli {

int runSample(const QStringList &args)
{
    if (wantsBaseline(args)) // --model other than diffusion, or a baseline run folder
        return runBaselineSample(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sample GASF images from a diffusion checkpoint (DDPM ancestral or DDIM) into an image set\n"
        "folder with the training set's classes and spec (origin \"synthetic\"), plus series.csv (the\n"
        "series recovered by inversion, as 'decode' writes them) and one PNG contact sheet per class."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("diffusion (default); a baseline run folder is recognised by itself."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("checkpoint.pt or its run folder."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output image set folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("per-class"), QStringLiteral("Images per class (default 16)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("total"), QStringLiteral("Images in all, shared among the classes as in the training set (diffusion; instead of --per-class)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Sampling steps (default 50; 0 = all diffusion steps)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("sampler"), QStringLiteral("ddim (default), ddpm or dpm2m (DPM-Solver++(2M): fewer steps)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("eta"), QStringLiteral("DDIM stochasticity (default 0)."), QStringLiteral("e")});
    parser.addOption({QStringLiteral("guidance"), QStringLiteral("Classifier-free guidance scale (default 1 = conditional)."), QStringLiteral("w")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 0)."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("classes"), QStringLiteral("Comma-separated class names to sample (default all)."), QStringLiteral("list")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Images per batch (default 64)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("no-ema"), QStringLiteral("Sample from the raw weights instead of the EMA.")});
    parseCommandLine(parser, args);

    SampleConfig cfg;
    cfg.checkpoint = toStd(parser.value(QStringLiteral("checkpoint")));
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    if (cfg.checkpoint.empty())
        throw UsageError("missing --checkpoint FILE");
    if (out.empty())
        throw UsageError("missing --out DIR");
    cfg.perClass = intOption(parser, QStringLiteral("per-class"), 16);
    cfg.steps = intOption(parser, QStringLiteral("steps"), 50);
    if (parser.isSet(QStringLiteral("sampler")))
        cfg.sampler = parseSamplerKind(toStd(parser.value(QStringLiteral("sampler"))));
    cfg.eta = doubleOption(parser, QStringLiteral("eta"), 0.0);
    cfg.guidance = doubleOption(parser, QStringLiteral("guidance"), 1.0);
    cfg.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 0));
    cfg.batchSize = intOption(parser, QStringLiteral("batch"), 64);
    cfg.useEma = !parser.isSet(QStringLiteral("no-ema"));
    cfg.bf16 = true; // only takes effect on CUDA
    cfg.total = intOption(parser, QStringLiteral("total"), 0);
    if (cfg.perClass < 1)
        throw UsageError("--per-class must be at least 1");
    if (parser.isSet(QStringLiteral("total")) && cfg.total < 1)
        throw UsageError("--total must be at least 1");
    if (parser.isSet(QStringLiteral("total")) && parser.isSet(QStringLiteral("per-class")))
        throw UsageError("give --total or --per-class, not both");
    if (cfg.batchSize < 1)
        throw UsageError("--batch must be at least 1");
    if (parser.isSet(QStringLiteral("classes"))) {
        const CheckpointInfo info = readCheckpointInfo(cfg.checkpoint);
        for (const QString &name : parser.value(QStringLiteral("classes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto it = std::find(info.classes.begin(), info.classes.end(), toStd(name.trimmed()));
            if (it == info.classes.end())
                throw InputError(info.path, "field 'classes'", "no class named '" + toStd(name.trimmed()) + "'");
            cfg.classes.push_back(static_cast<int>(it - info.classes.begin()));
        }
    }

    CliProgress progress(parser.isSet(QStringLiteral("quiet")));
    const SampleResult r = sampleToFolder(cfg, out, progress.token());
    progress.finish();
    if (jsonRequested(parser)) {
        printJson({{"samples", r.samples},
                   {"classes", r.classes},
                   {"out", r.out},
                   {"sampler", samplerKindName(cfg.sampler)},
                   {"steps", cfg.steps},
                   {"seconds", r.seconds},
                   {"images_per_second", r.imagesPerSecond},
                   {"device", r.device},
                   {"csv", r.csv},
                   {"contact_sheets", r.contactSheets}});
    } else {
        std::cout << "wrote " << r.samples << " images (" << r.classes.size() << " classes) to " << r.out << " in "
                  << r.seconds << " s\n";
        if (!r.csv.empty())
            std::cout << "series: " << r.csv << "\n";
        else
            std::cout << "no series CSV: " << r.csvNote << "\n";
        std::cout << r.contactSheets.size() << " contact sheets (contact_*.png)\n";
    }
    return ExitOk;
}

} // namespace netsynth::cli
