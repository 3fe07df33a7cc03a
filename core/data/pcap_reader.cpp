#include "core/data/pcap_reader.h"

#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <pcap/pcap.h>

#include <arpa/inet.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <unordered_map>
#include <vector>

namespace netsynth {

namespace {

constexpr int kLinkNull = 0;       // DLT_NULL: 4-byte address family
constexpr int kLinkEthernet = 1;   // DLT_EN10MB
constexpr int kLinkRaw = 12;       // DLT_RAW (LINKTYPE_RAW 101 maps here)
constexpr int kLinkRaw14 = 14;     // DLT_RAW on some BSDs
constexpr int kLinkLoop = 108;     // DLT_LOOP
constexpr int kLinkSll = 113;      // DLT_LINUX_SLL
constexpr int kLinkIpv4 = 228;     // DLT_IPV4
constexpr int kLinkIpv6 = 229;     // DLT_IPV6
constexpr int kLinkSll2 = 276;     // DLT_LINUX_SLL2

inline std::uint16_t be16(const std::uint8_t *p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }

struct Endpoint
{
    std::array<std::uint8_t, 16> ip{};
    std::uint16_t port = 0;
    bool operator==(const Endpoint &o) const { return ip == o.ip && port == o.port; }
    bool operator<(const Endpoint &o) const { return ip != o.ip ? ip < o.ip : port < o.port; }
};

struct FlowKey
{
    Endpoint a, b; // a < b (canonical order)
    std::uint8_t proto = 0;
    bool v6 = false;
    bool operator==(const FlowKey &o) const { return a == o.a && b == o.b && proto == o.proto && v6 == o.v6; }
};

struct FlowKeyHash
{
    std::size_t operator()(const FlowKey &k) const
    {
        std::size_t h = 1469598103934665603ULL;
        auto mix = [&h](const std::uint8_t *p, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i)
                h = (h ^ p[i]) * 1099511628211ULL;
        };
        mix(k.a.ip.data(), 16);
        mix(k.b.ip.data(), 16);
        const std::uint8_t tail[6] = {static_cast<std::uint8_t>(k.a.port >> 8), static_cast<std::uint8_t>(k.a.port),
                                      static_cast<std::uint8_t>(k.b.port >> 8), static_cast<std::uint8_t>(k.b.port),
                                      k.proto, static_cast<std::uint8_t>(k.v6)};
        mix(tail, 6);
        return h;
    }
};

struct Decoded
{
    Endpoint src, dst;
    std::uint8_t proto = 0;
    bool v6 = false;
    std::int32_t ipBytes = 0;
    std::int32_t payload = 0;
    std::uint16_t flags = 0;
    std::int32_t window = -1;
};

std::string ipText(const Endpoint &e, bool v6)
{
    char buf[INET6_ADDRSTRLEN] = {};
    inet_ntop(v6 ? AF_INET6 : AF_INET, e.ip.data(), buf, sizeof buf);
    return buf;
}

// Decodes an IP packet starting at p (n bytes captured). False when it is not TCP/UDP over IP.
bool decodeIp(const std::uint8_t *p, std::size_t n, Decoded &d)
{
    if (n < 1)
        return false;
    const int version = p[0] >> 4;
    const std::uint8_t *l4 = nullptr;
    std::size_t l4Captured = 0;
    std::int64_t l4Length = 0; // from the IP header (not limited by the snap length)
    if (version == 4) {
        if (n < 20)
            return false;
        const std::size_t ihl = static_cast<std::size_t>(p[0] & 0x0f) * 4;
        if (ihl < 20 || n < ihl)
            return false;
        const std::uint16_t total = be16(p + 2);
        const std::uint16_t frag = be16(p + 6);
        if ((frag & 0x1fff) != 0) // a non-first fragment carries no L4 header
            return false;
        d.v6 = false;
        d.proto = p[9];
        std::memcpy(d.src.ip.data(), p + 12, 4);
        std::memcpy(d.dst.ip.data(), p + 16, 4);
        d.ipBytes = total;
        l4 = p + ihl;
        l4Captured = n - ihl;
        l4Length = static_cast<std::int64_t>(total) - static_cast<std::int64_t>(ihl);
        if (total == 0) // TSO captures may write 0: fall back to what was captured
            l4Length = static_cast<std::int64_t>(l4Captured);
    } else if (version == 6) {
        if (n < 40)
            return false;
        d.v6 = true;
        std::memcpy(d.src.ip.data(), p + 8, 16);
        std::memcpy(d.dst.ip.data(), p + 24, 16);
        const std::uint16_t payloadLen = be16(p + 4);
        d.ipBytes = 40 + payloadLen;
        std::uint8_t next = p[6];
        std::size_t off = 40;
        l4Length = payloadLen;
        // Skip extension headers: hop-by-hop, routing, destination options, fragment.
        for (int guard = 0; guard < 8; ++guard) {
            if (next == 0 || next == 43 || next == 60) {
                if (n < off + 8)
                    return false;
                const std::size_t len = (static_cast<std::size_t>(p[off + 1]) + 1) * 8;
                next = p[off];
                off += len;
                l4Length -= static_cast<std::int64_t>(len);
            } else if (next == 44) {
                if (n < off + 8)
                    return false;
                if ((be16(p + off + 2) & 0xfff8) != 0)
                    return false; // non-first fragment
                next = p[off];
                off += 8;
                l4Length -= 8;
            } else {
                break;
            }
        }
        if (n < off)
            return false;
        d.proto = next;
        l4 = p + off;
        l4Captured = n - off;
    } else {
        return false;
    }
    if (l4Length < 0)
        return false;
    if (d.proto == 6) {
        if (l4Captured < 20)
            return false;
        d.src.port = be16(l4);
        d.dst.port = be16(l4 + 2);
        const std::int64_t hdr = static_cast<std::int64_t>(l4[12] >> 4) * 4;
        d.flags = static_cast<std::uint16_t>(((l4[12] & 0x01) << 8) | l4[13]);
        d.window = be16(l4 + 14);
        d.payload = static_cast<std::int32_t>(std::max<std::int64_t>(0, l4Length - hdr));
        return true;
    }
    if (d.proto == 17) {
        if (l4Captured < 8)
            return false;
        d.src.port = be16(l4);
        d.dst.port = be16(l4 + 2);
        d.payload = static_cast<std::int32_t>(std::max<std::int64_t>(0, l4Length - 8));
        return true;
    }
    return false;
}

// Finds the IP header inside a link-layer frame.
bool decodeFrame(int linkType, const std::uint8_t *p, std::size_t n, Decoded &d)
{
    std::size_t off = 0;
    std::uint16_t etherType = 0;
    switch (linkType) {
    case kLinkEthernet:
        if (n < 14)
            return false;
        etherType = be16(p + 12);
        off = 14;
        while ((etherType == 0x8100 || etherType == 0x88a8) && n >= off + 4) {
            etherType = be16(p + off + 2);
            off += 4;
        }
        if (etherType != 0x0800 && etherType != 0x86dd)
            return false;
        break;
    case kLinkSll:
        if (n < 16)
            return false;
        etherType = be16(p + 14);
        if (etherType != 0x0800 && etherType != 0x86dd)
            return false;
        off = 16;
        break;
    case kLinkSll2:
        if (n < 20)
            return false;
        etherType = be16(p);
        if (etherType != 0x0800 && etherType != 0x86dd)
            return false;
        off = 20;
        break;
    case kLinkNull:
    case kLinkLoop:
        off = 4;
        break;
    case kLinkRaw:
    case kLinkRaw14:
    case kLinkIpv4:
    case kLinkIpv6:
        off = 0;
        break;
    default:
        return false;
    }
    if (n < off)
        return false;
    return decodeIp(p + off, n - off, d);
}

bool supportedLinkType(int t)
{
    switch (t) {
    case kLinkNull: case kLinkEthernet: case kLinkRaw: case kLinkRaw14: case kLinkLoop:
    case kLinkSll: case kLinkIpv4: case kLinkIpv6: case kLinkSll2:
        return true;
    default:
        return false;
    }
}

struct Flow
{
    Biflow biflow;
    Endpoint initiator;
    double last = 0.0;
    std::int64_t order = 0;
};

} // namespace

