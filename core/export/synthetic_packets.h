#pragma once
// Series -> packets: what an exported synthetic biflow is made of.
//
// An image set holds, per biflow, a series of signed packet sizes (+ upstream,
// - downstream). To write it as a capture, a MIRAGE JSON file or a CSV trace,
// every series value becomes exactly one packet, so reading the export back
// gives the same series. What the series does not say is filled in, and said:
//
//   - addresses: documentation ranges only (RFC 5737), so a synthetic capture
//     can never be mistaken for real hosts: the device is 192.0.2.0/24, the
//     servers 198.51.100.0/24 and 203.0.113.0/24; every biflow has its own
//     5-tuple (device address and port);
//   - protocol and server port: the class's most common ones in a reference
//     dataset (TrafficReference), else TCP to port 443;
//   - inter-arrival times: drawn from the reference dataset's inter-arrival
//     times of the same class and packet position (per-class empirical model),
//     else a fixed spacing; capped below the readers' 60 s flow idle timeout so
//     a biflow is never split when read back;
//   - TCP flags: leading zero-payload packets become SYN, SYN-ACK, ACK (the
//     handshake, when the series has them); other zero-payload packets are pure
//     ACKs in the direction opposite to the packet before; data packets PSH-ACK.
//     A zero has no sign in a signed series, so this is also where the
//     direction of a zero comes from. Sequence and acknowledgement numbers are
//     the capture writer's (capture_writer.h).
//
// Units: the set's spec says whether its sizes are IP packet lengths or L4
// payload sizes (EncodeSpec::sizeUnit, from the dataset it was encoded from);
// the packet gets that field from the value and the other from the headers
// (IPv4 20 bytes + TCP 20 or UDP 8, no options).
//
//   TrafficReference ref = TrafficReference::fromDataset(*dataset, 10);
//   Biflow b = packetizeSeries(values, "Discord", 17, ref.model("Discord"), options);

#include "core/data/biflow.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace netsynth {

enum class SizeUnit { Payload, Ip };
std::string sizeUnitName(SizeUnit u);             // "payload" | "ip"
SizeUnit parseSizeUnit(const std::string &name);  // throws InputError("", "size unit", ...)

// IPv4 + transport header bytes written for a packet (no options).
int headerBytes(std::uint8_t protocol);

// What an export borrows from real traffic, per class.
struct ClassTrafficModel
{
    std::uint8_t protocol = 6;       // 6 TCP, 17 UDP
    std::uint16_t serverPort = 443;
    // Inter-arrival times in seconds of packet k (k >= 1) of the class's
    // biflows: iatsByPosition[k - 1]. pooled holds all of them.
    std::vector<std::vector<double>> iatsByPosition;
    std::vector<double> pooled;
    bool empirical() const { return !pooled.empty(); }
};

struct TrafficReference
{
    std::string source;                            // the reference dataset's path; empty = none
    std::map<std::string, ClassTrafficModel> classes; // by class key
    // Per class: most common protocol and server port, the inter-arrival
    // times of the first maxPackets packets (0 = all).
    static TrafficReference fromDataset(const Dataset &dataset, int maxPackets);
    // The model of a class; the default model (TCP 443, no IATs) when the
    // reference does not have the class.
    const ClassTrafficModel &model(const std::string &classKey) const;
};

struct PacketizeOptions
{
    SizeUnit unit = SizeUnit::Payload;
    bool signedValues = true;         // false: unsigned sizes ("size" feature), every packet upstream
    double fixedIatSeconds = 0.001;   // spacing when the class has no empirical model
    double maxIatSeconds = 30.0;      // cap (the readers split a biflow after 60 s idle)
    double startTime = 0.0;           // absolute time of the first packet (seconds since the epoch)
    std::uint64_t seed = 0;           // IAT draws (with the biflow index)
};

// Counters of what had to be adjusted to make valid packets.
struct PacketizeStats
{
    std::int64_t packets = 0;
    std::int64_t raisedToHeader = 0;   // IP-length values below the headers' size, raised to it
    std::int64_t cappedIats = 0;       // inter-arrival times above maxIatSeconds
};

// One biflow from one series (values in feature units, already cut to the
// true length): its packets, label and 5-tuple. `index` numbers the biflow in
// the export (its addresses and ports; unique up to 254 x 50,000 biflows).
Biflow packetizeSeries(const std::vector<double> &values, const std::string &label, std::int64_t index,
                       int classIndex, const ClassTrafficModel &model, const PacketizeOptions &options,
                       PacketizeStats *stats = nullptr);

// The series an exported biflow gives back (signed sizes in `unit`): what the
// round-trip tests compare.
std::vector<double> seriesOf(const Biflow &biflow, SizeUnit unit, bool signedValues = true);

} // namespace netsynth
