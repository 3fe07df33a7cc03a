#pragma once
// Two visually distinct classes of GASF images for diffusion tests: class
// "sine" (a periodic series with a random phase) and class "ramp" (a rising
// series with a random slope), encoded as GASF(i, j) = cos(phi_i + phi_j),
// phi = arccos(series rescaled to [-1, 1]). Computed here, independently of
// core/imaging.

#include "core/imaging/image_dataset.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace toy {

inline std::vector<double> toySeries(int label, int n, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> s(static_cast<std::size_t>(n));
    const double phase = u(rng) * 6.283185307179586;
    const double slope = 0.5 + u(rng);
    for (int i = 0; i < n; ++i)
        s[static_cast<std::size_t>(i)] = label == 0 ? std::sin(phase + 6.283185307179586 * 2.0 * i / n)
                                                    : slope * i / n + 0.05 * std::sin(phase + i);
    return s;
}

inline std::vector<float> gasf(const std::vector<double> &series)
{
    double lo = series[0], hi = series[0];
    for (double v : series) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const std::size_t n = series.size();
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = hi > lo ? 2.0 * (series[i] - lo) / (hi - lo) - 1.0 : 0.0;
    std::vector<float> img(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            img[i * n + j] = static_cast<float>(x[i] * x[j] - std::sqrt(std::max(0.0, 1.0 - x[i] * x[i])) *
                                                                 std::sqrt(std::max(0.0, 1.0 - x[j] * x[j])));
    return img;
}

inline netsynth::ImageDataset makeToySet(int size, int perClass, unsigned seed = 1)
{
    netsynth::ImageDataset d;
    d.imageSize = size;
    d.channels = 1;
    d.classes = {"sine", "ramp"};
    d.spec = {{"encoding", "gasf"}, {"series", "toy"}, {"length", size}};
    d.provenance = {{"origin", "real"}};
    std::mt19937 rng(seed);
    for (int i = 0; i < perClass; ++i)
        for (int label = 0; label < 2; ++label) {
            const auto series = toySeries(label, size, rng);
            netsynth::ImageSampleInfo info;
            info.label = label;
            info.min = label == 0 ? -1.0 : 0.0;
            info.max = label == 0 ? 1.0 : 1.5;
            info.length = size;
            info.source = "toy#" + std::to_string(i);
            d.append(gasf(series).data(), info);
        }
    return d;
}


// Integer packet-size series (signed-size feature, bytes) of two classes
// encoded the way imaging's encoder does, computed here independently: x in
// [0, 1] per series, G_ij = x_i x_j - sqrt(1 - x_i^2) sqrt(1 - x_j^2),
// pixel = ((G_ij + 1) / 2)^gamma, with a spec that the inversion reads.
inline std::vector<double> encodedToySeries(int label, int n, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> jitter(0, 60);
    std::vector<double> s(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        s[static_cast<std::size_t>(i)] = label == 0 ? (i % 2 == 0 ? 1400 + jitter(rng) : -(60 + jitter(rng)))
                                                    : 100 + 80 * i + jitter(rng);
    return s;
}

inline netsynth::ImageDataset makeEncodedToySet(int size, int perClass, std::vector<std::vector<double>> *series = nullptr,
                                                unsigned seed = 3)
{
    const double gamma = 0.25;
    netsynth::ImageDataset d;
    d.imageSize = size;
    d.channels = 1;
    d.classes = {"big-small", "rising"};
    d.spec = {{"encoder", "gasf"}, {"feature", "signed-size"}, {"length", size}, {"image_size", size},
              {"normalisation", "per-series"}, {"padding", "zeros"}, {"gamma", gamma}, {"amplitude", 1.0}};
    d.provenance = {{"origin", "real"}};
    std::mt19937 rng(seed);
    for (int i = 0; i < perClass; ++i)
        for (int label = 0; label < 2; ++label) {
            const std::vector<double> s = encodedToySeries(label, size, rng);
            const double lo = *std::min_element(s.begin(), s.end());
            const double hi = *std::max_element(s.begin(), s.end());
            std::vector<double> x(s.size());
            for (std::size_t k = 0; k < s.size(); ++k)
                x[k] = (s[k] - lo) / (hi - lo);
            std::vector<float> img(s.size() * s.size());
            for (std::size_t a = 0; a < s.size(); ++a)
                for (std::size_t b = 0; b < s.size(); ++b) {
                    const double g = x[a] * x[b] - std::sqrt(std::max(0.0, 1.0 - x[a] * x[a])) *
                                                       std::sqrt(std::max(0.0, 1.0 - x[b] * x[b]));
                    img[a * s.size() + b] = static_cast<float>(std::pow(std::max(0.0, (g + 1.0) / 2.0), gamma));
                }
            netsynth::ImageSampleInfo info;
            info.label = label;
            info.min = lo;
            info.max = hi;
            info.length = size;
            info.source = "encoded-toy#" + std::to_string(i);
            d.append(img.data(), info);
            if (series)
                series->push_back(s);
        }
    return d;
}

} // namespace toy
