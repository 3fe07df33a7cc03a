#pragma once
// Contact sheet of an image set as PNG bytes: one row per class (at most
// maxClasses), perClass images each, colour-mapped (viridis) on the set's
// fixed display range (ImageDataset::displayRange) for display only.
// Data never goes through this path (PNG is lossy for GASF values). Torch-free.

#include "core/imaging/image_dataset.h"

#include <string>

namespace netsynth {

std::string sampleGridPng(const ImageDataset &set, int perClass, int maxClasses);

} // namespace netsynth
