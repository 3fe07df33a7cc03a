#include "core/export/traffic_writers.h"

#include "core/runtime/atomic_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <ostream>
#include <sstream>

namespace netsynth {

namespace {

std::string number(double v)
{
    if (!std::isfinite(v))
        return "NaN";
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

template <typename F>
std::string jsonArray(std::size_t n, F value)
{
    std::string out = "[";
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        out += number(value(i));
    }
    return out + "]";
}

double percentile(const std::vector<double> &sorted, double q)
{
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

// MIRAGE's statistics block of a set of values; NaN everywhere when empty.
std::string statistics(std::vector<double> v)
{
    const double nan = std::nan("");
    double mn = nan, mx = nan, mean = nan, var = nan, mad = nan, skew = nan, kurt = nan;
    std::vector<double> pct(9, nan);
    if (!v.empty()) {
        std::sort(v.begin(), v.end());
        const double n = static_cast<double>(v.size());
        mn = v.front();
        mx = v.back();
        mean = 0.0;
        for (double x : v) mean += x;
        mean /= n;
        double m2 = 0.0, m3 = 0.0, m4 = 0.0;
        for (double x : v) {
            const double d = x - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        var = m2;
        skew = m2 > 0.0 ? m3 / std::pow(m2, 1.5) : nan;
        kurt = m2 > 0.0 ? m4 / (m2 * m2) - 3.0 : nan;
        const double median = percentile(v, 0.5);
        std::vector<double> dev;
        dev.reserve(v.size());
        for (double x : v) dev.push_back(std::fabs(x - median));
        std::sort(dev.begin(), dev.end());
        mad = percentile(dev, 0.5);
        for (int k = 1; k <= 9; ++k) pct[static_cast<std::size_t>(k - 1)] = percentile(v, k / 10.0);
    }
    std::string out = "{\"min\": " + number(mn) + ", \"max\": " + number(mx) + ", \"mean\": " + number(mean) +
                      ", \"std\": " + number(std::sqrt(var)) + ", \"var\": " + number(var) + ", \"mad\": " +
                      number(mad) + ", \"skew\": " + number(skew) + ", \"kurtosis\": " + number(kurt);
    for (int k = 1; k <= 9; ++k)
        out += ", \"" + std::to_string(k * 10) + "_percentile\": " + number(pct[static_cast<std::size_t>(k - 1)]);
    return out + "}";
}

// Values of the packets in one direction (or all): IP lengths, or the gaps
// between consecutive packets.
std::vector<double> lengths(const Biflow &b, int direction)
{
    std::vector<double> v;
    for (const Packet &p : b.packets)
        if (direction < 0 || static_cast<int>(p.direction) == direction) v.push_back(p.ipBytes);
    return v;
}

std::vector<double> gaps(const Biflow &b, int direction)
{
    std::vector<double> v;
    if (direction < 0) {
        for (std::size_t k = 1; k < b.packets.size(); ++k) v.push_back(b.packets[k].iat);
        return v;
    }
    bool first = true;
    double last = 0.0;
    for (const Packet &p : b.packets) {
        if (static_cast<int>(p.direction) != direction) continue;
        if (!first) v.push_back(p.timestamp - last);
        first = false;
        last = p.timestamp;
    }
    return v;
}

std::string metadata(const Biflow &b)
{
    std::string out = "{\"BF_label\": " + jsonString(b.label);
    if (!b.activity.empty())
        out += ", \"BF_activity\": " + jsonString(b.activity);
    out += ", \"BF_labeling_type\": \"synthetic\"";
    const char *prefixes[3] = {"BF", "UF", "DF"};
    for (int d = -1; d <= 1; ++d) {
        std::int64_t n = 0, ip = 0, payload = 0;
        double first = 0.0, last = 0.0;
        for (const Packet &p : b.packets) {
            if (d >= 0 && static_cast<int>(p.direction) != d) continue;
            if (n == 0) first = p.timestamp;
            last = p.timestamp;
            ++n;
            ip += p.ipBytes;
            payload += p.payloadBytes;
        }
        const std::string pre = prefixes[d + 1];
        out += ", \"" + pre + "_num_packets\": " + std::to_string(n) + ", \"" + pre +
               "_IP_packet_bytes\": " + std::to_string(ip) + ", \"" + pre + "_L4_payload_bytes\": " +
               std::to_string(payload) + ", \"" + pre + "_duration\": " + number(n > 0 ? last - first : 0.0);
    }
    return out + "}";
}

} // namespace

std::string safeFileName(const std::string &label)
{
    std::string out;
    for (unsigned char c : label)
        out += std::isalnum(c) || c == '.' || c == '-' || c == '_' ? static_cast<char>(c) : '_';
    if (out.empty() || out == "." || out == "..")
        out = "class";
    return out;
}

std::string mirageFlowFeatures(const Biflow &b)
{
    std::string out = "{";
    const char *names[2] = {"packet_length", "iat"};
    for (int f = 0; f < 2; ++f) {
        if (f) out += ", ";
        out += std::string("\"") + names[f] + "\": {";
        const char *scopes[3] = {"biflow", "upstream_flow", "downstream_flow"};
        for (int d = -1; d <= 1; ++d) {
            if (d >= 0) out += ", ";
            out += std::string("\"") + scopes[d + 1] + "\": " + statistics(f == 0 ? lengths(b, d) : gaps(b, d));
        }
        out += "}";
    }
    return out + "}";
}

void writeMirageJson(const std::string &path, const std::vector<Biflow> &biflows, bool withIpBytes)
{
    writeFileAtomically(path, [&](std::ostream &out) {
        out << "{";
        for (std::size_t i = 0; i < biflows.size(); ++i) {
            const Biflow &b = biflows[i];
            const FiveTuple t = b.tuple.value_or(FiveTuple{});
            const auto &pk = b.packets;
            const std::size_t n = pk.size();
            auto port = [&](std::size_t k, bool source) {
                const bool up = pk[k].direction == Direction::Upstream;
                return static_cast<double>(up == source ? t.srcPort : t.dstPort);
            };
            out << (i ? ", " : "") << jsonString(t.srcIp + "," + std::to_string(t.srcPort) + "," + t.dstIp + "," +
                                                  std::to_string(t.dstPort) + "," + std::to_string(t.protocol))
                << ": {\"packet_data\": {";
            out << "\"src_port\": " << jsonArray(n, [&](std::size_t k) { return port(k, true); });
            out << ", \"dst_port\": " << jsonArray(n, [&](std::size_t k) { return port(k, false); });
            out << ", \"packet_dir\": " << jsonArray(n, [&](std::size_t k) { return double(pk[k].direction == Direction::Downstream); });
            out << ", \"L4_payload_bytes\": " << jsonArray(n, [&](std::size_t k) { return double(pk[k].payloadBytes); });
            if (withIpBytes)
                out << ", \"IP_packet_bytes\": " << jsonArray(n, [&](std::size_t k) { return double(pk[k].ipBytes); });
            out << ", \"iat\": " << jsonArray(n, [&](std::size_t k) { return k == 0 ? 0.0 : pk[k].iat; });
            out << ", \"TCP_win_size\": "
                << jsonArray(n, [&](std::size_t k) { return t.protocol == 6 ? double(pk[k].tcpWindow) : 0.0; });
            out << ", \"TCP_flags\": " << jsonArray(n, [&](std::size_t k) { return double(pk[k].tcpFlags); });
            out << "}, \"flow_features\": " << mirageFlowFeatures(b) << ", \"flow_metadata\": " << metadata(b) << "}";
        }
        out << "}\n";
    });
}

void writeAppxActCsv(const std::string &path, const std::vector<Biflow> &biflows)
{
    writeFileAtomically(path, [&](std::ostream &out) {
        out << "label,n_pkts,PL,IAT_us,DIR\n";
        for (const Biflow &b : biflows) {
            std::string pl, iat, dir;
            for (std::size_t k = 0; k < b.packets.size(); ++k) {
                const Packet &p = b.packets[k];
                const char *sep = k ? " " : "";
                pl += sep + std::to_string(p.payloadBytes);
                iat += sep + number(k == 0 ? 0.0 : p.iat * 1e6);
                dir += sep + std::string(p.direction == Direction::Upstream ? "0" : "1");
            }
            out << csvField(b.classKey()) << ',' << b.packets.size() << ',' << pl << ',' << iat << ',' << dir << '\n';
        }
    });
}

std::vector<std::string> writePacketCsvFiles(const std::string &folder, const std::vector<Biflow> &biflows)
{
    namespace fs = std::filesystem;
    fs::create_directories(folder);
    std::vector<std::string> paths;
    paths.reserve(biflows.size());
    for (const Biflow &b : biflows) {
        const std::string path =
            (fs::path(folder) / (safeFileName(b.classKey()) + "_" + std::to_string(b.sourceIndex) + ".csv")).string();
        writeFileAtomically(path, [&](std::ostream &out) {
            out << ",time,size,direction\n";
            const double t0 = b.packets.empty() ? 0.0 : b.packets.front().timestamp;
            for (std::size_t k = 0; k < b.packets.size(); ++k) {
                const Packet &p = b.packets[k];
                out << k << ',' << number(p.timestamp - t0) << ',' << p.ipBytes << ".0,"
                    << (p.direction == Direction::Upstream ? "1.0" : "-1.0") << '\n';
            }
        });
        paths.push_back(path);
    }
    return paths;
}

} // namespace netsynth
