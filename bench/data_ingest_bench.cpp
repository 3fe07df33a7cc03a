// Ingest benchmark of the MIRAGE reader.
//
//   data_ingest_bench [--size-mb N] [--keep FILE]
//   data_ingest_bench --open-twice PATH     (dataset cache: first vs second open)
//
// 1. Generates a MIRAGE-2019-format file of N MB (default 512) in a temp
//    folder: biflows with the real field set (packet_data arrays incl.
//    L4_raw_payload byte lists, flow_features with bare NaN, flow_metadata).
// 2. Streams it through MirageReader in a child process (sink discards each
//    biflow: memory bounded by the largest biflow) and, in another child,
//    loads it fully with loadDataset (memory = the dataset).
// 3. Runs /usr/bin/python3 bench/data_ingest_reference.py (json.load) on the
//    same file in a child process.
// Prints MB/s and peak RSS of each and the ratios. The file is deleted at the end.
#include "core/data/dataset_loader.h"
#include "core/data/mirage_reader.h"
#include "core/runtime/progress.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace netsynth;

namespace {

class Rng
{
public:
    explicit Rng(std::uint64_t s) : m_s(s) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    std::uint64_t m_s;
};

struct GenStats
{
    std::uint64_t bytes = 0;
    std::int64_t biflows = 0;
    std::int64_t packets = 0;
    std::int64_t largestBiflowBytes = 0;
};

// Writes biflows until the file reaches targetBytes.
GenStats generate(const std::string &path, std::uint64_t targetBytes)
{
    FILE *f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::perror(path.c_str());
        std::exit(1);
    }
    std::vector<char> buffer(1 << 20);
    std::setvbuf(f, buffer.data(), _IOFBF, buffer.size());
    Rng rng(20240601);
    GenStats g;
    std::string s;
    std::fputc('{', f);
    g.bytes = 1;
    char num[64];
    while (g.bytes < targetBytes) {
        s.clear();
        const int n = 8 + rng.below(25); // MIRAGE-2019 keeps up to 32 packets
        const int cport = 30000 + rng.below(30000);
        const int sport = rng.below(2) ? 443 : 80 + rng.below(9000);
        std::vector<int> dir(n), pl(n);
        for (int i = 0; i < n; ++i) {
            dir[i] = i == 0 ? 0 : rng.below(2);
            pl[i] = rng.below(4) == 0 ? 0 : rng.below(rng.below(3) ? 300 : 1449);
        }
        if (g.biflows)
            s += ", ";
        std::snprintf(num, sizeof num, "\"10.%d.%d.%d,%d,", rng.below(256), rng.below(256), rng.below(256), cport);
        s += num;
        std::snprintf(num, sizeof num, "52.%d.%d.%d,%d,6\": {\"packet_data\": {", rng.below(256), rng.below(256),
                      rng.below(256), sport);
        s += num;
        auto intArray = [&](const char *name, auto value) {
            s += '"';
            s += name;
            s += "\": [";
            for (int i = 0; i < n; ++i) {
                if (i)
                    s += ", ";
                s += std::to_string(value(i));
            }
            s += "], ";
        };
        intArray("src_port", [&](int i) { return dir[i] ? sport : cport; });
        intArray("dst_port", [&](int i) { return dir[i] ? cport : sport; });
        intArray("packet_dir", [&](int i) { return dir[i]; });
        intArray("L4_payload_bytes", [&](int i) { return pl[i]; });
        s += "\"iat\": [";
        for (int i = 0; i < n; ++i) {
            std::snprintf(num, sizeof num, "%s%.17g", i ? ", " : "", i ? rng.uniform() * rng.uniform() : 0.0);
            s += num;
        }
        s += "], ";
        intArray("TCP_win_size", [&](int) { return rng.below(65536); });
        s += "\"L4_raw_payload\": [";
        for (int i = 0; i < n; ++i) {
            s += i ? ", [" : "[";
            const int bytes = std::min(pl[i], 1448);
            for (int k = 0; k < bytes; ++k) {
                if (k)
                    s += ", ";
                s += std::to_string(rng.below(256));
            }
            s += "]";
        }
        s += "]}, \"flow_features\": {";
        const char *groups[] = {"biflow", "upstream_flow", "downstream_flow"};
        const char *stats[] = {"min", "max", "mean", "std", "var", "mad", "skew", "kurtosis", "10_percentile",
                               "20_percentile", "30_percentile", "40_percentile", "50_percentile", "60_percentile",
                               "70_percentile", "80_percentile", "90_percentile"};
        for (int feat = 0; feat < 2; ++feat) {
            s += feat ? ", \"iat\": {" : "\"packet_length\": {";
            for (int gi = 0; gi < 3; ++gi) {
                s += gi ? ", \"" : "\"";
                s += groups[gi];
                s += "\": {";
                for (int k = 0; k < 17; ++k) {
                    s += k ? ", \"" : "\"";
                    s += stats[k];
                    s += "\": ";
                    if (gi == 2 && rng.below(5) == 0) {
                        s += "NaN";
                    } else {
                        std::snprintf(num, sizeof num, "%.17g", rng.uniform() * 1500.0);
                        s += num;
                    }
                }
                s += "}";
            }
            s += "}";
        }
        std::snprintf(num, sizeof num, "}, \"flow_metadata\": {\"BF_label\": \"com.bench.app%d\", ", rng.below(20));
        s += num;
        s += "\"BF_labeling_type\": \"exact\", \"BF_num_packets\": " + std::to_string(n + rng.below(500)) +
             ", \"BF_IP_packet_bytes\": 1000, \"BF_L4_payload_bytes\": 800, \"BF_duration\": 1.5}}";
        std::fwrite(s.data(), 1, s.size(), f);
        g.bytes += s.size();
        g.largestBiflowBytes = std::max<std::int64_t>(g.largestBiflowBytes, static_cast<std::int64_t>(s.size()));
        g.biflows += 1;
        g.packets += n;
    }
    std::fputs("}\n", f);
    g.bytes += 2;
    std::fclose(f);
    return g;
}

