#include "core/eval/pipeline_runner.h"
#include "core/runtime/json_document.h"

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

nlohmann::json reusedInfo(const PipelineState &state, const std::string &step, const nlohmann::json &key)
{
    const nlohmann::json *s = state.matching(step, key);
    // The state file is a cache a user may have edited: fields of another type count as absent.
    nlohmann::json info = nlohmann::json::object();
    double seconds = 0.0;
    if (s) {
        const auto i = s->find("info"), t = s->find("seconds");
        if (i != s->end() && i->is_object()) info = *i;
        if (t != s->end() && t->is_number()) seconds = t->get<double>();
    }
    info["seconds"] = seconds;
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

namespace {

// One run of the pipeline: the steps in order (encode, then per generator
// train, sample and evaluate, then the report), each skipped when OUT holds
// its finished result for the same settings (pipeline_state.json).
class PipelineRun
{
public:
    PipelineRun(const PipelineOptions &requested, ProgressToken &token)
        : m_base(PipelineOptions::fromPreset(requested.preset)),
          m_o(PipelineOptions::resolve(requested, m_autoPerClass, m_autoTrainSteps)), m_token(token),
          m_out(m_o.outDir), m_trainDir((m_out / "images" / "train").string()),
          m_testDir((m_out / "images" / "test").string()), m_plan(progressTotal(m_o)), m_started(Clock::now())
    {
        std::error_code ec;
        fs::create_directories(m_out, ec);
        if (ec)
            throw InputError(m_o.outDir, {}, "cannot create folder: " + ec.message());
        m_state = PipelineState::load((m_out / "pipeline_state.json").string());
    }

    PipelineResult run()
    {
        encode();
        m_token.throwIfCanceled();
        planFromSplit();
        for (const std::string &g : m_o.generators) {
            nlohmann::json gsteps = nlohmann::json::object();
            const std::string trainer = trainerOf(g);
            if (!trainer.empty()) {
                if (!m_trainDigests.count(trainer))
                    train(trainer);
                gsteps["train"] = m_trainInfos[trainer];
            }
            m_token.throwIfCanceled();
            const nlohmann::json sampleKey = sample(g, trainer, gsteps);
            m_token.throwIfCanceled();
            m_entries.emplace_back(g, evaluate(g, sampleKey, gsteps));
            m_perGenerator[g] = gsteps;
            m_token.throwIfCanceled();
        }
        return writeReport();
    }

private:
    static double progressTotal(const PipelineOptions &o)
    {
        std::vector<std::string> trainers;
        for (const auto &g : o.generators) {
            const std::string t = trainerOf(g);
            if (!t.empty() && std::find(trainers.begin(), trainers.end(), t) == trainers.end())
                trainers.push_back(t);
        }
        double total = kPrepareWeight + kReportWeight;
        for (const auto &t : trainers) total += trainWeight(t);
        for (const auto &g : o.generators) total += sampleWeight(g) + kEvaluateWeight;
        return total;
    }

    bool reusable(const std::string &step, const nlohmann::json &key, const std::vector<std::string> &files) const
    {
        return !m_o.fresh && m_state.finished(step, key, files);
    }

    // The info of a step that ran: recorded as finished, with its time.
    nlohmann::json finishStep(const std::string &name, const nlohmann::json &key, Clock::time_point t,
                              nlohmann::json info)
    {
        m_token.throwIfCanceled();
        const double seconds = since(t);
        m_state.finish(name, key, seconds, info);
        info["seconds"] = seconds;
        info["reused"] = false;
        ++m_ranSteps;
        return info;
    }

    nlohmann::json reuseStep(const std::string &name, const nlohmann::json &key, double end, const std::string &message)
    {
        ++m_reusedSteps;
        m_token.setProgress(end, message);
        return reusedInfo(m_state, name, key);
    }

    // ---------------------------------------------------------------- inspect + encode + split
    void encode()
    {
        EncodeSpec spec = PipelineOptions::presetSpec(m_o.preset); // signed sizes, first 32 packets, 32x32 GASF, gamma 0.25
        if (m_o.spec) spec = *m_o.spec;
        nlohmann::json key = {{"data", fs::absolute(m_o.dataPath).lexically_normal().string()},
                              {"data_fingerprint", PipelineState::fingerprint(m_o.dataPath)},
                              {"format", m_o.format},
                              {"spec", spec.toJson()},
                              {"max_per_class", m_o.maxBiflowsPerClass},
                              {"min_per_class", m_o.minPerClass},
                              {"seed", m_o.seed},
                              {"test_fraction", m_o.eval.testFraction},
                              {"split_seed", m_o.eval.splitSeed}};
        if (m_o.trainShare < 1.0) key["train_share"] = m_o.trainShare; // absent when 1: earlier runs stay reusable
        m_encodeDigest = PipelineState::digest(key);
        const auto [b, e] = m_plan.next(kPrepareWeight);
        const std::vector<std::string> files = {(m_out / "inspect.json").string(), m_trainDir + "/manifest.json",
                                                m_testDir + "/manifest.json"};
        if (reusable("encode", key, files)) {
            const nlohmann::json info = reuseStep("encode", key, e, "encode: reusing " + m_trainDir + " and " + m_testDir);
            m_steps["inspect"] = info.value("inspect", nlohmann::json::object());
            m_steps["inspect"]["reused"] = true;
            m_steps["encode"] = info;
            m_steps["encode"].erase("inspect");
            return;
        }
        m_state.begin("encode", key);
        const auto t0 = Clock::now();
        PipelineSplit split = loadEncodeAndSplit(m_o, spec, (m_out / "inspect.json").string(), b, e, m_token);
        m_steps["inspect"] = split.inspectStep;
        removeAll(m_trainDir);
        removeAll(m_testDir);
        split.train.save(m_trainDir);
        split.test.save(m_testDir);
        m_steps["encode"] = {{"seconds", split.encodeSeconds}, {"images", split.images},
                             {"train", split.train.count()}, {"test", split.test.count()},
                             {"classes", split.train.classes.size()}, {"dropped_classes", split.droppedClasses},
                             {"max_per_class", m_o.maxBiflowsPerClass}, {"spec", split.train.spec}, {"reused", false}};
        nlohmann::json info = m_steps["encode"];
        info["inspect"] = m_steps["inspect"];
        m_state.finish("encode", key, since(t0), info);
        ++m_ranSteps;
    }

    // What waits for the split's size: synthetic images per class, the
    // diffusion steps of the preset's rule, and the "training" class mix
    // (every generator samples the real training split's class proportions,
    // sampleTotal images, default sampleFactor times as many as the split has).
    void planFromSplit()
    {
        if (m_autoPerClass) {
            const int classes = jsonNumberOr(m_steps["encode"], "classes", 0, (m_out / "pipeline_state.json").string());
            if (classes > 0) m_o.perClass = m_base.autoPerClass(classes);
        }
        if (m_autoTrainSteps) {
            const std::size_t trainImages = jsonNumberOr(m_steps["encode"], "train", std::size_t{0}, (m_out / "pipeline_state.json").string());
            m_o.trainSteps = m_base.autoTrainSteps(trainImages, TrainConfig::fromPreset("cpu-small").batchSize);
            m_steps["encode"]["diffusion_steps"] = {
                {"steps", m_o.trainSteps},
                {"rule", "about " + std::to_string(static_cast<int>(m_base.trainPasses)) +
                             " passes over the training split, " + std::to_string(m_base.minTrainSteps) + " to " +
                             std::to_string(m_base.maxTrainSteps) + " steps"}};
        }
        if (m_o.classMix == "training") {
            const ImageDataset trainSet = ImageDataset::load(m_trainDir);
            std::vector<double> weights;
            for (auto n : trainSet.classCounts()) weights.push_back(static_cast<double>(n));
            const int total = m_o.sampleTotal > 0 ? m_o.sampleTotal
                                                  : static_cast<int>(std::lround(m_o.sampleFactor *
                                                                                 static_cast<double>(trainSet.count())));
            m_mixCounts = proportionalCounts(weights, total);
            m_o.sampleTotal = total;
        }
    }

    // ---------------------------------------------------------------- train (once per trainer)
    TrainConfig diffusionConfig() const
    {
        TrainConfig c = TrainConfig::fromPreset(m_o.preset == "netdiffus" ? "netdiffus" : "cpu-small");
        if (m_o.trainSteps > 0) c.steps = m_o.trainSteps;
        c.seed = m_o.seed;
        c.classBalance = m_o.classBalance;
        if (!m_o.lrSchedule.empty()) c.lrSchedule = m_o.lrSchedule;
        if (!m_o.diffusionOverrides.is_null()) c = c.withOverrides(m_o.diffusionOverrides, "--diffusion-config");
        c.previewEvery = 0;
        c.checkpointEvery = std::max(200, c.steps / 4);
        c.logEvery = 1;
        return c;
    }

    BaselineConfig baselineConfig(BaselineKind kind) const
    {
        BaselineConfig c = BaselineConfig::fromPreset(m_o.baselinePreset, kind);
        if (m_o.baselineSteps > 0) c.steps = m_o.baselineSteps;
        c.seed = m_o.seed;
        c.checkpointEvery = std::max(100, c.steps / 4);
        return c;
    }

    void train(const std::string &trainer)
    {
        const bool diffusion = trainer == "diffusion";
        const BaselineKind kind = diffusion ? BaselineKind::Empirical : parseBaselineKind(trainer);
        const bool hasCheckpoint = diffusion || baselineKindIsGan(kind); // the rest write checkpoint.json
        const auto [b, e] = m_plan.next(trainWeight(trainer));
        const std::string stepName = "train/" + trainer;
        const fs::path runDir = m_out / (diffusion ? std::string("run") : "run-" + trainer);
        m_runDirs[trainer] = runDir.string();
        const TrainConfig dc = diffusion ? diffusionConfig() : TrainConfig{};
        const BaselineConfig bc = diffusion ? BaselineConfig{} : baselineConfig(kind);
        const nlohmann::json key = {
            {"input", m_encodeDigest}, {"trainer", trainer}, {"config", diffusion ? dc.toJson() : bc.toJson()}};
        const std::string checkpoint = (runDir / (hasCheckpoint ? "checkpoint.pt" : "checkpoint.json")).string();
        if (reusable(stepName, key, {checkpoint})) {
            m_trainInfos[trainer] = reuseStep(stepName, key, e, "train " + trainer + ": reusing " + runDir.string());
        } else {
            std::error_code ec;
            const bool resume =
                !m_o.fresh && m_state.started(stepName, key) && fs::exists(checkpoint, ec) && hasCheckpoint;
            if (!resume)
                removeAll(runDir);
            m_state.begin(stepName, key);
            const auto t = Clock::now();
            ChildProgress step(m_token, b, e, "train " + trainer + ": ");
            // The trainers report each step (loss or W, ETA) on the token
            // themselves, which also carries a cancel to them.
            nlohmann::json info = diffusion ? trainDiffusionRun(dc, runDir, resume, step.token())
                                            : trainBaselineRun(kind, bc, runDir, resume, step.token());
            m_trainInfos[trainer] = finishStep(stepName, key, t, std::move(info));
        }
        m_trainDigests[trainer] = PipelineState::digest(key);
        addTrainingCurve(trainer, kind, runDir);
    }

    nlohmann::json trainDiffusionRun(const TrainConfig &config, const fs::path &runDir, bool resume, ProgressToken &token)
    {
        TrainRequest req;
        req.config = config;
        req.dataDir = m_trainDir;
        req.runDir = runDir.string();
        req.resume = resume;
        req.steps = resume ? config.steps : 0;
        req.localProcesses = m_o.processes;
        req.workerProgram = m_o.workerProgram;
        req.threadsPerProcess = m_o.threadsPerProcess;
        const TrainResult trained = trainDiffusion(req, token, {});
        return {{"steps", trained.steps}, {"final_loss", trained.finalLoss}, {"checkpoint", trained.checkpoint},
                {"processes", m_o.processes},
                {"images_per_second", trained.imagesPerSecond}, {"parameters", trained.parameters},
                {"device", trained.device}, {"config", trained.config.toJson()}, {"resumed", resume}};
    }

    nlohmann::json trainBaselineRun(BaselineKind kind, const BaselineConfig &config, const fs::path &runDir,
                                    bool resume, ProgressToken &token)
    {
        BaselineTrainRequest req;
        req.kind = kind;
        req.config = config;
        req.dataDir = m_trainDir;
        req.runDir = runDir.string();
        req.resume = resume;
        const BaselineTrainResult trained = trainBaseline(req, token, {});
        return {{"steps", trained.steps}, {"final_generator_loss", trained.finalGeneratorLoss},
                {"final_critic_loss", trained.finalCriticLoss}, {"final_wasserstein", trained.finalWasserstein},
                {"checkpoint", trained.checkpoint}, {"parameters", trained.parameters}, {"device", trained.device},
                {"config", config.toJson()}, {"resumed", resume}};
    }

    // Training curves for the report, from the checkpoint, so reused runs have them too.
    void addTrainingCurve(const std::string &trainer, BaselineKind kind, const fs::path &runDir)
    {
        try {
            if (trainer == "diffusion") {
                const CheckpointInfo ci = readCheckpointInfo(runDir.string());
                std::vector<double> xs, ys;
                for (const auto &p : ci.lossHistory) { xs.push_back(p[0]); ys.push_back(p[1]); }
                if (!xs.empty())
                    m_charts.push_back(ReportChart::line("diffusion_loss",
                                                         QT_TRANSLATE_NOOP("ReportText", "Diffusion training loss"),
                                                         QT_TRANSLATE_NOOP("ReportText", "step"),
                                                         QT_TRANSLATE_NOOP("ReportText", "loss"),
                                                         {{"loss", xs, ys}}));
            } else if (baselineKindIsGan(kind)) {
                const BaselineCheckpointInfo bi = readBaselineCheckpointInfo(runDir.string());
                std::vector<double> xs, ys;
                for (const auto &p : bi.lossHistory) { xs.push_back(p[0]); ys.push_back(p[3]); }
                if (xs.empty())
                    return;
                nlohmann::json *chart = nullptr;
                for (auto &c : m_charts)
                    if (c.value("id", std::string()) == "baseline_training") chart = &c;
                if (!chart) {
                    m_charts.push_back(ReportChart::line("baseline_training",
                                                         QT_TRANSLATE_NOOP("ReportText", "GAN training: critic's Wasserstein estimate"),
                                                         QT_TRANSLATE_NOOP("ReportText", "step"),
                                                         QT_TRANSLATE_NOOP("ReportText", "W estimate"), {}));
                    chart = &m_charts.back();
                }
                (*chart)["series"].push_back({{"name", trainer}, {"x", xs}, {"y", ys}});
            }
        } catch (const InputError &) {
            // Curves are decoration: a checkpoint without history leaves them out.
        }
    }

    // ---------------------------------------------------------------- sample
    // Returns the step's key (the evaluation's input).
    nlohmann::json sample(const std::string &g, const std::string &trainer, nlohmann::json &gsteps)
    {
        const std::string synthDir = (m_out / "synthetic" / g).string();
        nlohmann::json key = {{"input", trainer.empty() ? m_encodeDigest : m_trainDigests[trainer]},
                              {"generator", g}, {"per_class", m_o.perClass}, {"seed", m_o.seed + 1}};
        if (!m_mixCounts.empty()) {
            key.erase("per_class");
            key["class_counts"] = m_mixCounts;
        }
        if (isDiffusion(g) && m_o.guidance != 1.0) key["guidance"] = m_o.guidance;
        if (g == "diffusion-ddim" || g == "diffusion-dpm2m") key["steps"] = m_o.samplingSteps;
        if (g == "diffusion-ddpm") key["steps"] = m_o.ddpmSteps;
        const auto [b, e] = m_plan.next(sampleWeight(g));
        const std::string stepName = "sample/" + g;
        if (reusable(stepName, key, {synthDir + "/manifest.json"})) {
            gsteps["sample"] = reuseStep(stepName, key, e, "sample " + g + ": reusing " + synthDir);
            return key;
        }
        m_state.begin(stepName, key);
        removeAll(synthDir);
        const auto t = Clock::now();
        ChildProgress step(m_token, b, e, "sample " + g + ": ");
        nlohmann::json info;
        if (isDiffusion(g)) {
            SampleConfig sc;
            sc.checkpoint = m_runDirs["diffusion"];
            sc.sampler = parseSamplerKind(g.substr(std::string("diffusion-").size()));
            sc.steps = g == "diffusion-ddpm" ? std::max(0, m_o.ddpmSteps) : m_o.samplingSteps;
            sc.perClass = m_o.perClass;
            sc.counts = m_mixCounts;
            sc.guidance = m_o.guidance;
            sc.seed = m_o.seed + 1;
            const SampleResult r = sampleToFolder(sc, synthDir, step.token());
            info = {{"samples", r.samples}, {"per_class", m_o.perClass}, {"class_mix", m_o.classMix},
                    {"guidance", sc.guidance}, {"sampler", samplerKindName(sc.sampler)},
                    {"sampling_steps", sc.steps == 0 ? nlohmann::json("all") : nlohmann::json(sc.steps)},
                    {"images_per_second", r.imagesPerSecond}};
        } else {
            BaselineSampleConfig sc;
            sc.perClass = m_o.perClass;
            sc.counts = m_mixCounts;
            sc.seed = m_o.seed + 1;
            if (g == "real") {
                sc.kind = BaselineKind::RealResample;
                sc.realDataDir = m_trainDir;
            } else {
                sc.checkpoint = m_runDirs[trainer];
                sc.kind = parseBaselineKind(trainer);
            }
            const BaselineSampleResult r = sampleBaselineToFolder(sc, synthDir, step.token());
            info = {{"samples", r.samples}, {"per_class", m_o.perClass}, {"class_mix", m_o.classMix},
                    {"generator", r.generator}};
        }
        gsteps["sample"] = finishStep(stepName, key, t, std::move(info));
        return key;
    }

    // ---------------------------------------------------------------- evaluate
    nlohmann::json evaluate(const std::string &g, const nlohmann::json &sampleKey, nlohmann::json &gsteps)
    {
        const fs::path evalDir = m_out / "eval" / g;
        const std::string synthDir = (m_out / "synthetic" / g).string();
        const nlohmann::json key = {{"input", PipelineState::digest(sampleKey)}, {"eval", m_o.eval.toJson()}};
        const auto [b, e] = m_plan.next(kEvaluateWeight);
        const std::string stepName = "evaluate/" + g;
        const std::string metricsPath = (evalDir / "metrics.json").string();
        if (reusable(stepName, key, {metricsPath})) {
            try {
                nlohmann::json metrics = ReportHtml::loadMetrics(metricsPath);
                gsteps["evaluate"] = reuseStep(stepName, key, e, "evaluate " + g + ": reusing " + metricsPath);
                return metrics;
            } catch (const InputError &) {
                // damaged: evaluate again
            }
        }
        m_state.begin(stepName, key);
        const auto t = Clock::now();
        EvaluationInputs inputs;
        {
            ChildProgress loading(m_token, b, b + (e - b) * 0.05, "evaluate " + g + ": ");
            inputs = loadEvaluationInputs(m_trainDir, synthDir, m_testDir, m_o.eval.testFraction, m_o.eval.splitSeed,
                                          loading.token());
        }
        nlohmann::json metrics;
        {
            ChildProgress step(m_token, b + (e - b) * 0.05, e, "evaluate " + g + ": ");
            metrics = Evaluator::run(inputs, m_o.eval, step.token(), &m_reference);
        }
        metrics["generator"] = g;
        Evaluator::writeOutputs(metrics, inputs, evalDir.string());
        const nlohmann::json info = finishStep(stepName, key, t, nlohmann::json::object());
        gsteps["evaluate"] = {{"seconds", info["seconds"]}, {"reused", false}};
        return metrics;
    }

    // ---------------------------------------------------------------- report
    PipelineResult writeReport()
    {
        const fs::path reportDir = m_out / "report";
        std::error_code ec;
        fs::create_directories(reportDir, ec);
        if (ec)
            throw InputError(reportDir.string(), {}, "cannot create folder: " + ec.message());
        const std::string &primary = m_o.generators.front();
        // The primary's steps keep the single-generator keys (train, sample, evaluate).
        for (const char *k : {"train", "sample", "evaluate"})
            if (m_perGenerator[primary].contains(k))
                m_steps[k] = m_perGenerator[primary][k];
        m_steps["generators"] = m_perGenerator;
        m_steps["reused_steps"] = m_reusedSteps;
        m_steps["ran_steps"] = m_ranSteps;

        nlohmann::json metrics = ComparisonReport::combine(m_entries);
        for (const auto &c : m_charts)
            metrics["charts"].push_back(c);
        metrics["sample_grids"] = copySampleGrids(reportDir);
        if (metrics["sample_grids"].contains("generators"))
            for (const auto &g : m_o.generators)
                metrics["generators"][g]["sample_grids"] = {{"real", "samples_real.png"},
                                                            {"synthetic", metrics["sample_grids"]["generators"][g]},
                                                            {"per_class", 6}};
        m_steps["total_seconds"] = since(m_started);
        const PipelineOptions &o = m_o;
        metrics["pipeline"] = {{"data", o.dataPath},          {"preset", o.preset},
                               {"seed", o.seed},              {"generators", o.generators},
                               {"per_class", o.perClass},     {"ddim_steps", o.samplingSteps},
                               {"class_mix", o.classMix},     {"sample_total", m_mixCounts.empty() ? 0 : o.sampleTotal},
                               {"sample_factor", o.sampleFactor},
                               {"guidance", o.guidance},      {"class_balance", o.classBalance},
                               {"ddpm_steps", o.ddpmSteps < 0 ? nlohmann::json("all") : nlohmann::json(o.ddpmSteps)},
                               {"baseline_steps", o.baselineSteps}, {"baseline_preset", o.baselinePreset},
                               {"train_steps", o.trainSteps}, {"train_share", o.trainShare},
                               {"steps", m_steps}};
        writeFileAtomically((reportDir / "metrics.json").string(), metrics.dump(1));
        ReportHtml::writeHtml(metrics, reportDir.string(), reportDir.string());
        m_token.setProgress(1.0, "pipeline done");
        PipelineResult result;
        result.reportDir = reportDir.string();
        result.metrics = metrics;
        result.steps = m_steps;
        result.generators = o.generators;
        return result;
    }

    // Sample grids: the real one and the primary's, plus one per generator when there are several.
    nlohmann::json copySampleGrids(const fs::path &reportDir) const
    {
        const std::string &primary = m_o.generators.front();
        copyFile(m_out / "eval" / primary / "samples_real.png", reportDir / "samples_real.png");
        copyFile(m_out / "eval" / primary / "samples_synthetic.png", reportDir / "samples_synthetic.png");
        nlohmann::json grids = {{"real", "samples_real.png"}, {"synthetic", "samples_synthetic.png"}, {"per_class", 6}};
        if (m_o.generators.size() > 1) {
            grids["generators"] = nlohmann::json::object();
            for (const auto &g : m_o.generators) {
                const std::string file = "samples_" + g + ".png";
                copyFile(m_out / "eval" / g / "samples_synthetic.png", reportDir / file);
                grids["generators"][g] = file;
            }
        }
        return grids;
    }

    // Declared in this order: m_o is resolved from m_base, m_plan from m_o.
    bool m_autoPerClass = false;
    bool m_autoTrainSteps = false;
    const PipelineOptions m_base;
    PipelineOptions m_o;
    ProgressToken &m_token;
    const fs::path m_out;
    const std::string m_trainDir, m_testDir;
    ProgressPlan m_plan;
    const Clock::time_point m_started;
    PipelineState m_state;

    nlohmann::json m_steps = nlohmann::json::object();
    nlohmann::json m_perGenerator = nlohmann::json::object();
    int m_reusedSteps = 0, m_ranSteps = 0;
    std::string m_encodeDigest;
    std::vector<int> m_mixCounts;                          // the "training" class mix, else empty
    EvaluationReference m_reference;                       // the real side of the evaluation, shared by the generators
    std::map<std::string, std::string> m_trainDigests;     // trainer -> digest of its step key
    std::map<std::string, std::string> m_runDirs;          // trainer -> run folder
    std::map<std::string, nlohmann::json> m_trainInfos;    // trainer -> step info
    std::vector<ComparisonReport::Entry> m_entries;
    nlohmann::json m_charts = nlohmann::json::array();     // training curves
};

} // namespace

PipelineResult runPipeline(const PipelineOptions &requested, ProgressToken &token)
{
    return PipelineRun(requested, token).run();
}

} // namespace netsynth
