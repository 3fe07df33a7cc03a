#pragma once
// A toy 2-class packet-series set shared by the baseline tests.
//   "up":   length 8 of 16, signed sizes alternating +100 / +1400 (+-20), IAT ~ 1 ms
//   "down": length 16, sizes in [-1500, -1000], IAT ~ 50 ms
#include "core/baselines/packet_series_set.h"

#include <random>

inline netsynth::PacketSeriesSet toySeries(int perClass, unsigned seed = 1)
{
    netsynth::PacketSeriesSet s;
    s.classes = {"up", "down"};
    s.length = 16;
    s.features = 2;
    s.featureNames = {"signed-size", "iat"};
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> row(32);
    for (int i = 0; i < perClass; ++i) {
        for (int t = 0; t < 16; ++t) {
            row[2 * t] = (t % 2 == 0 ? 100.0f : 1400.0f) + 40.0f * (u(rng) - 0.5f);
            row[2 * t + 1] = 800.0f + 400.0f * u(rng);
        }
        s.append(row.data(), 0, 8);
        for (int t = 0; t < 16; ++t) {
            row[2 * t] = -1000.0f - 500.0f * u(rng);
            row[2 * t + 1] = 40000.0f + 20000.0f * u(rng);
        }
        s.append(row.data(), 1, 16);
    }
    return s;
}
