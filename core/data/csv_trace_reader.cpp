#include "core/data/csv_trace_reader.h"

#include "core/runtime/errors.h"
#include "core/runtime/progress.h"


#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace netsynth {

namespace {

std::string trim(const std::string &s)
{
    std::size_t a = 0, b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r' || s[a] == '\n'))
        ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r' || s[b - 1] == '\n'))
        --b;
    return s.substr(a, b - a);
}

bool isInteger(const std::string &s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

class Row
{
public:
    Row(const std::string &file, std::int64_t line, const std::vector<std::string> &header,
        const std::vector<std::string> &fields)
        : m_file(file), m_line(line), m_header(header), m_fields(fields)
    {
    }

    std::string where(int col) const
    {
        return "line " + std::to_string(m_line) + ", column " + m_header[static_cast<std::size_t>(col)];
    }

    const std::string &text(int col) const { return m_fields[static_cast<std::size_t>(col)]; }

    double number(int col) const
    {
        const std::string &s = text(col);
        return parseNumber(s, col);
    }

    double parseNumber(const std::string &s, int col) const
    {
        if (s.empty())
            throw InputError(m_file, where(col), "expected a number, got an empty field");
        char *end = nullptr;
        errno = 0;
        const double v = std::strtod(s.c_str(), &end);
        if (end == s.c_str() || *end != '\0' || errno == ERANGE)
            throw InputError(m_file, where(col), "expected a number, got '" + s + "'");
        return v;
    }

    // A number within [lo, hi] (finite), else an InputError naming the cell.
    double numberIn(int col, double lo, double hi, const char *what) const
    {
        const double v = number(col);
        if (!(v >= lo && v <= hi))
            throw InputError(m_file, where(col), std::string("expected ") + what + ", got '" + text(col) + "'");
        return v;
    }

    std::vector<double> numberList(int col) const
    {
        std::vector<double> out;
        const std::string &s = text(col);
        std::size_t i = 0;
        while (i < s.size()) {
            while (i < s.size() && s[i] == ' ')
                ++i;
            std::size_t j = i;
            while (j < s.size() && s[j] != ' ')
                ++j;
            if (j > i)
                out.push_back(parseNumber(s.substr(i, j - i), col));
            i = j;
        }
        return out;
    }

private:
    const std::string &m_file;
    std::int64_t m_line;
    const std::vector<std::string> &m_header;
    const std::vector<std::string> &m_fields;
};

int requireColumn(const std::string &file, const std::vector<std::string> &header, const std::string &name,
                  const std::string &format)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    throw InputError(file, "line 1, column " + name, "missing column for format " + format);
}

int optionalColumn(const std::vector<std::string> &header, const std::string &name)
{
    if (name.empty())
        return -1;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    return -1;
}

std::string ipFromField(const std::string &s)
{
    // NetFlow exports write IPv4 addresses as unsigned integers.
    if (isInteger(s)) {
        const unsigned long long v = std::strtoull(s.c_str(), nullptr, 10);
        if (v <= 0xffffffffULL) {
            return std::to_string((v >> 24) & 255) + "." + std::to_string((v >> 16) & 255) + "." +
                   std::to_string((v >> 8) & 255) + "." + std::to_string(v & 255);
        }
    }
    return s;
}

std::uint8_t protocolFromField(const std::string &s)
{
    if (s == "TCP" || s == "tcp") return 6;
    if (s == "UDP" || s == "udp") return 17;
    if (s == "ICMP" || s == "icmp") return 1;
    if (isInteger(s)) return static_cast<std::uint8_t>(std::strtoul(s.c_str(), nullptr, 10) & 255);
    return 0;
}

} // namespace

