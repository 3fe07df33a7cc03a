#include "core/data/dataset_cache.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

namespace netsynth {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'N', 'S', 'D', 'S', 'C', 'A', 'C', 'H'};
constexpr std::uint32_t kVersion = 1;

class Fnv
{
public:
    void add(const void *p, std::size_t n)
    {
        const auto *b = static_cast<const unsigned char *>(p);
        for (std::size_t i = 0; i < n; ++i)
            m_h = (m_h ^ b[i]) * 1099511628211ULL;
    }
    void add(const std::string &s)
    {
        const std::uint64_t n = s.size();
        add(&n, sizeof n);
        add(s.data(), s.size());
    }
    template <typename T> void addValue(T v) { add(&v, sizeof v); }
    std::uint64_t value() const { return m_h; }

private:
    std::uint64_t m_h = 1469598103934665603ULL;
};

void addFileStamp(Fnv &h, const std::string &file)
{
    std::error_code ec;
    h.add(file);
    h.addValue<std::uint64_t>(fs::file_size(file, ec));
    const auto t = fs::last_write_time(file, ec);
    h.addValue<std::int64_t>(ec ? 0 : static_cast<std::int64_t>(t.time_since_epoch().count()));
}

// --- binary writing/reading ---------------------------------------------------

class Writer
{
public:
    explicit Writer(std::ostream &out) : m_out(out) {}
    template <typename T> void pod(T v) { m_out.write(reinterpret_cast<const char *>(&v), sizeof v); }
    void str(const std::string &s)
    {
        pod<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
        m_out.write(s.data(), static_cast<std::streamsize>(s.size()));
    }
    void raw(const void *p, std::size_t n)
    {
        if (n > 0)
            m_out.write(static_cast<const char *>(p), static_cast<std::streamsize>(n));
    }

private:
    std::ostream &m_out;
};

struct Corrupt
{
};

class Reader
{
public:
    Reader(const char *data, std::size_t size) : m_p(data), m_end(data + size) {}
    template <typename T> T pod()
    {
        T v;
        need(sizeof v);
        std::memcpy(&v, m_p, sizeof v);
        m_p += sizeof v;
        return v;
    }
    std::string str()
    {
        const auto n = pod<std::uint32_t>();
        need(n);
        std::string s(m_p, n);
        m_p += n;
        return s;
    }
    void raw(void *dst, std::size_t n)
    {
        if (n == 0)
            return;
        need(n);
        std::memcpy(dst, m_p, n);
        m_p += n;
    }
    std::uint64_t count(std::size_t minBytesEach)
    {
        const auto n = pod<std::uint64_t>();
        if (minBytesEach > 0 && n > static_cast<std::uint64_t>(m_end - m_p) / minBytesEach)
            throw Corrupt();
        return n;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    void need(std::size_t n)
    {
        if (static_cast<std::size_t>(m_end - m_p) < n)
            throw Corrupt();
    }
    const char *m_p;
    const char *m_end;
};

#pragma pack(push, 1)
struct PackedPacket
{
    double timestamp;
    double iat;
    std::int32_t ipBytes;
    std::int32_t payloadBytes;
    std::uint8_t direction;
    std::uint16_t tcpFlags;
    std::int32_t tcpWindow;
};
#pragma pack(pop)

void writeStrings(Writer &w, const std::vector<std::string> &v)
{
    w.pod<std::uint64_t>(v.size());
    for (const std::string &s : v)
        w.str(s);
}

std::vector<std::string> readStrings(Reader &r)
{
    std::vector<std::string> v(r.count(4));
    for (std::string &s : v)
        s = r.str();
    return v;
}

} // namespace

std::string DatasetCache::directory()
{
    if (const char *env = std::getenv("NETSYNTH_CACHE_DIR"); env && *env)
        return env;
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/netsynth");
    return (base + QStringLiteral("/datasets")).toStdString();
}

std::string DatasetCache::entryPath(const std::string &path, const std::vector<std::string> &files,
                                    const LoadOptions &options)
{
    Fnv h;
    h.addValue(kVersion);
    std::error_code ec;
    h.add(fs::absolute(path, ec).lexically_normal().string());
    h.add(options.format);
    h.addValue(options.idleTimeoutSeconds);
    h.addValue<std::uint64_t>(options.maxPacketsPerBiflow);
    h.add(options.column);
    h.addValue(options.mirageBackgroundRule);
    h.addValue(options.keepFlowFeatures);
    if (!options.labelMapPath.empty())
        addFileStamp(h, options.labelMapPath);
    for (const std::string &f : files)
        addFileStamp(h, f);
    char name[40];
    std::snprintf(name, sizeof name, "%016llx.nsdscache", static_cast<unsigned long long>(h.value()));
    return (fs::path(directory()) / name).string();
}

