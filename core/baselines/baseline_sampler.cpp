#include "core/baselines/baseline_sampler.h"

#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/dg_model.h"
#include "core/baselines/empirical_sampler.h"
#include "core/baselines/image_series_bridge.h"
#include "core/baselines/real_resampler.h"
#include "core/baselines/wgan_gasf_model.h"
#include "core/diffusion/sample_export.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <chrono>
#include <filesystem>

namespace netsynth {

namespace fs = std::filesystem;

namespace {
std::vector<int> perClassCounts(const BaselineSampleConfig &config, std::size_t classCount)
{
    if (!config.counts.empty()) {
        if (config.counts.size() != classCount)
            throw InputError({}, "counts", "expected " + std::to_string(classCount) + " class counts, got " +
                                               std::to_string(config.counts.size()));
        for (int n : config.counts)
            if (n < 0) throw InputError({}, "counts", "class counts must be >= 0");
        return config.counts;
    }
    if (config.perClass < 0)
        throw InputError({}, "--per-class", "must be >= 0");
    std::vector<int> counts(classCount, config.classes.empty() ? config.perClass : 0);
    for (int c : config.classes) {
        if (c < 0 || static_cast<std::size_t>(c) >= classCount)
            throw InputError({}, "--classes", "class index " + std::to_string(c) + " out of range (0.." +
                                                  std::to_string(classCount - 1) + ")");
        counts[static_cast<std::size_t>(c)] = config.perClass;
    }
    return counts;
}

// The real image set a resampler draws from; reading it comes before the
// sampling's own 0..1 progress, so its messages show at the start.
ImageDataset loadBeforeSampling(const std::string &dir, ProgressToken &token)
{
    ChildProgress reading(token, 0.0, 0.0, {});
    return ImageDataset::load(dir, reading.token());
}
} // namespace

ImageDataset sampleBaselineImages(const BaselineSampleConfig &config, ProgressToken &token)
{
    ImageDataset out;
    std::string checkpoint;
    if (config.checkpoint.empty()) {
        // real-resample straight from a real image set.
        if (config.kind != BaselineKind::RealResample || config.realDataDir.empty())
            throw InputError({}, "--checkpoint", "a baseline run folder is required");
        const ImageDataset real = loadBeforeSampling(config.realDataDir, token);
        out = resampleRealImages(real, perClassCounts(config, real.classes.size()), config.seed, token);
    } else {
        const BaselineCheckpointInfo info = readBaselineCheckpointInfo(config.checkpoint);
        checkpoint = info.path;
        if (config.kind && *config.kind != info.kind)
            throw InputError(info.path, "field 'kind'",
                             "this is a " + baselineKindName(info.kind) + " run, not " +
                                 baselineKindName(*config.kind));
        const std::vector<int> counts = perClassCounts(config, info.classes.size());
        switch (info.kind) {
        case BaselineKind::DoppelGanger: {
            const DgModel model = DgModel::load(info.weights);
            ChildProgress generating(token, 0.0, 0.8, {}), encoding(token, 0.8, 1.0, {});
            out = imagesFromSeries(model.generate(counts, config.seed, generating.token()), info.spec,
                                   encoding.token());
            break;
        }
        case BaselineKind::WganGasf:
            out = WganGasfModel::load(info.weights).generate(counts, config.seed, token);
            break;
        case BaselineKind::Empirical: {
            const EmpiricalSampler sampler = EmpiricalSampler::fromJson(info.empirical, info.path);
            ChildProgress drawing(token, 0.0, 0.8, {}), encoding(token, 0.8, 1.0, {});
            out = imagesFromSeries(sampler.sample(counts, config.seed, drawing.token()), info.spec,
                                   encoding.token());
            break;
        }
        case BaselineKind::RealResample: {
            const std::string dir = config.realDataDir.empty() ? info.dataDir : config.realDataDir;
            const ImageDataset real = loadBeforeSampling(dir, token);
            if (real.classes != info.classes)
                throw InputError(dir, "field 'classes'", "the real image set's classes changed since the run");
            out = resampleRealImages(real, counts, config.seed, token);
            break;
        }
        }
        out.provenance = {{"origin", "synthetic"},
                          {"generator", baselineKindName(info.kind)},
                          {"seed", config.seed},
                          {"checkpoint", checkpoint}};
        if (info.step > 0)
            out.provenance["training_steps"] = info.step;
    }
    if (config.checkpoint.empty())
        out.provenance = {{"origin", "synthetic"}, {"generator", "real-resample"}, {"seed", config.seed}};
    return out;
}

BaselineSampleResult sampleBaselineToFolder(const BaselineSampleConfig &config, const std::string &outDir,
                                            ProgressToken &token)
{
    const auto t0 = std::chrono::steady_clock::now();
    const double sampleShare = config.writeExports ? 0.9 : 1.0;
    ImageDataset images;
    {
        ChildProgress part(token, 0.0, sampleShare, {});
        images = sampleBaselineImages(config, part.token());
    }
    {
        ChildProgress part(token, sampleShare, sampleShare, {}); // its messages, not its fraction
        images.save(outDir, part.token());
    }
    BaselineSampleResult r;
    r.samples = images.count();
    r.classes = images.classes;
    r.out = outDir;
    r.generator = images.provenance.value("generator", std::string());
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (config.writeExports) {
        ChildProgress part(token, sampleShare, 1.0, {});
        const SampleExports e = writeSampleExports(images, outDir, part.token(), config.contactSheetMax);
        r.csv = e.csv;
        r.csvNote = e.csvNote;
        r.contactSheets = e.contactSheets;
    }
    token.setProgress(1.0, "done");
    return r;
}

} // namespace netsynth
