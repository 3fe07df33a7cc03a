#include "core/data/biflow.h"

#include <algorithm>

namespace netsynth {

std::string FiveTuple::toString() const
{
    const char *proto = protocol == 6 ? "TCP" : protocol == 17 ? "UDP" : nullptr;
    return srcIp + ":" + std::to_string(srcPort) + " -> " + dstIp + ":" + std::to_string(dstPort) + " " +
           (proto ? std::string(proto) : std::to_string(protocol));
}

std::int64_t Biflow::bytes(Direction d) const
{
    std::int64_t total = 0;
    if (isBinned()) {
        // Binned sources (video traces) count downstream bytes only.
        if (d == Direction::Downstream)
            for (double b : bins)
                total += static_cast<std::int64_t>(b);
        return total;
    }
    for (const Packet &p : packets)
        if (p.direction == d)
            total += p.ipBytes >= 0 ? p.ipBytes : p.payloadBytes;
    return total;
}

double Biflow::duration() const
{
    if (isBinned())
        return static_cast<double>(bins.size()) * binSeconds;
    if (packets.size() < 2)
        return 0.0;
    double sum = 0.0;
    for (std::size_t i = 1; i < packets.size(); ++i)
        sum += packets[i].iat;
    return sum;
}

std::vector<ClassSummary> Dataset::classes() const
{
    std::map<std::string, ClassSummary> byLabel;
    for (const Biflow &b : biflows) {
        ClassSummary &c = byLabel[b.classKey()];
        c.label = b.classKey();
        c.biflows += 1;
        c.packets += static_cast<std::int64_t>(b.packets.size());
    }
    std::vector<ClassSummary> out;
    out.reserve(byLabel.size());
    for (auto &kv : byLabel)
        out.push_back(kv.second);
    return out;
}

std::int64_t Dataset::totalPackets() const
{
    std::int64_t n = 0;
    for (const Biflow &b : biflows)
        n += static_cast<std::int64_t>(b.packets.size());
    return n;
}

} // namespace netsynth
