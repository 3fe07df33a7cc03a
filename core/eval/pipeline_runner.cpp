#include "core/eval/pipeline_runner.h"

#include "core/data/dataset_loader.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/train_config.h"
#include "core/diffusion/trainer.h"
#include "core/eval/evaluation_inputs.h"
#include "core/eval/child_progress.h"
#include "core/eval/evaluator.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_html.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>

namespace netsynth {

namespace fs = std::filesystem;

PipelineOptions PipelineOptions::fromPreset(const std::string &name)
{
    PipelineOptions o;
    o.preset = name;
    if (name == "default") {
        // CPU, 2 cores: the whole pipeline within an hour on MIRAGE-AppxAct or Alexa.
        o.maxBiflowsPerClass = 300;
        o.trainSteps = 1500;
        o.perClass = 64;
        o.samplingSteps = 25;
        o.eval.seeds = 3;
        o.eval.cnnSeeds = 1;
        o.eval.cnn.epochs = 6;
        o.eval.maxTrainPerClass = 120;
    } else if (name == "quick") {
        // Smoke test of the chain (tests, demos): minutes at most, numbers meaningless.
        o.maxBiflowsPerClass = 24;
        o.trainSteps = 20;
        o.perClass = 6;
        o.samplingSteps = 4;
        o.eval.seeds = 2;
        o.eval.cnnSeeds = 1;
        o.eval.cnn.epochs = 2;
        o.eval.maxTrainPerClass = 24;
    } else if (name == "netdiffus") {
        // The NetDiffus paper set-up, for GPU hosts (128x128, the diffusion "netdiffus" preset).
        o.maxBiflowsPerClass = 0;
        o.trainSteps = 0; // the diffusion preset's
        o.perClass = 500;
        o.samplingSteps = 100;
        o.eval.seeds = 5;
        o.eval.cnnSeeds = 5;
        o.eval.cnn.epochs = 20;
        o.eval.maxTrainPerClass = 2000;
    } else {
        throw InputError("", "preset", "unknown pipeline preset '" + name + "' (default, quick, netdiffus)");
    }
    return o;
}

std::vector<std::string> PipelineOptions::presetNames()
{
    return {"default", "quick", "netdiffus"};
}

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// Keeps at most `cap` images per class (drawn with `seed`) and drops classes
// with fewer than `minCount` images; class indices are renumbered.
ImageDataset capClasses(const ImageDataset &set, int cap, int minCount, std::uint64_t seed,
                        std::vector<std::string> &dropped)
{
    std::vector<std::vector<std::size_t>> byClass(set.classes.size());
    for (std::size_t i = 0; i < set.count(); ++i)
        byClass[static_cast<std::size_t>(set.samples[i].label)].push_back(i);
    std::mt19937_64 rng(seed + 99);
    ImageDataset out;
    out.imageSize = set.imageSize;
    out.channels = set.channels;
    out.spec = set.spec;
    out.provenance = set.provenance;
    std::vector<int> remap(set.classes.size(), -1);
    for (std::size_t c = 0; c < set.classes.size(); ++c) {
        if (static_cast<int>(byClass[c].size()) < minCount) {
            dropped.push_back(set.classes[c]);
            continue;
        }
        remap[c] = static_cast<int>(out.classes.size());
        out.classes.push_back(set.classes[c]);
        if (cap > 0 && static_cast<int>(byClass[c].size()) > cap) {
            std::shuffle(byClass[c].begin(), byClass[c].end(), rng);
            byClass[c].resize(static_cast<std::size_t>(cap));
            std::sort(byClass[c].begin(), byClass[c].end());
        }
    }
    for (std::size_t c = 0; c < set.classes.size(); ++c) {
        if (remap[c] < 0) continue;
        for (std::size_t i : byClass[c]) {
            ImageSampleInfo info = set.samples[i];
            info.label = remap[c];
            out.append(set.image(i), info);
        }
    }
    return out;
}

} // namespace

