#pragma once
// ImageSamples: a labelled batch of images in memory (a subset of an
// ImageDataset, or a mix of real and synthetic sets), the input of the CNN
// classifier. Torch-free.

#include "core/imaging/image_dataset.h"

#include <cstddef>
#include <vector>

namespace netsynth {

struct ImageSamples
{
    int imageSize = 0;
    int channels = 1;
    std::vector<float> pixels; // count x channels x size x size
    std::vector<int> labels;

    std::size_t count() const { return labels.size(); }
    std::size_t pixelsPerImage() const { return static_cast<std::size_t>(channels) * imageSize * imageSize; }
    const float *image(std::size_t i) const { return pixels.data() + i * pixelsPerImage(); }

    // The images of `set` at `indices`, or all of them.
    static ImageSamples fromDataset(const ImageDataset &set, const std::vector<std::size_t> &indices);
    static ImageSamples fromDataset(const ImageDataset &set);
    // Appends the images of another batch of the same geometry.
    void append(const ImageSamples &other);
};

} // namespace netsynth
