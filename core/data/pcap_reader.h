#pragma once
// pcap / pcapng reader (libpcap): Ethernet (incl. VLAN), Linux SLL and SLL2,
// raw IP, BSD loopback; IPv4 and IPv6; TCP and UDP. Packets are assembled
// into bidirectional flows by 5-tuple: the side that sent the first packet is
// the initiator (upstream), unless that packet goes from a well-known port
// (< 1024) to an ephemeral one and is not a SYN (a flow captured mid-way,
// starting with the server's packet): then its receiver is. A flow ends after an idle gap longer than the
// timeout, so spliced captures with time jumps split cleanly.

#include "core/data/biflow.h"

#include <functional>
#include <map>
#include <string>

namespace netsynth {

class ProgressToken;

struct PcapReadOptions
{
    double idleTimeoutSeconds = 60.0;
    std::size_t maxPacketsPerBiflow = 0; // 0 = all
    std::string label;                   // label of every biflow (default: the file name stem)
};

struct PcapReadStats
{
    std::int64_t frames = 0;      // records in the file
    std::int64_t ipPackets = 0;   // TCP/UDP packets assigned to biflows
    std::int64_t skipped = 0;     // non-IP, other protocols, fragments, too short
    int linkType = -1;
    // Set when the capture ends in a truncated or damaged record after at
    // least one complete one: the records before it were read (as Wireshark
    // does) and this says where it stopped. Empty otherwise.
    std::string warning;
};

class PcapReader
{
public:
    using Sink = std::function<void(Biflow &&)>;

    // Throws InputError naming the file and the record / byte offset for an
    // unreadable capture, one whose first record is already damaged, and an
    // unsupported link type. A capture truncated later gives its complete
    // records and PcapReadStats::warning.
    static PcapReadStats readFile(const std::string &path, const PcapReadOptions &options, ProgressToken &token,
                                  const Sink &sink);

    // True when the first bytes are a pcap or pcapng magic number.
    static bool looksLikeCapture(const std::string &path);

    // A "file name -> label" mapping: one "name,label" per line ('#' comments);
    // name matches a capture's file name or its stem.
    static std::map<std::string, std::string> readLabelMap(const std::string &path);
};

} // namespace netsynth
