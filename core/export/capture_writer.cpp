#include "core/export/capture_writer.h"

#include "core/export/synthetic_packets.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <arpa/inet.h>

#include <array>
#include <cmath>
#include <cstring>
#include <random>

namespace netsynth {

namespace {

constexpr std::uint32_t kLinkTypeEthernet = 1;
constexpr std::uint16_t kFlagSyn = 0x02;
constexpr std::uint16_t kFlagAck = 0x10;

void put16(std::uint8_t *p, std::uint16_t v)
{
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}

void put32(std::uint8_t *p, std::uint32_t v)
{
    put16(p, static_cast<std::uint16_t>(v >> 16));
    put16(p + 2, static_cast<std::uint16_t>(v));
}

std::array<std::uint8_t, 4> ipv4(const std::string &text, const std::string &path)
{
    std::array<std::uint8_t, 4> a{};
    if (inet_pton(AF_INET, text.c_str(), a.data()) != 1)
        throw InputError(path, "address " + text, "only IPv4 biflows can be written as a capture");
    return a;
}

// Little-endian writer for the capture file's own headers (the frames are
// big-endian network order; the file headers are in the writer's byte order,
// which the magic numbers announce).
struct LeBuffer
{
    std::string bytes;
    void u16(std::uint16_t v) { bytes.append(reinterpret_cast<const char *>(&v), 2); }
    void u32(std::uint32_t v) { bytes.append(reinterpret_cast<const char *>(&v), 4); }
    void u64(std::uint64_t v) { bytes.append(reinterpret_cast<const char *>(&v), 8); }
    void raw(const void *p, std::size_t n) { bytes.append(static_cast<const char *>(p), n); }
    void pad4()
    {
        while (bytes.size() % 4 != 0) bytes.push_back('\0');
    }
};

// One pcapng option: code, length, value padded to 32 bits.
void pcapngOption(LeBuffer &b, std::uint16_t code, const std::string &value)
{
    b.u16(code);
    b.u16(static_cast<std::uint16_t>(value.size()));
    b.raw(value.data(), value.size());
    b.pad4();
}

// A pcapng block: type, total length, body, total length again.
void pcapngBlock(std::ostream &out, std::uint32_t type, const LeBuffer &body)
{
    LeBuffer b;
    const std::uint32_t total = static_cast<std::uint32_t>(12 + body.bytes.size());
    b.u32(type);
    b.u32(total);
    b.raw(body.bytes.data(), body.bytes.size());
    b.u32(total);
    out.write(b.bytes.data(), static_cast<std::streamsize>(b.bytes.size()));
}

void writeFileHeader(std::ostream &out, CaptureFormat format)
{
    if (format == CaptureFormat::Pcap) {
        LeBuffer b;
        b.u32(0xa1b2c3d4); // microsecond timestamps
        b.u16(2);
        b.u16(4);
        b.u32(0); // thiszone
        b.u32(0); // sigfigs
        b.u32(65535);
        b.u32(kLinkTypeEthernet);
        out.write(b.bytes.data(), static_cast<std::streamsize>(b.bytes.size()));
        return;
    }
    LeBuffer shb;
    shb.u32(0x1A2B3C4D); // byte-order magic
    shb.u16(1);
    shb.u16(0);
    shb.u64(0xFFFFFFFFFFFFFFFFULL); // section length: not given
    pcapngOption(shb, 4, std::string("NetSynth Studio ") + NETSYNTH_VERSION + " (synthetic traffic)"); // shb_userappl
    shb.u32(0); // opt_endofopt
    pcapngBlock(out, 0x0A0D0D0A, shb);
    LeBuffer idb;
    idb.u16(static_cast<std::uint16_t>(kLinkTypeEthernet));
    idb.u16(0);
    idb.u32(65535); // snaplen
    pcapngOption(idb, 2, "netsynth0");             // if_name
    pcapngOption(idb, 9, std::string(1, '\x06'));  // if_tsresol: microseconds
    idb.u32(0);
    pcapngBlock(out, 1, idb);
}

void writeRecord(std::ostream &out, CaptureFormat format, double timestamp, const std::vector<std::uint8_t> &frame,
                 const std::string &comment)
{
    const std::uint64_t micros = static_cast<std::uint64_t>(std::llround(timestamp * 1e6));
    const std::uint32_t n = static_cast<std::uint32_t>(frame.size());
    if (format == CaptureFormat::Pcap) {
        LeBuffer b;
        b.u32(static_cast<std::uint32_t>(micros / 1000000));
        b.u32(static_cast<std::uint32_t>(micros % 1000000));
        b.u32(n);
        b.u32(n);
        b.raw(frame.data(), frame.size());
        out.write(b.bytes.data(), static_cast<std::streamsize>(b.bytes.size()));
        return;
    }
    LeBuffer epb;
    epb.u32(0); // interface 0
    epb.u32(static_cast<std::uint32_t>(micros >> 32));
    epb.u32(static_cast<std::uint32_t>(micros));
    epb.u32(n);
    epb.u32(n);
    epb.raw(frame.data(), frame.size());
    epb.pad4();
    if (!comment.empty()) {
        pcapngOption(epb, 1, comment); // opt_comment
        epb.u32(0);
    }
    pcapngBlock(out, 6, epb);
}

} // namespace

std::uint16_t internetChecksum(const std::uint8_t *data, std::size_t n, std::uint32_t initial)
{
    std::uint64_t sum = initial;
    for (std::size_t i = 0; i + 1 < n; i += 2) sum += static_cast<std::uint32_t>(data[i] << 8 | data[i + 1]);
    if (n % 2 == 1) sum += static_cast<std::uint32_t>(data[n - 1] << 8);
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffff);
}

