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

void CsvTraceReader::readFile(const std::string &path, const CsvTraceSpec &spec, const CsvReadOptions &options,
                              ProgressToken &token, const Sink &sink)
{
    const std::vector<std::string> header = readHeader(path);
    std::ifstream in(path, std::ios::binary);
    std::string line;
    std::getline(in, line); // header
    const std::string fileLabel = labelFromFileName(path, spec.stripRunSuffix);
    const int labelCol = spec.labelColumn.empty() ? -1 : requireColumn(path, header, spec.labelColumn, spec.format);
    std::vector<std::pair<std::string, int>> metaCols;
    for (const std::string &m : spec.metadataColumns) {
        const int c = optionalColumn(header, m);
        if (c >= 0)
            metaCols.emplace_back(m, c);
    }

    std::int64_t lineNo = 1;
    std::int64_t index = 0;
    auto nextRow = [&](std::vector<std::string> &fields) -> bool {
        while (std::getline(in, line)) {
            ++lineNo;
            if (trim(line).empty())
                continue;
            fields = splitLine(line);
            if (fields.size() != header.size())
                throw InputError(path, "line " + std::to_string(lineNo),
                                 "expected " + std::to_string(header.size()) + " fields like the header, got " +
                                     std::to_string(fields.size()));
            if ((lineNo & 1023) == 0)
                token.throwIfCanceled();
            return true;
        }
        return false;
    };
    auto baseBiflow = [&](const Row &row, const std::vector<std::string> &fields) {
        Biflow b;
        b.label = labelCol >= 0 ? row.text(labelCol) : fileLabel;
        for (const auto &mc : metaCols)
            b.metadata["csv." + mc.first] = fields[static_cast<std::size_t>(mc.second)];
        b.sourceFile = path;
        b.sourceIndex = index++;
        return b;
    };
    auto truncate = [&](Biflow &b) {
        if (options.maxPacketsPerBiflow > 0 && b.packets.size() > options.maxPacketsPerBiflow)
            b.packets.resize(options.maxPacketsPerBiflow);
    };

    std::vector<std::string> fields;
    switch (spec.unit) {
    case CsvTraceSpec::Unit::TracePerRow: {
        std::vector<int> binCols;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (isInteger(header[i]))
                binCols.push_back(static_cast<int>(i));
        if (binCols.empty())
            throw InputError(path, "line 1", "no integer-named bin columns for format " + spec.format);
        while (nextRow(fields)) {
            Row row(path, lineNo, header, fields);
            Biflow b = baseBiflow(row, fields);
            b.binSeconds = spec.binSeconds;
            b.bins.reserve(binCols.size());
            for (int c : binCols)
                b.bins.push_back(row.number(c));
            sink(std::move(b));
        }
        break;
    }
    case CsvTraceSpec::Unit::TracePerFile: {
        const std::string column = options.column.empty() ? spec.seriesColumn : options.column;
        const int col = requireColumn(path, header, column, spec.format);
        Biflow b;
        b.label = fileLabel;
        b.sourceFile = path;
        b.binSeconds = spec.binSeconds;
        b.metadata["csv.column"] = column;
        while (nextRow(fields))
            b.bins.push_back(Row(path, lineNo, header, fields).number(col));
        if (b.bins.empty())
            throw InputError(path, "line 2", "no data rows");
        sink(std::move(b));
        break;
    }
    case CsvTraceSpec::Unit::PacketPerRow: {
        const int tCol = requireColumn(path, header, spec.timeColumn, spec.format);
        const int sCol = requireColumn(path, header, spec.sizeColumn, spec.format);
        const int dCol = requireColumn(path, header, spec.directionColumn, spec.format);
        Biflow b;
        b.label = fileLabel;
        b.sourceFile = path;
        double prev = 0.0;
        while (nextRow(fields)) {
            Row row(path, lineNo, header, fields);
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
            if (options.maxPacketsPerBiflow == 0 || b.packets.size() < options.maxPacketsPerBiflow)
                b.packets.push_back(p);
        }
        if (b.packets.empty())
            throw InputError(path, "line 2", "no data rows");
        sink(std::move(b));
        break;
    }
    case CsvTraceSpec::Unit::PacketListsPerRow: {
        const int iCol = requireColumn(path, header, spec.iatColumn, spec.format);
        const int sCol = requireColumn(path, header, spec.sizeColumn, spec.format);
        const int dCol = requireColumn(path, header, spec.directionColumn, spec.format);
        while (nextRow(fields)) {
            Row row(path, lineNo, header, fields);
            Biflow b = baseBiflow(row, fields);
            const std::vector<double> iat = row.numberList(iCol);
            const std::vector<double> size = row.numberList(sCol);
            const std::vector<double> dir = row.numberList(dCol);
            if (size.size() != iat.size())
                throw InputError(path, row.where(iCol), "list has " + std::to_string(iat.size()) + " values but " +
                                                            spec.sizeColumn + " has " + std::to_string(size.size()));
            if (size.size() != dir.size())
                throw InputError(path, row.where(dCol), "list has " + std::to_string(dir.size()) + " values but " +
                                                            spec.sizeColumn + " has " + std::to_string(size.size()));
            for (double v : size)
                if (!(v >= 0.0 && v <= 2147483647.0))
                    throw InputError(path, row.where(sCol), "expected packet sizes in bytes, got " + std::to_string(v));
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
            truncate(b);
            sink(std::move(b));
        }
        break;
    }
    case CsvTraceSpec::Unit::FlowPerRow: {
        const int srcIp = requireColumn(path, header, spec.srcIpColumn, spec.format);
        const int dstIp = requireColumn(path, header, spec.dstIpColumn, spec.format);
        const int srcPort = requireColumn(path, header, spec.srcPortColumn, spec.format);
        const int dstPort = requireColumn(path, header, spec.dstPortColumn, spec.format);
        const int proto = requireColumn(path, header, spec.protocolColumn, spec.format);
        const int pkts = requireColumn(path, header, spec.packetsColumn, spec.format);
        const int bytes = requireColumn(path, header, spec.bytesColumn, spec.format);
        const int dur = optionalColumn(header, spec.durationColumn);
        const int start = optionalColumn(header, spec.startColumn);
        while (nextRow(fields)) {
            Row row(path, lineNo, header, fields);
            Biflow b = baseBiflow(row, fields);
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
        break;
    }
    }
}

} // namespace netsynth
