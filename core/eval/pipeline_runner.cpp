#include "core/eval/pipeline_runner.h"

#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/baseline_config.h"
#include "core/baselines/baseline_sampler.h"
#include "core/baselines/baseline_trainer.h"
#include "core/data/dataset_loader.h"
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/train_config.h"
#include "core/diffusion/trainer.h"
#include "core/eval/comparison_report.h"
#include "core/eval/evaluation_inputs.h"
#include "core/eval/evaluator.h"
#include "core/eval/pipeline_split.h"
#include "core/eval/pipeline_state.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_html.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>

namespace netsynth {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

bool isDiffusion(const std::string &g)
{
    return g == "diffusion-ddim" || g == "diffusion-ddpm" || g == "diffusion-dpm2m";
}

// The training a generator needs: "diffusion", "dg", "wgan-gasf", "empirical"; "" for real.
std::string trainerOf(const std::string &g)
{
    if (isDiffusion(g)) return "diffusion";
    if (g == "real") return "";
    return g;
}

// Progress weights of the steps (relative cost on a CPU).
double trainWeight(const std::string &trainer)
{
    if (trainer == "diffusion") return 30.0;
    if (trainer == "wgan-gasf") return 15.0;
    if (trainer == "dg") return 8.0;
    return 0.5;
}

double sampleWeight(const std::string &g)
{
    if (g == "diffusion-ddpm") return 6.0;
    if (g == "diffusion-ddim" || g == "diffusion-dpm2m") return 3.0;
    return 0.5;
}

constexpr double kPrepareWeight = 4.0;
constexpr double kEvaluateWeight = 8.0;
constexpr double kReportWeight = 0.5;

// Hands out consecutive spans of the overall progress, one per step.
class ProgressPlan
{
public:
    explicit ProgressPlan(double total) : m_total(total > 0 ? total : 1.0) {}
    std::pair<double, double> next(double weight)
    {
        const double begin = m_done / m_total;
        m_done += weight;
        return {begin, std::min(1.0, m_done / m_total)};
    }

private:
    double m_total;
    double m_done = 0.0;
};

nlohmann::json reusedInfo(const PipelineState &state, const std::string &step, const nlohmann::json &key)
{
    const nlohmann::json *s = state.matching(step, key);
    nlohmann::json info = s ? s->value("info", nlohmann::json::object()) : nlohmann::json::object();
    info["seconds"] = s ? s->value("seconds", 0.0) : 0.0;
    info["reused"] = true;
    return info;
}

void removeAll(const fs::path &p)
{
    std::error_code ec;
    fs::remove_all(p, ec);
}

void copyFile(const fs::path &from, const fs::path &to)
{
    std::error_code ec;
    if (fs::exists(from, ec))
        writeFileAtomically(to.string(), readWholeFile(from.string()));
}

} // namespace

