#pragma once
// The NetDiffus downstream classifier: a CNN on GASF images, four conv blocks
// (32, 64, 128, 256 channels; 3x3 conv, batch norm, ReLU, 2x2 max pooling while
// the map is larger than 1x1, dropout), adaptive average pooling to 2x2, then
// a fully connected layer of 128 units (ReLU, dropout) and the class layer.
//
// Its 128 penultimate activations are the domain encoder for FID-style
// distances on GASF images (see docs/evaluation.md: trained on the real
// training images, unlike Inception-v3 trained on ImageNet photographs).
//
// Torch-free header (pimpl); the module lives in gasf_classifier_impl.h.

#include "core/eval/image_samples.h"
#include "core/eval/manifold_metrics.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace netsynth {

class ProgressToken;

struct GasfClassifierOptions
{
    int epochs = 8;
    int batchSize = 64;
    double learningRate = 1e-3;
    double weightDecay = 1e-4;
    double convDropout = 0.1;
    double fcDropout = 0.3;
    std::uint64_t seed = 0;
};

class GasfClassifier
{
public:
    GasfClassifier(int imageSize, int channels, int numClasses);
    ~GasfClassifier();
    GasfClassifier(const GasfClassifier &) = delete;
    GasfClassifier &operator=(const GasfClassifier &) = delete;

    // Trains from scratch (weights initialised from options.seed). Reports
    // progress per batch through `progress` (fraction of all epochs) and polls
    // `token` for cancel. Returns the mean training loss of each epoch.
    std::vector<double> fit(const ImageSamples &train, const GasfClassifierOptions &options, ProgressToken &token,
                            const std::function<void(double)> &progress = {});
    std::vector<int> predict(const ImageSamples &images) const;
    // Penultimate (128-d) features, one row per image.
    FeatureMatrix features(const ImageSamples &images) const;
    static int featureDim() { return 128; }
    std::int64_t parameterCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace netsynth
