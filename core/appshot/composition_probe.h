#pragma once
// A diagnostic of the service-composition discriminator (torch-free header).
//
// The composition discriminator D2 of a training run often sits near chance
// (loss 2 ln 2 = 1.386). That is either a bug (its inputs do not differ between
// real and generated maps, or carry no composition information) or a property
// of the data and objective (the generated per-cell mixes are already
// plausible one cell at a time). The probe tells them apart: it freezes the
// trained generator and trains FRESH composition discriminators (same
// architecture, a stronger learning rate, the same random patches as training)
//   probe "generated": real patches vs the generator's patches,
//   probe "swapped":   real patches vs the same real patches with the service
//                      channels rotated by one (right totals and spatial
//                      texture, wrong mix) - a control that must be easy,
// then measures per-cell accuracy and loss on fresh patches, together with
// how far the discriminator's inputs are apart (mean |mix_real - mix_gen|
// summed over services, and |total_real - total_gen|, per valid cell) and how
// much the mix varies from cell to cell in real and generated patches.

#include "core/appshot/city.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct CompositionProbeOptions
{
    int steps = 300;          // training steps of each fresh probe
    int evalBatches = 20;     // batches of fresh patches to measure on
    double learningRate = 1e-3;
    std::uint64_t seed = 7;
    // Inputs of the fresh discriminators: "" = the checkpoint's, or
    // "traffic-shares" / "normalised-softmax" (see AppShotConfig).
    std::string compositionInput;
};

class CompositionProbe
{
public:
    // cities need traffic with the checkpoint's services. Returns a JSON object:
    // {training_d_composition_last, chance_loss, generated: {accuracy, loss},
    //  swapped: {accuracy, loss} (S >= 2), input_gap: {mix, total}, ...}.
    static nlohmann::json run(const std::string &checkpoint, const std::vector<City> &cities,
                              const CompositionProbeOptions &options, ProgressToken &token);
};

} // namespace netsynth