void DatasetCache::write(const std::string &entry, const Dataset &ds)
{
    writeFileAtomically(entry, [&ds](std::ostream &out) {
        Writer w(out);
        w.raw(kMagic, sizeof kMagic);
        w.pod(kVersion);
        w.str(ds.name);
        w.str(ds.sourcePath);
        w.str(ds.format);
        w.pod<std::uint8_t>(ds.synthetic);
        writeStrings(w, ds.files);
        writeStrings(w, ds.skippedFiles);
        w.pod<std::uint64_t>(ds.biflows.size());
        std::vector<PackedPacket> packed;
        for (const Biflow &b : ds.biflows) {
            w.str(b.label);
            w.str(b.activity);
            w.pod<std::uint8_t>(b.tuple.has_value());
            if (b.tuple) {
                w.str(b.tuple->srcIp);
                w.str(b.tuple->dstIp);
                w.pod(b.tuple->srcPort);
                w.pod(b.tuple->dstPort);
                w.pod(b.tuple->protocol);
            }
            w.pod(b.declaredPackets);
            w.pod(b.binSeconds);
            w.str(b.sourceFile);
            w.pod(b.sourceIndex);
            w.pod<std::uint64_t>(b.bins.size());
            w.raw(b.bins.data(), b.bins.size() * sizeof(double));
            packed.resize(b.packets.size());
            for (std::size_t i = 0; i < b.packets.size(); ++i) {
                const Packet &p = b.packets[i];
                packed[i] = {p.timestamp, p.iat, p.ipBytes, p.payloadBytes, static_cast<std::uint8_t>(p.direction),
                             p.tcpFlags, p.tcpWindow};
            }
            w.pod<std::uint64_t>(packed.size());
            w.raw(packed.data(), packed.size() * sizeof(PackedPacket));
            w.pod<std::uint64_t>(b.features.size());
            for (const auto &kv : b.features) {
                w.str(kv.first);
                w.pod(kv.second);
            }
            w.pod<std::uint64_t>(b.metadata.size());
            for (const auto &kv : b.metadata) {
                w.str(kv.first);
                w.str(kv.second);
            }
        }
        w.raw(kMagic, sizeof kMagic); // trailer: a truncated entry is detected
    });
}

DatasetPtr DatasetCache::read(const std::string &entry)
{
    std::ifstream in(entry, std::ios::binary);
    if (!in)
        return nullptr;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        Reader r(bytes.data(), bytes.size());
        char magic[8];
        r.raw(magic, sizeof magic);
        if (std::memcmp(magic, kMagic, sizeof magic) != 0 || r.pod<std::uint32_t>() != kVersion)
            return nullptr;
        auto ds = std::make_shared<Dataset>();
        ds->name = r.str();
        ds->sourcePath = r.str();
        ds->format = r.str();
        ds->synthetic = r.pod<std::uint8_t>() != 0;
        ds->files = readStrings(r);
        ds->skippedFiles = readStrings(r);
        ds->biflows.resize(r.count(16));
        for (Biflow &b : ds->biflows) {
            b.label = r.str();
            b.activity = r.str();
            if (r.pod<std::uint8_t>()) {
                FiveTuple t;
                t.srcIp = r.str();
                t.dstIp = r.str();
                t.srcPort = r.pod<std::uint16_t>();
                t.dstPort = r.pod<std::uint16_t>();
                t.protocol = r.pod<std::uint8_t>();
                b.tuple = t;
            }
            b.declaredPackets = r.pod<std::int64_t>();
            b.binSeconds = r.pod<double>();
            b.sourceFile = r.str();
            b.sourceIndex = r.pod<std::int64_t>();
            b.bins.resize(r.count(sizeof(double)));
            r.raw(b.bins.data(), b.bins.size() * sizeof(double));
            const std::uint64_t n = r.count(sizeof(PackedPacket));
            b.packets.resize(n);
            for (Packet &p : b.packets) {
                PackedPacket q;
                r.raw(&q, sizeof q);
                p.timestamp = q.timestamp;
                p.iat = q.iat;
                p.ipBytes = q.ipBytes;
                p.payloadBytes = q.payloadBytes;
                if (q.direction > 1)
                    throw Corrupt();
                p.direction = static_cast<Direction>(q.direction);
                p.tcpFlags = q.tcpFlags;
                p.tcpWindow = q.tcpWindow;
            }
            const std::uint64_t nf = r.count(12);
            for (std::uint64_t i = 0; i < nf; ++i) {
                std::string k = r.str();
                b.features.emplace(std::move(k), r.pod<double>());
            }
            const std::uint64_t nm = r.count(8);
            for (std::uint64_t i = 0; i < nm; ++i) {
                std::string k = r.str();
                b.metadata.emplace(std::move(k), r.str());
            }
        }
        r.raw(magic, sizeof magic);
        if (std::memcmp(magic, kMagic, sizeof magic) != 0 || !r.atEnd())
            return nullptr;
        ds->fromCache = true;
        return ds;
    } catch (const Corrupt &) {
        return nullptr;
    }
}

} // namespace netsynth
