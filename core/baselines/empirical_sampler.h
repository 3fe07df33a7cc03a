#pragma once
// EmpiricalSampler: the floor reference. For each class it keeps the pool of
// every packet of the class's training series (all features of one time step
// together: the class marginal of a packet) and the pool of series lengths.
// A sample of class c draws a length from c's lengths, then each packet
// independently from c's packet pool: right marginals, no temporal structure.
// Torch-free.

#include "core/baselines/packet_series_set.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

class EmpiricalSampler
{
public:
    EmpiricalSampler() = default;
    // Pools the packets (time steps before each series' true length) and the
    // lengths of every class. A class with more than maxPacketsPerClass packets
    // keeps a uniform subsample of that many (drawn with `seed`).
    static EmpiricalSampler fit(const PacketSeriesSet &train, int maxPacketsPerClass = 200000, std::uint64_t seed = 0);

    // perClass[c] series of class c; deterministic for a seed. A class without
    // training series cannot be sampled (InputError).
    PacketSeriesSet sample(const std::vector<int> &perClass, std::uint64_t seed, ProgressToken &token) const;

    const std::vector<std::string> &classes() const { return m_classes; }
    int length() const { return m_length; }
    int features() const { return m_features; }
    // Packets of class c, [n, features] row-major.
    const std::vector<float> &packets(int cls) const { return m_packets.at(static_cast<std::size_t>(cls)); }
    const std::vector<int> &lengths(int cls) const { return m_lengths.at(static_cast<std::size_t>(cls)); }

    nlohmann::json toJson() const;
    // Throws InputError naming `file` and the field.
    static EmpiricalSampler fromJson(const nlohmann::json &json, const std::string &file = std::string());

private:
    std::vector<std::string> m_classes;
    std::vector<std::string> m_featureNames;
    int m_length = 0;
    int m_features = 1;
    std::vector<std::vector<float>> m_packets;
    std::vector<std::vector<int>> m_lengths;
};

} // namespace netsynth
