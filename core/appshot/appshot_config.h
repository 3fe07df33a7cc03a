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
    // The generator learns a residual on the ridge baseline: its output is
    // max(0, ridge(context, hour)) + G(context, noise | c) in the normalised
    // space, with the ridge coefficients fitted on the training cells before
    // the GAN trains and stored here (so generation needs nothing else). The
    // ridge orders cells by their context, per cell and without spatial
    // texture; the GAN adds what a per-cell linear map cannot.
    bool ridgeResidual = false;
    // The ridge baseline's map of each service, averaged over the hours, as S
    // more input channels beside the K context layers (the generator and both
    // discriminators see them; the condition vector holds their patch means).
    bool ridgeInput = false;
    // Set when ridgeResidual or ridgeInput.
    std::vector<std::vector<std::vector<double>>> ridgeCoefficients; // [S][48 slots][K + 1], bias last
    std::uint64_t seed = 1;
    int checkpointEvery = 250;
    int sampleEvery = 100;

    // Input channels beside the noise: the K context layers, then S ridge maps with ridgeInput.
    int contextChannels() const { return static_cast<int>(layers.size() + (ridgeInput ? services.size() : 0)); }
    bool usesRidge() const { return ridgeResidual || ridgeInput; }
    int conditionDim() const { return 3 + contextChannels(); }
    nlohmann::json toJson() const;
    static AppShotConfig fromJson(const nlohmann::json &j); // throws InputError
    // The training options a user sets (patch, stride, width, steps, batch,
    // learning rate and weights, composition input) in range; throws
    // InputError naming the option ("--patch"). AppShotTrainer::prepareConfig
    // calls it, so the CLI and the GUI refuse the same values.
    void validateTrainingOptions() const;
};

} // namespace netsynth
