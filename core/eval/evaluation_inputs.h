#pragma once
// The three image sets an evaluation compares, with their series:
//   realTrain  the real images the generator (and the FID encoder) learned from
//   realTest   held-out real images: every classifier is tested on them only
//   synthetic  generated images (labels mapped onto realTrain's classes)
// Torch-free.

#include "core/eval/series_set.h"
#include "core/imaging/image_dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct EvaluationInputs
{
    ImageDataset realTrain;
    ImageDataset realTest;
    ImageDataset synthetic;
    SeriesSet realTrainSeries;
    SeriesSet realTestSeries;
    SeriesSet syntheticSeries;
    std::string realPath;
    std::string testPath;       // empty when realTest was split off realTrain
    std::string syntheticPath;
    // Classes of synthetic images that realTrain does not have (dropped).
    std::vector<std::string> droppedSyntheticClasses;

    const std::vector<std::string> &classes() const { return realTrain.classes; }
};

// Indices of a stratified split: per class, round(fraction * n) images (at
// least 1 when the class has 2 or more) go to `test`, drawn with `seed`.
void stratifiedSplit(const ImageDataset &set, double fraction, std::uint64_t seed, std::vector<std::size_t> &train,
                     std::vector<std::size_t> &test);
// Keeps a share of `indices` (samples of set) per class, at least minPerClass
// of a class (or all it has), drawn with seed; the result is sorted.
std::vector<std::size_t> thinStratified(const ImageDataset &set, const std::vector<std::size_t> &indices, double share,
                                        std::size_t minPerClass, std::uint64_t seed);

// The images at `indices` as a new set (same classes, spec, provenance).
ImageDataset subsetOf(const ImageDataset &set, const std::vector<std::size_t> &indices);

// Relabels `other` onto `reference`'s class list by class name; images of
// classes the reference lacks are removed and their class names returned.
// Throws InputError naming `otherPath` when the image geometry differs.
std::vector<std::string> alignClasses(const ImageDataset &reference, ImageDataset &other, const std::string &otherPath);

// Per class, up to `perClass` indices drawn with `seed` (all when fewer).
std::vector<std::size_t> samplePerClass(const std::vector<int> &labels, int numClasses, int perClass,
                                        std::uint64_t seed);

// Loads --real, --synthetic and optional --test-real folders, splits the real
// set when no test set is given, aligns classes and decodes the series of every
// image with the spec in each manifest (imaging's inversion).
EvaluationInputs loadEvaluationInputs(const std::string &realPath, const std::string &syntheticPath,
                                      const std::string &testPath, double testFraction, std::uint64_t splitSeed,
                                      class ProgressToken &token);

// The series of every image (imaging's inversion with the set's spec), labelled
// by class index.
SeriesSet seriesOfImages(const ImageDataset &set, ProgressToken &token);

} // namespace netsynth
