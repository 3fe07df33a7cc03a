#pragma once
// Test helper: GASF images of series, computed here independently of the
// imaging module: per-series min/max normalisation of the zero-padded series to
// [0, 1], G_ij = cos(phi_i + phi_j) = x_i x_j - sqrt(1 - x_i^2) sqrt(1 - x_j^2),
// gamma 0.25 on (G + 1) / 2.
#include "core/eval/series_set.h"
#include "core/imaging/image_dataset.h"

#include <algorithm>
#include <cmath>

inline netsynth::ImageDataset gasfImages(const netsynth::SeriesSet &set, int size)
{
    netsynth::ImageDataset d;
    d.imageSize = size;
    d.channels = 1;
    d.classes = set.classes;
    d.spec = {{"feature", set.feature}, {"length", size}, {"image_size", size}, {"encoder", "gasf"}, {"gamma", 0.25}};
    std::vector<float> img(static_cast<std::size_t>(size * size));
    for (const auto &item : set.items) {
        std::vector<double> x(static_cast<std::size_t>(size), 0.0);
        for (int i = 0; i < size && i < static_cast<int>(item.values.size()); ++i) x[static_cast<std::size_t>(i)] = item.values[static_cast<std::size_t>(i)];
        const double lo = *std::min_element(x.begin(), x.end()), hi = *std::max_element(x.begin(), x.end());
        for (double &v : x) v = hi > lo ? (v - lo) / (hi - lo) : 1.0;
        for (int i = 0; i < size; ++i)
            for (int j = 0; j < size; ++j) {
                const double xi = x[static_cast<std::size_t>(i)], xj = x[static_cast<std::size_t>(j)];
                const double g = xi * xj - std::sqrt(std::max(0.0, 1 - xi * xi)) * std::sqrt(std::max(0.0, 1 - xj * xj));
                img[static_cast<std::size_t>(i * size + j)] = static_cast<float>(std::pow((g + 1.0) / 2.0, 0.25));
            }
        netsynth::ImageSampleInfo info;
        info.label = item.label;
        info.min = lo;
        info.max = hi;
        info.length = static_cast<int>(item.values.size());
        d.append(img.data(), info);
    }
    return d;
}
