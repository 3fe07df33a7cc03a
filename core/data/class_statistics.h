#pragma once
// Per-class summaries of a Dataset (counts, bytes, packet size and IAT
// statistics), used by `netsynth-cli inspect` and the Datasets pane.

#include "core/data/biflow.h"

#include <string>
#include <vector>

namespace netsynth {

struct ValueSummary
{
    std::int64_t count = 0;
    double min = 0.0, max = 0.0, mean = 0.0, median = 0.0, p90 = 0.0;
};

struct ClassStatistics
{
    std::string label;            // Biflow::classKey()
    std::int64_t biflows = 0;
    std::int64_t packets = 0;     // packets present in the data
    std::int64_t declaredPackets = 0; // sum of Biflow::declaredPackets where known (else packets)
    std::int64_t upstreamPackets = 0;
    std::int64_t downstreamPackets = 0;
    std::int64_t bytesUp = 0;
    std::int64_t bytesDown = 0;
    std::int64_t binnedBiflows = 0; // biflows that carry a binned series instead of packets
    ValueSummary packetSize;        // |size| of every packet (IP bytes when known, else payload)
    ValueSummary iat;               // inter-arrival times in seconds (first packet of a biflow excluded)
    ValueSummary biflowLength;      // packets per biflow
};

// Summarises a set of values (copies them; sorting in place).
ValueSummary summarize(std::vector<double> values);

// One entry per class key, sorted by label.
std::vector<ClassStatistics> classStatistics(const Dataset &dataset);

} // namespace netsynth