PipelineResult runPipeline(const PipelineOptions &requested, ProgressToken &token)
{
    const PipelineOptions base = PipelineOptions::fromPreset(requested.preset);
    PipelineOptions o = requested;
    if (o.maxBiflowsPerClass <= 0) o.maxBiflowsPerClass = base.maxBiflowsPerClass;
    if (o.trainSteps <= 0) o.trainSteps = base.trainSteps;
    if (o.perClass <= 0) o.perClass = base.perClass;
    if (o.samplingSteps <= 0) o.samplingSteps = base.samplingSteps;
    if (!o.overrideEval) o.eval = base.eval;
    if (o.dataPath.empty() || o.outDir.empty())
        throw InputError("", "options", "the pipeline needs a dataset path and an output folder");

    const fs::path out(o.outDir);
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec)
        throw InputError(o.outDir, {}, "cannot create folder: " + ec.message());
    PipelineResult result;
    nlohmann::json steps = nlohmann::json::object();
    const auto started = Clock::now();

    // Progress shares of the steps.
    const double pInspect = 0.05, pEncode = 0.08, pTrain = 0.62, pSample = 0.75, pEval = 0.99;

    // ------------------------------------------------------------ inspect
    auto t = Clock::now();
    DatasetPtr dataset;
    {
        ChildProgress step(token, 0.0, pInspect, "inspect: ");
        LoadOptions load;
        load.format = o.format;
        step.token().setProgress(0.0, "loading " + o.dataPath);
        dataset = loadDataset(o.dataPath, load, step.token());
    }
    token.throwIfCanceled();
    {
        nlohmann::json classes = nlohmann::json::array();
        for (const auto &c : dataset->classes())
            classes.push_back({{"label", c.label}, {"biflows", c.biflows}, {"packets", c.packets}});
        nlohmann::json inspect = {{"path", o.dataPath}, {"format", dataset->format}, {"classes", classes},
                                  {"totals", {{"biflows", dataset->biflows.size()}, {"packets", dataset->totalPackets()}}}};
        writeFileAtomically((out / "inspect.json").string(), inspect.dump(1));
        steps["inspect"] = {{"seconds", since(t)}, {"format", dataset->format}, {"classes", classes.size()},
                            {"biflows", dataset->biflows.size()}};
    }

    // ------------------------------------------------------------ encode + split
    t = Clock::now();
    EncodeSpec spec; // signed sizes, first 32 packets, 32x32 GASF, gamma 0.25
    if (o.preset == "netdiffus") {
        spec.length = 128;
        spec.imageSize = 128;
    }
    ImageDataset all;
    {
        ChildProgress step(token, pInspect, pEncode, "encode: ");
        all = encodeDataset(*dataset, spec, step.token());
    }
    dataset.reset();
    std::vector<std::string> droppedClasses;
    all = capClasses(all, o.maxBiflowsPerClass, o.minPerClass, o.seed, droppedClasses);
    if (all.classes.size() < 2)
        throw InputError(o.dataPath, "classes", "fewer than 2 classes with at least " + std::to_string(o.minPerClass) +
                                                    " biflows: nothing to learn or classify");
    std::vector<std::size_t> trainIdx, testIdx;
    stratifiedSplit(all, o.eval.testFraction, o.eval.splitSeed, trainIdx, testIdx);
    const ImageDataset train = subsetOf(all, trainIdx), test = subsetOf(all, testIdx);
    const std::string trainDir = (out / "images" / "train").string(), testDir = (out / "images" / "test").string();
    train.save(trainDir);
    test.save(testDir);
    steps["encode"] = {{"seconds", since(t)}, {"images", all.count()}, {"train", train.count()}, {"test", test.count()},
                       {"classes", all.classes.size()}, {"dropped_classes", droppedClasses},
                       {"max_per_class", o.maxBiflowsPerClass}, {"spec", spec.toJson()}};
    all = ImageDataset();
    token.throwIfCanceled();

    // ------------------------------------------------------------ train
    t = Clock::now();
    TrainRequest req;
    req.config = TrainConfig::fromPreset(o.preset == "netdiffus" ? "netdiffus" : "cpu-small");
    if (o.trainSteps > 0) req.config.steps = o.trainSteps;
    req.config.seed = o.seed;
    req.config.previewEvery = 0;
    req.config.checkpointEvery = std::max(200, req.config.steps / 4);
    req.config.logEvery = 1;
    req.dataDir = trainDir;
    req.runDir = (out / "run").string();
    std::mutex lossMutex;
    std::vector<double> lossSteps, losses;
    double lossAcc = 0.0;
    int lossCount = 0;
    ChildProgress trainStep(token, pEncode, pTrain, "train: ");
    TrainCallbacks callbacks;
    const int every = std::max(1, req.config.steps / 200);
    callbacks.onStep = [&](const TrainStepStats &s) {
        {
            std::lock_guard<std::mutex> lock(lossMutex);
            lossAcc += s.loss;
            if (++lossCount >= every) {
                lossSteps.push_back(s.step);
                losses.push_back(lossAcc / lossCount);
                lossAcc = 0.0;
                lossCount = 0;
            }
        }
        const double f = s.totalSteps > 0 ? double(s.step) / s.totalSteps : 0.0;
        char msg[160];
        std::snprintf(msg, sizeof msg, "train: step %d/%d, loss %.4f, %.1f img/s, ETA %.0f s", s.step, s.totalSteps,
                      s.loss, s.imagesPerSecond, s.etaSeconds);
        token.setProgress(pEncode + (pTrain - pEncode) * f, msg);
        if (token.isCanceled())
            trainStep.token().cancel(); // the trainer writes a checkpoint, then stops
    };
    const TrainResult trained = trainDiffusion(req, trainStep.token(), callbacks);
    steps["train"] = {{"seconds", since(t)}, {"steps", trained.steps}, {"final_loss", trained.finalLoss},
                      {"checkpoint", trained.checkpoint}, {"images_per_second", trained.imagesPerSecond},
                      {"parameters", trained.parameters}, {"device", trained.device},
                      {"config", req.config.toJson()}};
    token.throwIfCanceled();

    // ------------------------------------------------------------ sample
    t = Clock::now();
    SampleConfig sc;
    sc.checkpoint = trained.checkpoint;
    sc.sampler = SamplerKind::Ddim;
    sc.steps = o.samplingSteps;
    sc.perClass = o.perClass;
    sc.seed = o.seed + 1;
    const std::string synthDir = (out / "synthetic").string();
    SampleResult sampled;
    {
        ChildProgress step(token, pTrain, pSample, "sample: ");
        sampled = sampleToFolder(sc, synthDir, step.token());
    }
    steps["sample"] = {{"seconds", since(t)}, {"samples", sampled.samples}, {"per_class", o.perClass},
                       {"sampler", "ddim"}, {"sampling_steps", o.samplingSteps},
                       {"images_per_second", sampled.imagesPerSecond}};
    token.throwIfCanceled();

    // ------------------------------------------------------------ evaluate
    t = Clock::now();
    nlohmann::json metrics;
    EvaluationInputs inputs;
    {
        ChildProgress loading(token, pSample, pSample + 0.02, "evaluate: ");
        inputs = loadEvaluationInputs(trainDir, synthDir, testDir, o.eval.testFraction, o.eval.splitSeed,
                                      loading.token());
    }
    {
        ChildProgress step(token, pSample + 0.02, pEval, "evaluate: ");
        metrics = Evaluator::run(inputs, o.eval, step.token());
    }
    steps["evaluate"] = {{"seconds", since(t)}};
    {
        std::lock_guard<std::mutex> lock(lossMutex);
        metrics["charts"].push_back(ReportChart::line("diffusion_loss", "Diffusion training loss", "step", "loss",
                                                      {{"loss", lossSteps, losses}}));
    }
    steps["total_seconds"] = since(started);
    metrics["pipeline"] = {{"data", o.dataPath}, {"preset", o.preset}, {"seed", o.seed}, {"steps", steps}};
    const std::string reportDir = (out / "report").string();
    Evaluator::writeOutputs(metrics, inputs, reportDir);
    ReportHtml::writeHtml(metrics, reportDir, reportDir);
    token.setProgress(1.0, "pipeline done");
    result.reportDir = reportDir;
    result.metrics = metrics;
    result.steps = steps;
    return result;
}

} // namespace netsynth
