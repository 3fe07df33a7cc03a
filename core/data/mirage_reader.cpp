#include "core/data/mirage_reader.h"
#include "core/data/mirage_skipping_stream.h"

#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <array>
#include <deque>
#include <string_view>
#include <filesystem>
#include <map>
#include <memory>

namespace netsynth {

namespace {

using mirage_detail::SkippingFileStream;
using mirage_detail::lineAtOffsetInFile;
using mirage_detail::lineAtOffsetInString;

// packet_data arrays the model uses; any other array is length-checked only.
enum Column { ColSrcPort, ColDstPort, ColDir, ColPayload, ColIat, ColWin, ColTimestamp, ColIpBytes, ColFlags,
              ColCount };
const char *const kColumnNames[ColCount] = {"src_port", "dst_port", "packet_dir", "L4_payload_bytes", "iat",
                                            "TCP_win_size", "timestamp", "IP_packet_bytes", "TCP_flags"};

std::uint16_t flagsFromLetters(const char *s, std::size_t n)
{
    // Accept "PA", "S", "-----S-A", "0x18" or "24".
    if (n > 0 && (s[0] >= '0' && s[0] <= '9'))
        return static_cast<std::uint16_t>(std::strtoul(std::string(s, n).c_str(), nullptr, 0) & 0xffff);
    std::uint16_t f = 0;
    for (std::size_t i = 0; i < n; ++i) {
        switch (s[i]) {
        case 'F': f |= 0x01; break;
        case 'S': f |= 0x02; break;
        case 'R': f |= 0x04; break;
        case 'P': f |= 0x08; break;
        case 'A': f |= 0x10; break;
        case 'U': f |= 0x20; break;
        case 'E': f |= 0x40; break;
        case 'C': f |= 0x80; break;
        default: break;
        }
    }
    return f;
}

struct Frame
{
    bool isArray = false;
    std::string key;      // last key seen in this object
    std::size_t count = 0; // elements seen in this array
};

// A stack of frames that keeps its storage (and the keys' capacity) between
// pushes, so walking millions of values allocates nothing.
class FrameStack
{
public:
    std::size_t size() const { return m_depth; }
    Frame &back() { return m_store[m_depth - 1]; }
    Frame &operator[](std::size_t i) { return m_store[i]; }
    const Frame &operator[](std::size_t i) const { return m_store[i]; }
    void push(bool isArray)
    {
        if (m_depth == m_store.size())
            m_store.emplace_back();
        Frame &f = m_store[m_depth++];
        f.isArray = isArray;
        f.key.clear();
        f.count = 0;
    }
    void pop_back() { --m_depth; }

private:
    std::vector<Frame> m_store;
    std::size_t m_depth = 0;
};

// SAX handler: a small state machine over the nesting depth.
//   depth 1: top object, keys are flow ids
//   depth 2: biflow object, keys are sections
//   depth 3: section object (packet_data fields, flow_metadata scalars, flow_features groups)
//   depth 4: packet_data array elements (nested arrays below are raw payload bytes)
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(const std::string &file, const MirageReadOptions &options, ProgressToken &token,
            const MirageReader::Sink &sink, std::function<void()> tick,
            std::function<std::int64_t()> skippedElements = {})
        : m_file(file), m_options(options), m_token(token), m_sink(sink), m_tick(std::move(tick)),
          m_skippedElements(std::move(skippedElements))
    {
        const std::string fileName = std::filesystem::path(file).filename().string();
        if (options.backgroundRule)
            m_fileApp = MirageReader::appFromFileName(fileName);
    }

    std::string errorMessage;
    std::string errorField;
    bool canceled = false;
    std::int64_t biflowsRead = 0;

    bool Null() { return scalar(Value::Null, std::nan(""), nullptr, 0); }
    bool Bool(bool b) { return scalar(Value::Bool, b ? 1.0 : 0.0, nullptr, 0); }
    bool Int(int i) { return scalar(Value::Number, i, nullptr, 0); }
    bool Uint(unsigned u) { return scalar(Value::Number, u, nullptr, 0); }
    bool Int64(std::int64_t i) { return scalar(Value::Number, static_cast<double>(i), nullptr, 0); }
    bool Uint64(std::uint64_t u) { return scalar(Value::Number, static_cast<double>(u), nullptr, 0); }
    bool Double(double d) { return scalar(Value::Number, d, nullptr, 0); }
    bool String(const char *s, rapidjson::SizeType n, bool) { return scalar(Value::String, 0.0, s, n); }

    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        m_frames.back().key.assign(s, n);
        if (m_frames.size() == 3 && m_section == Section::PacketData) {
            m_column = ColCount;
            for (int c = 0; c < ColCount; ++c)
                if (m_frames.back().key == kColumnNames[c])
                    m_column = c;
        }
        return true;
    }

