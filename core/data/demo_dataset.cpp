#include "core/data/demo_dataset.h"

#include "core/data/dataset_loader.h"
#include "core/data/mirage_reader.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <vector>

namespace netsynth {

namespace {

// splitmix64: tiny, portable and identical on every platform (unlike the
// std:: distributions, whose output is implementation-defined).
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    int integer(int a, int b) { return a + static_cast<int>(next() % static_cast<std::uint64_t>(b - a + 1)); }
    double exponential(double mean) { return -std::log(uniform()) * mean; }
    double normal(double mean, double sd)
    {
        const double u1 = uniform(), u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    std::uint64_t m_state;
};

struct Event
{
    double t;
    int dir; // 0 up, 1 down
    int payload;
    const char *flags; // "" for UDP
};

struct FlowSpec
{
    std::string label;
    bool tcp;
    int serverPort;
    std::string serverIp;
};

void tcpHandshake(std::vector<Event> &ev, double &t, Rng &rng)
{
    const double rtt = rng.uniform(0.015, 0.08);
    ev.push_back({t, 0, 0, "S"});
    ev.push_back({t + rtt, 1, 0, "SA"});
    ev.push_back({t + rtt + 0.0004, 0, 0, "A"});
    t += rtt + 0.0005;
}

std::vector<Event> videoStreaming(Rng &rng)
{
    std::vector<Event> ev;
    double t = 0.0;
    tcpHandshake(ev, t, rng);
    const int chunks = rng.integer(3, 6);
    for (int c = 0; c < chunks; ++c) {
        ev.push_back({t, 0, rng.integer(380, 620), "PA"});
        t += rng.uniform(0.02, 0.06);
        const int burst = rng.integer(40, 110);
        for (int i = 0; i < burst; ++i) {
            ev.push_back({t, 1, i + 1 == burst ? rng.integer(200, 1448) : 1448, "A"});
            if (i % 2 == 1)
                ev.push_back({t + 0.0002, 0, 0, "A"});
            t += rng.exponential(0.0006);
        }
        t += rng.normal(2.0, 0.25);
    }
    return ev;
}

std::vector<Event> chat(Rng &rng)
{
    std::vector<Event> ev;
    double t = 0.0;
    tcpHandshake(ev, t, rng);
    const int messages = rng.integer(8, 20);
    for (int m = 0; m < messages; ++m) {
        const bool outgoing = rng.uniform() < 0.5;
        const double rtt = rng.uniform(0.03, 0.09);
        ev.push_back({t, outgoing ? 0 : 1, rng.integer(70, 320), "PA"});
        ev.push_back({t + rtt, outgoing ? 1 : 0, 0, "A"});
        if (rng.uniform() < 0.3)
            ev.push_back({t + rtt + 0.001, outgoing ? 1 : 0, rng.integer(40, 90), "PA"});
        t += rng.exponential(2.5) + 0.2;
    }
    return ev;
}

std::vector<Event> audioCall(Rng &rng)
{
    std::vector<Event> ev;
    const int frames = rng.integer(120, 220);
    const double offset = rng.uniform(0.002, 0.018);
    for (int i = 0; i < frames; ++i) {
        const double t = i * 0.02;
        ev.push_back({t + std::abs(rng.normal(0.0, 0.0015)), 0, rng.integer(120, 180), ""});
        ev.push_back({t + offset + std::abs(rng.normal(0.0, 0.003)), 1, rng.integer(120, 180), ""});
    }
    return ev;
}

std::vector<Event> gaming(Rng &rng)
{
    std::vector<Event> ev;
    const double duration = rng.uniform(6.0, 12.0);
    for (double t = 0.0; t < duration; t += rng.normal(0.033, 0.004))
        ev.push_back({t, 0, rng.integer(40, 90), ""});
    for (double t = rng.uniform(0.0, 0.05); t < duration; t += rng.normal(0.05, 0.006))
        ev.push_back({t, 1, rng.integer(150, 450), ""});
    return ev;
}

std::vector<Event> web(Rng &rng)
{
    std::vector<Event> ev;
    double t = 0.0;
    tcpHandshake(ev, t, rng);
    const double rtt = rng.uniform(0.02, 0.1);
    ev.push_back({t, 0, 517, "PA"});
    t += rtt;
    for (int i = 0; i < 3; ++i, t += 0.0003)
        ev.push_back({t, 1, i == 2 ? rng.integer(300, 1200) : 1448, "A"});
    ev.push_back({t, 0, 0, "A"});
    const int requests = rng.integer(2, 6);
    for (int r = 0; r < requests; ++r) {
        t += rng.exponential(0.8);
        ev.push_back({t, 0, rng.integer(300, 800), "PA"});
        t += rtt;
        const int response = rng.integer(1, 25);
        for (int i = 0; i < response; ++i) {
            ev.push_back({t, 1, i + 1 == response ? rng.integer(100, 1448) : 1448, "A"});
            if (i % 2 == 1)
                ev.push_back({t + 0.0002, 0, 0, "A"});
            t += rng.exponential(0.001);
        }
    }
    t += rng.uniform(0.5, 3.0);
    ev.push_back({t, 0, 0, "FA"});
    ev.push_back({t + rtt, 1, 0, "FA"});
    ev.push_back({t + rtt + 0.0004, 0, 0, "A"});
    return ev;
}

void appendNumber(std::string &out, double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    out += buf;
}

template <typename F>
void appendArray(std::string &out, const char *name, std::size_t n, F value)
{
    out += "\"";
    out += name;
    out += "\": [";
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += ", ";
        value(out, i);
    }
    out += "]";
}

void appendBiflow(std::string &out, const FlowSpec &spec, int clientPort, double start, std::vector<Event> ev,
                  Rng &rng)
{
    std::sort(ev.begin(), ev.end(), [](const Event &a, const Event &b) { return a.t < b.t; });
    const double t0 = ev.front().t;
    const int header = 20 + (spec.tcp ? 32 : 8);
    std::int64_t ipBytes[3] = {0, 0, 0}, payload[3] = {0, 0, 0}, packets[3] = {0, 0, 0};
    for (const Event &e : ev) {
        for (int k : {0, 1 + e.dir}) {
            ipBytes[k] += e.payload + header;
            payload[k] += e.payload;
            packets[k] += 1;
        }
    }
    const int proto = spec.tcp ? 6 : 17;
    out += "\"10.0.2.15," + std::to_string(clientPort) + "," + spec.serverIp + "," + std::to_string(spec.serverPort) +
           "," + std::to_string(proto) + "\": {\"packet_data\": {";
    const std::size_t n = ev.size();
    appendArray(out, "src_port", n, [&](std::string &o, std::size_t i) {
        o += std::to_string(ev[i].dir == 0 ? clientPort : spec.serverPort);
    });
    out += ", ";
    appendArray(out, "dst_port", n, [&](std::string &o, std::size_t i) {
        o += std::to_string(ev[i].dir == 0 ? spec.serverPort : clientPort);
    });
    out += ", ";
    appendArray(out, "packet_dir", n, [&](std::string &o, std::size_t i) { o += ev[i].dir ? "1" : "0"; });
    out += ", ";
    appendArray(out, "L4_payload_bytes", n, [&](std::string &o, std::size_t i) { o += std::to_string(ev[i].payload); });
    out += ", ";
    appendArray(out, "IP_packet_bytes", n,
                [&](std::string &o, std::size_t i) { o += std::to_string(ev[i].payload + header); });
    out += ", ";
    appendArray(out, "iat", n, [&](std::string &o, std::size_t i) { appendNumber(o, i ? ev[i].t - ev[i - 1].t : 0.0); });
    out += ", ";
    appendArray(out, "timestamp", n, [&](std::string &o, std::size_t i) { appendNumber(o, start + ev[i].t - t0); });
    if (spec.tcp) {
        const int window = rng.integer(200, 2000);
        out += ", ";
        appendArray(out, "TCP_win_size", n, [&](std::string &o, std::size_t i) {
            o += std::to_string(ev[i].dir ? 65535 : window);
        });
        out += ", ";
        appendArray(out, "TCP_flags", n, [&](std::string &o, std::size_t i) {
            o += "\"";
            o += ev[i].flags;
            o += "\"";
        });
    }
    out += "}, \"flow_features\": {\"packet_length\": {";
    const char *groups[3] = {"biflow", "upstream_flow", "downstream_flow"};
    for (int g = 0; g < 3; ++g) {
        double mn = 1e300, mx = -1e300;
        for (const Event &e : ev) {
            if (g == 0 || e.dir == g - 1) {
                mn = std::min<double>(mn, e.payload + header);
                mx = std::max<double>(mx, e.payload + header);
            }
        }
        if (g)
            out += ", ";
        out += "\"";
        out += groups[g];
        out += "\": {\"min\": ";
        if (packets[g] == 0) {
            out += "NaN, \"max\": NaN, \"mean\": NaN}";
            continue;
        }
        appendNumber(out, mn);
        out += ", \"max\": ";
        appendNumber(out, mx);
        out += ", \"mean\": ";
        appendNumber(out, static_cast<double>(ipBytes[g]) / static_cast<double>(packets[g]));
        out += "}";
    }
    out += "}}, \"flow_metadata\": {\"BF_label\": \"" + spec.label + "\", \"BF_labeling_type\": \"synthetic\"";
    const char *prefix[3] = {"BF", "UF", "DF"};
    for (int g = 0; g < 3; ++g) {
        out += std::string(", \"") + prefix[g] + "_num_packets\": " + std::to_string(packets[g]);
        out += std::string(", \"") + prefix[g] + "_IP_packet_bytes\": " + std::to_string(ipBytes[g]);
        out += std::string(", \"") + prefix[g] + "_L4_payload_bytes\": " + std::to_string(payload[g]);
    }
    out += ", \"BF_duration\": ";
    appendNumber(out, ev.back().t - t0);
    out += "}}";
}

} // namespace

