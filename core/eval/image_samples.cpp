#include "core/eval/image_samples.h"

#include <stdexcept>

namespace netsynth {

ImageSamples ImageSamples::fromDataset(const ImageDataset &set, const std::vector<std::size_t> &indices)
{
    ImageSamples s;
    s.imageSize = set.imageSize;
    s.channels = set.channels;
    s.pixels.reserve(indices.size() * set.pixelsPerImage());
    for (std::size_t i : indices) {
        if (i >= set.count())
            throw std::out_of_range("ImageSamples: index out of range");
        s.pixels.insert(s.pixels.end(), set.image(i), set.image(i) + set.pixelsPerImage());
        s.labels.push_back(set.samples[i].label);
    }
    return s;
}

ImageSamples ImageSamples::fromDataset(const ImageDataset &set)
{
    ImageSamples s;
    s.imageSize = set.imageSize;
    s.channels = set.channels;
    s.pixels = set.pixels;
    for (const auto &info : set.samples)
        s.labels.push_back(info.label);
    return s;
}

void ImageSamples::append(const ImageSamples &other)
{
    if (other.count() == 0)
        return;
    if (count() == 0 && pixels.empty()) {
        imageSize = other.imageSize;
        channels = other.channels;
    }
    if (other.imageSize != imageSize || other.channels != channels)
        throw std::invalid_argument("ImageSamples: image geometry differs");
    pixels.insert(pixels.end(), other.pixels.begin(), other.pixels.end());
    labels.insert(labels.end(), other.labels.begin(), other.labels.end());
}

} // namespace netsynth