bool PcapReader::looksLikeCapture(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::uint8_t m[4] = {};
    if (!in.read(reinterpret_cast<char *>(m), 4))
        return false;
    const std::uint32_t le = m[0] | m[1] << 8 | m[2] << 16 | static_cast<std::uint32_t>(m[3]) << 24;
    return le == 0xa1b2c3d4u || le == 0xd4c3b2a1u || le == 0xa1b23c4du || le == 0x4d3cb2a1u || le == 0x0a0d0d0au;
}

std::map<std::string, std::string> PcapReader::readLabelMap(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw InputError(path, {}, "cannot open the label mapping file");
    std::map<std::string, std::string> out;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const std::size_t sep = line.find_first_of(",\t");
        if (sep == std::string::npos || sep == 0 || sep + 1 >= line.size())
            throw InputError(path, "line " + std::to_string(lineNo), "expected 'file name,label'");
        out[line.substr(0, sep)] = line.substr(sep + 1);
    }
    return out;
}

PcapReadStats PcapReader::readFile(const std::string &path, const PcapReadOptions &options, ProgressToken &token,
                                   const Sink &sink)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    std::unique_ptr<pcap_t, void (*)(pcap_t *)> handle(
        pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf), &pcap_close);
    if (!handle) {
        std::string why = errbuf;
        if (why.find("truncated") != std::string::npos || why.find("unknown file format") != std::string::npos ||
            why.find("bad dump file") != std::string::npos)
            throw InputError(path, "byte 0", "not a readable pcap/pcapng capture: " + why);
        throw InputError(path, {}, "cannot open capture: " + why);
    }
    PcapReadStats stats;
    stats.linkType = pcap_datalink(handle.get());
    if (!supportedLinkType(stats.linkType)) {
        const char *name = pcap_datalink_val_to_name(stats.linkType);
        throw InputError(path, "link type " + std::to_string(stats.linkType),
                         std::string("unsupported link type") + (name ? std::string(" ") + name : std::string()) +
                             " (supported: Ethernet, Linux SLL/SLL2, raw IP, loopback)");
    }
    const std::string label =
        options.label.empty() ? std::filesystem::path(path).stem().string() : options.label;
    FILE *file = pcap_file(handle.get());
    std::uint64_t fileSize = 0;
    {
        std::error_code ec;
        fileSize = std::filesystem::file_size(path, ec);
    }

    std::unordered_map<FlowKey, std::size_t, FlowKeyHash> active; // key -> index in flows
    std::vector<Flow> flows;
    std::int64_t order = 0;
    auto flush = [&](Flow &f) {
        f.biflow.sourceIndex = f.order;
        sink(std::move(f.biflow));
    };

    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    for (;;) {
        const int rc = pcap_next_ex(handle.get(), &header, &data);
        if (rc == PCAP_ERROR_BREAK || rc == -2)
            break;
        if (rc < 0) {
            const long at = file ? std::ftell(file) : -1;
            const std::string where = "record " + std::to_string(stats.frames + 1) +
                                      (at >= 0 ? ", byte " + std::to_string(at) : std::string());
            const std::string why = std::string("damaged capture: ") + pcap_geterr(handle.get());
            if (stats.frames == 0)
                throw InputError(path, where, why);
            // Keep what came before, as Wireshark does, and say where it stopped.
            stats.warning = path + ": " + where + ": " + why + "; the " + std::to_string(stats.frames) +
                            " complete records before it were read";
            break;
        }
        ++stats.frames;
        if ((stats.frames & 4095) == 0) {
            token.throwIfCanceled();
            (void)fileSize;
        }
        Decoded d;
        if (!decodeFrame(stats.linkType, data, header->caplen, d)) {
            ++stats.skipped;
            continue;
        }
        ++stats.ipPackets;
        const double ts = static_cast<double>(header->ts.tv_sec) + static_cast<double>(header->ts.tv_usec) * 1e-9;
        FlowKey key;
        key.proto = d.proto;
        key.v6 = d.v6;
        const bool forward = d.src < d.dst;
        key.a = forward ? d.src : d.dst;
        key.b = forward ? d.dst : d.src;

        auto it = active.find(key);
        if (it != active.end()) {
            Flow &f = flows[it->second];
            const double gap = ts - f.last;
            // An idle gap (or a splice jumping back in time) ends the flow.
            if (gap > options.idleTimeoutSeconds || gap < -options.idleTimeoutSeconds) {
                active.erase(it);
                it = active.end();
            }
        }
        if (it == active.end()) {
            Flow f;
            // The initiator sent the first packet, unless that packet goes from
            // a well-known port (< 1024) to an ephemeral one and is no
            // connection request: a capture that starts mid-flow with the
            // server's packet (and NetSynth's exports of series that do).
            const bool fromServer = d.src.port < 1024 && d.dst.port >= 1024 && (d.flags & 0x12) != 0x02;
            const Endpoint &client = fromServer ? d.dst : d.src;
            const Endpoint &server = fromServer ? d.src : d.dst;
            f.initiator = client;
            f.order = order++;
            f.biflow.label = label;
            f.biflow.sourceFile = path;
            FiveTuple t;
            t.srcIp = ipText(client, d.v6);
            t.dstIp = ipText(server, d.v6);
            t.srcPort = client.port;
            t.dstPort = server.port;
            t.protocol = d.proto;
            f.biflow.tuple = t;
            f.last = ts;
            flows.push_back(std::move(f));
            it = active.emplace(key, flows.size() - 1).first;
        }
        Flow &f = flows[it->second];
        Packet p;
        p.timestamp = ts;
        p.iat = f.biflow.packets.empty() ? 0.0 : std::max(0.0, ts - f.last);
        p.ipBytes = d.ipBytes;
        p.payloadBytes = d.payload;
        p.direction = d.src == f.initiator ? Direction::Upstream : Direction::Downstream;
        p.tcpFlags = d.flags;
        p.tcpWindow = d.window;
        f.last = std::max(f.last, ts);
        if (f.biflow.declaredPackets < 0)
            f.biflow.declaredPackets = 0;
        ++f.biflow.declaredPackets;
        if (options.maxPacketsPerBiflow == 0 || f.biflow.packets.size() < options.maxPacketsPerBiflow)
            f.biflow.packets.push_back(p);
    }
    for (Flow &f : flows)
        flush(f);
    return stats;
}

} // namespace netsynth
