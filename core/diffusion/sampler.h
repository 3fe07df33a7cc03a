#pragma once
// Sampling from a diffusion checkpoint. Torch-free header.
//
// For scripted use (the `sample` CLI command, the `pipeline` command):
//
//   SampleConfig cfg;
//   cfg.checkpoint = "run/checkpoint.pt";   // or the run folder
//   cfg.sampler = SamplerKind::Ddim; cfg.steps = 50; cfg.perClass = 100; cfg.seed = 1;
//   SampleResult r = sampleToFolder(cfg, "synthetic/", token);
//   // synthetic/ is an ImageDataset (same format as encode; origin "synthetic",
//   // generator "diffusion-ddim" or "diffusion-ddpm", classes and spec of the training set)
//   // plus series.csv (the recovered series) and contact_NN_<class>.png (see sample_export.h)
//
// DDPM: ancestral sampling over `steps` respaced steps (0 = all diffusion steps).
// DDIM: `steps` steps with stochasticity eta (0 = deterministic given the seed).
// guidance w: eps = eps(x, none) + w * (eps(x, class) - eps(x, none));
//   w = 1 is plain conditional sampling, w > 1 strengthens the class.
// Outputs are symmetrised ((X + X^T) / 2, GASF is symmetric) and clamped to the
// training images' value range. Each sample's min/max/length (used by the
// inversion to rescale the series) are drawn from the training series of its class.

#include "core/imaging/image_dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

// Ddpm: ancestral; Ddim: Song et al. 2021 (eta); Dpm2m: DPM-Solver++(2M)
// (Lu et al. 2022), a second-order multistep solver on the predicted x0.
enum class SamplerKind { Ddpm, Ddim, Dpm2m };
SamplerKind parseSamplerKind(const std::string &text); // throws InputError
std::string samplerKindName(SamplerKind kind);

struct SampleConfig
{
    std::string checkpoint;     // checkpoint.pt or its run folder
    SamplerKind sampler = SamplerKind::Ddim;
    int steps = 50;             // 0: all diffusion steps
    double eta = 0.0;           // DDIM only
    double guidance = 1.0;
    int perClass = 16;
    // > 0: this many images in all, shared among the sampled classes in the
    // proportions of the training set (so a classifier trained on the
    // synthetic set sees the real class mix); perClass is then ignored.
    int total = 0;
    std::vector<int> classes;   // class indices to sample; empty = all
    std::vector<int> counts;    // when set: images per sampled class (instead of perClass and total)
    std::uint64_t seed = 0;
    bool useEma = true;         // sample from the EMA weights
    int batchSize = 64;
    bool bf16 = false;          // bf16 autocast (CUDA only)
    bool writeExports = true;   // sampleToFolder: also series.csv and the contact sheets
    int contactSheetMax = 64;   // images per contact sheet
};

struct SampleResult
{
    std::size_t samples = 0;
    std::vector<std::string> classes;
    std::string out;
    double seconds = 0.0;
    double imagesPerSecond = 0.0;
    std::string device;
    std::string csv;                        // series.csv (empty: not written, see csvNote)
    std::string csvNote;
    std::vector<std::string> contactSheets; // one PNG per class
};

// The images as an ImageDataset in memory (provenance filled in).
ImageDataset sampleImages(const SampleConfig &config, ProgressToken &token);
// sampleImages(), ImageDataset::save(outDir), then writeSampleExports() unless
// config.writeExports is false.
SampleResult sampleToFolder(const SampleConfig &config, const std::string &outDir, ProgressToken &token);

} // namespace netsynth