struct ChildResult
{
    double seconds = 0.0;
    long maxRssKb = 0;
    std::string output;
    int status = -1;
};

// Runs argv in a child; captures stdout; wall time and peak RSS via wait4.
ChildResult runChild(const std::vector<std::string> &argv)
{
    int pipefd[2];
    if (pipe(pipefd) != 0) {
        std::perror("pipe");
        std::exit(1);
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipefd[1], STDOUT_FILENO);
        close(pipefd[0]);
        close(pipefd[1]);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        std::perror(args[0]);
        _exit(127);
    }
    close(pipefd[1]);
    ChildResult r;
    char buf[4096];
    ssize_t n;
    while ((n = read(pipefd[0], buf, sizeof buf)) > 0)
        r.output.append(buf, static_cast<std::size_t>(n));
    close(pipefd[0]);
    struct rusage usage {};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.maxRssKb = usage.ru_maxrss;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// Linux: reset the process's peak RSS (VmHWM) to its current RSS, so the peak
// read afterwards belongs to the work that follows (not to library loading).
void resetPeakRss()
{
    if (FILE *f = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", f);
        std::fclose(f);
    }
}

long peakRssKb()
{
    long kb = -1;
    if (FILE *f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f))
            if (std::strncmp(line, "VmHWM:", 6) == 0)
                kb = std::atol(line + 6);
        std::fclose(f);
    }
    return kb;
}

long currentRssKb()
{
    long kb = -1;
    if (FILE *f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f))
            if (std::strncmp(line, "VmRSS:", 6) == 0)
                kb = std::atol(line + 6);
        std::fclose(f);
    }
    return kb;
}

// Child modes: print "seconds=... biflows=... packets=..." measured inside the child.
int childStream(const std::string &path)
{
    ProgressToken token;
    std::int64_t biflows = 0, packets = 0;
    resetPeakRss();
    const long before = currentRssKb();
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu0 = std::clock();
    MirageReadOptions o;
    MirageReader::readFile(path, o, token, [&](Biflow &&b) {
        ++biflows;
        packets += static_cast<std::int64_t>(b.packets.size());
    });
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::printf("seconds=%.6f cpu=%.6f biflows=%lld packets=%lld work_peak_kb=%ld\n", s, cpu,
                static_cast<long long>(biflows), static_cast<long long>(packets), peakRssKb() - before);
    return 0;
}

int childLoad(const std::string &path)
{
    ProgressToken token;
    LoadOptions o;
    o.useCache = false;
    resetPeakRss();
    const long before = currentRssKb();
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu0 = std::clock();
    const DatasetPtr ds = loadDataset(path, o, token);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::printf("seconds=%.6f cpu=%.6f biflows=%zu packets=%lld work_peak_kb=%ld\n", s, cpu, ds->biflows.size(),
                static_cast<long long>(ds->totalPackets()), peakRssKb() - before);
    return 0;
}

