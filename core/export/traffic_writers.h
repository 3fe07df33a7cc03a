#pragma once
// Text formats for exported biflows: MIRAGE JSON and the two CSV trace layouts
// the project reads (core/data/csv_trace_spec.h). Each is written so that the
// project's own reader gives back the same biflows, labels and packet sizes.
//
// MIRAGE JSON (the schema MirageReader reads): one object keyed by
// "ip1,port1,ip2,port2,proto" (the device first); per biflow
//   packet_data:   src_port, dst_port, packet_dir (0 up, 1 down),
//                  L4_payload_bytes, iat (seconds, first 0), TCP_win_size,
//                  TCP_flags, and IP_packet_bytes when the sizes are IP lengths
//                  (then the reader's signed size is the IP length again);
//   flow_features: packet_length (IP lengths) and iat, each for biflow,
//                  upstream_flow and downstream_flow: min, max, mean, std
//                  (population), var, mad (median absolute deviation), skew,
//                  kurtosis (excess; both biased, as scipy.stats), and the
//                  10th..90th percentiles (linear); NaN where a direction has
//                  no packet (or, for iat, fewer than two), as MIRAGE does. The
//                  biflow's iat is over its packets after the first; a
//                  direction's over the gaps between its own packets.
//   flow_metadata: BF_label, BF_labeling_type "synthetic", BF_num_packets,
//                  BF_IP_packet_bytes, BF_L4_payload_bytes, BF_duration and the
//                  same with UF_ (upstream) and DF_ (downstream).
//
// CSV, AppxAct layout (csv-appxact): label,n_pkts,PL,IAT_us,DIR, one biflow per
// row, PL the payload sizes, IAT_us in microseconds, DIR 0 up / 1 down.
// CSV, per-packet layout of the Alexa traces (csv-packets): one file per biflow,
// ",time,size,direction" with the IP length and +1 up / -1 down; the file name
// is "<label>_<n>.csv" (the reader takes the label from it).

#include "core/data/biflow.h"

#include <string>
#include <vector>

namespace netsynth {

// withIpBytes: also write IP_packet_bytes (sizes are IP lengths).
void writeMirageJson(const std::string &path, const std::vector<Biflow> &biflows, bool withIpBytes);

// The flow_features object of one biflow as JSON text (exposed for the tests).
std::string mirageFlowFeatures(const Biflow &biflow);

void writeAppxActCsv(const std::string &path, const std::vector<Biflow> &biflows);

// One file per biflow in folder: "<safe label>_<index>.csv". Returns the paths.
std::vector<std::string> writePacketCsvFiles(const std::string &folder, const std::vector<Biflow> &biflows);

// A label made safe as a file name (letters, digits, '.', '-', '_'; others '_').
std::string safeFileName(const std::string &label);

} // namespace netsynth