    bool StartObject() { return startContainer(false); }
    bool EndObject(rapidjson::SizeType) { return endContainer(); }
    bool StartArray() { return startContainer(true); }
    bool EndArray(rapidjson::SizeType) { return endContainer(); }

private:
    enum class Value { Null, Bool, Number, String, Object, Array };
    enum class Section { None, PacketData, Features, Metadata, Other };

    static const char *valueName(Value v)
    {
        switch (v) {
        case Value::Null: return "null";
        case Value::Bool: return "a boolean";
        case Value::Number: return "a number";
        case Value::String: return "a string";
        case Value::Object: return "an object";
        case Value::Array: return "an array";
        }
        return "a value";
    }

    bool fail(const std::string &field, const std::string &message)
    {
        errorField = field;
        errorMessage = message;
        return false;
    }

    std::string biflowField(const std::string &rest) const { return "biflow '" + m_flowId + "' " + rest; }

    // Checks a value arriving at the current depth. Returns false (with an error) when misplaced.
    bool onValue(Value v)
    {
        const std::size_t depth = m_frames.size();
        if (depth == 0) {
            if (v != Value::Object)
                return fail("top level", std::string("expected a JSON object keyed by biflow id, got ") + valueName(v));
            return true;
        }
        if (depth == 1) {
            if (v != Value::Object)
                return fail("biflow '" + m_frames[0].key + "'",
                            std::string("expected an object, got ") + valueName(v));
            beginBiflow(m_frames[0].key);
            return true;
        }
        if (depth == 2) {
            const std::string &key = m_frames[1].key;
            m_section = key == "packet_data"     ? Section::PacketData
                        : key == "flow_features" ? Section::Features
                        : key == "flow_metadata" ? Section::Metadata
                                                 : Section::Other;
            if (m_section != Section::Other && v != Value::Object)
                return fail(biflowField(key), std::string("expected an object, got ") + valueName(v));
            if (m_section == Section::PacketData)
                m_hasPacketData = true;
            if (m_section == Section::Metadata)
                m_hasMetadata = true;
            return true;
        }
        return true;
    }

    bool startContainer(bool isArray)
    {
        const Value v = isArray ? Value::Array : Value::Object;
        if (!onValue(v))
            return false;
        const std::size_t depth = m_frames.size();
        if (depth == 3 && m_section == Section::PacketData) {
            const std::string &field = m_frames[2].key;
            if (!isArray)
                return fail(biflowField("packet_data." + field), "expected an array, got an object");
            m_currentLength = &m_arrayLengths[field];
            *m_currentLength = 0;
        }
        if (depth == 4 && m_section == Section::PacketData) {
            // An element that is itself an array: L4_raw_payload's byte lists.
            if (m_column != ColCount)
                return fail(biflowField("packet_data." + m_frames[2].key + "[" + std::to_string(m_frames[3].count) + "]"),
                            std::string("expected a number, got ") + valueName(v));
            ++*m_currentLength;
        }
        if (depth == 3 && m_section == Section::Metadata)
            return fail(biflowField("flow_metadata." + m_frames[2].key),
                        std::string("expected a string or a number, got ") + valueName(v));
        if (depth >= 1)
            ++m_frames.back().count;
        m_frames.push(isArray);
        return true;
    }

    bool endContainer()
    {
        m_frames.pop_back();
        const std::size_t depth = m_frames.size();
        if (depth == 3 && m_section == Section::PacketData && m_column == ColCount && m_skippedElements)
            *m_currentLength += static_cast<std::size_t>(m_skippedElements()); // elements the stream skipped
        if (depth == 2)
            m_section = Section::None;
        if (depth == 1) {
            if (!finishBiflow())
                return false;
        }
        return true;
    }

