// Exports of image sets as traffic (core/export): every format read back by
// the project's own readers gives the same biflows, classes and sizes, on real
// AppxAct data (encoded) and on generated-like images (encoded + pixel noise);
// captures open in tshark without warnings when it is installed.
#include "core/data/dataset_loader.h"
#include "core/export/capture_writer.h"
#include "core/export/synthetic_packets.h"
#include "core/export/traffic_export.h"
#include "core/export/traffic_writers.h"
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace netsynth;

namespace {
const QString kData = QStringLiteral(NETSYNTH_SHARED_DATA_DIR);
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);

DatasetPtr load(const std::string &path, const std::string &format = {}, const std::string &labelMap = {})
{
    LoadOptions o;
    o.format = format;
    o.useCache = false;
    o.labelMapPath = labelMap;
    ProgressToken token;
    return loadDataset(path, o, token);
}

// Key of an exported biflow: its device address and port (unique per biflow).
std::string key(const Biflow &b)
{
    return b.tuple ? b.tuple->srcIp + ":" + std::to_string(b.tuple->srcPort) : std::string();
}

// Every read-back biflow matches the exported one with the same key: label,
// and the series in `unit`.
void compareBiflows(const std::vector<Biflow> &exported, const Dataset &back, SizeUnit unit, bool byKey)
{
    QCOMPARE(back.biflows.size(), exported.size());
    std::map<std::string, const Biflow *> byTuple;
    for (const Biflow &b : exported) byTuple[key(b)] = &b;
    QCOMPARE(byTuple.size(), exported.size());
    for (std::size_t i = 0; i < back.biflows.size(); ++i) {
        const Biflow &r = back.biflows[i];
        const Biflow *e = byKey ? byTuple[key(r)] : &exported[i];
        QVERIFY2(e, key(r).c_str());
        QCOMPARE(r.classKey(), e->classKey());
        const std::vector<double> got = seriesOf(r, unit), want = seriesOf(*e, unit);
        if (got != want) {
            std::string msg = "biflow " + key(r) + " of " + r.label + ":";
            for (double v : got) msg += " " + std::to_string(int(v));
            msg += " | want";
            for (double v : want) msg += " " + std::to_string(int(v));
            QFAIL(msg.c_str());
        }
    }
}

// The AppxAct training file, every 8th biflow, encoded as the default preset does.
ImageDataset appxactSet(bool noisy)
{
    const DatasetPtr full = load((kData + QStringLiteral("/mirage-appxact")).toStdString());
    Dataset part;
    part.sourcePath = full->sourcePath;
    for (std::size_t i = 0; i < full->biflows.size(); i += 8) part.biflows.push_back(full->biflows[i]);
    EncodeSpec spec = EncodeSpec::fromJson(nlohmann::json::parse(
        R"({"length":16,"image_size":16,"normalisation":"quantile","padding":"mark-length","inversion":"least-squares"})"));
    ProgressToken token;
    ImageDataset set = encodeDataset(part, spec, token);
    if (noisy) { // generated-like: every pixel off by a little
        std::mt19937 rng(7);
        std::normal_distribution<float> n(0.0f, 0.02f);
        for (float &p : set.pixels) p = std::clamp(p + n(rng), 0.0f, 1.0f);
        set.provenance["origin"] = "synthetic";
    }
    return set;
}

QString tshark()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}
} // namespace

class TestTrafficExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QDir(kOut).removeRecursively();
        QDir().mkpath(kOut);
    }

    void handshakeFlagsAndDirections()
    {
        PacketizeOptions o;
        const Biflow b = packetizeSeries({0, 0, 0, 517, -1448, 0, -31}, "Discord", 3, 0, ClassTrafficModel{}, o);
        QCOMPARE(b.packets.size(), std::size_t(7));
        const std::uint16_t flags[7] = {0x02, 0x12, 0x10, 0x18, 0x18, 0x10, 0x18};
        const Direction dirs[7] = {Direction::Upstream, Direction::Downstream, Direction::Upstream, Direction::Upstream,
                                   Direction::Downstream, Direction::Upstream, Direction::Downstream};
        for (int k = 0; k < 7; ++k) {
            QCOMPARE(b.packets[k].tcpFlags, flags[k]);
            QCOMPARE(b.packets[k].direction, dirs[k]);
            QCOMPARE(b.packets[k].ipBytes, b.packets[k].payloadBytes + 40);
            QCOMPARE(b.packets[k].timestamp, 0.001 * k);
        }
        QCOMPARE(b.tuple->srcIp, std::string("192.0.2.4"));
        QCOMPARE(b.tuple->dstIp.rfind("198.51.100.", 0), std::size_t(0));
        // IP lengths below 40 are raised to the headers' size and counted.
        PacketizeStats stats;
        o.unit = SizeUnit::Ip;
        const Biflow ip = packetizeSeries({24, -1500}, "x", 0, 1, ClassTrafficModel{}, o, &stats);
        QCOMPARE(ip.packets[0].ipBytes, 40);
        QCOMPARE(ip.packets[0].payloadBytes, 0);
        QCOMPARE(ip.packets[1].payloadBytes, 1460);
        QCOMPARE(stats.raisedToHeader, std::int64_t(1));
        QCOMPARE(ip.tuple->dstIp.rfind("203.0.113.", 0), std::size_t(0));
    }

    void checksumsVerify()
    {
        PacketizeOptions o;
        for (std::uint8_t proto : {std::uint8_t(6), std::uint8_t(17)}) {
            ClassTrafficModel m;
            m.protocol = proto;
            const Biflow b = packetizeSeries({517, -1448, -31}, "x", 9, 0, m, o);
            for (const Packet &p : b.packets) {
                const std::vector<std::uint8_t> payload(static_cast<std::size_t>(p.payloadBytes), 0xab);
                const auto f = captureFrame(*b.tuple, p, 1000, 2000, 5, payload.data());
                QCOMPARE(f.size(), std::size_t(14 + p.ipBytes));
                const std::uint8_t *ip = f.data() + 14;
                QCOMPARE(internetChecksum(ip, 20), std::uint16_t(0)); // a valid header sums to 0
                std::uint32_t pseudo = 0;
                for (int i = 12; i < 20; i += 2) pseudo += std::uint32_t(ip[i] << 8 | ip[i + 1]);
                pseudo += proto + std::uint32_t(p.ipBytes - 20);
                QCOMPARE(internetChecksum(ip + 20, std::size_t(p.ipBytes - 20), pseudo), std::uint16_t(0));
            }
        }
    }

    void sizeUnitRecordedFromTheDataset()
    {
        if (!QFileInfo(kData + QStringLiteral("/mirage-appxact")).isDir())
            QSKIP("../shared/data is absent");
        EncodeSpec spec;
        spec.length = spec.imageSize = 8;
        ProgressToken token;
        const auto unitOf = [&](const QString &rel) {
            return encodeDataset(*load((kData + rel).toStdString()), spec, token).spec.value("size_unit", "");
        };
        QCOMPARE(unitOf(QStringLiteral("/mirage-appxact")), std::string("payload"));
        QCOMPARE(unitOf(QStringLiteral("/mirage2019")), std::string("payload"));
        QCOMPARE(unitOf(QStringLiteral("/alexa/trace_csv")), std::string("ip"));
    }

    void everyFormatReadsBackTheSameBiflows_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("noisy");
        for (bool noisy : {false, true})
            for (const char *f : {"pcap", "pcapng", "mirage-json", "csv", "csv-packets"})
                QTest::newRow((std::string(f) + (noisy ? " generated-like" : " encoded")).c_str())
                    << QString::fromLatin1(f) << noisy;
    }

    void everyFormatReadsBackTheSameBiflows()
    {
        if (!QFileInfo(kData + QStringLiteral("/mirage-appxact")).isDir())
            QSKIP("../shared/data is absent");
        QFETCH(QString, format);
        QFETCH(bool, noisy);
        const ImageDataset set = appxactSet(noisy);
        ExportOptions o;
        o.format = parseExportFormat(format.toStdString());
        o.out = (kOut + QStringLiteral("/%1-%2%3").arg(format).arg(noisy ? QStringLiteral("gen") : QStringLiteral("enc"))
                     .arg(format == QStringLiteral("csv") ? QStringLiteral(".csv")
                          : format == QStringLiteral("mirage-json") ? QStringLiteral(".json")
                                                                    : QString()))
                    .toStdString();
        o.referencePath = (kData + QStringLiteral("/mirage-appxact")).toStdString();
        o.seed = 3;
        ProgressToken token;
        const ExportResult r = exportImageSet(set, std::string(), o, token);
        QCOMPARE(r.biflows, std::int64_t(set.count()));
        QCOMPARE(r.sizeUnit, std::string("payload")); // AppxAct's PL column is the L4 payload
        QVERIFY(r.timing.find("empirical") != std::string::npos);

        // What was exported: the set's series, one packet per value.
        ProgressToken t2;
        const std::vector<Biflow> exported = exportBiflows(set, o, TrafficReference::fromDataset(
                                                                         *load(o.referencePath), 16), t2);
        ImageDataset sym = set;
        for (std::size_t i = 0; i < sym.count(); ++i) symmetrise(sym.image(i), sym.imageSize);
        const std::vector<DecodedSample> decoded = decodeDataset(sym, t2);
        for (std::size_t i = 0; i < exported.size(); ++i)
            QCOMPARE(seriesOf(exported[i], SizeUnit::Payload), decoded[i].values);

        const bool capture = format.startsWith(QStringLiteral("pcap"));
        const DatasetPtr back = load(o.out, {}, capture ? o.out + "/labels.csv" : std::string());
        QCOMPARE(back->classes().size(), set.classes.size());
        if (format == QStringLiteral("csv-packets")) {
            // One file per biflow, no addresses: the same (label, IP-length series) multiset.
            QCOMPARE(r.files.size(), set.count());
            std::multiset<std::pair<std::string, std::vector<double>>> want, got;
            for (const Biflow &b : exported) want.insert({b.classKey(), seriesOf(b, SizeUnit::Ip)});
            for (const Biflow &b : back->biflows) got.insert({b.classKey(), seriesOf(b, SizeUnit::Ip)});
            QVERIFY(want == got);
            return;
        }
        compareBiflows(exported, *back, SizeUnit::Payload, capture);
        if (!capture)
            return;
        QCOMPARE(r.files.size(), set.classes.size() + 1); // + labels.csv
        // Inter-arrival times come back to the microsecond (the captures' resolution).
        std::map<std::string, const Biflow *> byTuple;
        for (const Biflow &b : exported) byTuple[key(b)] = &b;
        for (const Biflow &b : back->biflows)
            for (std::size_t k = 1; k < b.packets.size(); ++k)
                QVERIFY(std::fabs(b.packets[k].iat - byTuple[key(b)]->packets[k].iat) < 1.5e-6);
        if (tshark().isEmpty())
            return;
        for (const std::string &file : r.files) {
            if (file.find("labels.csv") != std::string::npos) continue;
            QProcess p;
            p.start(tshark(), {QStringLiteral("-n"), QStringLiteral("-r"), QString::fromStdString(file),
                               QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-o"),
                               QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-z"),
                               QStringLiteral("expert,warn"), QStringLiteral("-q")});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(!out.contains(QStringLiteral("Warning")) && !out.contains(QStringLiteral("Error")) &&
                         !out.contains(QStringLiteral("Malformed")),
                     qPrintable(QString::fromStdString(file) + QStringLiteral(": ") + out.left(2000)));
        }
    }

    void mirageFlowFeatures()
    {
        Biflow b;
        PacketizeOptions o;
        b = packetizeSeries({100, 200, 300}, "x", 0, 0, ClassTrafficModel{}, o); // all upstream, 1 ms apart
        const nlohmann::json f = nlohmann::json::parse(
            [&] {
                std::string s = netsynth::mirageFlowFeatures(b);
                for (std::size_t pos; (pos = s.find("NaN")) != std::string::npos;) s.replace(pos, 3, "null");
                return s;
            }());
        const auto &len = f["packet_length"]["biflow"];
        QCOMPARE(len["min"].get<double>(), 140.0); // IP lengths: payload + 40
        QCOMPARE(len["max"].get<double>(), 340.0);
        QCOMPARE(len["mean"].get<double>(), 240.0);
        QVERIFY(std::fabs(len["std"].get<double>() - std::sqrt(20000.0 / 3.0)) < 1e-9);
        QCOMPARE(len["mad"].get<double>(), 100.0);
        QCOMPARE(len["skew"].get<double>(), 0.0);
        QCOMPARE(len["10_percentile"].get<double>(), 160.0);
        QVERIFY(f["packet_length"]["downstream_flow"]["mean"].is_null()); // no downstream packet: NaN
        QVERIFY(std::fabs(f["iat"]["upstream_flow"]["mean"].get<double>() - 0.001) < 1e-12);
    }

    void badInputGetsClearErrors()
    {
        ImageDataset set;
        set.imageSize = 8;
        EncodeSpec spec;
        spec.length = spec.imageSize = 8;
        spec.feature = SeriesFeature::Iat;
        set.spec = spec.toJson();
        set.classes = {"a"};
        ExportOptions o;
        o.out = (kOut + QStringLiteral("/iat.csv")).toStdString();
        o.format = ExportFormat::Csv;
        ProgressToken token;
        try {
            exportImageSet(set, std::string(), o, token);
            QFAIL("an iat set was exported");
        } catch (const InputError &e) {
            QVERIFY(std::string(e.what()).find("not packet sizes") != std::string::npos);
        }
        // Never inside the set's own folder.
        spec.feature = SeriesFeature::SignedSize;
        set.spec = spec.toJson();
        o.out = (kOut + QStringLiteral("/set/export.csv")).toStdString();
        QVERIFY_THROWS_EXCEPTION(InputError, exportImageSet(set, (kOut + QStringLiteral("/set")).toStdString(), o, token));
        QVERIFY_THROWS_EXCEPTION(InputError, parseExportFormat("pcapx"));
    }
};

QTEST_GUILESS_MAIN(TestTrafficExport)
#include "tst_traffic_export.moc"
