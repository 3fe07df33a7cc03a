#include "core/baselines/empirical_sampler.h"
#include "core/runtime/json_document.h"

#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace netsynth {

namespace {
// Uniform index in [0, n): mt19937_64's output is specified by the standard,
// so a seed gives the same draws everywhere (unlike std::uniform_int_distribution).
std::size_t pick(std::mt19937_64 &rng, std::size_t n)
{
    return static_cast<std::size_t>(rng() % n);
}
} // namespace

EmpiricalSampler EmpiricalSampler::fit(const PacketSeriesSet &train, int maxPacketsPerClass, std::uint64_t seed)
{
    train.validate();
    EmpiricalSampler s;
    s.m_classes = train.classes;
    s.m_featureNames = train.featureNames;
    s.m_length = train.length;
    s.m_features = train.features;
    const std::size_t nc = train.classes.size();
    const std::size_t nf = static_cast<std::size_t>(train.features);
    s.m_packets.assign(nc, {});
    s.m_lengths.assign(nc, {});
    for (std::size_t i = 0; i < train.count(); ++i) {
        const std::size_t c = static_cast<std::size_t>(train.labels[i]);
        s.m_lengths[c].push_back(train.lengths[i]);
        const float *v = train.series(i);
        s.m_packets[c].insert(s.m_packets[c].end(), v, v + static_cast<std::size_t>(train.lengths[i]) * nf);
    }
    std::mt19937_64 rng(seed);
    const std::size_t cap = static_cast<std::size_t>(std::max(1, maxPacketsPerClass));
    for (auto &pool : s.m_packets) {
        const std::size_t n = pool.size() / nf;
        if (n <= cap)
            continue;
        // Partial Fisher-Yates over packet indices: a uniform subsample of `cap` packets.
        std::vector<std::size_t> idx(n);
        std::iota(idx.begin(), idx.end(), std::size_t(0));
        for (std::size_t k = 0; k < cap; ++k)
            std::swap(idx[k], idx[k + pick(rng, n - k)]);
        std::vector<float> kept;
        kept.reserve(cap * nf);
        for (std::size_t k = 0; k < cap; ++k)
            kept.insert(kept.end(), pool.begin() + static_cast<std::ptrdiff_t>(idx[k] * nf),
                        pool.begin() + static_cast<std::ptrdiff_t>((idx[k] + 1) * nf));
        pool = std::move(kept);
    }
    return s;
}

PacketSeriesSet EmpiricalSampler::sample(const std::vector<int> &perClass, std::uint64_t seed, ProgressToken &token) const
{
    if (perClass.size() > m_classes.size())
        throw InputError({}, "--per-class", "more class counts than classes");
    PacketSeriesSet out;
    out.classes = m_classes;
    out.length = m_length;
    out.features = m_features;
    out.featureNames = m_featureNames;
    const std::size_t nf = static_cast<std::size_t>(m_features);
    std::mt19937_64 rng(seed);
    std::vector<float> row(out.valuesPerSeries());
    std::int64_t total = 0, done = 0;
    for (int k : perClass)
        total += std::max(0, k);
    for (std::size_t c = 0; c < perClass.size(); ++c) {
        if (perClass[c] <= 0)
            continue;
        const auto &lengths = m_lengths[c];
        const auto &pool = m_packets[c];
        if (lengths.empty())
            throw InputError({}, "class '" + m_classes[c] + "'", "no training series to sample from");
        const std::size_t poolSize = pool.size() / nf;
        for (int k = 0; k < perClass[c]; ++k) {
            if (k % 256 == 0)
                token.throwIfCanceled();
            std::fill(row.begin(), row.end(), 0.0f);
            const int len = poolSize == 0 ? 0 : lengths[pick(rng, lengths.size())];
            for (int t = 0; t < len; ++t) {
                const std::size_t p = pick(rng, poolSize);
                std::copy(pool.begin() + static_cast<std::ptrdiff_t>(p * nf),
                          pool.begin() + static_cast<std::ptrdiff_t>((p + 1) * nf),
                          row.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(t) * nf));
            }
            out.append(row.data(), static_cast<int>(c), len);
            ++done;
        }
        token.setProgress(total ? double(done) / total : 1.0, "sampling from class marginals");
    }
    return out;
}

nlohmann::json EmpiricalSampler::toJson() const
{
    nlohmann::json classes = nlohmann::json::array();
    for (std::size_t c = 0; c < m_classes.size(); ++c)
        classes.push_back({{"name", m_classes[c]}, {"lengths", m_lengths[c]}, {"packets", m_packets[c]}});
    return {{"format", "netsynth-empirical-sampler"},
            {"version", 1},
            {"length", m_length},
            {"features", m_features},
            {"feature_names", m_featureNames},
            {"classes", classes}};
}

EmpiricalSampler EmpiricalSampler::fromJson(const nlohmann::json &j, const std::string &file)
{
    EmpiricalSampler s;
    try {
        if (jsonFormat(j) != "netsynth-empirical-sampler")
            throw InputError(file, "field 'format'", "not an empirical sampler");
        s.m_length = jsonNumber<int>(j.at("length"), file, "field 'length'");
        s.m_features = jsonNumber<int>(j.at("features"), file, "field 'features'");
        s.m_featureNames = j.value("feature_names", std::vector<std::string>{});
        for (const auto &c : j.at("classes")) {
            s.m_classes.push_back(c.at("name").get<std::string>());
            s.m_lengths.push_back(c.at("lengths").get<std::vector<int>>());
            s.m_packets.push_back(c.at("packets").get<std::vector<float>>());
        }
    } catch (const nlohmann::json::exception &e) {
        throw InputError(file, "empirical sampler", e.what());
    }
    if (s.m_length <= 0 || s.m_features <= 0)
        throw InputError(file, "field 'length'", "length and features must be positive");
    for (std::size_t c = 0; c < s.m_classes.size(); ++c) {
        if (s.m_packets[c].size() % static_cast<std::size_t>(s.m_features) != 0)
            throw InputError(file, "class '" + s.m_classes[c] + "'", "packet pool size is not a multiple of features");
        for (int l : s.m_lengths[c])
            if (l < 0 || l > s.m_length)
                throw InputError(file, "class '" + s.m_classes[c] + "'", "length out of range");
    }
    return s;
}

} // namespace netsynth
