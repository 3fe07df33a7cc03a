#include "core/diffusion/trainer.h"

#include "core/runtime/data_parallel_impl.h"

#include "core/diffusion/autocast_guard_impl.h"
#include "core/diffusion/checkpoint_io_impl.h"
#include "core/diffusion/gaussian_diffusion_impl.h"
#include "core/diffusion/sample_loop_impl.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/checkpoint_clock.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/local_peers.h"
#include "core/runtime/progress.h"


#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <mutex>
#include <numeric>
#include <thread>

namespace netsynth {

namespace fs = std::filesystem;

namespace {

// torch::manual_seed is process-wide: serialise seeded model construction.
std::mutex g_initMutex;

// Pixel range of the training images: GASF lies in [-1, 1]; gamma-corrected
// sets in [0, 1]; anything else is taken as found.
std::pair<double, double> valueRangeOf(const ImageDataset &data)
{
    if (data.pixels.empty())
        return {-1.0, 1.0};
    const auto [lo, hi] = std::minmax_element(data.pixels.begin(), data.pixels.end());
    const double eps = 1e-4;
    if (*lo >= -eps && *hi <= 1.0 + eps)
        return {0.0, 1.0};
    if (*lo >= -1.0 - eps && *hi <= 1.0 + eps)
        return {-1.0, 1.0};
    return {*lo, *hi > *lo ? double(*hi) : *lo + 1.0};
}

std::vector<std::vector<SeriesStats>> seriesStatsOf(const ImageDataset &data, std::size_t perClassLimit = 1000)
{
    std::vector<std::vector<SeriesStats>> all(data.classes.size());
    for (const auto &s : data.samples)
        all[static_cast<std::size_t>(s.label)].push_back({s.min, s.max, s.length});
    for (auto &list : all) {
        if (list.size() <= perClassLimit)
            continue;
        std::vector<SeriesStats> thinned;
        for (std::size_t i = 0; i < perClassLimit; ++i)
            thinned.push_back(list[i * list.size() / perClassLimit]);
        list = std::move(thinned);
    }
    return all;
}

} // namespace

struct Trainer::Impl
{
    TrainConfig config;
    std::string dataDir;
    std::string runDir;
    std::string checkpoint;
    torch::Device device{torch::kCPU};
    std::string deviceName;
    std::vector<std::string> classes;
    nlohmann::json spec;
    double valueMin = -1.0;
    double valueMax = 1.0;
    std::vector<std::vector<SeriesStats>> sampleStats;
    std::vector<std::int64_t> classCounts;
    torch::Tensor images; // [N, C, S, S] in [-1, 1], on device
    torch::Tensor labels; // [N] int64, on device
    UNet model{nullptr};
    UNet ema{nullptr};
    std::unique_ptr<torch::optim::AdamW> optimizer;
    DistributedConfig distributed;
    NoiseSchedule schedule;
    int step = 0;
    std::vector<std::array<double, 2>> lossHistory;
    double lastLoss = 0.0;
    torch::Tensor permutation;
    torch::Tensor drawWeights; // per image, class_balance < 1: n_class^(class_balance - 1)
    std::int64_t permutationPos = 0;