std::string demoMirageJson(std::uint64_t seed, int biflowsPerClass)
{
    struct Archetype
    {
        FlowSpec spec;
        std::vector<Event> (*generate)(Rng &);
    };
    const Archetype archetypes[] = {
        {{"demo.video-streaming", true, 443, "203.0.113.10"}, &videoStreaming},
        {{"demo.chat", true, 5222, "203.0.113.20"}, &chat},
        {{"demo.audio-call", false, 3478, "203.0.113.30"}, &audioCall},
        {{"demo.gaming", false, 9339, "203.0.113.40"}, &gaming},
        {{"demo.web", true, 443, "203.0.113.50"}, &web},
    };
    Rng rng(seed);
    std::string out = "{";
    bool first = true;
    double start = 1700000000.0;
    int clientPort = 40000;
    for (int i = 0; i < biflowsPerClass; ++i) {
        for (const Archetype &a : archetypes) {
            if (!first)
                out += ",\n";
            first = false;
            appendBiflow(out, a.spec, clientPort++, start, a.generate(rng), rng);
            start += rng.uniform(1.0, 30.0);
        }
    }
    out += "}\n";
    return out;
}

DatasetPtr demoDataset()
{
    static std::once_flag once;
    static DatasetPtr demo;
    std::call_once(once, [] {
        auto ds = std::make_shared<Dataset>();
        ds->name = "Demo traffic (5 archetypes)";
        ds->sourcePath = "demo:";
        ds->format = "mirage";
        ds->synthetic = true;
        ProgressToken token;
        MirageReader::readString(demoMirageJson(), "demo.json", MirageReadOptions{}, token,
                                 [&](Biflow &&b) { ds->biflows.push_back(std::move(b)); });
        demo = ds;
    });
    return demo;
}

} // namespace netsynth
