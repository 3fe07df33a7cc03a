// netsynth-cli train: train a class-conditional diffusion model on an image set.
//   netsynth-cli train --data DIR --out RUNDIR [--config FILE.json] [--preset cpu-small|netdiffus]
//                      [--steps N] [--batch N] [--seed S] [--resume] [--device ...] [--json]
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"
#include "app/cli/processes_options.h"
#include "core/diffusion/trainer.h"
#include "core/runtime/device.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

namespace netsynth::cli {

namespace {

// The options of `train` (diffusion), documented in --help.
void addTrainOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Train a class-conditional diffusion U-Net (DDPM) on an image set written by `encode`.\n"
        "The run folder receives checkpoint.pt (model, EMA, optimiser, step, config, label map),\n"
        "checkpoint.json and config.json. Ctrl-C stops cleanly after writing a checkpoint."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("diffusion (default); dg, wgan-gasf, empirical and real-resample train a baseline (see `baseline --help`)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Image set folder (manifest.json + shards)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Run folder for checkpoints."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Training configuration JSON (see docs/diffusion.md)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("preset"), QStringLiteral("cpu-small (default) or netdiffus."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Total optimiser steps (on --resume: the new total)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("Continue the checkpoint in --out.")});
    addProcessesOptions(parser);
}

} // namespace

int runTrain(const QStringList &args)
{
    if (wantsBaseline(args)) // --model dg|wgan-gasf|empirical|real-resample
        return runBaselineTrain(args);
    QCommandLineParser parser;
    addTrainOptions(parser);
    parseCommandLine(parser, args);

    const ProcessesPlan processes = processesFrom(parser);
    const DistributedConfig &distributed = processes.distributed;

    TrainRequest req;
    req.runDir = toStd(parser.value(QStringLiteral("out")));
    req.dataDir = toStd(parser.value(QStringLiteral("data")));
    req.resume = parser.isSet(QStringLiteral("resume"));
    req.distributed = distributed;
    req.localProcesses = processes.localProcesses;
    req.workerProgram = processes.workerProgram;
    req.threadsPerProcess = processes.threadsPerProcess;
    const int worldSize = processes.worldSize();
    if (req.runDir.empty())
        throw UsageError("missing --out RUNDIR");
    if (req.dataDir.empty() && !req.resume)
        throw UsageError("missing --data DIR");
    if (req.resume && (parser.isSet(QStringLiteral("config")) || parser.isSet(QStringLiteral("preset"))))
        throw UsageError("--resume continues with the checkpoint's configuration: drop --config/--preset");
    if (parser.isSet(QStringLiteral("config")))
        req.config = TrainConfig::fromFile(toStd(parser.value(QStringLiteral("config"))));
    else if (parser.isSet(QStringLiteral("preset")))
        req.config = TrainConfig::fromPreset(toStd(parser.value(QStringLiteral("preset"))));
    if (parser.isSet(QStringLiteral("preset")) && parser.isSet(QStringLiteral("config")))
        throw UsageError("give either --config or --preset");
    const int steps = intOption(parser, QStringLiteral("steps"), 0);
    if (parser.isSet(QStringLiteral("steps")) && steps < 1)
        throw UsageError("--steps must be at least 1");
    if (req.resume) {
        req.steps = steps;
        if (parser.isSet(QStringLiteral("batch")) || parser.isSet(QStringLiteral("seed")))
            throw UsageError("--batch and --seed cannot change on --resume");
    } else {
        if (steps > 0)
            req.config.steps = steps;
        req.config.batchSize = intOption(parser, QStringLiteral("batch"), req.config.batchSize);
        if (parser.isSet(QStringLiteral("seed")))
            req.config.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 0));
        req.config.validate(parser.isSet(QStringLiteral("config")) ? toStd(parser.value(QStringLiteral("config")))
                                                                   : std::string());
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet")) || !distributed.writesFiles();
    // The token only carries Ctrl-C; this command prints its own progress lines.
    CliProgress progress(true);
    TrainCallbacks callbacks;
    callbacks.onStart = [&](int start, int total, const std::string &device, std::int64_t params) {
        if (!quiet)
            std::fprintf(stderr, "training on %s%s: %lld parameters, steps %d -> %d\n", device.c_str(),
                         worldSize > 1 ? (" x " + std::to_string(worldSize) + " processes").c_str() : "",
                         static_cast<long long>(params), start, total);
    };
    callbacks.onPeersStarted = [&](const std::vector<long long> &pids, int port) {
        if (quiet) return;
        std::fprintf(stderr, "worker 0 of %d: pid %lld (this process; 127.0.0.1:%d, %d thread(s) each)\n", worldSize,
                     static_cast<long long>(QCoreApplication::applicationPid()), port, req.threadsPerProcess);
        for (std::size_t i = 0; i < pids.size(); ++i)
            std::fprintf(stderr, "worker %zu of %d: pid %lld\n", i + 1, worldSize, pids[i]);
        std::fflush(stderr);
    };
    auto lastPrint = std::chrono::steady_clock::now() - std::chrono::seconds(10);
    callbacks.onStep = [&](const TrainStepStats &s) {
        // One line per second (and the last step), not one per step.
        const auto now = std::chrono::steady_clock::now();
        if (quiet || (now - lastPrint < std::chrono::seconds(1) && s.step != s.totalSteps))
            return;
        lastPrint = now;
        std::fprintf(stderr, "[%3d%%] step %d/%d  loss %.5f  lr %.2e  %.1f img/s  eta %.0f s\n",
                     static_cast<int>(100.0 * s.step / s.totalSteps + 0.5), s.step, s.totalSteps, s.loss, s.lr,
                     s.imagesPerSecond, s.etaSeconds);
        std::fflush(stderr);
    };
    const TrainResult r = trainDiffusion(req, progress.token(), callbacks);
    progress.finish();
    if (!distributed.writesFiles())
        return ExitOk; // rank 0 reports for the job
    if (jsonRequested(parser)) {
        printJson({{"steps", r.steps},
                   {"world_size", worldSize},
                   {"final_loss", r.finalLoss},
                   {"checkpoint", r.checkpoint},
                   {"device", r.device},
                   {"parameters", r.parameters},
                   {"images_per_second", r.imagesPerSecond},
                   {"seconds", r.seconds}});
    } else {
        std::cout << "trained to step " << r.steps << ", final loss " << r.finalLoss << " ("
                  << static_cast<int>(r.imagesPerSecond + 0.5) << " img/s on " << r.device << ")\ncheckpoint: "
                  << r.checkpoint << "\n";
    }
    return ExitOk;
}

} // namespace netsynth::cli