std::vector<std::uint8_t> captureFrame(const FiveTuple &tuple, const Packet &packet, std::uint32_t seq,
                                       std::uint32_t ack, std::uint16_t ipId, const std::uint8_t *payload)
{
    const bool up = packet.direction == Direction::Upstream;
    const auto client = ipv4(tuple.srcIp, std::string());
    const auto server = ipv4(tuple.dstIp, std::string());
    const auto &src = up ? client : server;
    const auto &dst = up ? server : client;
    const std::uint16_t srcPort = up ? tuple.srcPort : tuple.dstPort;
    const std::uint16_t dstPort = up ? tuple.dstPort : tuple.srcPort;
    const bool tcp = tuple.protocol == 6;
    const int l4Header = tcp ? 20 : 8;
    const std::size_t payloadBytes = static_cast<std::size_t>(std::max(0, packet.payloadBytes));
    const std::size_t ipTotal = 20 + static_cast<std::size_t>(l4Header) + payloadBytes;
    std::vector<std::uint8_t> f(14 + ipTotal, 0);
    // Ethernet: locally administered addresses, device ...:01, server ...:02.
    const std::uint8_t deviceMac[6] = {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
    const std::uint8_t serverMac[6] = {0x02, 0x00, 0x00, 0x00, 0x00, 0x02};
    std::memcpy(f.data(), up ? serverMac : deviceMac, 6);
    std::memcpy(f.data() + 6, up ? deviceMac : serverMac, 6);
    put16(f.data() + 12, 0x0800);
    std::uint8_t *ip = f.data() + 14;
    ip[0] = 0x45;
    put16(ip + 2, static_cast<std::uint16_t>(ipTotal));
    put16(ip + 4, ipId);
    put16(ip + 6, 0x4000); // don't fragment
    ip[8] = 64;
    ip[9] = tuple.protocol;
    std::memcpy(ip + 12, src.data(), 4);
    std::memcpy(ip + 16, dst.data(), 4);
    put16(ip + 10, internetChecksum(ip, 20));
    std::uint8_t *l4 = ip + 20;
    put16(l4, srcPort);
    put16(l4 + 2, dstPort);
    const std::size_t l4Length = static_cast<std::size_t>(l4Header) + payloadBytes;
    if (tcp) {
        put32(l4 + 4, seq);
        put32(l4 + 8, (packet.tcpFlags & kFlagAck) ? ack : 0);
        l4[12] = 5 << 4;
        l4[13] = static_cast<std::uint8_t>(packet.tcpFlags);
        put16(l4 + 14, static_cast<std::uint16_t>(packet.tcpWindow >= 0 ? std::min(packet.tcpWindow, 65535) : 65535));
    } else {
        put16(l4 + 4, static_cast<std::uint16_t>(l4Length));
    }
    if (payload && payloadBytes > 0)
        std::memcpy(l4 + l4Header, payload, payloadBytes);
    // Pseudo-header sum, then the segment.
    std::uint32_t pseudo = 0;
    pseudo += static_cast<std::uint32_t>(src[0] << 8 | src[1]) + static_cast<std::uint32_t>(src[2] << 8 | src[3]);
    pseudo += static_cast<std::uint32_t>(dst[0] << 8 | dst[1]) + static_cast<std::uint32_t>(dst[2] << 8 | dst[3]);
    pseudo += tuple.protocol;
    pseudo += static_cast<std::uint32_t>(l4Length);
    std::uint16_t sum = internetChecksum(l4, l4Length, pseudo);
    if (!tcp && sum == 0)
        sum = 0xffff; // UDP: 0 means "no checksum"
    put16(l4 + (tcp ? 16 : 6), sum);
    return f;
}

void writeCapture(const std::string &path, const std::vector<Biflow> &biflows, const CaptureWriteOptions &options,
                  ProgressToken *token)
{
    for (const Biflow &b : biflows) {
        if (!b.tuple)
            throw InputError(path, "biflow " + std::to_string(b.sourceIndex), "has no 5-tuple to write");
        ipv4(b.tuple->srcIp, path);
        ipv4(b.tuple->dstIp, path);
    }
    writeFileAtomically(path, [&](std::ostream &out) {
        writeFileHeader(out, options.format);
        std::mt19937_64 rng(options.seed ^ 0x5eed5eedULL);
        std::vector<std::uint8_t> payload;
        std::uint16_t ipId = 1;
        for (std::size_t i = 0; i < biflows.size(); ++i) {
            if (token && i % 64 == 0) {
                token->throwIfCanceled();
                token->setProgress(double(i) / double(biflows.size()), "writing packets");
            }
            const Biflow &b = biflows[i];
            std::uint32_t next[2] = {static_cast<std::uint32_t>(rng()), static_cast<std::uint32_t>(rng())};
            for (std::size_t k = 0; k < b.packets.size(); ++k) {
                const Packet &p = b.packets[k];
                const int side = p.direction == Direction::Upstream ? 0 : 1;
                const std::size_t n = static_cast<std::size_t>(std::max(0, p.payloadBytes));
                payload.assign(n, 0);
                if (options.randomPayload)
                    for (auto &byte : payload) byte = static_cast<std::uint8_t>(rng());
                const auto frame = captureFrame(*b.tuple, p, next[side], next[1 - side], ipId++, payload.data());
                next[side] += static_cast<std::uint32_t>(n) + ((p.tcpFlags & kFlagSyn) ? 1u : 0u);
                const std::string comment =
                    k == 0 ? "netsynth label=" + b.classKey() + " biflow=" + std::to_string(b.sourceIndex)
                           : std::string();
                writeRecord(out, options.format, p.timestamp, frame, comment);
            }
        }
    });
    if (token)
        token->setProgress(1.0, "writing packets");
}

} // namespace netsynth
