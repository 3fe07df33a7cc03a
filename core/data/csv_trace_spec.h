#pragma once
// Declarative description of the CSV trace layouts NetSynth reads. One generic
// reader (CsvTraceReader) interprets a spec; adding a layout means adding a
// row to builtinCsvSpecs(), not writing a reader.

#include <string>
#include <vector>

namespace netsynth {

struct CsvTraceSpec
{
    enum class Unit {
        TracePerRow,      // one binned series per row (columns with integer headers)
        TracePerFile,     // one binned series per file (one chosen column)
        PacketPerRow,     // one packet per row, one biflow per file
        PacketListsPerRow,// one biflow per row, per-packet values as space-separated lists
        FlowPerRow,       // one flow record per row (NetFlow-like: counts, no packets)
    };

    std::string format;       // "csv-binned-rows", ... (LoadOptions::format)
    std::string description;  // shown in `inspect` and the docs
    Unit unit = Unit::PacketPerRow;
    // Header columns that must all be present to recognise this layout.
    std::vector<std::string> signature;

    // Label: a column, or else the file name (without extension; with
    // stripRunSuffix also without a trailing "_<digits>").
    std::string labelColumn;
    bool stripRunSuffix = false;

    // Binned series.
    std::string seriesColumn;       // TracePerFile (LoadOptions::column overrides)
    double binSeconds = 0.0;

    // Packets (PacketPerRow: one value per row; PacketListsPerRow: lists).
    std::string timeColumn;         // time since the first packet
    std::string iatColumn;          // inter-arrival time
    double timeScale = 1.0;         // multiply time/iat by this to get seconds
    std::string sizeColumn;
    bool sizeIsIpBytes = false;     // else the size is the L4 payload
    std::string directionColumn;
    double upstreamValue = 0.0;     // direction value meaning upstream; anything else = downstream

    // Flow records.
    std::string srcIpColumn, dstIpColumn, srcPortColumn, dstPortColumn, protocolColumn;
    std::string packetsColumn, bytesColumn, durationColumn, startColumn;

    // Extra columns copied into Biflow::metadata (strings) as "csv.<name>".
    std::vector<std::string> metadataColumns;
};

// The layouts of the public traces NetSynth knows:
//   csv-binned-rows  VideoTrain: 240 bins of 0.5 s per row + vid_id, vid_type
//   csv-binned-file  VideoTrain++: one series per file, column addr2_bytes
//   csv-packets      VCFingerprinting Alexa traces: time,size,direction (+1 from the device)
//   csv-appxact      MIRAGE-AppxAct first-10-packets table: label,n_pkts,PL,IAT_us,DIR
//   csv-netflow      NetShare/UGR16 NetFlow records: srcip,dstip,srcport,dstport,proto,ts,td,pkt,byt,type
const std::vector<CsvTraceSpec> &builtinCsvSpecs();

// The spec named `format`, or nullptr.
const CsvTraceSpec *csvSpecByFormat(const std::string &format);
// The first spec whose signature matches the header (names trimmed), or nullptr.
const CsvTraceSpec *csvSpecForHeader(const std::vector<std::string> &header);

} // namespace netsynth
