// DatasetCache: a second open reads the cache and gives the same dataset; an
// edited input misses; a damaged or truncated entry is ignored, never fatal.
#include "core/data/dataset_cache.h"
#include "core/data/dataset_loader.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cmath>
#include <filesystem>

using namespace netsynth;

namespace {

QString scratch(const QString &name) { return QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/") + name; }

DatasetPtr load(const QString &path, bool cache = true)
{
    LoadOptions o;
    o.useCache = cache;
    ProgressToken token;
    return loadDataset(path.toStdString(), o, token);
}

void compareDatasets(const Dataset &a, const Dataset &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.format, b.format);
    QCOMPARE(a.files, b.files);
    QCOMPARE(a.biflows.size(), b.biflows.size());
    for (std::size_t i = 0; i < a.biflows.size(); ++i) {
        const Biflow &x = a.biflows[i], &y = b.biflows[i];
        QCOMPARE(x.label, y.label);
        QCOMPARE(x.activity, y.activity);
        QCOMPARE(x.tuple.has_value(), y.tuple.has_value());
        if (x.tuple)
            QCOMPARE(x.tuple->toString(), y.tuple->toString());
        QCOMPARE(x.declaredPackets, y.declaredPackets);
        QCOMPARE(x.bins, y.bins);
        QCOMPARE(x.metadata, y.metadata);
        QCOMPARE(x.features.size(), y.features.size());
        for (const auto &kv : x.features) {
            const double v = y.features.at(kv.first);
            QVERIFY((std::isnan(v) && std::isnan(kv.second)) || v == kv.second);
        }
        QCOMPARE(x.packets.size(), y.packets.size());
        for (std::size_t k = 0; k < x.packets.size(); ++k) {
            const Packet &p = x.packets[k], &q = y.packets[k];
            QCOMPARE(p.timestamp, q.timestamp);
            QCOMPARE(p.iat, q.iat);
            QCOMPARE(p.ipBytes, q.ipBytes);
            QCOMPARE(p.payloadBytes, q.payloadBytes);
            QCOMPARE(p.direction, q.direction);
            QCOMPARE(p.tcpFlags, q.tcpFlags);
            QCOMPARE(p.tcpWindow, q.tcpWindow);
        }
    }
}

} // namespace

class TestDatasetCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QDir(scratch(QStringLiteral("cache"))).removeRecursively();
        QDir().mkpath(scratch(QStringLiteral("cache")));
        qputenv("NETSYNTH_CACHE_DIR", scratch(QStringLiteral("cache")).toUtf8());
        QCOMPARE(QString::fromStdString(DatasetCache::directory()), scratch(QStringLiteral("cache")));
    }

    void secondOpenReadsCache_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("mirage") << QStringLiteral("mirage2019");
        QTest::newRow("pcap") << QStringLiteral("pcap/ndpi");
        QTest::newRow("binned csv") << QStringLiteral("video/videotrain/YouTube_V360.csv");
    }

    void secondOpenReadsCache()
    {
        QFETCH(QString, path);
        const QString full = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/") + path;
        if (!QFileInfo::exists(full))
            QSKIP("../shared/data is absent (real-data test)");
        const DatasetPtr first = load(full);
        QVERIFY(!first->fromCache);
        const DatasetPtr second = load(full);
        QVERIFY(second->fromCache);
        compareDatasets(*first, *second);
        compareDatasets(*load(full, false), *second);
    }

    void editedInputMissesAndDamagedEntryIsIgnored()
    {
        const QString dir = scratch(QStringLiteral("data"));
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/flows.csv");
        auto write = [&](const QByteArray &rows) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("label,n_pkts,PL,IAT_us,DIR\n" + rows);
        };
        write("A,2,10 20,0 100,0 1\n");
        QCOMPARE(load(file)->biflows.size(), std::size_t(1));
        QVERIFY(load(file)->fromCache);

        // Same size, later modification time and different content: a miss.
        std::filesystem::last_write_time(file.toStdString(), std::filesystem::last_write_time(file.toStdString()) +
                                                                 std::chrono::seconds(5));
        write("B,2,10 20,0 100,0 1\n");
        std::filesystem::last_write_time(file.toStdString(), std::filesystem::file_time_type::clock::now() +
                                                                 std::chrono::seconds(10));
        const DatasetPtr edited = load(file);
        QVERIFY(!edited->fromCache);
        QCOMPARE(edited->biflows[0].label, std::string("B"));

        // Truncate the entry: it is ignored and rewritten.
        LoadOptions o;
        const std::string entry = DatasetCache::entryPath(file.toStdString(), {std::filesystem::absolute(file.toStdString()).lexically_normal().string()}, o);
        QVERIFY(QFile::exists(QString::fromStdString(entry)));
        QFile e(QString::fromStdString(entry));
        QVERIFY(e.open(QIODevice::ReadWrite));
        QVERIFY(e.resize(e.size() / 2));
        e.close();
        QVERIFY(!DatasetCache::read(entry));
        QVERIFY(!load(file)->fromCache);
        QVERIFY(load(file)->fromCache);
        // Garbage is ignored as well.
        QVERIFY(e.open(QIODevice::WriteOnly | QIODevice::Truncate));
        e.write("not a cache entry");
        e.close();
        QVERIFY(!DatasetCache::read(entry));
        QCOMPARE(load(file)->biflows[0].label, std::string("B"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetCache)
#include "tst_dataset_cache.moc"