    bool scalar(Value v, double number, const char *s, std::size_t n)
    {
        if (!onValue(v))
            return false;
        const std::size_t depth = m_frames.size();
        if (depth == 2 && m_section == Section::Other) {
            ++m_frames.back().count;
            return true;
        }
        if (depth == 3 && m_section == Section::PacketData)
            return fail(biflowField("packet_data." + m_frames[2].key),
                        std::string("expected an array, got ") + valueName(v));
        if (depth == 4 && m_section == Section::PacketData) {
            Frame &arr = m_frames[3];
            const std::size_t index = arr.count++;
            ++*m_currentLength;
            if (m_column == ColCount)
                return true;
            if (m_column == ColFlags && v == Value::String) {
                m_columns[ColFlags].push_back(flagsFromLetters(s, n));
                return true;
            }
            if (v != Value::Number && !(v == Value::Null && (m_column == ColIat || m_column == ColTimestamp)))
                return fail(biflowField("packet_data." + m_frames[2].key + "[" + std::to_string(index) + "]"),
                            std::string("expected a number, got ") + valueName(v));
            m_columns[m_column].push_back(number);
            return true;
        }
        if (depth == 3 && m_section == Section::Metadata) {
            const std::string &key = m_frames[2].key;
            if (v == Value::String)
                m_biflow.metadata["flow_metadata." + key].assign(s, n);
            else if (v == Value::Number || v == Value::Bool)
                m_biflow.features["flow_metadata." + key] = number;
            return true;
        }
        if (depth >= 3 && m_section == Section::Features) {
            if (m_options.keepFlowFeatures && (v == Value::Number || v == Value::Null)) {
                m_path.assign("flow_features");
                for (std::size_t i = 2; i < m_frames.size(); ++i) {
                    m_path += '.';
                    m_path += m_frames[i].key;
                }
                m_biflow.features.insert_or_assign(m_path, number);
            }
            return true;
        }
        return true;
    }

    void beginBiflow(const std::string &flowId)
    {
        m_flowId = flowId;
        m_biflow = Biflow();
        for (auto &c : m_columns)
            c.clear();
        m_arrayLengths.clear();
        m_hasPacketData = false;
        m_hasMetadata = false;
        m_section = Section::None;
    }

    // A biflow's closing brace: check its fields, build it, hand it on.
    bool finishBiflow()
    {
        std::size_t n = 0;
        if (!checkFields(n))
            return false;
        applyFlowMetadata();
        if (!fillPackets(n))
            return false;
        orientTuple(n);
        return emitBiflow();
    }

    // The required fields are present and the packet arrays agree in length
    // (that length is packetCount).
    bool checkFields(std::size_t &packetCount)
    {
        if (!m_hasPacketData)
            return fail(biflowField("packet_data"), "missing field");
        if (!m_hasMetadata)
            return fail(biflowField("flow_metadata"), "missing field");
        // Parallel arrays must have equal length.
        std::size_t n = 0;
        std::string firstField;
        for (const auto &kv : m_arrayLengths) {
            if (firstField.empty()) {
                firstField = kv.first;
                n = kv.second;
            } else if (kv.second != n) {
                return fail(biflowField("packet_data." + kv.first),
                            "array has " + std::to_string(kv.second) + " elements but packet_data." + firstField +
                                " has " + std::to_string(n));
            }
        }
        if (m_columns[ColDir].size() != n || m_arrayLengths.count("packet_dir") == 0)
            return fail(biflowField("packet_data.packet_dir"), "missing field");
        if (m_arrayLengths.count("iat") == 0 && m_arrayLengths.count("timestamp") == 0)
            return fail(biflowField("packet_data.iat"), "missing field (neither iat nor timestamp)");
        if (m_arrayLengths.count("L4_payload_bytes") == 0 && m_arrayLengths.count("IP_packet_bytes") == 0)
            return fail(biflowField("packet_data.L4_payload_bytes"),
                        "missing field (neither L4_payload_bytes nor IP_packet_bytes)");
        if (m_biflow.metadata.count("flow_metadata.BF_label") == 0)
            return fail(biflowField("flow_metadata.BF_label"), "missing field");
        packetCount = n;
        return true;
    }

    // Label (after the background rule), activity, flow id, declared packet
    // count and where the biflow came from.
    void applyFlowMetadata()
    {
        Biflow &b = m_biflow;
        b.label = b.metadata.at("flow_metadata.BF_label");
        auto activity = b.metadata.find("flow_metadata.BF_activity");
        if (activity != b.metadata.end())
            b.activity = activity->second;
        if (m_options.backgroundRule && !m_fileApp.empty() && b.label != m_fileApp) {
            b.metadata["original_label"] = b.label;
            b.label = "background";
        }
        b.metadata["flow_id"] = m_flowId;
        auto declared = b.features.find("flow_metadata.BF_num_packets");
        if (declared != b.features.end() && std::isfinite(declared->second))
            b.declaredPackets = declared->second >= 0 && declared->second < 9e18
                                    ? static_cast<std::int64_t>(declared->second)
                                    : -1;
        b.sourceFile = m_file;
        b.sourceIndex = biflowsRead;
    }

