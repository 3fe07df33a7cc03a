#include "core/data/class_statistics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace netsynth {

ValueSummary summarize(std::vector<double> values)
{
    ValueSummary s;
    s.count = static_cast<std::int64_t>(values.size());
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    double sum = 0.0;
    for (double v : values)
        sum += v;
    s.min = values.front();
    s.max = values.back();
    s.mean = sum / static_cast<double>(values.size());
    auto quantile = [&](double q) {
        const double pos = q * static_cast<double>(values.size() - 1);
        const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (values[hi] - values[lo]) * (pos - static_cast<double>(lo));
    };
    s.median = quantile(0.5);
    s.p90 = quantile(0.9);
    return s;
}

std::vector<ClassStatistics> classStatistics(const Dataset &dataset)
{
    struct Acc
    {
        ClassStatistics stats;
        std::vector<double> sizes, iats, lengths;
    };
    std::map<std::string, Acc> byClass;
    for (const Biflow &b : dataset.biflows) {
        Acc &a = byClass[b.classKey()];
        ClassStatistics &c = a.stats;
        c.label = b.classKey();
        c.biflows += 1;
        c.packets += static_cast<std::int64_t>(b.packets.size());
        c.declaredPackets += b.declaredPackets >= 0 ? b.declaredPackets : static_cast<std::int64_t>(b.packets.size());
        c.bytesUp += b.bytes(Direction::Upstream);
        c.bytesDown += b.bytes(Direction::Downstream);
        if (b.isBinned())
            c.binnedBiflows += 1;
        else
            a.lengths.push_back(static_cast<double>(b.packets.size()));
        for (std::size_t i = 0; i < b.packets.size(); ++i) {
            const Packet &p = b.packets[i];
            (p.direction == Direction::Upstream ? c.upstreamPackets : c.downstreamPackets) += 1;
            a.sizes.push_back(std::abs(p.signedSize()));
            if (i > 0)
                a.iats.push_back(p.iat);
        }
    }
    std::vector<ClassStatistics> out;
    out.reserve(byClass.size());
    for (auto &kv : byClass) {
        kv.second.stats.packetSize = summarize(std::move(kv.second.sizes));
        kv.second.stats.iat = summarize(std::move(kv.second.iats));
        kv.second.stats.biflowLength = summarize(std::move(kv.second.lengths));
        out.push_back(std::move(kv.second.stats));
    }
    return out;
}

} // namespace netsynth
