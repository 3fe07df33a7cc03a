#pragma once
// Sampling from a baseline run folder into an ImageDataset: the same format,
// classes and spec as the diffusion sampler's output (origin "synthetic",
// generator "dg" / "wgan-gasf" / "empirical" / "real-resample"), so the
// evaluation treats every generator alike. Torch-free header; netsynth_core.
//
//   BaselineSampleConfig cfg;
//   cfg.checkpoint = "run-dg/";  cfg.perClass = 100;  cfg.seed = 1;
//   BaselineSampleResult r = sampleBaselineToFolder(cfg, "synthetic-dg/", token);

#include "core/baselines/baseline_kind.h"
#include "core/imaging/image_dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct BaselineSampleConfig
{
    std::string checkpoint;         // run folder, checkpoint.json or checkpoint.pt
    int perClass = 16;
    std::vector<int> classes;       // class indices to sample; empty = all
    // Images per class index; when set, instead of perClass and classes
    // (the pipeline's "training" class mix: proportionalCounts of the real set).
    std::vector<int> counts;
    std::uint64_t seed = 0;
    // When set, the checkpoint must be of this kind (InputError otherwise).
    std::optional<BaselineKind> kind;
    // real-resample without a run folder: the real ImageDataset to draw from.
    std::string realDataDir;
    // sampleBaselineToFolder: also series.csv and the contact sheets, as the
    // diffusion sampler writes them (core/diffusion/sample_export.h).
    bool writeExports = true;
    int contactSheetMax = 64;
};

struct BaselineSampleResult
{
    std::size_t samples = 0;
    std::vector<std::string> classes;
    std::string out;
    std::string generator;
    double seconds = 0.0;
    std::string csv;                        // series.csv (empty: not written, see csvNote)
    std::string csvNote;
    std::vector<std::string> contactSheets; // one PNG per class
};

ImageDataset sampleBaselineImages(const BaselineSampleConfig &config, ProgressToken &token);
// sampleBaselineImages(), ImageDataset::save(outDir), then writeSampleExports()
// unless config.writeExports is false.
BaselineSampleResult sampleBaselineToFolder(const BaselineSampleConfig &config, const std::string &outDir,
                                            ProgressToken &token);

} // namespace netsynth
