#pragma once
// resampleRealImages: the ceiling reference. Draws images of each class from
// a real ImageDataset (without replacement while the class has enough images,
// then with replacement), keeping their metadata. Metrics computed on it show
// what "as good as real" looks like on the same split sizes. Torch-free.

#include "core/imaging/image_dataset.h"

#include <cstdint>
#include <vector>

namespace netsynth {

class ProgressToken;

// perClass[c] images of class c (classes beyond perClass.size() get none).
// Provenance: origin "synthetic", generator "real-resample", seed.
ImageDataset resampleRealImages(const ImageDataset &real, const std::vector<int> &perClass, std::uint64_t seed,
                                ProgressToken &token);

} // namespace netsynth
