#pragma once
// Configuration of an AppShot model and its training run. Travels inside the
// checkpoint (as JSON), so generation uses exactly the layers, normalisation,
// services and architecture the model was trained with. Torch-free.

#include "core/appshot/layer_normalization.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct AppShotConfig
{
    // Data
    std::vector<std::string> layers;                  // context layer names (K)
    std::vector<LayerNormalization> normalizations;   // one per layer
    std::vector<std::string> services;                // output channels (S)
    std::vector<double> serviceScale;                 // traffic -> log1p(traffic / scale)
    std::string trainingProvenance;                   // provenance of the training traffic
    std::vector<std::string> trainCities;

    // Architecture
    int patch = 16;          // training / generation patch size (cells)
    int stride = 8;          // generation stride (overlap = patch - stride)
    int channels = 32;       // generator width
    int noiseChannels = 4;   // spatial noise channels fed to the generator
    int embedDim = 32;       // condition embedding size
    std::vector<int> dilations = {1, 2, 4, 2, 1}; // one FiLM block per entry

    // Training
    int steps = 1000;
    int batch = 8;
    double lrGenerator = 2e-4;
    double lrDiscriminator = 1e-4;  // spatial discriminator
    // The per-cell composition discriminator has its own optimiser: at 1e-4 it
    // never left the chance level while a fresh one at 1e-3 separates the
    // generator's mixes from real ones (see docs/appshot.md, "composition
    // discriminator at chance").
    double lrComposition = 1e-3;
    double l1Weight = 10.0;         // weight of the masked L1 term of the generator loss
    double compositionWeight = 1.0; // weight of the composition discriminator in the generator loss
    // What the composition discriminator sees per cell: "traffic-shares" (log share
    // of each service in the cell's traffic, in traffic units, and the log total)
    // or "normalised-softmax" (softmax / logsumexp of the per-service normalised
    // values; the first design, kept so older checkpoints mean what they meant).
    std::string compositionInput = "traffic-shares";
    // Each training patch (context, traffic and mask together) turned by one of
    // the 8 symmetries of the square (rotations by 90 degrees, flips): the way
    // context makes traffic does not depend on the map's orientation.
    bool augment = false;
    std::uint64_t seed = 1;
    int checkpointEvery = 250;
    int sampleEvery = 100;

    int conditionDim() const { return 3 + static_cast<int>(layers.size()); }
    nlohmann::json toJson() const;
    static AppShotConfig fromJson(const nlohmann::json &j); // throws InputError
};

} // namespace netsynth
