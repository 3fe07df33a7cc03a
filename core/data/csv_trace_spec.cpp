#include "core/data/csv_trace_spec.h"

#include <algorithm>

namespace netsynth {

const std::vector<CsvTraceSpec> &builtinCsvSpecs()
{
    static const std::vector<CsvTraceSpec> specs = [] {
        std::vector<CsvTraceSpec> v;
        {
            CsvTraceSpec s;
            s.format = "csv-appxact";
            s.description = "MIRAGE-AppxAct first packets: label, PL, IAT_us, DIR lists per row";
            s.unit = CsvTraceSpec::Unit::PacketListsPerRow;
            s.signature = {"label", "PL", "IAT_us", "DIR"};
            s.labelColumn = "label";
            s.iatColumn = "IAT_us";
            s.timeScale = 1e-6;
            s.sizeColumn = "PL";
            s.directionColumn = "DIR";
            s.upstreamValue = 0.0;
            s.metadataColumns = {"n_pkts"};
            v.push_back(s);
        }
        {
            CsvTraceSpec s;
            s.format = "csv-packets";
            s.description = "one packet per row: time, size, direction (+1 upstream); label from the file name";
            s.unit = CsvTraceSpec::Unit::PacketPerRow;
            s.signature = {"time", "size", "direction"};
            s.stripRunSuffix = true;
            s.timeColumn = "time";
            s.sizeColumn = "size";
            s.sizeIsIpBytes = true;
            s.directionColumn = "direction";
            s.upstreamValue = 1.0;
            v.push_back(s);
        }
        {
            CsvTraceSpec s;
            s.format = "csv-binned-file";
            s.description = "one binned series per file (column addr2_bytes by default); label from the file name";
            s.unit = CsvTraceSpec::Unit::TracePerFile;
            s.signature = {"addr2_bytes"};
            s.stripRunSuffix = true;
            s.seriesColumn = "addr2_bytes";
            s.binSeconds = 1.0;
            v.push_back(s);
        }
        {
            CsvTraceSpec s;
            s.format = "csv-binned-rows";
            s.description = "one binned series per row (integer-named columns, 0.5 s bins); label from the file name";
            s.unit = CsvTraceSpec::Unit::TracePerRow;
            s.signature = {"0", "1", "2"};
            s.binSeconds = 0.5;
            s.metadataColumns = {"vid_id", "vid_type"};
            v.push_back(s);
        }
        {
            CsvTraceSpec s;
            s.format = "csv-netflow";
            s.description = "NetFlow records (srcip,dstip,srcport,dstport,proto,ts,td,pkt,byt,type): flows without packets";
            s.unit = CsvTraceSpec::Unit::FlowPerRow;
            s.signature = {"srcip", "dstip", "srcport", "dstport", "proto", "pkt", "byt"};
            s.labelColumn = "type";
            s.srcIpColumn = "srcip";
            s.dstIpColumn = "dstip";
            s.srcPortColumn = "srcport";
            s.dstPortColumn = "dstport";
            s.protocolColumn = "proto";
            s.packetsColumn = "pkt";
            s.bytesColumn = "byt";
            s.durationColumn = "td";
            s.startColumn = "ts";
            v.push_back(s);
        }
        return v;
    }();
    return specs;
}

const CsvTraceSpec *csvSpecByFormat(const std::string &format)
{
    for (const CsvTraceSpec &s : builtinCsvSpecs())
        if (s.format == format)
            return &s;
    return nullptr;
}

const CsvTraceSpec *csvSpecForHeader(const std::vector<std::string> &header)
{
    for (const CsvTraceSpec &s : builtinCsvSpecs()) {
        const bool all = std::all_of(s.signature.begin(), s.signature.end(), [&](const std::string &name) {
            return std::find(header.begin(), header.end(), name) != header.end();
        });
        if (all)
            return &s;
    }
    return nullptr;
}

} // namespace netsynth
