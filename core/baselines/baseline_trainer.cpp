#include "core/baselines/baseline_trainer.h"

#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/dg_model.h"
#include "core/baselines/empirical_sampler.h"
#include "core/baselines/image_series_bridge.h"
#include "core/baselines/wgan_gasf_model.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/data_parallel_impl.h"
#include "core/runtime/local_peers.h"
#include "core/runtime/progress.h"


#include <chrono>
#include <filesystem>

namespace netsynth {

namespace fs = std::filesystem;

namespace {

// Trains a GAN model (DgModel or WganGasfModel) on `data`, keeping
// checkpoint.json in step with every checkpoint.pt the model writes.
template <typename Model, typename Data>
BaselineTrainResult trainGan(Model &model, const Data &data, int totalSteps, BaselineCheckpointInfo &info,
                             const std::string &weights, ProgressToken &token, const BaselineTrainCallbacks &callbacks,
                             const DistributedConfig &distributed)
{
    BaselineStepStats last;
    BaselineTrainCallbacks wrapped = callbacks;
    wrapped.onStep = [&](const BaselineStepStats &s) {
        last = s;
        if (callbacks.onStep)
            callbacks.onStep(s);
    };
    wrapped.onCheckpoint = [&](const std::string &, int step) {
        info.step = step;
        info.weights = weights;
        info.lastGeneratorLoss = last.generatorLoss;
        info.lastCriticLoss = last.criticLoss;
        info.lastWasserstein = last.wasserstein;
        info.lossHistory = model.lossHistory();
        writeBaselineCheckpointInfo(info);
        if (callbacks.onCheckpoint)
            callbacks.onCheckpoint(info.path, step);
    };
    BaselineTrainResult r = model.train(data, totalSteps, token, wrapped, weights, distributed);
    r.checkpoint = info.path;
    return r;
}

} // namespace

namespace {

// The command line of a local peer: `train --model KIND` on the same request.
std::vector<std::string> peerArguments(const BaselineTrainRequest &request, const std::string &configFile)
{
    std::vector<std::string> args{"train", "--model", baselineKindName(request.kind), "--out", request.runDir};
    if (!request.dataDir.empty()) args.insert(args.end(), {"--data", request.dataDir});
    if (request.resume)
        args.push_back("--resume");
    else
        args.insert(args.end(), {"--config", configFile});
    if (request.steps > 0) args.insert(args.end(), {"--steps", std::to_string(request.steps)});
    return args;
}

BaselineTrainResult trainBaselineAlone(const BaselineTrainRequest &request, ProgressToken &token,
                                       const BaselineTrainCallbacks &callbacks);

} // namespace

BaselineTrainResult trainBaseline(const BaselineTrainRequest &request, ProgressToken &token,
                                  const BaselineTrainCallbacks &callbacks)
{
    const bool gan = baselineKindIsGan(request.kind);
    if (!gan && (request.localProcesses > 1 || request.distributed.enabled()))
        throw InputError({}, "processes",
                         baselineKindName(request.kind) + " has nothing to train in several processes (only dg and "
                                                          "wgan-gasf do)");
    if (request.localProcesses <= 1 || request.distributed.enabled())
        return trainBaselineAlone(request, token, callbacks);
    return trainAsRankZero(
        localTrainingOf(request), [&](const std::string &configFile) { return peerArguments(request, configFile); },
        [&](const DistributedConfig &rankZero) {
            BaselineTrainRequest here = request;
            here.distributed = rankZero;
            const ThreadShare share(request.threadsPerProcess); // this process is one of the workers
            return trainBaselineAlone(here, token, callbacks);
        },
        callbacks.onPeersStarted);
}

namespace {

BaselineTrainResult trainBaselineAlone(const BaselineTrainRequest &request, ProgressToken &token,
                                       const BaselineTrainCallbacks &callbacks)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (request.runDir.empty())
        throw InputError({}, "--out", "a run folder is required");
    std::error_code ec;
    fs::create_directories(request.runDir, ec);
    if (ec)
        throw InputError(request.runDir, {}, "cannot create the run folder: " + ec.message());
    const std::string jsonPath = (fs::path(request.runDir) / "checkpoint.json").string();
    const std::string weights = (fs::path(request.runDir) / "checkpoint.pt").string();

    BaselineCheckpointInfo info;
    BaselineConfig config = request.config;
    std::string dataDir = request.dataDir;
    if (request.resume) {
        info = readBaselineCheckpointInfo(request.runDir);
        if (info.kind != request.kind)
            throw InputError(jsonPath, "field 'kind'",
                             "the run is a " + baselineKindName(info.kind) + " run, not " +
                                 baselineKindName(request.kind));
        config = info.config;
        if (dataDir.empty())
            dataDir = info.dataDir;
    }
    if (request.steps > 0)
        config.steps = request.steps;
    config.validate();
    if (dataDir.empty())
        throw InputError({}, "--data", "an image set folder (from encode) is required");

    // Reading and inverting come before the training's own 0..1 progress.
    ChildProgress preparing(token, 0.0, 0.0, {});
    const ImageDataset images = ImageDataset::load(dataDir, preparing.token());
    if (images.count() == 0)
        throw InputError(dataDir, "field 'samples'", "the image set is empty");
    info.path = jsonPath;
    info.kind = request.kind;
    info.config = config;
    info.classes = images.classes;
    info.spec = images.spec;
    info.imageSize = images.imageSize;
    info.dataDir = fs::absolute(dataDir).lexically_normal().string();
    info.device = DeviceManager::current().name;
    if (!request.resume && request.distributed.writesFiles())
        writeFileAtomically((fs::path(request.runDir) / "config.json").string(), config.toJson().dump(2));

    BaselineTrainResult result;
    switch (request.kind) {
    case BaselineKind::DoppelGanger: {
        const PacketSeriesSet series = seriesFromImages(images, preparing.token(), dataDir);
        DgModel model = request.resume ? DgModel::load(weights) : DgModel(series, config);
        model.extra() = {{"kind", "dg"}, {"data_dir", info.dataDir}, {"spec", images.spec}};
        result = trainGan(model, series, config.steps, info, weights, token, callbacks, request.distributed);
        break;
    }
    case BaselineKind::WganGasf: {
        WganGasfModel model = request.resume ? WganGasfModel::load(weights) : WganGasfModel(images, config);
        model.extra() = {{"kind", "wgan-gasf"}, {"data_dir", info.dataDir}};
        result = trainGan(model, images, config.steps, info, weights, token, callbacks, request.distributed);
        break;
    }
    case BaselineKind::Empirical: {
        const PacketSeriesSet series = seriesFromImages(images, preparing.token(), dataDir);
        info.empirical = EmpiricalSampler::fit(series, config.maxValuesPerClass, config.seed).toJson();
        info.weights.clear();
        writeBaselineCheckpointInfo(info);
        result.checkpoint = jsonPath;
        result.device = "cpu";
        break;
    }
    case BaselineKind::RealResample:
        info.weights.clear();
        writeBaselineCheckpointInfo(info);
        result.checkpoint = jsonPath;
        result.device = "cpu";
        break;
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    token.setProgress(1.0, "done");
    return result;
}

} // namespace

} // namespace netsynth
