#pragma once
// The one traffic model every reader produces (MIRAGE JSON, pcap/pcapng, CSV).
//
//   Dataset -> classes (label [+ activity]) -> Biflow -> Packet
//
// A biflow is the bidirectional flow of one 5-tuple; the initiator's direction
// is upstream. Some sources carry no packets but a binned series (bytes per
// time bin, e.g. video traces): those biflows have `bins` and `binSeconds` set
// and an empty `packets`.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace netsynth {

enum class Direction : std::uint8_t { Upstream = 0, Downstream = 1 };

struct Packet
{
    double timestamp = 0.0;      // seconds from the first packet of the biflow (or absolute when known)
    double iat = 0.0;            // seconds since the previous packet of the biflow (first = 0)
    std::int32_t ipBytes = -1;   // IP packet length; -1 when the source does not carry it
    std::int32_t payloadBytes = 0; // L4 payload length
    Direction direction = Direction::Upstream;
    std::uint16_t tcpFlags = 0;  // TCP flags byte (0 for UDP or unknown)
    std::int32_t tcpWindow = -1; // TCP window size; -1 when unknown

    // Packet size signed by direction: + upstream, - downstream. Uses the IP
    // length when known, else the payload length.
    double signedSize() const
    {
        const double s = ipBytes >= 0 ? ipBytes : payloadBytes;
        return direction == Direction::Upstream ? s : -s;
    }
};

struct FiveTuple
{
    std::string srcIp;   // initiator
    std::string dstIp;
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    std::uint8_t protocol = 0; // 6 TCP, 17 UDP

    std::string toString() const; // "10.0.0.1:1234 -> 1.2.3.4:443 TCP"
};

struct Biflow
{
    std::string label;              // class label (e.g. Android package name)
    std::string activity;           // optional (MIRAGE-AppxAct BF_activity)
    std::optional<FiveTuple> tuple; // when the source knows it
    std::vector<Packet> packets;
    // Binned series sources (bytes per bin); empty for packet sources.
    std::vector<double> bins;
    double binSeconds = 0.0;
    // Packets the source says the biflow had (MIRAGE-2019 stores only the first
    // 32 packets but BF_num_packets counts all); -1 when unknown.
    std::int64_t declaredPackets = -1;
    // Source-specific scalars and strings (flow_features.*, flow_metadata.*).
    std::map<std::string, double> features;
    std::map<std::string, std::string> metadata;
    std::string sourceFile;         // the file it came from
    std::int64_t sourceIndex = 0;   // index of the biflow inside that file

    std::size_t packetCount() const { return packets.size(); }
    bool isBinned() const { return !bins.empty(); }
    std::int64_t bytes(Direction d) const; // payload (or IP when known) bytes in one direction
    double duration() const;             // seconds from first to last packet (or bins * binSeconds)
    // Class key: label, or "label / activity" when an activity is set.
    std::string classKey() const { return activity.empty() ? label : label + " / " + activity; }
};

struct ClassSummary
{
    std::string label;
    std::int64_t biflows = 0;
    std::int64_t packets = 0;
};

struct Dataset
{
    std::string name;          // shown in the UI
    std::string sourcePath;    // file or folder it was loaded from
    std::string format;        // "mirage", "pcap", "csv-..."
    bool synthetic = false;    // true for generated demo data (labelled as such in the UI)
    std::vector<Biflow> biflows;
    std::vector<std::string> files;        // files read (one for a single-file dataset)
    std::vector<std::string> skippedFiles; // files of a folder whose format was not recognised
    bool fromCache = false;    // true when loaded from the dataset index cache
    // What the readers recovered from, one line each (a truncated capture read
    // up to its last complete record). Shown with the dataset; never cached.
    std::vector<std::string> warnings;

    std::vector<ClassSummary> classes() const; // sorted by label
    std::int64_t totalPackets() const;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

} // namespace netsynth