    // fixedRange: the checkpoint's pixel range (resume); null = the data's own.
    void loadData(const std::string &dir, ProgressToken &token, const std::pair<double, double> *fixedRange);
    void buildModel();
    CheckpointInfo info() const;
    void save();
    torch::Tensor nextBatchIndices(at::Generator &gen);
    std::shared_ptr<SampleGrid> preview();
    struct StepOutcome
    {
        double loss = 0.0, mse = 0.0, lr = 0.0;
        bool agreedStop = false;
    };
    StepOutcome optimiseStep(const GaussianDiffusion &diffusion, at::Generator &gen, DataParallel *parallel,
                             const std::vector<torch::Tensor> &params, bool stopHere);
};

void Trainer::Impl::loadData(const std::string &dir, ProgressToken &token,
                             const std::pair<double, double> *fixedRange)
{
    if (!fs::exists(dir))
        throw InputError(dir, {}, "no image set here (expected a folder with manifest.json and shards)");
    ChildProgress reading(token, 0.0, 0.0, {}); // before the training's own progress
    ImageDataset data = ImageDataset::load(dir, reading.token());
    const std::string manifest = (fs::path(dir) / "manifest.json").string();
    if (data.count() == 0)
        throw InputError(manifest, "field 'samples'", "the image set is empty");
    if (data.classes.empty())
        throw InputError(manifest, "field 'classes'", "no classes");
    classes = data.classes;
    spec = data.spec;
    const auto range = fixedRange ? *fixedRange : valueRangeOf(data);
    valueMin = range.first;
    valueMax = range.second;
    sampleStats = seriesStatsOf(data);
    classCounts.assign(data.classes.size(), 0);
    for (const auto &s : data.samples) ++classCounts[static_cast<std::size_t>(s.label)];
    const auto n = static_cast<std::int64_t>(data.count());
    torch::Tensor x = torch::from_blob(data.pixels.data(), {n, data.channels, data.imageSize, data.imageSize},
                                       torch::kFloat32)
                          .clone();
    images = ((x - valueMin) / (valueMax - valueMin) * 2.0 - 1.0).to(device);
    std::vector<std::int64_t> y;
    y.reserve(data.samples.size());
    for (const auto &s : data.samples)
        y.push_back(s.label);
    labels = torch::tensor(y, torch::kInt64).to(device);
    if (config.classBalance < 1.0) {
        std::vector<int> classOf(y.begin(), y.end());
        drawWeights = torch::tensor(classDrawWeights(classOf, config.classBalance), torch::kFloat64);
    }
    config.model.imageSize = data.imageSize;
    config.model.channels = data.channels;
    config.model.numClasses = static_cast<int>(classes.size());
    config.validate(manifest);
}

void Trainer::Impl::buildModel()
{
    {
        std::lock_guard<std::mutex> lock(g_initMutex);
        torch::manual_seed(config.seed);
        model = UNet(config.model);
        ema = UNet(config.model);
    }
    model->to(device);
    ema->to(device);
    {
        torch::NoGradGuard noGrad;
        auto src = model->parameters();
        auto dst = ema->parameters();
        for (std::size_t i = 0; i < src.size(); ++i)
            dst[i].copy_(src[i]);
    }
    for (auto &p : ema->parameters())
        p.set_requires_grad(false);
    ema->eval();
    model->train();
    optimizer = std::make_unique<torch::optim::AdamW>(
        model->parameters(), torch::optim::AdamWOptions(config.lr).weight_decay(config.weightDecay));
    schedule = NoiseSchedule::make(config.schedule, config.diffusionSteps);
}

CheckpointInfo Trainer::Impl::info() const
{
    CheckpointInfo i;
    i.path = checkpoint;
    i.step = step;
    i.config = config;
    i.classes = classes;
    i.spec = spec;
    i.valueMin = valueMin;
    i.valueMax = valueMax;
    i.dataDir = dataDir;
    i.device = deviceName;
    i.lastLoss = lastLoss;
    const std::size_t limit = 2000;
    if (lossHistory.size() <= limit) {
        i.lossHistory = lossHistory;
    } else {
        for (std::size_t k = 0; k < limit; ++k)
            i.lossHistory.push_back(lossHistory[k * lossHistory.size() / limit]);
        i.lossHistory.push_back(lossHistory.back());
    }
    i.sampleStats = sampleStats;
    i.classCounts = classCounts;
    return i;
}

void Trainer::Impl::save()
{
    writeCheckpoint(info(), model, ema, optimizer.get());
}

torch::Tensor Trainer::Impl::nextBatchIndices(at::Generator &gen)
{
    if (drawWeights.defined())
        return torch::multinomial(drawWeights, config.batchSize, /*replacement=*/true, gen).to(device);
    const std::int64_t n = images.size(0);
    std::vector<torch::Tensor> parts;
    std::int64_t need = config.batchSize;
    while (need > 0) {
        if (!permutation.defined() || permutationPos >= n) {
            permutation = torch::randperm(n, gen, torch::TensorOptions().dtype(torch::kInt64));
            permutationPos = 0;
        }
        const std::int64_t take = std::min(need, n - permutationPos);
        parts.push_back(permutation.narrow(0, permutationPos, take));
        permutationPos += take;
        need -= take;
    }
    return torch::cat(parts).to(device);
}

std::shared_ptr<SampleGrid> Trainer::Impl::preview()
{
    auto grid = std::make_shared<SampleGrid>();
    grid->step = step;
    grid->imageSize = config.model.imageSize;
    grid->channels = config.model.channels;
    grid->perClass = config.previewPerClass;
    grid->classes = classes;
    grid->valueMin = valueMin;
    grid->valueMax = valueMax;
    const auto k = static_cast<std::int64_t>(classes.size());
    const torch::Tensor y = torch::arange(k, torch::kInt64).repeat_interleave(config.previewPerClass);
    // The same seed every time, so successive grids show the model improving.
    at::Generator gen = makeSeededGenerator(config.seed + 7919);
    SampleLoopOptions options;
    options.kind = SamplerKind::Ddim;
    options.steps = config.previewSamplingSteps;
    options.bf16 = config.bf16;
    const torch::Tensor x = postprocessSamples(runSampleLoop(ema, schedule, y, options, gen, device, {}, nullptr),
                                               valueMin, valueMax);
    grid->pixels.assign(x.data_ptr<float>(), x.data_ptr<float>() + x.numel());
    return grid;
}

Trainer::Trainer(const TrainRequest &request, ProgressToken &token) : d(std::make_unique<Impl>())
{
    const DeviceInfo deviceInfo = DeviceManager::current();
    d->device = torch::Device(deviceInfo.name);
    d->deviceName = deviceInfo.name;
    d->runDir = request.runDir;
    d->distributed = request.distributed;
    d->distributed.validate();
    if (d->runDir.empty())
        throw InputError({}, "--out", "no run folder given");
    d->checkpoint = (fs::path(d->runDir) / "checkpoint.pt").string();
    if (request.resume) {
        CheckpointReader reader(d->checkpoint, d->device);
        const CheckpointInfo &info = reader.info();
        d->config = info.config;
        if (request.steps > 0)
            d->config.steps = request.steps;
        d->dataDir = request.dataDir.empty() ? info.dataDir : request.dataDir;
        const std::pair<double, double> range{info.valueMin, info.valueMax};
        d->loadData(d->dataDir, token, &range);
        const std::string manifest = (fs::path(d->dataDir) / "manifest.json").string();
        if (d->classes != info.classes)
            throw InputError(manifest, "field 'classes'", "the classes differ from the checkpoint's label map");
        if (d->config.model.imageSize != info.config.model.imageSize ||
            d->config.model.channels != info.config.model.channels)
            throw InputError(manifest, "field 'image_size'", "the image size differs from the checkpoint's");
        d->buildModel();
        reader.loadModel(d->model);
        reader.loadEma(d->ema);
        reader.loadOptimizer(*d->optimizer);
        d->step = info.step;
        d->lossHistory = info.lossHistory;
        d->lastLoss = info.lastLoss;
    } else {
        if (fs::exists(d->checkpoint))
            throw InputError(d->checkpoint, {}, "the run folder already holds a checkpoint: resume it or choose another folder");
        d->config = request.config;
        d->dataDir = request.dataDir;
        if (d->dataDir.empty())
            throw InputError({}, "--data", "no image set given");
        d->loadData(d->dataDir, token, nullptr);
        d->buildModel();
        std::error_code ec;
        fs::create_directories(d->runDir, ec);
        if (ec)
            throw InputError(d->runDir, {}, "cannot create the run folder: " + ec.message());
        if (d->distributed.writesFiles())
            writeFileAtomically((fs::path(d->runDir) / "config.json").string(), d->config.toJson().dump(2));
    }
    if (d->distributed.enabled() && d->config.batchSize % d->distributed.worldSize != 0)
        throw InputError({}, "--batch", "the batch (" + std::to_string(d->config.batchSize) +
                                            ") must be a multiple of the number of processes (" +
                                            std::to_string(d->distributed.worldSize) + ")");
}

Trainer::~Trainer() = default;

int Trainer::step() const { return d->step; }
const TrainConfig &Trainer::config() const { return d->config; }
const std::vector<std::string> &Trainer::classes() const { return d->classes; }
std::string Trainer::checkpointPath() const { return d->checkpoint; }
std::int64_t Trainer::parameterCount() const { return d->model->parameterCount(); }
void Trainer::saveCheckpoint() { d->save(); }

// One optimiser step: the global batch drawn from gen (every rank draws all
// of it, so a run's draws do not depend on the world size, and keeps its
// shard), forward, backward, the gradients averaged over the ranks, clipping,
// AdamW and the EMA. stopHere: this rank wants to stop after the step;
// agreedStop: some rank does (data-parallel), or stopHere (alone).
Trainer::Impl::StepOutcome Trainer::Impl::optimiseStep(const GaussianDiffusion &diffusion, at::Generator &gen,
                                                       DataParallel *parallel, const std::vector<torch::Tensor> &params,
                                                       bool stopHere)
{
    const auto cpu = torch::TensorOptions().dtype(torch::kFloat32);
    const std::int64_t nullLabel = config.model.numClasses;
    const torch::Tensor idx = nextBatchIndices(gen);
    torch::Tensor x0 = images.index_select(0, idx);
    torch::Tensor y = labels.index_select(0, idx);
    const auto b = x0.size(0);
    if (config.labelDropout > 0.0) {
        const torch::Tensor drop = (torch::rand({b}, gen, cpu) < config.labelDropout).to(device);
        y = torch::where(drop, torch::full_like(y, nullLabel), y);
    }
    torch::Tensor t =
        torch::randint(0, config.diffusionSteps, {b}, gen, torch::TensorOptions().dtype(torch::kInt64)).to(device);
    torch::Tensor noise = torch::randn(x0.sizes(), gen, cpu).to(device);
    if (parallel) {
        const auto [begin, count] = parallel->shard(b);
        x0 = x0.narrow(0, begin, count);
        y = y.narrow(0, begin, count);
        t = t.narrow(0, begin, count);
        noise = noise.narrow(0, begin, count);
    }
    const torch::Tensor xt = diffusion.qSample(x0, t, noise);
    torch::Tensor out;
    {
        AutocastGuard autocast(config.bf16, device);
        out = model(xt, t, y);
    }
    const auto losses = diffusion.trainingLosses(out, x0, xt, t, noise, config.hybridLoss);
    const double lr = config.learningRateAt(static_cast<int>(step));
    for (auto &group : optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
    optimizer->zero_grad();
    losses.loss.backward();
    double loss = losses.loss.item<double>();
    double mse = losses.mse.item<double>();
    bool agreedStop = stopHere;
    if (parallel) { // every rank: the mean gradient and loss of the global batch, and whether any rank stops
        const std::vector<double> means = parallel->averageGradients(params, {loss, mse, stopHere ? 1.0 : 0.0});
        loss = means[0];
        mse = means[1];
        agreedStop = means[2] > 0.0;
    }
    if (config.gradClip > 0.0)
        torch::nn::utils::clip_grad_norm_(params, config.gradClip);
    optimizer->step();
    {
        torch::NoGradGuard noGrad;
        const double decay = std::min(config.emaRate, (1.0 + step) / (10.0 + step));
        auto emaParams = ema->parameters();
        for (std::size_t i = 0; i < params.size(); ++i)
            emaParams[i].mul_(decay).add_(params[i].detach(), 1.0 - decay);
    }
    return {loss, mse, lr, agreedStop};
}

namespace {

// Loss and speed over the last steps: the progress line's figures and the
// result's final loss (mean of the last 50) and images per second.
struct StepWindow
{
    std::deque<double> recentLoss;    // last 50 losses
    std::deque<double> recentSeconds; // last 20 step times
    double activeSeconds = 0.0;

    void add(double loss, double seconds)
    {
        recentLoss.push_back(loss);
        if (recentLoss.size() > 50)
            recentLoss.pop_front();
        activeSeconds += seconds;
        recentSeconds.push_back(seconds);
        if (recentSeconds.size() > 20)
            recentSeconds.pop_front();
    }
    double meanLoss(double fallback) const
    {
        return recentLoss.empty() ? fallback
                                  : std::accumulate(recentLoss.begin(), recentLoss.end(), 0.0) / double(recentLoss.size());
    }
    // The step's figures for the callback and the progress line.
    TrainStepStats stats(int step, const TrainConfig &c, double loss, double mse, double lr) const
    {
        const double window = std::accumulate(recentSeconds.begin(), recentSeconds.end(), 0.0);
        TrainStepStats st;
        st.step = step;
        st.totalSteps = c.steps;
        st.loss = loss;
        st.mse = mse;
        st.lr = lr;
        st.imagesPerSecond = window > 0 ? double(c.batchSize) * recentSeconds.size() / window : 0.0;
        st.elapsedSeconds = activeSeconds;
        st.etaSeconds = window / double(recentSeconds.size()) * (c.steps - step);
        return st;
    }
};

// Hands a step's figures to the callback (every logEvery steps and the last)
// and to the progress line (every step; the token throttles), as the GAN
// trainers do.
void reportStep(const TrainStepStats &st, int logEvery, const TrainCallbacks &callbacks, ProgressToken &token)
{
    if (callbacks.onStep && (st.step % logEvery == 0 || st.step == st.totalSteps))
        callbacks.onStep(st);
    char message[160];
    std::snprintf(message, sizeof message, "step %d/%d, loss %.4f, %.1f img/s, ETA %.0f s", st.step, st.totalSteps,
                  st.loss, st.imagesPerSecond, st.etaSeconds);
    token.setProgress(double(st.step) / st.totalSteps, message);
}

} // namespace

TrainResult Trainer::run(ProgressToken &token, const TrainCallbacks &callbacks, std::shared_ptr<TrainControl> control)
{
    using Clock = std::chrono::steady_clock;
    Impl &s = *d;
    const TrainConfig &c = s.config;
    const GaussianDiffusion diffusion(s.schedule, c.model.learnSigma);
    // A fresh stream per session, derived from the seed and the step, so a
    // resumed run is as reproducible as an uninterrupted one is.
    at::Generator gen = makeSeededGenerator(c.seed * 1000003ull + static_cast<std::uint64_t>(s.step) + 1);
    const int startStep = s.step;
    if (callbacks.onStart)
        callbacks.onStart(startStep, c.steps, s.deviceName, s.model->parameterCount());

    TrainResult result;
    result.device = s.deviceName;
    result.parameters = s.model->parameterCount();
    result.checkpoint = s.checkpoint;
    result.config = c;
    StepWindow window;
    auto params = s.model->parameters();
    // Data-parallel: join the group, start every replica from rank 0's weights.
    std::unique_ptr<DataParallel> parallel;
    if (s.distributed.enabled()) {
        parallel = std::make_unique<DataParallel>(s.distributed);
        parallel->broadcast(params);
        parallel->broadcast(s.ema->parameters());
    }
    const bool writer = s.distributed.writesFiles();

    auto finish = [&]() {
        if (writer)
            s.save();
        if (writer && callbacks.onCheckpoint)
            callbacks.onCheckpoint(s.checkpoint, s.step);
        result.steps = s.step;
        result.finalLoss = window.meanLoss(s.lastLoss);
        result.seconds = window.activeSeconds;
        const int done = s.step - startStep;
        result.imagesPerSecond = window.activeSeconds > 0 ? done * double(c.batchSize) / window.activeSeconds : 0.0;
    };

    CheckpointClock checkpointClock(c.checkpointEvery);
    while (s.step < c.steps) {
        // One process decides alone; data-parallel ranks decide together
        // after the step (agreedStop below), so they stop at the same step.
        if (control && !parallel) {
            while (control->isPaused() && !control->stopRequested() && !token.isCanceled())
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (control->stopRequested()) {
                result.stopped = true;
                break;
            }
        }
        if (token.isCanceled() && !parallel) {
            finish();
            throw CanceledError();
        }
        const auto begin = Clock::now();
        const bool stopHere = token.isCanceled() || (control && control->stopRequested());
        const Impl::StepOutcome o = s.optimiseStep(diffusion, gen, parallel.get(), params, stopHere);
        const double loss = o.loss, mse = o.mse, lr = o.lr;
        const bool agreedStop = parallel && o.agreedStop; // alone, a stop is seen at the top of the loop
        ++s.step;
        s.lastLoss = loss;
        s.lossHistory.push_back({double(s.step), loss});
        window.add(loss, std::chrono::duration<double>(Clock::now() - begin).count());
        reportStep(window.stats(s.step, c, loss, mse, lr), c.logEvery, callbacks, token);
        if (checkpointClock.due(s.step, c.steps)) {
            if (writer)
                s.save();
            checkpointClock.saved();
            if (writer && callbacks.onCheckpoint)
                callbacks.onCheckpoint(s.checkpoint, s.step);
        }
        if (writer && callbacks.onPreview && c.previewEvery > 0 && (s.step % c.previewEvery == 0 || s.step == c.steps))
            callbacks.onPreview(s.preview());
        if (agreedStop) {
            if (token.isCanceled()) {
                finish();
                throw CanceledError();
            }
            result.stopped = true; // stopped here, or by a peer (Ctrl-C, a GUI's Stop)
            break;
        }
    }
    finish();
    return result;
}

namespace {

// The command line of a peer: `train` on the same request.
std::vector<std::string> peerArguments(const TrainRequest &request, const std::string &configFile)
{
    std::vector<std::string> args{"train", "--out", request.runDir};
    if (!request.dataDir.empty()) args.insert(args.end(), {"--data", request.dataDir});
    if (request.resume) {
        args.push_back("--resume");
        if (request.steps > 0) args.insert(args.end(), {"--steps", std::to_string(request.steps)});
    } else {
        args.insert(args.end(), {"--config", configFile});
    }
    return args;
}

} // namespace

TrainResult trainDiffusion(const TrainRequest &request, ProgressToken &token, const TrainCallbacks &callbacks,
                           std::shared_ptr<TrainControl> control)
{
    if (request.localProcesses <= 1 || request.distributed.enabled()) {
        Trainer trainer(request, token);
        return trainer.run(token, callbacks, std::move(control));
    }
    return trainAsRankZero(
        localTrainingOf(request), [&](const std::string &configFile) { return peerArguments(request, configFile); },
        [&](const DistributedConfig &rankZero) {
            TrainRequest here = request;
            here.distributed = rankZero;
            const ThreadShare share(request.threadsPerProcess); // this process is one of the workers
            Trainer trainer(here, token);
            return trainer.run(token, callbacks, std::move(control));
        },
        callbacks.onPeersStarted);
}

} // namespace netsynth