    // The first packets (up to the cap) from the parallel arrays; a direction
    // other than 0/1 or a size that is no byte count is an error naming the
    // element.
    bool fillPackets(std::size_t n)
    {
        Biflow &b = m_biflow;
        std::size_t keep = n;
        if (m_options.maxPacketsPerBiflow > 0 && keep > m_options.maxPacketsPerBiflow)
            keep = m_options.maxPacketsPerBiflow;
        const auto &dir = m_columns[ColDir];
        const bool hasIat = m_columns[ColIat].size() == n;
        const bool hasTs = m_columns[ColTimestamp].size() == n;
        const bool hasPayload = m_columns[ColPayload].size() == n;
        const bool hasIp = m_columns[ColIpBytes].size() == n;
        const bool hasWin = m_columns[ColWin].size() == n;
        const bool hasFlags = m_columns[ColFlags].size() == n;
        b.packets.resize(keep);
        double t = 0.0;
        for (std::size_t i = 0; i < keep; ++i) {
            Packet &p = b.packets[i];
            const double d = dir[i];
            if (d != 0.0 && d != 1.0)
                return fail(biflowField("packet_data.packet_dir[" + std::to_string(i) + "]"),
                            "expected 0 (upstream) or 1 (downstream), got " + std::to_string(d));
            p.direction = d == 0.0 ? Direction::Upstream : Direction::Downstream;
            if (hasTs) {
                p.timestamp = m_columns[ColTimestamp][i];
                p.iat = hasIat && std::isfinite(m_columns[ColIat][i])
                            ? m_columns[ColIat][i]
                            : (i == 0 ? 0.0 : p.timestamp - b.packets[i - 1].timestamp);
            } else {
                const double iat = std::isfinite(m_columns[ColIat][i]) ? m_columns[ColIat][i] : 0.0;
                p.iat = i == 0 ? 0.0 : iat;
                t += p.iat;
                p.timestamp = t;
            }
            // Sizes must be byte counts; window and flags are informative only
            // (out of range or NaN leaves them unknown).
            auto size = [&](int col, std::int32_t &out) {
                const double v = m_columns[col][i];
                if (!(v >= 0.0 && v <= 2147483647.0))
                    return fail(biflowField(std::string("packet_data.") + kColumnNames[col] + "[" + std::to_string(i) +
                                            "]"),
                                "expected a byte count, got " + std::to_string(v));
                out = static_cast<std::int32_t>(v);
                return true;
            };
            if (hasPayload && !size(ColPayload, p.payloadBytes))
                return false;
            if (hasIp && !size(ColIpBytes, p.ipBytes))
                return false;
            if (hasWin && m_columns[ColWin][i] >= 0.0 && m_columns[ColWin][i] <= 2147483647.0)
                p.tcpWindow = static_cast<std::int32_t>(m_columns[ColWin][i]);
            if (hasFlags && m_columns[ColFlags][i] >= 0.0 && m_columns[ColFlags][i] <= 65535.0)
                p.tcpFlags = static_cast<std::uint16_t>(m_columns[ColFlags][i]);
        }
        return true;
    }

    // 5-tuple from the flow id "ip1,port1,ip2,port2,proto"; the initiator is
    // the side that sends upstream packets.
    void orientTuple(std::size_t n)
    {
        Biflow &b = m_biflow;
        const auto &dir = m_columns[ColDir];
        b.tuple = parseFlowId(m_flowId);
        if (b.tuple && n > 0 && m_columns[ColSrcPort].size() == n) {
            for (std::size_t i = 0; i < n; ++i) {
                if (dir[i] != 0.0)
                    continue;
                const double port = m_columns[ColSrcPort][i];
                if (port >= 0.0 && port <= 65535.0 && static_cast<std::uint16_t>(port) == b.tuple->dstPort &&
                    b.tuple->srcPort != b.tuple->dstPort) {
                    std::swap(b.tuple->srcIp, b.tuple->dstIp);
                    std::swap(b.tuple->srcPort, b.tuple->dstPort);
                }
                break;
            }
        }
    }

