#include "core/export/synthetic_packets.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace netsynth {

namespace {

constexpr std::uint16_t kFlagSyn = 0x02;
constexpr std::uint16_t kFlagPsh = 0x08;
constexpr std::uint16_t kFlagAck = 0x10;

template <typename K>
K mostCommon(const std::map<K, std::int64_t> &counts, K fallback)
{
    K best = fallback;
    std::int64_t n = 0;
    for (const auto &kv : counts)
        if (kv.second > n) {
            best = kv.first;
            n = kv.second;
        }
    return best;
}

std::string documentationAddress(int net, std::int64_t host)
{
    static const char *nets[3] = {"192.0.2.", "198.51.100.", "203.0.113."};
    return nets[net] + std::to_string(1 + host % 254);
}

} // namespace

std::string sizeUnitName(SizeUnit u)
{
    return u == SizeUnit::Ip ? "ip" : "payload";
}

SizeUnit parseSizeUnit(const std::string &name)
{
    if (name == "ip")
        return SizeUnit::Ip;
    if (name == "payload")
        return SizeUnit::Payload;
    throw InputError("", "size unit", "unknown size unit '" + name + "' (expected ip or payload)");
}

int headerBytes(std::uint8_t protocol)
{
    return 20 + (protocol == 17 ? 8 : 20);
}

TrafficReference TrafficReference::fromDataset(const Dataset &dataset, int maxPackets)
{
    TrafficReference ref;
    ref.source = dataset.sourcePath;
    std::map<std::string, std::map<std::uint8_t, std::int64_t>> protocols;
    std::map<std::string, std::map<std::uint16_t, std::int64_t>> ports;
    for (const Biflow &b : dataset.biflows) {
        if (b.isBinned())
            continue;
        const std::string key = b.classKey();
        ClassTrafficModel &m = ref.classes[key];
        if (b.tuple) {
            ++protocols[key][b.tuple->protocol];
            ++ports[key][b.tuple->dstPort];
        }
        const std::size_t n =
            maxPackets > 0 ? std::min(b.packets.size(), static_cast<std::size_t>(maxPackets)) : b.packets.size();
        if (m.iatsByPosition.size() + 1 < n)
            m.iatsByPosition.resize(n - 1);
        for (std::size_t k = 1; k < n; ++k) {
            const double iat = b.packets[k].iat;
            if (!std::isfinite(iat) || iat < 0.0)
                continue;
            m.iatsByPosition[k - 1].push_back(iat);
            m.pooled.push_back(iat);
        }
    }
    for (auto &kv : ref.classes) {
        const auto p = protocols.find(kv.first);
        if (p != protocols.end())
            kv.second.protocol = mostCommon<std::uint8_t>(p->second, 6);
        const auto q = ports.find(kv.first);
        if (q != ports.end())
            kv.second.serverPort = mostCommon<std::uint16_t>(q->second, 443);
        if (kv.second.protocol != 6 && kv.second.protocol != 17)
            kv.second.protocol = 6;
    }
    return ref;
}

const ClassTrafficModel &TrafficReference::model(const std::string &classKey) const
{
    static const ClassTrafficModel fallback;
    const auto it = classes.find(classKey);
    return it == classes.end() ? fallback : it->second;
}

Biflow packetizeSeries(const std::vector<double> &values, const std::string &label, std::int64_t index,
                       int classIndex, const ClassTrafficModel &model, const PacketizeOptions &options,
                       PacketizeStats *stats)
{
    Biflow b;
    b.label = label;
    b.sourceIndex = index;
    FiveTuple t;
    t.protocol = model.protocol == 17 ? 17 : 6;
    t.srcIp = documentationAddress(0, index);
    t.srcPort = static_cast<std::uint16_t>(10000 + (index / 254) % 50000);
    t.dstIp = documentationAddress(1 + classIndex % 2, index);
    t.dstPort = model.serverPort;
    b.tuple = t;

    const bool tcp = t.protocol == 6;
    const int header = headerBytes(t.protocol);
    std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index));
    auto drawIat = [&](std::size_t k) {
        if (!model.empirical())
            return options.fixedIatSeconds;
        const std::vector<double> &pool =
            k - 1 < model.iatsByPosition.size() && !model.iatsByPosition[k - 1].empty() ? model.iatsByPosition[k - 1]
                                                                                        : model.pooled;
        std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
        return pool[pick(rng)];
    };

    double t0 = options.startTime;
    bool leadingZeros = true;
    b.packets.reserve(values.size());
    for (std::size_t k = 0; k < values.size(); ++k) {
        const double v = values[k];
        Packet p;
        if (k > 0) {
            double iat = drawIat(k);
            if (iat > options.maxIatSeconds) {
                iat = options.maxIatSeconds;
                if (stats) ++stats->cappedIats;
            }
            p.iat = iat;
            t0 += iat;
        }
        p.timestamp = t0;
        const long size = std::lround(std::fabs(v));
        const Direction previous = k == 0 ? Direction::Downstream : b.packets[k - 1].direction;
        if (!options.signedValues)
            p.direction = Direction::Upstream;
        else if (v > 0.0)
            p.direction = Direction::Upstream;
        else if (v < 0.0)
            p.direction = Direction::Downstream;
        else // a zero has no sign: the handshake's order, else a reply to the packet before
            p.direction = previous == Direction::Upstream ? Direction::Downstream : Direction::Upstream;
        if (options.unit == SizeUnit::Ip) {
            long ip = size;
            if (ip < header) {
                ip = header;
                if (stats) ++stats->raisedToHeader;
            }
            p.ipBytes = static_cast<std::int32_t>(ip);
            p.payloadBytes = static_cast<std::int32_t>(ip - header);
        } else {
            p.payloadBytes = static_cast<std::int32_t>(size);
            p.ipBytes = static_cast<std::int32_t>(size + header);
        }
        if (tcp) {
            p.tcpWindow = 65535;
            if (p.payloadBytes > 0)
                leadingZeros = false;
            if (leadingZeros && k == 0)
                p.tcpFlags = kFlagSyn;
            else if (leadingZeros && k == 1 && p.direction == Direction::Downstream)
                p.tcpFlags = kFlagSyn | kFlagAck;
            else
                p.tcpFlags = p.payloadBytes > 0 ? (kFlagPsh | kFlagAck) : kFlagAck;
        }
        b.packets.push_back(p);
    }
    if (stats)
        stats->packets += static_cast<std::int64_t>(b.packets.size());
    return b;
}

std::vector<double> seriesOf(const Biflow &biflow, SizeUnit unit, bool signedValues)
{
    std::vector<double> out;
    out.reserve(biflow.packets.size());
    for (const Packet &p : biflow.packets) {
        const double size = unit == SizeUnit::Ip ? p.ipBytes : p.payloadBytes;
        out.push_back(!signedValues || p.direction == Direction::Upstream ? size : -size);
    }
    return out;
}

} // namespace netsynth