std::vector<std::string> CsvTraceReader::splitLine(const std::string &line)
{
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    cur += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(trim(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(trim(cur));
    return out;
}

std::string CsvTraceReader::labelFromFileName(const std::string &path, bool stripRunSuffix)
{
    std::string stem = std::filesystem::path(path).stem().string();
    if (stripRunSuffix) {
        const std::size_t us = stem.rfind('_');
        if (us != std::string::npos && us > 0 && isInteger(stem.substr(us + 1)))
            stem.resize(us);
    }
    return stem;
}

std::vector<std::string> CsvTraceReader::readHeader(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, {}, std::string("cannot open: ") + std::strerror(errno));
    std::string line;
    if (!std::getline(in, line) || trim(line).empty())
        throw InputError(path, "line 1", "empty file: expected a CSV header line");
    return splitLine(line);
}

namespace {

// One CSV file being read: its header, its lines, and what every biflow of it
// shares (label column or file-name label, metadata columns, source).
struct CsvFileCursor
{
    CsvFileCursor(const std::string &pathIn, const CsvTraceSpec &spec, const CsvReadOptions &optionsIn,
                  ProgressToken &tokenIn)
        : path(pathIn), header(CsvTraceReader::readHeader(pathIn)), in(pathIn, std::ios::binary), options(optionsIn),
          token(tokenIn), fileLabel(CsvTraceReader::labelFromFileName(pathIn, spec.stripRunSuffix))
    {
        std::getline(in, line); // header
        labelCol = spec.labelColumn.empty() ? -1 : requireColumn(path, header, spec.labelColumn, spec.format);
        for (const std::string &m : spec.metadataColumns) {
            const int c = optionalColumn(header, m);
            if (c >= 0)
                metaCols.emplace_back(m, c);
        }
    }

    // The next non-empty line's fields; false at the end of the file.
    bool next(std::vector<std::string> &fields)
    {
        while (std::getline(in, line)) {
            ++lineNo;
            if (trim(line).empty())
                continue;
            fields = CsvTraceReader::splitLine(line);
            if (fields.size() != header.size())
                throw InputError(path, "line " + std::to_string(lineNo),
                                 "expected " + std::to_string(header.size()) + " fields like the header, got " +
                                     std::to_string(fields.size()));
            if ((lineNo & 1023) == 0)
                token.throwIfCanceled();
            return true;
        }
        return false;
    }

    // A biflow of one row: label, metadata columns, source file and index.
    Biflow baseBiflow(const Row &row, const std::vector<std::string> &fields)
    {
        Biflow b;
        b.label = labelCol >= 0 ? row.text(labelCol) : fileLabel;
        for (const auto &mc : metaCols)
            b.metadata["csv." + mc.first] = fields[static_cast<std::size_t>(mc.second)];
        b.sourceFile = path;
        b.sourceIndex = index++;
        return b;
    }

    void truncate(Biflow &b) const
    {
        if (options.maxPacketsPerBiflow > 0 && b.packets.size() > options.maxPacketsPerBiflow)
            b.packets.resize(options.maxPacketsPerBiflow);
    }

    const std::string path;
    const std::vector<std::string> header;
    std::ifstream in;
    const CsvReadOptions &options;
    ProgressToken &token;
    const std::string fileLabel;
    int labelCol = -1;
    std::vector<std::pair<std::string, int>> metaCols;
    std::string line;
    std::int64_t lineNo = 1;
    std::int64_t index = 0;
};

using Sink = CsvTraceReader::Sink;

// One trace per row: the integer-named columns are its bins.
void readTracePerRow(CsvFileCursor &f, const CsvTraceSpec &spec, const Sink &sink)
{
    std::vector<std::string> fields;
    std::vector<int> binCols;
    for (std::size_t i = 0; i < f.header.size(); ++i)
        if (isInteger(f.header[i]))
            binCols.push_back(static_cast<int>(i));
    if (binCols.empty())
        throw InputError(f.path, "line 1", "no integer-named bin columns for format " + spec.format);
    while (f.next(fields)) {
        Row row(f.path, f.lineNo, f.header, fields);
        Biflow b = f.baseBiflow(row, fields);
        b.binSeconds = spec.binSeconds;
        b.bins.reserve(binCols.size());
        for (int c : binCols)
            b.bins.push_back(row.number(c));
        sink(std::move(b));
    }
}

// One trace per file: the values of one column are its bins.
void readTracePerFile(CsvFileCursor &f, const CsvTraceSpec &spec, const Sink &sink)
{
    std::vector<std::string> fields;
    const std::string column = f.options.column.empty() ? spec.seriesColumn : f.options.column;
    const int col = requireColumn(f.path, f.header, column, spec.format);
    Biflow b;
    b.label = f.fileLabel;
    b.sourceFile = f.path;
    b.binSeconds = spec.binSeconds;
    b.metadata["csv.column"] = column;
    while (f.next(fields))
        b.bins.push_back(Row(f.path, f.lineNo, f.header, fields).number(col));
    if (b.bins.empty())
        throw InputError(f.path, "line 2", "no data rows");
    sink(std::move(b));
}

// One packet per row, one biflow per file.
void readPacketPerRow(CsvFileCursor &f, const CsvTraceSpec &spec, const Sink &sink)
{
    std::vector<std::string> fields;
    const int tCol = requireColumn(f.path, f.header, spec.timeColumn, spec.format);
    const int sCol = requireColumn(f.path, f.header, spec.sizeColumn, spec.format);
    const int dCol = requireColumn(f.path, f.header, spec.directionColumn, spec.format);
    Biflow b;
    b.label = f.fileLabel;
    b.sourceFile = f.path;
    double prev = 0.0;
    while (f.next(fields)) {
        Row row(f.path, f.lineNo, f.header, fields);
        Packet p;
        p.timestamp = row.number(tCol) * spec.timeScale;
        p.iat = b.packets.empty() ? 0.0 : p.timestamp - prev;
        prev = p.timestamp;
        const double size = row.numberIn(sCol, 0.0, 2147483647.0, "a packet size in bytes");
        if (spec.sizeIsIpBytes)
            p.ipBytes = static_cast<std::int32_t>(size);
        else
            p.payloadBytes = static_cast<std::int32_t>(size);
        p.direction = row.number(dCol) == spec.upstreamValue ? Direction::Upstream : Direction::Downstream;
        if (f.options.maxPacketsPerBiflow == 0 || b.packets.size() < f.options.maxPacketsPerBiflow)
            b.packets.push_back(p);
    }
    if (b.packets.empty())
        throw InputError(f.path, "line 2", "no data rows");
    sink(std::move(b));
}

// One biflow per row, its packets as space-separated lists (AppxAct).
void readPacketListsPerRow(CsvFileCursor &f, const CsvTraceSpec &spec, const Sink &sink)
{
    std::vector<std::string> fields;
    const int iCol = requireColumn(f.path, f.header, spec.iatColumn, spec.format);
    const int sCol = requireColumn(f.path, f.header, spec.sizeColumn, spec.format);
    const int dCol = requireColumn(f.path, f.header, spec.directionColumn, spec.format);
    while (f.next(fields)) {
        Row row(f.path, f.lineNo, f.header, fields);
        Biflow b = f.baseBiflow(row, fields);
        const std::vector<double> iat = row.numberList(iCol);
        const std::vector<double> size = row.numberList(sCol);
        const std::vector<double> dir = row.numberList(dCol);
        if (size.size() != iat.size())
            throw InputError(f.path, row.where(iCol), "list has " + std::to_string(iat.size()) + " values but " +
                                                        spec.sizeColumn + " has " + std::to_string(size.size()));
        if (size.size() != dir.size())
            throw InputError(f.path, row.where(dCol), "list has " + std::to_string(dir.size()) + " values but " +
                                                        spec.sizeColumn + " has " + std::to_string(size.size()));
        for (double v : size)
            if (!(v >= 0.0 && v <= 2147483647.0))
                throw InputError(f.path, row.where(sCol), "expected packet sizes in bytes, got " + std::to_string(v));
        b.packets.resize(size.size());
        double t = 0.0;
        for (std::size_t i = 0; i < size.size(); ++i) {
            Packet &p = b.packets[i];
            p.iat = i == 0 ? 0.0 : iat[i] * spec.timeScale;
            t += p.iat;
            p.timestamp = t;
            if (spec.sizeIsIpBytes)
                p.ipBytes = static_cast<std::int32_t>(size[i]);
            else
                p.payloadBytes = static_cast<std::int32_t>(size[i]);
            p.direction = dir[i] == spec.upstreamValue ? Direction::Upstream : Direction::Downstream;
        }
        f.truncate(b);
        sink(std::move(b));
    }
}

// One flow record per row (5-tuple, packet and byte counts).
void readFlowPerRow(CsvFileCursor &f, const CsvTraceSpec &spec, const Sink &sink)
{
    std::vector<std::string> fields;
    const int srcIp = requireColumn(f.path, f.header, spec.srcIpColumn, spec.format);
    const int dstIp = requireColumn(f.path, f.header, spec.dstIpColumn, spec.format);
    const int srcPort = requireColumn(f.path, f.header, spec.srcPortColumn, spec.format);
    const int dstPort = requireColumn(f.path, f.header, spec.dstPortColumn, spec.format);
    const int proto = requireColumn(f.path, f.header, spec.protocolColumn, spec.format);
    const int pkts = requireColumn(f.path, f.header, spec.packetsColumn, spec.format);
    const int bytes = requireColumn(f.path, f.header, spec.bytesColumn, spec.format);
    const int dur = optionalColumn(f.header, spec.durationColumn);
    const int start = optionalColumn(f.header, spec.startColumn);
    while (f.next(fields)) {
        Row row(f.path, f.lineNo, f.header, fields);
        Biflow b = f.baseBiflow(row, fields);
        FiveTuple t;
        t.srcIp = ipFromField(row.text(srcIp));
        t.dstIp = ipFromField(row.text(dstIp));
        t.srcPort = static_cast<std::uint16_t>(row.numberIn(srcPort, 0, 65535, "a port number"));
        t.dstPort = static_cast<std::uint16_t>(row.numberIn(dstPort, 0, 65535, "a port number"));
        t.protocol = protocolFromField(row.text(proto));
        b.tuple = t;
        b.declaredPackets = static_cast<std::int64_t>(row.numberIn(pkts, 0, 9e18, "a packet count"));
        b.features["flow.bytes"] = row.number(bytes);
        b.features["flow.packets"] = row.number(pkts);
        if (dur >= 0)
            b.features["flow.duration"] = row.number(dur);
        if (start >= 0)
            b.features["flow.start"] = row.number(start);
        sink(std::move(b));
    }
}

} // namespace

void CsvTraceReader::readFile(const std::string &path, const CsvTraceSpec &spec, const CsvReadOptions &options,
                              ProgressToken &token, const Sink &sink)
{
    CsvFileCursor cursor(path, spec, options, token);
    switch (spec.unit) {
    case CsvTraceSpec::Unit::TracePerRow: readTracePerRow(cursor, spec, sink); break;
    case CsvTraceSpec::Unit::TracePerFile: readTracePerFile(cursor, spec, sink); break;
    case CsvTraceSpec::Unit::PacketPerRow: readPacketPerRow(cursor, spec, sink); break;
    case CsvTraceSpec::Unit::PacketListsPerRow: readPacketListsPerRow(cursor, spec, sink); break;
    case CsvTraceSpec::Unit::FlowPerRow: readFlowPerRow(cursor, spec, sink); break;
    }
}

} // namespace netsynth
