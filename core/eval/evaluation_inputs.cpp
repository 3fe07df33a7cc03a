#include "core/eval/evaluation_inputs.h"

#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace netsynth {

void stratifiedSplit(const ImageDataset &set, double fraction, std::uint64_t seed, std::vector<std::size_t> &train,
                     std::vector<std::size_t> &test)
{
    train.clear();
    test.clear();
    std::vector<std::vector<std::size_t>> byClass(set.classes.size());
    for (std::size_t i = 0; i < set.count(); ++i)
        byClass[static_cast<std::size_t>(set.samples[i].label)].push_back(i);
    std::mt19937_64 rng(seed);
    for (auto &idx : byClass) {
        std::shuffle(idx.begin(), idx.end(), rng);
        std::size_t n = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(idx.size())));
        if (idx.size() >= 2) n = std::clamp<std::size_t>(n, 1, idx.size() - 1);
        else n = 0;
        test.insert(test.end(), idx.begin(), idx.begin() + static_cast<long>(n));
        train.insert(train.end(), idx.begin() + static_cast<long>(n), idx.end());
    }
    std::sort(train.begin(), train.end());
    std::sort(test.begin(), test.end());
}

std::vector<std::size_t> thinStratified(const ImageDataset &set, const std::vector<std::size_t> &indices, double share,
                                        std::size_t minPerClass, std::uint64_t seed)
{
    std::vector<std::vector<std::size_t>> byClass(set.classes.size());
    for (std::size_t i : indices)
        byClass[static_cast<std::size_t>(set.samples[i].label)].push_back(i);
    std::mt19937_64 rng(seed ^ 0x7468696eULL); // not the split's stream
    std::vector<std::size_t> kept;
    for (auto &idx : byClass) {
        std::shuffle(idx.begin(), idx.end(), rng);
        const auto want = static_cast<std::size_t>(std::lround(share * static_cast<double>(idx.size())));
        const std::size_t n = std::min(idx.size(), std::max(want, minPerClass));
        kept.insert(kept.end(), idx.begin(), idx.begin() + static_cast<long>(n));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

ImageDataset subsetOf(const ImageDataset &set, const std::vector<std::size_t> &indices)
{
    ImageDataset out;
    out.imageSize = set.imageSize;
    out.channels = set.channels;
    out.classes = set.classes;
    out.spec = set.spec;
    out.provenance = set.provenance;
    out.pixels.reserve(indices.size() * set.pixelsPerImage());
    for (std::size_t i : indices)
        out.append(set.image(i), set.samples[i]);
    return out;
}

std::vector<std::string> alignClasses(const ImageDataset &reference, ImageDataset &other, const std::string &otherPath)
{
    if (other.imageSize != reference.imageSize || other.channels != reference.channels)
        throw InputError(otherPath, "field 'image_size'",
                         "images are " + std::to_string(other.imageSize) + "x" + std::to_string(other.imageSize) +
                             " but the real set's are " + std::to_string(reference.imageSize) + "x" +
                             std::to_string(reference.imageSize));
    std::map<std::string, int> index;
    for (std::size_t c = 0; c < reference.classes.size(); ++c)
        index[reference.classes[c]] = static_cast<int>(c);
    std::vector<int> mapping(other.classes.size(), -1);
    std::vector<std::string> dropped;
    for (std::size_t c = 0; c < other.classes.size(); ++c) {
        auto it = index.find(other.classes[c]);
        if (it != index.end()) mapping[c] = it->second;
        else dropped.push_back(other.classes[c]);
    }
    ImageDataset aligned;
    aligned.imageSize = other.imageSize;
    aligned.channels = other.channels;
    aligned.classes = reference.classes;
    aligned.spec = other.spec;
    aligned.provenance = other.provenance;
    for (std::size_t i = 0; i < other.count(); ++i) {
        ImageSampleInfo info = other.samples[i];
        const int m = mapping[static_cast<std::size_t>(info.label)];
        if (m < 0)
            continue;
        info.label = m;
        aligned.append(other.image(i), info);
    }
    other = std::move(aligned);
    return dropped;
}

std::vector<std::size_t> samplePerClass(const std::vector<int> &labels, int numClasses, int perClass,
                                        std::uint64_t seed)
{
    std::vector<std::vector<std::size_t>> byClass(static_cast<std::size_t>(std::max(0, numClasses)));
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0 && labels[i] < numClasses)
            byClass[static_cast<std::size_t>(labels[i])].push_back(i);
    std::mt19937_64 rng(seed * 7919 + 3);
    std::vector<std::size_t> out;
    for (auto &idx : byClass) {
        if (static_cast<int>(idx.size()) > perClass) {
            std::shuffle(idx.begin(), idx.end(), rng);
            idx.resize(static_cast<std::size_t>(perClass));
        }
        out.insert(out.end(), idx.begin(), idx.end());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace netsynth
