#pragma once
// Writes biflows as a capture: classic pcap (microsecond timestamps) or pcapng
// (one section, one Ethernet interface, an Enhanced Packet Block per packet),
// both written by their specifications and read back by libpcap in the tests.
//
// Each packet becomes one Ethernet + IPv4 + TCP/UDP frame with correct IPv4
// header and TCP/UDP checksums. TCP sequence and acknowledgement numbers are
// consistent per biflow: each side's sequence number advances by its payload
// (a SYN counts one), and every packet with the ACK flag acknowledges the other
// side's next sequence number. Initial sequence numbers, and payload bytes
// when asked for, come from the seed; otherwise payload bytes are zero.
// pcapng: the first packet of each biflow carries an opt_comment
// "netsynth label=<label> biflow=<index>".
//
// The packets must have ipBytes, payloadBytes, direction, timestamp and
// tcpFlags set and a tuple (packetizeSeries makes such biflows); biflows are
// written in order, packets in order, so the file is in time order when the
// biflows follow each other in time.
//
//   writeCapture("out/Discord.pcapng", biflows, {CaptureFormat::Pcapng});

#include "core/data/biflow.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

enum class CaptureFormat { Pcap, Pcapng };

struct CaptureWriteOptions
{
    CaptureFormat format = CaptureFormat::Pcapng;
    bool randomPayload = false; // else zero bytes
    std::uint64_t seed = 0;
};

// Writes atomically (temp file, then rename). Throws InputError naming the
// file when it cannot be written or a biflow has no tuple or an IPv6 address.
void writeCapture(const std::string &path, const std::vector<Biflow> &biflows, const CaptureWriteOptions &options,
                  ProgressToken *token = nullptr);

// The Ethernet frame of one packet (exposed for the tests): seq/ack as given.
std::vector<std::uint8_t> captureFrame(const FiveTuple &tuple, const Packet &packet, std::uint32_t seq,
                                       std::uint32_t ack, std::uint16_t ipId, const std::uint8_t *payload);

// RFC 1071 Internet checksum of n bytes (as stored in a header).
std::uint16_t internetChecksum(const std::uint8_t *data, std::size_t n, std::uint32_t initial = 0);

} // namespace netsynth
