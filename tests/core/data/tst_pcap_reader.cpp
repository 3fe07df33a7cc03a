// PcapReader: flows assembled from captures the test writes (Ethernet, Linux
// SLL, raw IP; IPv4/IPv6; TCP/UDP; idle timeout; spliced time jumps), bad
// captures (truncated, unknown link type), and real captures from
// ../shared/data/pcap checked against a plain record walk done here.
#include "pcap_builder.h"

#include "core/data/dataset_loader.h"
#include "core/data/pcap_reader.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <map>
#include <tuple>

using namespace netsynth;
using namespace pcaptest;

namespace {

QString scratch(const QString &name)
{
    QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
    return QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/") + name;
}

std::vector<Biflow> readAll(const QString &path, PcapReadStats *stats = nullptr, double idle = 60.0)
{
    std::vector<Biflow> out;
    ProgressToken token;
    PcapReadOptions o;
    o.idleTimeoutSeconds = idle;
    const PcapReadStats s =
        PcapReader::readFile(path.toStdString(), o, token, [&](Biflow &&b) { out.push_back(std::move(b)); });
    if (stats)
        *stats = s;
    return out;
}

QList<Pkt> conversation()
{
    const QByteArray c = ip4(10, 0, 0, 1), s = ip4(93, 184, 216, 34);
    const QByteArray c6 = ip6(1), s6 = ip6(2);
    return {
        {1000.0, c, s, 40000, 443, 6, 0, 0x02, 64240},       // SYN
        {1000.05, s, c, 443, 40000, 6, 0, 0x12, 65160},      // SYN-ACK
        {1000.0501, c, s, 40000, 443, 6, 0, 0x10, 502},     // ACK
        {1000.1, c6, s6, 5353, 53, 17, 33, 0, 0},           // IPv6 UDP query
        {1000.2, s, c, 443, 40000, 6, 1400, 0x18, 65160},    // data down
        {1000.25, s6, c6, 53, 5353, 17, 120, 0, 0},         // IPv6 UDP answer
        {1000.3, c, s, 40000, 443, 6, 0, 0x10, 501},        // ACK
        {1200.0, c, s, 40000, 443, 6, 10, 0x18, 501},       // after a 200 s idle gap: a new biflow
        {900.0, s, c, 443, 40000, 6, 20, 0x18, 501},        // spliced: jumps back 300 s: another biflow
    };
}

// Walks classic pcap record headers: (frames, linkType).
std::pair<int, int> walkClassicPcap(const QByteArray &d)
{
    auto u32 = [&](qsizetype off) {
        return std::uint32_t(std::uint8_t(d[off])) | std::uint32_t(std::uint8_t(d[off + 1])) << 8 |
               std::uint32_t(std::uint8_t(d[off + 2])) << 16 | std::uint32_t(std::uint8_t(d[off + 3])) << 24;
    };
    int frames = 0;
    qsizetype off = 24;
    while (off + 16 <= d.size()) {
        off += 16 + u32(off + 8);
        ++frames;
    }
    return {frames, int(u32(20))};
}

// Counts packet blocks (EPB 6, SPB 3, obsolete PB 2) of a little-endian pcapng file.
int walkPcapng(const QByteArray &d)
{
    auto u32 = [&](qsizetype off) {
        return std::uint32_t(std::uint8_t(d[off])) | std::uint32_t(std::uint8_t(d[off + 1])) << 8 |
               std::uint32_t(std::uint8_t(d[off + 2])) << 16 | std::uint32_t(std::uint8_t(d[off + 3])) << 24;
    };
    int packets = 0;
    qsizetype off = 0;
    while (off + 12 <= d.size()) {
        const std::uint32_t type = u32(off), len = u32(off + 4);
        if (type == 6 || type == 3 || type == 2)
            ++packets;
        if (len < 12)
            break;
        off += len;
    }
    return packets;
}

} // namespace

class TestPcapReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assemblesBiflows_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::newRow("ethernet") << 1;
        QTest::newRow("linux sll") << 113;
        QTest::newRow("raw ip") << 101;
    }

    void assemblesBiflows()
    {
        QFETCH(int, linkType);
        const QString path = writeFile(scratch(QStringLiteral("conv_%1.pcap").arg(linkType)),
                                       capture(conversation(), linkType));
        PcapReadStats stats;
        const auto b = readAll(path, &stats);
        QCOMPARE(stats.frames, std::int64_t(9));
        QCOMPARE(stats.ipPackets, std::int64_t(9));
        QCOMPARE(stats.skipped, std::int64_t(0));
        QCOMPARE(b.size(), std::size_t(4));

        const Biflow &tcp = b[0];
        QCOMPARE(tcp.label, QFileInfo(path).completeBaseName().toStdString());
        QCOMPARE(tcp.tuple->toString(), std::string("10.0.0.1:40000 -> 93.184.216.34:443 TCP"));
        QCOMPARE(tcp.packets.size(), std::size_t(5));
        const Direction U = Direction::Upstream, D = Direction::Downstream;
        const Direction dirs[] = {U, D, U, D, U};
        const int payload[] = {0, 0, 0, 1400, 0};
        const std::uint16_t flags[] = {0x02, 0x12, 0x10, 0x18, 0x10};
        for (int i = 0; i < 5; ++i) {
            const Packet &p = tcp.packets[std::size_t(i)];
            QCOMPARE(p.direction, dirs[i]);
            QCOMPARE(p.payloadBytes, payload[i]);
            QCOMPARE(p.ipBytes, 40 + payload[i]);
            QCOMPARE(p.tcpFlags, flags[i]);
        }
        QCOMPARE(tcp.packets[0].tcpWindow, 64240);
        QCOMPARE(tcp.packets[0].iat, 0.0);
        QVERIFY(std::abs(tcp.packets[1].iat - 0.05) < 2e-6);
        QVERIFY(std::abs(tcp.packets[4].timestamp - 1000.3) < 2e-6);
        QCOMPARE(tcp.bytes(Direction::Downstream), std::int64_t(40 + 40 + 1400));

        const Biflow &udp = b[1];
        QCOMPARE(udp.tuple->protocol, std::uint8_t(17));
        QCOMPARE(udp.tuple->srcIp, std::string("2001::1"));
        QCOMPARE(udp.tuple->srcPort, std::uint16_t(5353));
        QCOMPARE(udp.packets.size(), std::size_t(2));
        QCOMPARE(udp.packets[0].payloadBytes, 33);
        QCOMPARE(udp.packets[0].ipBytes, 40 + 8 + 33);
        QCOMPARE(udp.packets[1].direction, Direction::Downstream);
        QCOMPARE(udp.packets[1].tcpWindow, -1);

        // Idle gap and the splice each start a new biflow; the splice's first
        // packet comes from the server (port 443 to an ephemeral port, no
        // SYN): the client is still its initiator and the packet is downstream.
        QCOMPARE(b[2].packets.size(), std::size_t(1));
        QCOMPARE(b[2].tuple->srcPort, std::uint16_t(40000));
        QCOMPARE(b[3].packets.size(), std::size_t(1));
        QCOMPARE(b[3].tuple->srcPort, std::uint16_t(40000));
        QCOMPARE(b[3].tuple->dstPort, std::uint16_t(443));
        QCOMPARE(b[3].packets[0].direction, Direction::Downstream);

        // A longer timeout keeps the idle gap inside one biflow.
        QCOMPARE(readAll(path, nullptr, 250.0).size(), std::size_t(3));
    }

    // The per-biflow cap keeps the first packets and counts them all; biflows
    // come out in the order of their first packet, numbered so.
    void packetCapAndOrder()
    {
        const QString path = writeFile(scratch(QStringLiteral("conv_cap.pcap")), capture(conversation(), 1));
        std::vector<Biflow> out;
        ProgressToken token;
        PcapReadOptions o;
        o.maxPacketsPerBiflow = 2;
        PcapReader::readFile(path.toStdString(), o, token, [&](Biflow &&b) { out.push_back(std::move(b)); });
        QCOMPARE(out.size(), std::size_t(4));
        QCOMPARE(out[0].declaredPackets, std::int64_t(5));
        QCOMPARE(out[0].packets.size(), std::size_t(2));
        QCOMPARE(out[0].packets[1].direction, Direction::Downstream);
        QCOMPARE(out[1].declaredPackets, std::int64_t(2));
        for (std::size_t i = 0; i < out.size(); ++i)
            QCOMPARE(out[i].sourceIndex, std::int64_t(i));
        o.label = "chosen";
        o.maxPacketsPerBiflow = 0;
        out.clear();
        PcapReader::readFile(path.toStdString(), o, token, [&](Biflow &&b) { out.push_back(std::move(b)); });
        QCOMPARE(out[0].packets.size(), std::size_t(5));
        QCOMPARE(out[3].label, std::string("chosen"));
    }

    void truncatedCapture()
    {
        const QByteArray full = capture(conversation(), 1);
        // Cut inside record 9: the 8 complete records are read, and a warning
        // names the file and where it stopped (as Wireshark opens it).
        const QString path = writeFile(scratch(QStringLiteral("truncated.pcap")), full.left(full.size() - 30));
        PcapReadStats stats;
        const auto biflows = readAll(path, &stats);
        QCOMPARE(stats.frames, std::int64_t(8));
        std::size_t packets = 0;
        for (const auto &b : biflows) packets += b.packets.size();
        QCOMPARE(packets, std::size_t(8));
        QVERIFY2(QString::fromStdString(stats.warning).contains(path), stats.warning.c_str());
        QVERIFY2(QString::fromStdString(stats.warning).contains(QStringLiteral("record 9")), stats.warning.c_str());
        QVERIFY2(QString::fromStdString(stats.warning).contains(QStringLiteral("truncated")), stats.warning.c_str());
        // The loader keeps the warning with the dataset (and does not cache it).
        LoadOptions lo;
        ProgressToken token;
        const DatasetPtr ds = loadDataset(path.toStdString(), lo, token);
        QCOMPARE(ds->warnings.size(), std::size_t(1));
        QCOMPARE(ds->totalPackets(), std::int64_t(8));
        QVERIFY(!loadDataset(path.toStdString(), lo, token)->fromCache);
        // A capture whose first record is already cut stays an error.
        const QString first = writeFile(scratch(QStringLiteral("first.pcap")), full.left(24 + 20));
        try {
            readAll(first);
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.file()), first);
            QVERIFY2(QString::fromStdString(e.location()).contains(QStringLiteral("record 1")), e.what());
        }
        const QString header = writeFile(scratch(QStringLiteral("header.pcap")), full.left(10));
        try {
            readAll(header);
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.location()), QStringLiteral("byte 0"));
        }
        const QString empty = writeFile(scratch(QStringLiteral("empty.pcap")), QByteArray());
        QVERIFY_THROWS_EXCEPTION(InputError, readAll(empty));
        const QString text = writeFile(scratch(QStringLiteral("text.pcap")), QByteArray("this is not a capture at all\n"));
        QVERIFY_THROWS_EXCEPTION(InputError, readAll(text));
    }

    void unknownLinkType()
    {
        const QString path = writeFile(scratch(QStringLiteral("usb.pcap")), capture(conversation(), 189));
        try {
            readAll(path);
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.location()), QStringLiteral("link type 189"));
            QVERIFY2(QString::fromStdString(e.detail()).contains(QStringLiteral("unsupported link type")), e.what());
        }
    }

    void labelMap()
    {
        const QString dir = scratch(QStringLiteral("labelled"));
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/a.pcap"), capture(conversation(), 1));
        writeFile(dir + QStringLiteral("/b.pcap"), capture(conversation(), 1));
        const QString map = writeFile(scratch(QStringLiteral("labels.csv")), "# file,label\na.pcap,video\nb,chat\n");
        LoadOptions o;
        o.labelMapPath = map.toStdString();
        o.useCache = false;
        ProgressToken token;
        const DatasetPtr ds = loadDataset(dir.toStdString(), o, token);
        const auto classes = ds->classes();
        QCOMPARE(classes.size(), std::size_t(2));
        QCOMPARE(classes[0].label, std::string("chat"));
        QCOMPARE(classes[1].label, std::string("video"));
    }

    void realClassicPcapMatchesRecordWalk()
    {
        const QString path = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/pcap/other/yi_camera_sample.pcap");
        if (!QFile::exists(path))
            QSKIP("../shared/data/pcap is absent (real-data test)");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray d = f.readAll();
        const auto [frames, link] = walkClassicPcap(d);
        QCOMPARE(frames, 1631);
        QCOMPARE(link, 1);

        // Independent grouping: Ethernet + IPv4 + TCP/UDP, unordered 5-tuple -> (packets, IP bytes).
        std::map<std::tuple<QByteArray, QByteArray, int>, std::pair<int, std::int64_t>> flows;
        qsizetype off = 24;
        auto u32 = [&](qsizetype o) {
            return std::uint32_t(std::uint8_t(d[o])) | std::uint32_t(std::uint8_t(d[o + 1])) << 8 |
                   std::uint32_t(std::uint8_t(d[o + 2])) << 16 | std::uint32_t(std::uint8_t(d[o + 3])) << 24;
        };
        while (off + 16 <= d.size()) {
            const std::uint32_t caplen = u32(off + 8);
            const QByteArray fr = d.mid(off + 16, caplen);
            off += 16 + caplen;
            if (fr.size() < 34 || std::uint8_t(fr[12]) != 0x08 || fr[13] != 0 || (std::uint8_t(fr[14]) >> 4) != 4)
                continue;
            const int proto = std::uint8_t(fr[23]);
            const int ihl = (std::uint8_t(fr[14]) & 15) * 4;
            if (proto != 6 && proto != 17)
                continue;
            const QByteArray a = fr.mid(26, 4) + fr.mid(14 + ihl, 2), b = fr.mid(30, 4) + fr.mid(14 + ihl + 2, 2);
            auto &e = flows[{std::min(a, b), std::max(a, b), proto}];
            e.first += 1;
            e.second += (std::uint8_t(fr[16]) << 8) | std::uint8_t(fr[17]);
        }
        std::vector<std::pair<int, std::int64_t>> expected;
        for (const auto &kv : flows)
            expected.push_back(kv.second);

        PcapReadStats stats;
        const auto b = readAll(path, &stats);
        QCOMPARE(stats.frames, std::int64_t(frames));
        std::vector<std::pair<int, std::int64_t>> got;
        for (const Biflow &bf : b)
            got.emplace_back(int(bf.packets.size()), bf.bytes(Direction::Upstream) + bf.bytes(Direction::Downstream));
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    void realPcapngAndLinkTypes()
    {
        const QString dir = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/pcap");
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/pcap is absent (real-data test)");
        const std::pair<const char *, int> files[] = {
            {"alexa/flip_a_coin_5_30s.pcap", 1},   // pcapng, nanosecond timestamps
            {"ndpi/KakaoTalk_talk.pcap", 113},     // Linux SLL
            {"other/caida-small_raw.pcap", 12},    // pcapng, raw IP (LINKTYPE_RAW 101 = DLT_RAW)
            {"ndpi/dazn.pcapng", -1},
        };
        for (const auto &[name, link] : files) {
            const QString path = dir + QLatin1Char('/') + QString::fromUtf8(name);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray d = f.readAll();
            const bool ng = d.startsWith("\x0a\x0d\x0d\x0a");
            const int frames = ng ? walkPcapng(d) : walkClassicPcap(d).first;
            PcapReadStats stats;
            const auto b = readAll(path, &stats);
            QCOMPARE(stats.frames, std::int64_t(frames));
            if (link >= 0)
                QCOMPARE(stats.linkType, link);
            std::int64_t packets = 0;
            for (const Biflow &bf : b)
                packets += static_cast<std::int64_t>(bf.packets.size());
            QCOMPARE(packets + stats.skipped, stats.frames);
            QVERIFY2(packets > stats.frames / 2, name);
        }
    }

    void wholeFolderWithSplicedCaptures()
    {
        const QString dir = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/pcap");
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/pcap is absent (real-data test)");
        LoadOptions o;
        o.useCache = false;
        ProgressToken token;
        const DatasetPtr ds = loadDataset(dir.toStdString(), o, token);
        int captures = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            if (it.next().contains(QStringLiteral(".pcap")))
                ++captures;
        QCOMPARE(captures, 34);
        QCOMPARE(ds->files.size(), std::size_t(35)); // 34 captures + the UGR16 NetFlow CSV
        QCOMPARE(ds->format, std::string("mixed"));
        for (const Biflow &b : ds->biflows) {
            for (const Packet &p : b.packets) {
                QVERIFY(p.iat >= 0.0);
                QVERIFY(p.iat <= o.idleTimeoutSeconds);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPcapReader)
#include "tst_pcap_reader.moc"