    // Hands the biflow to the sink; every 64 biflows, ticks progress and stops
    // when canceled.
    bool emitBiflow()
    {
        ++biflowsRead;
        m_sink(std::move(m_biflow));
        if ((biflowsRead & 63) == 0) {
            if (m_tick)
                m_tick();
            if (m_token.isCanceled()) {
                canceled = true;
                return false;
            }
        }
        return true;
    }

    static std::optional<FiveTuple> parseFlowId(const std::string &id)
    {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (;;) {
            const std::size_t comma = id.find(',', start);
            parts.push_back(id.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        if (parts.size() != 5)
            return std::nullopt;
        FiveTuple t;
        char *end = nullptr;
        t.srcIp = parts[0];
        t.dstIp = parts[2];
        const unsigned long p1 = std::strtoul(parts[1].c_str(), &end, 10);
        if (*end)
            return std::nullopt;
        const unsigned long p2 = std::strtoul(parts[3].c_str(), &end, 10);
        if (*end)
            return std::nullopt;
        const unsigned long proto = std::strtoul(parts[4].c_str(), &end, 10);
        if (*end || p1 > 65535 || p2 > 65535 || proto > 255)
            return std::nullopt;
        t.srcPort = static_cast<std::uint16_t>(p1);
        t.dstPort = static_cast<std::uint16_t>(p2);
        t.protocol = static_cast<std::uint8_t>(proto);
        return t;
    }

    const std::string &m_file;
    const MirageReadOptions &m_options;
    ProgressToken &m_token;
    const MirageReader::Sink &m_sink;
    std::function<void()> m_tick;
    std::function<std::int64_t()> m_skippedElements;
    std::string m_fileApp;

    FrameStack m_frames;
    std::size_t *m_currentLength = nullptr; // length counter of the packet_data array being read
    std::string m_path;
    Section m_section = Section::None;
    int m_column = ColCount;
    std::string m_flowId;
    Biflow m_biflow;
    std::vector<double> m_columns[ColCount];
    std::map<std::string, std::size_t> m_arrayLengths;
    bool m_hasPacketData = false;
    bool m_hasMetadata = false;
};

constexpr unsigned kParseFlags = rapidjson::kParseNanAndInfFlag;

[[noreturn]] void throwParseError(const std::string &file, const Handler &handler,
                                  const rapidjson::ParseResult &result, std::size_t line)
{
    const std::string at = "byte " + std::to_string(result.Offset()) + ", line " + std::to_string(line);
    if (result.Code() == rapidjson::kParseErrorTermination && !handler.errorMessage.empty())
        throw InputError(file, at + ", field " + handler.errorField, handler.errorMessage);
    if (result.Code() == rapidjson::kParseErrorDocumentEmpty)
        throw InputError(file, at, "empty file: expected a MIRAGE JSON object");
    throw InputError(file, at, std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.Code()));
}

} // namespace

std::string MirageReader::appFromFileName(const std::string &fileName)
{
    const std::size_t first = fileName.find('_');
    const std::size_t mirage = fileName.find("_MIRAGE");
    if (first == std::string::npos || mirage == std::string::npos || mirage <= first + 1)
        return {};
    return fileName.substr(first + 1, mirage - first - 1);
}

void MirageReader::readFile(const std::string &path, const MirageReadOptions &options, ProgressToken &token,
                            const Sink &sink, const ByteProgress &progress)
{
    std::unique_ptr<FILE, int (*)(FILE *)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        throw InputError(path, {}, std::string("cannot open: ") + std::strerror(errno));
    SkippingFileStream stream(f.get(), 4 << 20);
    Handler handler(
        path, options, token, sink,
        [&] {
            if (progress)
                progress(stream.Tell());
        },
        [&] { return stream.takeSkippedElements(); });
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, handler);
    if (handler.canceled)
        throw CanceledError();
    if (result.IsError())
        throwParseError(path, handler, result, lineAtOffsetInFile(path, result.Offset()));
    if (progress)
        progress(stream.Tell());
}

void MirageReader::readString(const std::string &json, const std::string &name, const MirageReadOptions &options,
                              ProgressToken &token, const Sink &sink)
{
    rapidjson::StringStream stream(json.c_str());
    Handler handler(name, options, token, sink, {});
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, handler);
    if (handler.canceled)
        throw CanceledError();
    if (result.IsError())
        throwParseError(name, handler, result, lineAtOffsetInString(json, result.Offset()));
}

} // namespace netsynth