// --open-twice PATH: loadDataset with a fresh cache folder, twice (parse + write
// the cache, then read the cache); prints both times.
int openTwice(const std::string &path)
{
    char tmpl[] = "/tmp/netsynth-cache-XXXXXX";
    const char *dir = mkdtemp(tmpl);
    if (!dir)
        return 1;
    setenv("NETSYNTH_CACHE_DIR", dir, 1);
    double seconds[2] = {0, 0};
    DatasetPtr ds[2];
    for (int i = 0; i < 2; ++i) {
        ProgressToken token;
        const auto start = std::chrono::steady_clock::now();
        ds[i] = loadDataset(path, LoadOptions(), token);
        seconds[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    std::printf("%s: %zu biflows, %lld packets; first open (parse + write cache) %.3f s, second open (%s) %.3f s, "
                "%.1fx faster\n",
                path.c_str(), ds[1]->biflows.size(), static_cast<long long>(ds[1]->totalPackets()), seconds[0],
                ds[1]->fromCache ? "from cache" : "NOT from cache", seconds[1], seconds[0] / seconds[1]);
    fs::remove_all(dir);
    return 0;
}

double field(const std::string &out, const char *name)
{
    const std::string key = std::string(name) + "=";
    const std::size_t at = out.find(key);
    return at == std::string::npos ? -1.0 : std::atof(out.c_str() + at + key.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child-stream") == 0)
        return childStream(argv[2]);
    if (argc == 3 && std::strcmp(argv[1], "--child-load") == 0)
        return childLoad(argv[2]);
    if (argc == 3 && std::strcmp(argv[1], "--open-twice") == 0)
        return openTwice(argv[2]);

    double sizeMb = 512.0;
    std::string keep;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--size-mb") == 0 && i + 1 < argc)
            sizeMb = std::atof(argv[++i]);
        else if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc)
            keep = argv[++i];
        else {
            std::fprintf(stderr, "usage: %s [--size-mb N] [--keep FILE]\n", argv[0]);
            return 2;
        }
    }
    const std::string self = fs::canonical("/proc/self/exe").string();
    const std::string python = "/usr/bin/python3";
    const std::string script = std::string(NETSYNTH_BENCH_DIR) + "/data_ingest_reference.py";

    char tmpl[] = "/tmp/netsynth-ingest-XXXXXX";
    const char *dir = mkdtemp(tmpl);
    if (!dir) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::string file = keep.empty() ? std::string(dir) + "/bench_MIRAGE-2019_traffic_dataset_labeled_biflows.json"
                                          : keep;
    std::printf("generating %.0f MB MIRAGE-format file %s ...\n", sizeMb, file.c_str());
    std::fflush(stdout);
    const auto g0 = std::chrono::steady_clock::now();
    const GenStats gen = generate(file, static_cast<std::uint64_t>(sizeMb * 1024 * 1024));
    const double genSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count();
    const double mb = static_cast<double>(gen.bytes) / (1024.0 * 1024.0);
    std::printf("generated %.1f MB: %lld biflows, %lld packets, largest biflow %.1f KB (%.1f s)\n", mb,
                static_cast<long long>(gen.biflows), static_cast<long long>(gen.packets),
                static_cast<double>(gen.largestBiflowBytes) / 1024.0, genSeconds);
    std::fflush(stdout);

    struct Row
    {
        const char *name;
        ChildResult r;
        double inner;
        double cpu;
    };
    std::vector<Row> rows;
    // Warm the page cache once so every reader sees the same (cached) file.
    runChild({self, "--child-stream", file});
    for (const auto &[name, args] : std::vector<std::pair<const char *, std::vector<std::string>>>{
             {"netsynth MirageReader, streaming", {self, "--child-stream", file}},
             {"netsynth loadDataset, in memory", {self, "--child-load", file}},
             {"python3 json.load (reference)", {python, script, file}}}) {
        ChildResult r = runChild(args);
        if (r.status != 0) {
            std::fprintf(stderr, "%s failed (exit %d): %s\n", name, r.status, r.output.c_str());
            return 1;
        }
        const double inner = field(r.output, "seconds");
        const double cpu = field(r.output, "cpu");
        rows.push_back({name, r, inner, cpu});
        std::printf("%-34s wall %7.2f s %7.1f MB/s | cpu %7.2f s %7.1f MB/s | peak RSS %7.1f MB, of it %.1f MB "
                    "for the ingest\n",
                    name, inner, mb / inner, cpu, mb / cpu, static_cast<double>(r.maxRssKb) / 1024.0,
                    field(r.output, "work_peak_kb") / 1024.0);
        std::fflush(stdout);
    }
    const double py = rows[2].inner, pyCpu = rows[2].cpu;
    std::printf("\nratio python json.load / netsynth, wall time: streaming %.1fx, in-memory load %.1fx\n",
                py / rows[0].inner, py / rows[1].inner);
    std::printf("ratio python json.load / netsynth, cpu time:  streaming %.1fx, in-memory load %.1fx\n",
                pyCpu / rows[0].cpu, pyCpu / rows[1].cpu);
    std::printf("peak RSS added by the ingest: streaming %.1f MB for a %.1f MB file (largest biflow %.1f KB), "
                "in-memory %.1f MB, python %.1f MB\n",
                field(rows[0].r.output, "work_peak_kb") / 1024.0, mb,
                static_cast<double>(gen.largestBiflowBytes) / 1024.0, field(rows[1].r.output, "work_peak_kb") / 1024.0,
                field(rows[2].r.output, "work_peak_kb") / 1024.0);
    if (keep.empty())
        fs::remove_all(dir);
    else
        fs::remove(dir);
    return 0;
}
