// MirageReader: real MIRAGE-2019 files checked field by field against an
// independent parse (QJsonDocument after turning bare NaN into null), and
// every kind of bad input with files the test writes itself.
#include "core/data/mirage_reader.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace netsynth;

namespace {

std::vector<Biflow> readAll(const std::string &path, const MirageReadOptions &o = {})
{
    std::vector<Biflow> out;
    ProgressToken token;
    MirageReader::readFile(path, o, token, [&](Biflow &&b) { out.push_back(std::move(b)); });
    return out;
}

QString writeScratch(const QString &name, const QByteArray &contents)
{
    QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
    const QString path = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/") + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(contents);
    return path;
}

// A minimal valid biflow; `packetData` replaces the packet_data object.
QByteArray biflowJson(const QByteArray &packetData = QByteArrayLiteral(
                          R"({"src_port": [1000, 80], "dst_port": [80, 1000], "packet_dir": [0, 1],
                              "L4_payload_bytes": [10, 20], "iat": [0, 0.5], "TCP_win_size": [100, 200]})"),
                      const QByteArray &metadata = QByteArrayLiteral(R"({"BF_label": "app.x", "BF_num_packets": 2})"))
{
    return "{\"10.0.0.1,1000,10.0.0.2,80,6\": {\"packet_data\": " + packetData +
           ", \"flow_features\": {\"iat\": {\"biflow\": {\"min\": NaN}}}, \"flow_metadata\": " + metadata + "}}";
}

} // namespace

class TestMirageReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realFilesMatchIndependentParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expectedBiflows");
        QTest::newRow("comics") << QStringLiteral(
            "1539866692_com.iconology.comics_MIRAGE-2019_traffic_dataset_labeled_biflows.json") << 5;
        QTest::newRow("slither") << QStringLiteral(
            "1540373141_air.com.hypah.io.slither_MIRAGE-2019_traffic_dataset_labeled_biflows.json") << 28;
    }

    void realFilesMatchIndependentParse()
    {
        QFETCH(QString, file);
        QFETCH(int, expectedBiflows);
        const QString path = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage2019/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/data/mirage2019 is absent (real-data test)");

        // Independent parse: QJsonDocument rejects NaN, so replace the bare token first.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace("NaN", "null");
        QJsonParseError err;
        const QJsonObject root = QJsonDocument::fromJson(text, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(root.size(), expectedBiflows);

        const std::vector<Biflow> biflows = readAll(path.toStdString());
        QCOMPARE(static_cast<int>(biflows.size()), expectedBiflows);
        for (const Biflow &b : biflows) {
            const QString id = QString::fromStdString(b.metadata.at("flow_id"));
            QVERIFY2(root.contains(id), qPrintable(id));
            const QJsonObject o = root.value(id).toObject();
            const QJsonObject pd = o.value(QStringLiteral("packet_data")).toObject();
            const QJsonObject md = o.value(QStringLiteral("flow_metadata")).toObject();
            QCOMPARE(QString::fromStdString(b.label), md.value(QStringLiteral("BF_label")).toString());
            QCOMPARE(b.declaredPackets, static_cast<std::int64_t>(md.value(QStringLiteral("BF_num_packets")).toDouble()));
            const QJsonArray dir = pd.value(QStringLiteral("packet_dir")).toArray();
            const QJsonArray pl = pd.value(QStringLiteral("L4_payload_bytes")).toArray();
            const QJsonArray iat = pd.value(QStringLiteral("iat")).toArray();
            const QJsonArray win = pd.value(QStringLiteral("TCP_win_size")).toArray();
            QCOMPARE(static_cast<int>(b.packets.size()), dir.size());
            double t = 0.0;
            for (int i = 0; i < dir.size(); ++i) {
                const Packet &p = b.packets[static_cast<std::size_t>(i)];
                QCOMPARE(static_cast<int>(p.direction), dir[i].toInt());
                QCOMPARE(p.payloadBytes, pl[i].toInt());
                QCOMPARE(p.ipBytes, -1);
                const double expectedIat = i == 0 ? 0.0 : iat[i].toDouble();
                QCOMPARE(p.iat, expectedIat);
                t += expectedIat;
                QVERIFY(std::abs(p.timestamp - t) < 1e-9);
                QCOMPARE(p.tcpWindow, win[i].toInt());
            }
            // Features keep NaN where the file has NaN (null after our replacement).
            const QJsonObject biflowIat = o.value(QStringLiteral("flow_features")).toObject()
                                              .value(QStringLiteral("iat")).toObject()
                                              .value(QStringLiteral("biflow")).toObject();
            const double mean = b.features.at("flow_features.iat.biflow.mean");
            if (biflowIat.value(QStringLiteral("mean")).isNull())
                QVERIFY(std::isnan(mean));
            else
                QCOMPARE(mean, biflowIat.value(QStringLiteral("mean")).toDouble());
            // The tuple starts at the upstream sender.
            QVERIFY(b.tuple.has_value());
            const QJsonArray src = pd.value(QStringLiteral("src_port")).toArray();
            for (int i = 0; i < dir.size(); ++i) {
                if (dir[i].toInt() == 0) {
                    QCOMPARE(static_cast<int>(b.tuple->srcPort), src[i].toInt());
                    break;
                }
            }
        }
    }

    void backgroundRuleAndAppFromName()
    {
        QCOMPARE(MirageReader::appFromFileName("1539866692_com.iconology.comics_MIRAGE-2019_traffic_dataset_labeled_biflows.json"),
                 std::string("com.iconology.comics"));
        QCOMPARE(MirageReader::appFromFileName("plain.json"), std::string());
        const QByteArray two = "{\"10.0.0.1,1,10.0.0.2,2,6\": {\"packet_data\": {\"packet_dir\": [0], \"iat\": [0], "
                               "\"L4_payload_bytes\": [5]}, \"flow_metadata\": {\"BF_label\": \"app.x\"}}, "
                               "\"10.0.0.1,3,10.0.0.2,4,6\": {\"packet_data\": {\"packet_dir\": [0], \"iat\": [0], "
                               "\"L4_payload_bytes\": [5]}, \"flow_metadata\": {\"BF_label\": \"com.other\"}}}";
        const QString path = writeScratch(QStringLiteral("1_app.x_MIRAGE-2019_traffic_dataset_labeled_biflows.json"), two);
        MirageReadOptions o;
        o.backgroundRule = true;
        const auto b = readAll(path.toStdString(), o);
        QCOMPARE(b.size(), std::size_t(2));
        QCOMPARE(b[0].label, std::string("app.x"));
        QCOMPARE(b[1].label, std::string("background"));
        QCOMPARE(b[1].metadata.at("original_label"), std::string("com.other"));
        const auto plain = readAll(path.toStdString());
        QCOMPARE(plain[1].label, std::string("com.other"));
    }

    void laterReleaseFields()
    {
        // MIRAGE-VIDEO / COVID / AppxAct add timestamp, IP_packet_bytes, TCP_flags and BF_activity.
        const QByteArray doc = biflowJson(
            R"({"packet_dir": [0, 1, 0], "timestamp": [100.0, 100.25, 101.0], "IP_packet_bytes": [60, 1500, 52],
                "L4_payload_bytes": [0, 1448, 0], "TCP_flags": ["S", "SA", "A"], "iat": [0, 0.25, 0.75]})",
            R"({"BF_label": "com.zoom", "BF_activity": "video-call", "BF_sublabel": "x", "BF_device": "phone1"})");
        const QString path = writeScratch(QStringLiteral("later.json"), doc);
        const auto b = readAll(path.toStdString());
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b[0].classKey(), std::string("com.zoom / video-call"));
        QCOMPARE(b[0].metadata.at("flow_metadata.BF_device"), std::string("phone1"));
        QCOMPARE(b[0].packets[1].ipBytes, 1500);
        QCOMPARE(b[0].packets[1].tcpFlags, std::uint16_t(0x12));
        QCOMPARE(b[0].packets[2].timestamp, 101.0);
        QCOMPARE(b[0].packets[2].iat, 0.75);
        QCOMPARE(b[0].packets[0].signedSize(), 60.0);
        QCOMPARE(b[0].packets[1].signedSize(), -1500.0);
    }

    // Without timestamps the iats add up from 0; the tuple is turned round when
    // the first upstream packet leaves from the flow id's second port.
    void iatSeriesAndTupleOrientation()
    {
        const QByteArray doc = biflowJson(
            R"({"src_port": [1000, 80, 80], "dst_port": [80, 1000, 1000], "packet_dir": [1, 0, 0],
                "L4_payload_bytes": [10, 20, 30], "iat": [5.0, 0.5, 0.25]})",
            R"({"BF_label": "app.y"})");
        const QString path = writeScratch(QStringLiteral("orient.json"), doc);
        const auto b = readAll(path.toStdString());
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b[0].packets.size(), std::size_t(3));
        QCOMPARE(b[0].packets[0].iat, 0.0);
        QCOMPARE(b[0].packets[0].timestamp, 0.0);
        QCOMPARE(b[0].packets[2].timestamp, 0.75);
        QCOMPARE(b[0].packets[0].direction, Direction::Downstream);
        QCOMPARE(b[0].packets[1].direction, Direction::Upstream);
        QVERIFY(b[0].tuple.has_value());
        QCOMPARE(b[0].tuple->srcIp, std::string("10.0.0.2"));
        QCOMPARE(static_cast<int>(b[0].tuple->srcPort), 80);
        QCOMPARE(static_cast<int>(b[0].tuple->dstPort), 1000);
        QCOMPARE(b[0].declaredPackets, std::int64_t(-1));
        QCOMPARE(b[0].metadata.at("flow_id"), std::string("10.0.0.1,1000,10.0.0.2,80,6"));
        QCOMPARE(b[0].sourceIndex, std::int64_t(0));
    }

    void maxPacketsPerBiflow()
    {
        const QString path = writeScratch(QStringLiteral("max.json"), biflowJson());
        MirageReadOptions o;
        o.maxPacketsPerBiflow = 1;
        const auto b = readAll(path.toStdString(), o);
        QCOMPARE(b[0].packets.size(), std::size_t(1));
        QCOMPARE(b[0].declaredPackets, std::int64_t(2));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expectLocation");
        QTest::addColumn<QString>("expectMessage");
        const QByteArray good = biflowJson();
        QTest::newRow("empty") << QByteArray() << "byte 0" << "empty file";
        QTest::newRow("not json") << QByteArray("hello, world\n") << "byte 0" << "invalid JSON";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "byte " << "invalid JSON";
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << "top level" << "expected a JSON object";
        QTest::newRow("biflow not object") << QByteArray("{\"a\": 3}") << "biflow 'a'" << "expected an object";
        QTest::newRow("wrong type in array")
            << biflowJson(R"({"packet_dir": [0, 1], "iat": [0, "x"], "L4_payload_bytes": [1, 2]})")
            << "packet_data.iat[1]" << "expected a number, got a string";
        QTest::newRow("field not array")
            << biflowJson(R"({"packet_dir": [0, 1], "iat": 3, "L4_payload_bytes": [1, 2]})") << "packet_data.iat"
            << "expected an array";
        QTest::newRow("unequal arrays")
            << biflowJson(R"({"packet_dir": [0, 1, 0], "iat": [0, 1], "L4_payload_bytes": [1, 2, 3]})")
            << "packet_data." << "elements but packet_data.";
        QTest::newRow("missing packet_dir")
            << biflowJson(R"({"iat": [0, 1], "L4_payload_bytes": [1, 2]})") << "packet_data.packet_dir" << "missing";
        QTest::newRow("missing sizes")
            << biflowJson(R"({"packet_dir": [0, 1], "iat": [0, 1]})") << "packet_data.L4_payload_bytes" << "missing";
        QTest::newRow("missing label") << biflowJson(R"({"packet_dir": [0], "iat": [0], "L4_payload_bytes": [1]})",
                                                     R"({"BF_num_packets": 1})")
                                       << "flow_metadata.BF_label" << "missing";
        QTest::newRow("bad direction")
            << biflowJson(R"({"packet_dir": [0, 7], "iat": [0, 1], "L4_payload_bytes": [1, 2]})")
            << "packet_data.packet_dir[1]" << "expected 0 (upstream) or 1";
        QTest::newRow("negative size")
            << biflowJson(R"({"packet_dir": [0, 1], "iat": [0, 1], "L4_payload_bytes": [1, -5]})")
            << "packet_data.L4_payload_bytes[1]" << "expected a byte count";
        QTest::newRow("huge size")
            << biflowJson(R"({"packet_dir": [0], "iat": [0], "L4_payload_bytes": [1e300]})")
            << "packet_data.L4_payload_bytes[0]" << "expected a byte count";
        QTest::newRow("metadata object")
            << biflowJson(R"({"packet_dir": [0], "iat": [0], "L4_payload_bytes": [1]})", R"({"BF_label": {"a": 1}})")
            << "flow_metadata.BF_label" << "expected a string or a number";
    }

    void badInput()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expectLocation);
        QFETCH(QString, expectMessage);
        const QString path = writeScratch(QStringLiteral("bad_%1.json").arg(QTest::currentDataTag()).replace(' ', '_'),
                                          contents);
        try {
            readAll(path.toStdString());
            QFAIL("no InputError thrown");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.file()), path);
            QVERIFY2(QString::fromStdString(e.location()).contains(expectLocation), e.what());
            QVERIFY2(QString::fromStdString(e.location()).contains(QStringLiteral("byte ")), e.what());
            QVERIFY2(QString::fromStdString(e.detail()).contains(expectMessage), e.what());
        }
    }

    void rawPayloadSkippedAcrossBuffers()
    {
        // Raw payload lists far larger than the reader's 4 MB buffer: the
        // byte-level skip crosses refills and still counts the elements.
        auto biflow = [](int id, int packets, int bytesEach, int rawLists) {
            QByteArray b = "\"10.0.0.1," + QByteArray::number(id) + ",10.0.0.2,80,6\": {\"packet_data\": {\"packet_dir\": [";
            for (int i = 0; i < packets; ++i)
                b += i ? ", 1" : "0";
            b += "], \"iat\": [";
            for (int i = 0; i < packets; ++i)
                b += i ? ", 0.5" : "0";
            b += "], \"L4_payload_bytes\": [";
            for (int i = 0; i < packets; ++i)
                b += (i ? ", " : "") + QByteArray::number(bytesEach);
            b += "], \"L4_raw_payload\": [";
            QByteArray list = "[";
            for (int k = 0; k < bytesEach; ++k)
                list += (k ? ", " : "") + QByteArray::number((k * 37) % 256);
            list += "]";
            for (int i = 0; i < rawLists; ++i)
                b += (i ? ", " : "") + list;
            b += "]}, \"flow_metadata\": {\"BF_label\": \"big\"}}";
            return b;
        };
        const QByteArray doc = "{" + biflow(1, 2, 10, 2) + ", " + biflow(2, 4, 500000, 4) + ", " + biflow(3, 3, 7, 3) + "}";
        QVERIFY(doc.size() > 6 * 1024 * 1024);
        const QString path = writeScratch(QStringLiteral("bigraw.json"), doc);
        const auto b = readAll(path.toStdString());
        QCOMPARE(b.size(), std::size_t(3));
        QCOMPARE(b[1].packets.size(), std::size_t(4));
        QCOMPARE(b[1].packets[3].payloadBytes, 500000);
        QCOMPARE(b[2].packets.size(), std::size_t(3));
        QCOMPARE(b[2].packets[2].iat, 0.5);

        // One raw list missing: the skipped count still catches it.
        const QString unequal = writeScratch(QStringLiteral("bigraw_unequal.json"),
                                             "{" + biflow(1, 2, 10, 2) + ", " + biflow(2, 4, 500000, 3) + "}");
        try {
            readAll(unequal.toStdString());
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromStdString(e.detail()).contains(QStringLiteral("array has 3 elements")), e.what());
        }

        // A bad byte deep inside a skipped list is reported at its offset.
        QByteArray bad = "{" + biflow(1, 4, 500000, 4) + "}";
        const qsizetype at = bad.indexOf("L4_raw_payload") + 3000000;
        while (bad[at] < '0' || bad[at] > '9')
            bad[at] = '7';
        bad[at] = 'x';
        const QString badPath = writeScratch(QStringLiteral("bigraw_bad.json"), bad);
        try {
            readAll(badPath.toStdString());
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromStdString(e.location()).contains(QStringLiteral("byte %1").arg(at)), e.what());
        }

        // Truncated inside a skipped list.
        const QString cut = writeScratch(QStringLiteral("bigraw_cut.json"), bad.left(at - 10));
        try {
            readAll(cut.toStdString());
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromStdString(e.detail()).contains(QStringLiteral("invalid JSON")), e.what());
            QVERIFY2(QString::fromStdString(e.location()).contains(QStringLiteral("byte %1").arg(at - 10)), e.what());
        }
    }

    void missingFile()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, readAll("/nonexistent/x.json"));
    }

    void cancelStops()
    {
        // 200 biflows: the reader polls the token every 64.
        QByteArray doc = "{";
        for (int i = 0; i < 200; ++i)
            doc += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) +
                   "\": {\"packet_data\": {\"packet_dir\": [0], \"iat\": [0], \"L4_payload_bytes\": [1]}, "
                   "\"flow_metadata\": {\"BF_label\": \"a\"}}";
        doc += "}";
        const QString path = writeScratch(QStringLiteral("cancel.json"), doc);
        ProgressToken token;
        int seen = 0;
        QVERIFY_THROWS_EXCEPTION(CanceledError, MirageReader::readFile(path.toStdString(), {}, token, [&](Biflow &&) {
            if (++seen == 10)
                token.cancel();
        }));
        QVERIFY(seen < 200);
    }
};

QTEST_GUILESS_MAIN(TestMirageReader)
#include "tst_mirage_reader.moc"
