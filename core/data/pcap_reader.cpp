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

using CaptureHandle = std::unique_ptr<pcap_t, void (*)(pcap_t *)>;

// Opens the capture with nanosecond timestamps, or says why it cannot.
CaptureHandle openCapture(const std::string &path)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    CaptureHandle handle(pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf),
                         &pcap_close);
    if (!handle) {
        std::string why = errbuf;
        if (why.find("truncated") != std::string::npos || why.find("unknown file format") != std::string::npos ||
            why.find("bad dump file") != std::string::npos)
            throw InputError(path, "byte 0", "not a readable pcap/pcapng capture: " + why);
        throw InputError(path, {}, "cannot open capture: " + why);
    }
    return handle;
}

// The capture's link type, refused when the decoder does not know it.
int checkedLinkType(const std::string &path, pcap_t *handle)
{
    const int linkType = pcap_datalink(handle);
    if (!supportedLinkType(linkType)) {
        const char *name = pcap_datalink_val_to_name(linkType);
        throw InputError(path, "link type " + std::to_string(linkType),
                         std::string("unsupported link type") + (name ? std::string(" ") + name : std::string()) +
                             " (supported: Ethernet, Linux SLL/SLL2, raw IP, loopback)");
    }
    return linkType;
}

// The next record. False at the end of the file, or at a damaged record after
// complete ones: those are kept, as Wireshark does, and stats.warning says
// where reading stopped. A damaged first record is an error.
bool nextRecord(const std::string &path, pcap_t *handle, PcapReadStats &stats, pcap_pkthdr *&header,
                const u_char *&data)
{
    const int rc = pcap_next_ex(handle, &header, &data);
    if (rc == PCAP_ERROR_BREAK || rc == -2)
        return false;
    if (rc >= 0)
        return true;
    FILE *file = pcap_file(handle);
    const long at = file ? std::ftell(file) : -1;
    const std::string where =
        "record " + std::to_string(stats.frames + 1) + (at >= 0 ? ", byte " + std::to_string(at) : std::string());
    const std::string why = std::string("damaged capture: ") + pcap_geterr(handle);
    if (stats.frames == 0)
        throw InputError(path, where, why);
    stats.warning = path + ": " + where + ": " + why + "; the " + std::to_string(stats.frames) +
                    " complete records before it were read";
    return false;
}

// Groups decoded packets into biflows by their unordered 5-tuple; an idle gap
// longer than the timeout starts a new biflow on the same tuple.
class FlowTable
{
public:
    FlowTable(const std::string &path, std::string label, const PcapReadOptions &options)
        : m_path(path), m_label(std::move(label)), m_options(options)
    {
    }

    void add(const Decoded &d, double ts)
    {
        Flow &f = flowFor(d, ts);
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
        if (m_options.maxPacketsPerBiflow == 0 || f.biflow.packets.size() < m_options.maxPacketsPerBiflow)
            f.biflow.packets.push_back(p);
    }

    // Every biflow, in the order its first packet came.
    void flushTo(const PcapReader::Sink &sink)
    {
        for (Flow &f : m_flows) {
            f.biflow.sourceIndex = f.order;
            sink(std::move(f.biflow));
        }
        m_flows.clear();
        m_active.clear();
    }

private:
    Flow &flowFor(const Decoded &d, double ts)
    {
        FlowKey key;
        key.proto = d.proto;
        key.v6 = d.v6;
        const bool forward = d.src < d.dst;
        key.a = forward ? d.src : d.dst;
        key.b = forward ? d.dst : d.src;
        auto it = m_active.find(key);
        if (it != m_active.end()) {
            const double gap = ts - m_flows[it->second].last;
            // An idle gap (or a splice jumping back in time) ends the flow.
            if (gap <= m_options.idleTimeoutSeconds && gap >= -m_options.idleTimeoutSeconds)
                return m_flows[it->second];
            m_active.erase(it);
        }
        m_flows.push_back(startFlow(d, ts));
        m_active.emplace(key, m_flows.size() - 1);
        return m_flows.back();
    }

    Flow startFlow(const Decoded &d, double ts)
    {
        Flow f;
        // The initiator sent the first packet, unless that packet goes from
        // a well-known port (< 1024) to an ephemeral one and is no
        // connection request: a capture that starts mid-flow with the
        // server's packet (and NetSynth's exports of series that do).
        const bool fromServer = d.src.port < 1024 && d.dst.port >= 1024 && (d.flags & 0x12) != 0x02;
        const Endpoint &client = fromServer ? d.dst : d.src;
        const Endpoint &server = fromServer ? d.src : d.dst;
        f.initiator = client;
        f.order = m_nextOrder++;
        f.biflow.label = m_label;
        f.biflow.sourceFile = m_path;
        FiveTuple t;
        t.srcIp = ipText(client, d.v6);
        t.dstIp = ipText(server, d.v6);
        t.srcPort = client.port;
        t.dstPort = server.port;
        t.protocol = d.proto;
        f.biflow.tuple = t;
        f.last = ts;
        return f;
    }

    const std::string &m_path;
    std::string m_label;
    const PcapReadOptions &m_options;
    std::unordered_map<FlowKey, std::size_t, FlowKeyHash> m_active; // key -> index in m_flows
    std::vector<Flow> m_flows;
    std::int64_t m_nextOrder = 0;
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
    CaptureHandle handle = openCapture(path);
    PcapReadStats stats;
    stats.linkType = checkedLinkType(path, handle.get());
    FlowTable flows(path, options.label.empty() ? std::filesystem::path(path).stem().string() : options.label,
                    options);
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    while (nextRecord(path, handle.get(), stats, header, data)) {
        ++stats.frames;
        if ((stats.frames & 4095) == 0)
            token.throwIfCanceled();
        Decoded d;
        if (!decodeFrame(stats.linkType, data, header->caplen, d)) {
            ++stats.skipped;
            continue;
        }
        ++stats.ipPackets;
        // Nanosecond precision: tv_usec holds nanoseconds.
        flows.add(d, static_cast<double>(header->ts.tv_sec) + static_cast<double>(header->ts.tv_usec) * 1e-9);
    }
    flows.flushTo(sink);
    return stats;
}

} // namespace netsynth
