#include "core/diffusion/sampler.h"

#include "core/diffusion/checkpoint_io_impl.h"
#include "core/diffusion/sample_export.h"
#include "core/diffusion/sample_loop_impl.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace netsynth {

SamplerKind parseSamplerKind(const std::string &text)
{
    if (text == "ddpm")
        return SamplerKind::Ddpm;
    if (text == "ddim")
        return SamplerKind::Ddim;
    if (text == "dpm2m")
        return SamplerKind::Dpm2m;
    throw InputError({}, "--sampler", "unknown sampler '" + text + "' (expected ddpm, ddim or dpm2m)");
}

std::string samplerKindName(SamplerKind kind)
{
    return kind == SamplerKind::Ddpm ? "ddpm" : kind == SamplerKind::Dpm2m ? "dpm2m" : "ddim";
}

ImageDataset sampleImages(const SampleConfig &config, ProgressToken &token)
{
    if (config.perClass < 1 && config.total <= 0 && config.counts.empty())
        throw InputError({}, "--per-class", "must be at least 1");
    if (config.steps < 0)
        throw InputError({}, "--steps", "must not be negative");
    if (config.eta < 0.0)
        throw InputError({}, "--eta", "must not be negative");
    const DeviceInfo deviceInfo = DeviceManager::current();
    const torch::Device device(deviceInfo.name);
    CheckpointReader reader(config.checkpoint, device);
    const CheckpointInfo &info = reader.info();
    UNet model(info.config.model);
    model->to(device);
    if (config.useEma)
        reader.loadEma(model);
    else
        reader.loadModel(model);
    model->eval();

    std::vector<int> classes = config.classes;
    if (classes.empty())
        for (int i = 0; i < static_cast<int>(info.classes.size()); ++i)
            classes.push_back(i);
    for (int c : classes)
        if (c < 0 || c >= static_cast<int>(info.classes.size()))
            throw InputError(info.path, "field 'classes'", "class index " + std::to_string(c) + " out of range");

    std::vector<int> counts(classes.size(), config.perClass);
    if (!config.counts.empty()) {
        if (config.counts.size() != classes.size())
            throw InputError(info.path, "counts", "expected " + std::to_string(classes.size()) + " class counts, got " +
                                                      std::to_string(config.counts.size()));
        counts = config.counts;
    } else if (config.total > 0) {
        std::vector<double> weights;
        for (int c : classes) {
            const auto k = static_cast<std::size_t>(c);
            weights.push_back(k < info.classCounts.size()  ? static_cast<double>(info.classCounts[k])
                              : k < info.sampleStats.size() ? static_cast<double>(info.sampleStats[k].size())
                                                            : 1.0);
        }
        counts = proportionalCounts(weights, config.total);
    }
    std::vector<std::int64_t> labels;
    for (std::size_t k = 0; k < classes.size(); ++k)
        for (int i = 0; i < counts[k]; ++i)
            labels.push_back(classes[k]);
    const auto total = static_cast<std::int64_t>(labels.size());
    const torch::Tensor allLabels = torch::tensor(labels, torch::kInt64);

    ImageDataset out;
    out.imageSize = info.config.model.imageSize;
    out.channels = info.config.model.channels;
    out.classes = info.classes;
    out.spec = info.spec;
    out.provenance = {{"origin", "synthetic"},
                      {"generator", "diffusion-" + samplerKindName(config.sampler)},
                      {"seed", config.seed},
                      {"checkpoint", info.path},
                      {"training_steps", info.step},
                      {"guidance", config.guidance},
                      {"class_mix", config.total > 0 || !config.counts.empty() ? "training" : "per-class"}};
    out.pixels.reserve(static_cast<std::size_t>(total) * out.pixelsPerImage());

    SampleLoopOptions options;
    options.kind = config.sampler;
    options.steps = config.steps;
    options.eta = config.eta;
    options.guidance = config.guidance;
    options.bf16 = config.bf16;
    at::Generator gen = makeSeededGenerator(config.seed);
    std::mt19937_64 statsRng(config.seed ^ 0x9e3779b97f4a7c15ull);
    const int batch = std::max(1, config.batchSize);
    for (std::int64_t begin = 0; begin < total; begin += batch) {
        const std::int64_t n = std::min<std::int64_t>(batch, total - begin);
        const torch::Tensor y = allLabels.narrow(0, begin, n);
        auto progress = [&](int done, int steps) {
            token.setProgress((double(begin) + n * double(done) / steps) / double(total),
                              "sampling " + std::to_string(begin + n) + "/" + std::to_string(total));
        };
        const torch::Tensor x = postprocessSamples(
            runSampleLoop(model, NoiseSchedule::make(info.config.schedule, info.config.diffusionSteps), y, options, gen,
                          device, progress, &token),
            info.valueMin, info.valueMax);
        const float *data = x.data_ptr<float>();
        for (std::int64_t i = 0; i < n; ++i) {
            ImageSampleInfo sample;
            sample.label = static_cast<int>(labels[static_cast<std::size_t>(begin + i)]);
            const auto &stats = static_cast<std::size_t>(sample.label) < info.sampleStats.size()
                                    ? info.sampleStats[static_cast<std::size_t>(sample.label)]
                                    : std::vector<SeriesStats>{};
            if (!stats.empty()) {
                const SeriesStats &s = stats[statsRng() % stats.size()];
                sample.min = s.min;
                sample.max = s.max;
                sample.length = s.length;
            }
            out.append(data + i * static_cast<std::int64_t>(out.pixelsPerImage()), sample);
        }
    }
    return out;
}

namespace {
// Runs part of a job on a child token whose progress maps onto [begin, end] of
// the parent's and which follows the parent's cancel flag.
template <typename F>
auto withSubProgress(ProgressToken &parent, double begin, double end, F &&work)
{
    ProgressToken child;
    child.setObserver([&parent, &child, begin, end](double f, const std::string &message) {
        if (parent.isCanceled())
            child.cancel();
        parent.setProgress(begin + (end - begin) * f, message);
    });
    if (parent.isCanceled())
        child.cancel();
    return work(child);
}
} // namespace

SampleResult sampleToFolder(const SampleConfig &config, const std::string &outDir, ProgressToken &token)
{
    const auto begin = std::chrono::steady_clock::now();
    const double sampleShare = config.writeExports ? 0.9 : 1.0;
    const ImageDataset images =
        withSubProgress(token, 0.0, sampleShare, [&](ProgressToken &t) { return sampleImages(config, t); });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    token.throwIfCanceled();
    images.save(outDir);
    SampleResult r;
    r.samples = images.count();
    r.classes = images.classes;
    r.out = outDir;
    r.seconds = seconds;
    r.imagesPerSecond = seconds > 0 ? double(r.samples) / seconds : 0.0;
    r.device = DeviceManager::current().name;
    if (config.writeExports) {
        const SampleExports e = withSubProgress(token, sampleShare, 1.0, [&](ProgressToken &t) {
            return writeSampleExports(images, outDir, t, config.contactSheetMax);
        });
        r.csv = e.csv;
        r.csvNote = e.csvNote;
        r.contactSheets = e.contactSheets;
    }
    token.setProgress(1.0, "done");
    return r;
}

} // namespace netsynth
