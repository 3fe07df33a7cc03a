#include "core/baselines/real_resampler.h"

#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <random>

namespace netsynth {

ImageDataset resampleRealImages(const ImageDataset &real, const std::vector<int> &perClass, std::uint64_t seed,
                                ProgressToken &token)
{
    if (perClass.size() > real.classes.size())
        throw InputError({}, "--per-class", "more class counts than classes");
    ImageDataset out;
    out.imageSize = real.imageSize;
    out.channels = real.channels;
    out.classes = real.classes;
    out.spec = real.spec;
    out.provenance = {{"origin", "synthetic"}, {"generator", "real-resample"}, {"seed", seed}};
    std::vector<std::vector<std::size_t>> byClass(real.classes.size());
    for (std::size_t i = 0; i < real.count(); ++i)
        byClass[static_cast<std::size_t>(real.samples[i].label)].push_back(i);
    std::mt19937_64 rng(seed);
    for (std::size_t c = 0; c < perClass.size(); ++c) {
        token.throwIfCanceled();
        auto pool = byClass[c];
        if (perClass[c] <= 0)
            continue;
        if (pool.empty())
            throw InputError({}, "class '" + real.classes[c] + "'", "no real images to resample");
        const std::size_t n = pool.size();
        for (std::size_t k = 0; k < static_cast<std::size_t>(perClass[c]); ++k) {
            std::size_t index;
            if (k < n) { // partial Fisher-Yates: distinct images first
                std::swap(pool[k], pool[k + static_cast<std::size_t>(rng() % (n - k))]);
                index = pool[k];
            } else {
                index = pool[static_cast<std::size_t>(rng() % n)];
            }
            out.append(real.image(index), real.samples[index]);
        }
        token.setProgress(double(c + 1) / perClass.size(), "resampling real images");
    }
    return out;
}

} // namespace netsynth
