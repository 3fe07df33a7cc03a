#pragma once
// The generators of core/baselines and their names (CLI --model, manifest
// "generator", metrics.json "generators" keys). Torch-free.
//
//   dg             DoppelGANger-style time-series GAN on packet series
//   wgan-gasf      class-conditional convolutional WGAN-GP on GASF images
//   empirical      per-class empirical sampler: each packet from the class marginal
//   real-resample  real images drawn again per class (the ceiling reference)

#include <string>
#include <vector>

namespace netsynth {

enum class BaselineKind { DoppelGanger, WganGasf, Empirical, RealResample };

std::string baselineKindName(BaselineKind kind);
// Throws InputError("", field, ...) listing the valid names.
BaselineKind parseBaselineKind(const std::string &name, const std::string &field = "--model");
bool isBaselineKindName(const std::string &name);
std::vector<std::string> baselineKindNames();
// True for the kinds with trained torch networks (dg, wgan-gasf).
bool baselineKindIsGan(BaselineKind kind);

} // namespace netsynth