PipelineResult runPipeline(const PipelineOptions &requested, ProgressToken &token)
{
    const PipelineOptions base = PipelineOptions::fromPreset(requested.preset);
    PipelineOptions o = requested;
    if (o.maxBiflowsPerClass <= 0) o.maxBiflowsPerClass = base.maxBiflowsPerClass;
    // Diffusion steps left to the preset: its rule (passes over the
    // training split) once the split's size is known, after encoding.
    const bool autoTrainSteps = o.trainSteps <= 0 && base.trainPasses > 0.0;
    if (o.trainSteps <= 0) o.trainSteps = base.trainSteps;
    if (!(o.trainShare > 0.0 && o.trainShare <= 1.0))
        throw InputError("", "--train-share", "must lie in (0, 1]");
    const bool autoPerClass = o.perClass <= 0 && base.sampleBudget > 0;
    if (o.perClass <= 0) o.perClass = base.perClass;
    if (o.samplingSteps <= 0) o.samplingSteps = base.samplingSteps;
    if (o.guidance <= 0.0) o.guidance = base.guidance > 0.0 ? base.guidance : 1.0;
    if (o.classBalance < 0.0) o.classBalance = base.classBalance >= 0.0 ? base.classBalance : 1.0;
    if (o.classBalance > 1.0)
        throw InputError("", "--class-balance", "must lie in [0, 1]");
    if (o.classMix.empty()) o.classMix = base.classMix.empty() ? "balanced" : base.classMix;
    if (o.classMix != "balanced" && o.classMix != "training")
        throw InputError("", "--class-mix", "unknown class mix '" + o.classMix + "' (balanced, training)");
    if (o.sampleTotal < 0)
        throw InputError("", "--sample-total", "must not be negative");
    if (o.sampleFactor <= 0.0) o.sampleFactor = base.sampleFactor > 0.0 ? base.sampleFactor : 1.0;
    if (!(o.sampleFactor <= 100.0))
        throw InputError("", "--sample-factor", "must lie in (0, 100]");
    if (o.ddpmSteps == 0) o.ddpmSteps = base.ddpmSteps;
    if (o.baselineSteps <= 0) o.baselineSteps = base.baselineSteps;
    if (o.baselinePreset.empty()) o.baselinePreset = base.baselinePreset;
    if (!o.overrideEval) o.eval = base.eval;
    if (o.generators.empty())
        o.generators = base.generators.empty() ? std::vector<std::string>{"diffusion-ddim"} : base.generators;
    {
        std::string list;
        for (const auto &g : o.generators) list += (list.empty() ? "" : ",") + g;
        o.generators = PipelineOptions::parseGenerators(list); // validates and drops duplicates
    }
    if (o.dataPath.empty() || o.outDir.empty())
        throw InputError("", "options", "the pipeline needs a dataset path and an output folder");

    const fs::path out(o.outDir);
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec)
        throw InputError(o.outDir, {}, "cannot create folder: " + ec.message());
    PipelineState state = PipelineState::load((out / "pipeline_state.json").string());
    auto reusable = [&](const std::string &step, const nlohmann::json &key, const std::vector<std::string> &files) {
        return !o.fresh && state.finished(step, key, files);
    };
    PipelineResult result;
    nlohmann::json steps = nlohmann::json::object();
    nlohmann::json perGenerator = nlohmann::json::object();
    int reusedSteps = 0, ranSteps = 0;
    const auto started = Clock::now();

    // Progress spans.
    std::vector<std::string> trainers;
    for (const auto &g : o.generators) {
        const std::string t = trainerOf(g);
        if (!t.empty() && std::find(trainers.begin(), trainers.end(), t) == trainers.end())
            trainers.push_back(t);
    }
    double totalWeight = kPrepareWeight + kReportWeight;
    for (const auto &t : trainers) totalWeight += trainWeight(t);
    for (const auto &g : o.generators) totalWeight += sampleWeight(g) + kEvaluateWeight;
    ProgressPlan plan(totalWeight);

    // ------------------------------------------------------------ inspect + encode + split
    EncodeSpec spec = PipelineOptions::presetSpec(o.preset); // signed sizes, first 32 packets, 32x32 GASF, gamma 0.25
    if (o.spec) spec = *o.spec;
    const std::string trainDir = (out / "images" / "train").string(), testDir = (out / "images" / "test").string();
    nlohmann::json encodeKey = {{"data", fs::absolute(o.dataPath).lexically_normal().string()},
                                      {"data_fingerprint", PipelineState::fingerprint(o.dataPath)},
                                      {"format", o.format},
                                      {"spec", spec.toJson()},
                                      {"max_per_class", o.maxBiflowsPerClass},
                                      {"min_per_class", o.minPerClass},
                                      {"seed", o.seed},
                                      {"test_fraction", o.eval.testFraction},
                                      {"split_seed", o.eval.splitSeed}};
    if (o.trainShare < 1.0) encodeKey["train_share"] = o.trainShare; // absent when 1: earlier runs stay reusable
    const std::string encodeDigest = PipelineState::digest(encodeKey);
    {
        const auto [b, e] = plan.next(kPrepareWeight);
        const std::vector<std::string> files = {(out / "inspect.json").string(), trainDir + "/manifest.json",
                                                testDir + "/manifest.json"};
        if (reusable("encode", encodeKey, files)) {
            const nlohmann::json info = reusedInfo(state, "encode", encodeKey);
            steps["inspect"] = info.value("inspect", nlohmann::json::object());
            steps["inspect"]["reused"] = true;
            steps["encode"] = info;
            steps["encode"].erase("inspect");
            ++reusedSteps;
            token.setProgress(e, "encode: reusing " + trainDir + " and " + testDir);
        } else {
            state.begin("encode", encodeKey);
            const auto t0 = Clock::now();
            PipelineSplit split = loadEncodeAndSplit(o, spec, (out / "inspect.json").string(), b, e, token);
            steps["inspect"] = split.inspectStep;
            const ImageDataset &train = split.train, &test = split.test;
            removeAll(trainDir);
            removeAll(testDir);
            train.save(trainDir);
            test.save(testDir);
            steps["encode"] = {{"seconds", split.encodeSeconds}, {"images", split.images}, {"train", train.count()},
                               {"test", test.count()}, {"classes", train.classes.size()},
                               {"dropped_classes", split.droppedClasses}, {"max_per_class", o.maxBiflowsPerClass},
                               {"spec", train.spec}, {"reused", false}};
            nlohmann::json info = steps["encode"];
            info["inspect"] = steps["inspect"];
            state.finish("encode", encodeKey, since(t0), info);
            ++ranSteps;
        }
    }
    token.throwIfCanceled();
    if (autoPerClass) {
        const int classes = steps["encode"].value("classes", 0);
        if (classes > 0) o.perClass = base.autoPerClass(classes);
    }
    if (autoTrainSteps) {
        const std::size_t trainImages = steps["encode"].value("train", std::size_t{0});
        o.trainSteps = base.autoTrainSteps(trainImages, TrainConfig::fromPreset("cpu-small").batchSize);
        steps["encode"]["diffusion_steps"] = {{"steps", o.trainSteps},
                                              {"rule", "about " + std::to_string(static_cast<int>(base.trainPasses)) +
                                                           " passes over the training split, " +
                                                           std::to_string(base.minTrainSteps) + " to " +
                                                           std::to_string(base.maxTrainSteps) + " steps"}};
    }

    // The "training" class mix: every generator samples the real training
    // split's class proportions (sampleTotal images, default sampleFactor
    // times as many as the split has).
    std::vector<int> mixCounts;
    if (o.classMix == "training") {
        const ImageDataset trainSet = ImageDataset::load(trainDir);
        std::vector<double> weights;
        for (auto n : trainSet.classCounts()) weights.push_back(static_cast<double>(n));
        const int total = o.sampleTotal > 0
                              ? o.sampleTotal
                              : static_cast<int>(std::lround(o.sampleFactor * static_cast<double>(trainSet.count())));
        mixCounts = proportionalCounts(weights, total);
        o.sampleTotal = total;
    }

    // ------------------------------------------------------------ per generator
    EvaluationReference reference; // the real side of the evaluation, shared by the generators of this run
    std::map<std::string, std::string> trainDigests;      // trainer -> digest of its step key
    std::map<std::string, std::string> runDirs;           // trainer -> run folder
    std::map<std::string, nlohmann::json> trainInfos;     // trainer -> step info
    std::vector<ComparisonReport::Entry> entries;
    nlohmann::json extraCharts = nlohmann::json::array();

    for (const std::string &g : o.generators) {
        nlohmann::json gsteps = nlohmann::json::object();
        const std::string trainer = trainerOf(g);

        // -------------------------------------------------------- train (once per trainer)
        if (!trainer.empty() && !trainDigests.count(trainer)) {
            const auto [b, e] = plan.next(trainWeight(trainer));
            const std::string stepName = "train/" + trainer;
            const fs::path runDir = out / (trainer == "diffusion" ? std::string("run") : "run-" + trainer);
            runDirs[trainer] = runDir.string();
            nlohmann::json key;
            TrainConfig diffusionConfig;
            BaselineConfig baselineConfig;
            BaselineKind kind = BaselineKind::Empirical;
            if (trainer == "diffusion") {
                diffusionConfig = TrainConfig::fromPreset(o.preset == "netdiffus" ? "netdiffus" : "cpu-small");
                if (o.trainSteps > 0) diffusionConfig.steps = o.trainSteps;
                diffusionConfig.seed = o.seed;
                diffusionConfig.classBalance = o.classBalance;
                diffusionConfig.previewEvery = 0;
                diffusionConfig.checkpointEvery = std::max(200, diffusionConfig.steps / 4);
                diffusionConfig.logEvery = 1;
                key = {{"input", encodeDigest}, {"trainer", trainer}, {"config", diffusionConfig.toJson()}};
            } else {
                kind = parseBaselineKind(trainer);
                baselineConfig = BaselineConfig::fromPreset(o.baselinePreset, kind);
                if (o.baselineSteps > 0) baselineConfig.steps = o.baselineSteps;
                baselineConfig.seed = o.seed;
                baselineConfig.checkpointEvery = std::max(100, baselineConfig.steps / 4);
                key = {{"input", encodeDigest}, {"trainer", trainer}, {"config", baselineConfig.toJson()}};
            }
            const std::string checkpoint =
                (runDir / (trainer == "diffusion" || baselineKindIsGan(kind) ? "checkpoint.pt" : "checkpoint.json"))
                    .string();
            if (reusable(stepName, key, {checkpoint})) {
                trainInfos[trainer] = reusedInfo(state, stepName, key);
                ++reusedSteps;
                token.setProgress(e, "train " + trainer + ": reusing " + runDir.string());
            } else {
                std::error_code ec2;
                const bool resume = !o.fresh && state.started(stepName, key) && fs::exists(checkpoint, ec2) &&
                                    (trainer == "diffusion" || baselineKindIsGan(kind));
                if (!resume)
                    removeAll(runDir);
                state.begin(stepName, key);
                const auto t = Clock::now();
                ChildProgress step(token, b, e, "train " + trainer + ": ");
                nlohmann::json info;
                if (trainer == "diffusion") {
                    TrainRequest req;
                    req.config = diffusionConfig;
                    req.dataDir = trainDir;
                    req.runDir = runDir.string();
                    req.resume = resume;
                    req.steps = resume ? diffusionConfig.steps : 0;
                    // The trainers report each step (loss or W, ETA) on the token
                    // themselves, which also carries a cancel to them.
                    const TrainResult trained = trainDiffusion(req, step.token(), {});
                    info = {{"steps", trained.steps}, {"final_loss", trained.finalLoss},
                            {"checkpoint", trained.checkpoint}, {"images_per_second", trained.imagesPerSecond},
                            {"parameters", trained.parameters}, {"device", trained.device},
                            {"config", trained.config.toJson()}, {"resumed", resume}};
                } else {
                    BaselineTrainRequest req;
                    req.kind = kind;
                    req.config = baselineConfig;
                    req.dataDir = trainDir;
                    req.runDir = runDir.string();
                    req.resume = resume;
                    const BaselineTrainResult trained = trainBaseline(req, step.token(), {});
                    info = {{"steps", trained.steps}, {"final_generator_loss", trained.finalGeneratorLoss},
                            {"final_critic_loss", trained.finalCriticLoss},
                            {"final_wasserstein", trained.finalWasserstein}, {"checkpoint", trained.checkpoint},
                            {"parameters", trained.parameters}, {"device", trained.device},
                            {"config", baselineConfig.toJson()}, {"resumed", resume}};
                }
                token.throwIfCanceled();
                const double seconds = since(t);
                state.finish(stepName, key, seconds, info);
                info["seconds"] = seconds;
                info["reused"] = false;
                trainInfos[trainer] = info;
                ++ranSteps;
            }
            trainDigests[trainer] = PipelineState::digest(key);
            // Training curves (from the checkpoint, so reused runs have them too).
            try {
                if (trainer == "diffusion") {
                    const CheckpointInfo ci = readCheckpointInfo(runDir.string());
                    std::vector<double> xs, ys;
                    for (const auto &p : ci.lossHistory) { xs.push_back(p[0]); ys.push_back(p[1]); }
                    if (!xs.empty())
                        extraCharts.push_back(ReportChart::line("diffusion_loss", "Diffusion training loss", "step",
                                                                "loss", {{"loss", xs, ys}}));
                } else if (baselineKindIsGan(kind)) {
                    const BaselineCheckpointInfo bi = readBaselineCheckpointInfo(runDir.string());
                    std::vector<double> xs, ys;
                    for (const auto &p : bi.lossHistory) { xs.push_back(p[0]); ys.push_back(p[3]); }
                    if (!xs.empty()) {
                        nlohmann::json *chart = nullptr;
                        for (auto &c : extraCharts)
                            if (c.value("id", std::string()) == "baseline_training") chart = &c;
                        if (!chart) {
                            extraCharts.push_back(ReportChart::line("baseline_training",
                                                                    "GAN training: critic's Wasserstein estimate",
                                                                    "step", "W estimate", {}));
                            chart = &extraCharts.back();
                        }
                        (*chart)["series"].push_back({{"name", trainer}, {"x", xs}, {"y", ys}});
                    }
                }
            } catch (const InputError &) {
                // Curves are decoration: a checkpoint without history leaves them out.
            }
        }
        if (!trainer.empty())
            gsteps["train"] = trainInfos[trainer];
        token.throwIfCanceled();

        // -------------------------------------------------------- sample
        const std::string synthDir = (out / "synthetic" / g).string();
        nlohmann::json sampleKey = {{"input", trainer.empty() ? encodeDigest : trainDigests[trainer]},
                                    {"generator", g}, {"per_class", o.perClass}, {"seed", o.seed + 1}};
        if (!mixCounts.empty()) {
            sampleKey.erase("per_class");
            sampleKey["class_counts"] = mixCounts;
        }
        if (isDiffusion(g) && o.guidance != 1.0) sampleKey["guidance"] = o.guidance;
        if (g == "diffusion-ddim" || g == "diffusion-dpm2m") sampleKey["steps"] = o.samplingSteps;
        if (g == "diffusion-ddpm") sampleKey["steps"] = o.ddpmSteps;
        {
            const auto [b, e] = plan.next(sampleWeight(g));
            const std::string stepName = "sample/" + g;
            if (reusable(stepName, sampleKey, {synthDir + "/manifest.json"})) {
                gsteps["sample"] = reusedInfo(state, stepName, sampleKey);
                ++reusedSteps;
                token.setProgress(e, "sample " + g + ": reusing " + synthDir);
            } else {
                state.begin(stepName, sampleKey);
                removeAll(synthDir);
                const auto t = Clock::now();
                ChildProgress step(token, b, e, "sample " + g + ": ");
                nlohmann::json info;
                if (isDiffusion(g)) {
                    SampleConfig sc;
                    sc.checkpoint = runDirs["diffusion"];
                    sc.sampler = parseSamplerKind(g.substr(std::string("diffusion-").size()));
                    sc.steps = g == "diffusion-ddpm" ? std::max(0, o.ddpmSteps) : o.samplingSteps;
                    sc.perClass = o.perClass;
                    sc.counts = mixCounts;
                    sc.guidance = o.guidance;
                    sc.seed = o.seed + 1;
                    const SampleResult r = sampleToFolder(sc, synthDir, step.token());
                    info = {{"samples", r.samples}, {"per_class", o.perClass}, {"class_mix", o.classMix},
                            {"guidance", sc.guidance},
                            {"sampler", samplerKindName(sc.sampler)},
                            {"sampling_steps", sc.steps == 0 ? nlohmann::json("all") : nlohmann::json(sc.steps)},
                            {"images_per_second", r.imagesPerSecond}};
                } else {
                    BaselineSampleConfig sc;
                    sc.perClass = o.perClass;
                    sc.counts = mixCounts;
                    sc.seed = o.seed + 1;
                    if (g == "real") {
                        sc.kind = BaselineKind::RealResample;
                        sc.realDataDir = trainDir;
                    } else {
                        sc.checkpoint = runDirs[trainer];
                        sc.kind = parseBaselineKind(trainer);
                    }
                    const BaselineSampleResult r = sampleBaselineToFolder(sc, synthDir, step.token());
                    info = {{"samples", r.samples}, {"per_class", o.perClass}, {"class_mix", o.classMix},
                            {"generator", r.generator}};
                }
                token.throwIfCanceled();
                const double seconds = since(t);
                state.finish(stepName, sampleKey, seconds, info);
                info["seconds"] = seconds;
                info["reused"] = false;
                gsteps["sample"] = info;
                ++ranSteps;
            }
        }
        token.throwIfCanceled();

        // -------------------------------------------------------- evaluate
        const fs::path evalDir = out / "eval" / g;
        const nlohmann::json evalKey = {{"input", PipelineState::digest(sampleKey)}, {"eval", o.eval.toJson()}};
        nlohmann::json metrics;
        {
            const auto [b, e] = plan.next(kEvaluateWeight);
            const std::string stepName = "evaluate/" + g;
            const std::string metricsPath = (evalDir / "metrics.json").string();
            bool loaded = false;
            if (reusable(stepName, evalKey, {metricsPath})) {
                try {
                    metrics = ReportHtml::loadMetrics(metricsPath);
                    gsteps["evaluate"] = reusedInfo(state, stepName, evalKey);
                    ++reusedSteps;
                    loaded = true;
                    token.setProgress(e, "evaluate " + g + ": reusing " + metricsPath);
                } catch (const InputError &) {
                    loaded = false; // damaged: evaluate again
                }
            }
            if (!loaded) {
                state.begin(stepName, evalKey);
                const auto t = Clock::now();
                EvaluationInputs inputs;
                {
                    ChildProgress loading(token, b, b + (e - b) * 0.05, "evaluate " + g + ": ");
                    inputs = loadEvaluationInputs(trainDir, synthDir, testDir, o.eval.testFraction,
                                                  o.eval.splitSeed, loading.token());
                }
                {
                    ChildProgress step(token, b + (e - b) * 0.05, e, "evaluate " + g + ": ");
                    metrics = Evaluator::run(inputs, o.eval, step.token(), &reference);
                }
                metrics["generator"] = g;
                Evaluator::writeOutputs(metrics, inputs, evalDir.string());
                const double seconds = since(t);
                state.finish(stepName, evalKey, seconds, nlohmann::json::object());
                gsteps["evaluate"] = {{"seconds", seconds}, {"reused", false}};
                ++ranSteps;
            }
        }
        perGenerator[g] = gsteps;
        entries.emplace_back(g, metrics);
        token.throwIfCanceled();
    }

    // ------------------------------------------------------------ report
    const fs::path reportDir = out / "report";
    fs::create_directories(reportDir, ec);
    if (ec)
        throw InputError(reportDir.string(), {}, "cannot create folder: " + ec.message());
    const std::string &primary = o.generators.front();
    // The primary's steps keep the single-generator keys (train, sample, evaluate).
    for (const char *k : {"train", "sample", "evaluate"})
        if (perGenerator[primary].contains(k))
            steps[k] = perGenerator[primary][k];
    steps["generators"] = perGenerator;
    steps["reused_steps"] = reusedSteps;
    steps["ran_steps"] = ranSteps;

    nlohmann::json metrics = ComparisonReport::combine(entries);
    for (const auto &c : extraCharts)
        metrics["charts"].push_back(c);
    // Sample grids: the real one and the primary's (as before), plus one per generator.
    copyFile(out / "eval" / primary / "samples_real.png", reportDir / "samples_real.png");
    copyFile(out / "eval" / primary / "samples_synthetic.png", reportDir / "samples_synthetic.png");
    nlohmann::json grids = {{"real", "samples_real.png"}, {"synthetic", "samples_synthetic.png"}, {"per_class", 6}};
    if (o.generators.size() > 1) {
        grids["generators"] = nlohmann::json::object();
        for (const auto &g : o.generators) {
            const std::string file = "samples_" + g + ".png";
            copyFile(out / "eval" / g / "samples_synthetic.png", reportDir / file);
            grids["generators"][g] = file;
        }
    }
    metrics["sample_grids"] = grids;
    if (grids.contains("generators"))
        for (const auto &g : o.generators)
            metrics["generators"][g]["sample_grids"] = {
                {"real", "samples_real.png"}, {"synthetic", grids["generators"][g]}, {"per_class", 6}};
    steps["total_seconds"] = since(started);
    metrics["pipeline"] = {{"data", o.dataPath},          {"preset", o.preset},
                           {"seed", o.seed},              {"generators", o.generators},
                           {"per_class", o.perClass},     {"ddim_steps", o.samplingSteps},
                           {"class_mix", o.classMix},     {"sample_total", mixCounts.empty() ? 0 : o.sampleTotal},
                           {"sample_factor", o.sampleFactor},
                           {"guidance", o.guidance},      {"class_balance", o.classBalance},
                           {"ddpm_steps", o.ddpmSteps < 0 ? nlohmann::json("all") : nlohmann::json(o.ddpmSteps)},
                           {"baseline_steps", o.baselineSteps}, {"baseline_preset", o.baselinePreset},
                           {"train_steps", o.trainSteps}, {"train_share", o.trainShare},
                           {"steps", steps}};
    writeFileAtomically((reportDir / "metrics.json").string(), metrics.dump(1));
    ReportHtml::writeHtml(metrics, reportDir.string(), reportDir.string());
    token.setProgress(1.0, "pipeline done");
    result.reportDir = reportDir.string();
    result.metrics = metrics;
    result.steps = steps;
    result.generators = o.generators;
    return result;
}

} // namespace netsynth
