// CsvTraceReader: the real VideoTrain, VideoTrain++, VCFingerprinting (Alexa)
// and MIRAGE-AppxAct tables, with counts and values recomputed here by a plain
// line split, plus malformed files the test writes itself.
#include "core/data/csv_trace_reader.h"
#include "core/data/csv_trace_spec.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <set>

using namespace netsynth;

namespace {

QString shared(const QString &rel) { return QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/") + rel; }

QStringList dataLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst(); // header
    return lines;
}

std::vector<Biflow> readAll(const QString &path, const std::string &format, const CsvReadOptions &o = {})
{
    std::vector<Biflow> out;
    ProgressToken token;
    CsvTraceReader::readFile(path.toStdString(), *csvSpecByFormat(format), o, token,
                             [&](Biflow &&b) { out.push_back(std::move(b)); });
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

} // namespace

class TestCsvTraceReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerDetection()
    {
        QCOMPARE(csvSpecForHeader({"label", "n_pkts", "PL", "IAT_us", "DIR"})->format, std::string("csv-appxact"));
        QCOMPARE(csvSpecForHeader({"", "time", "size", "direction"})->format, std::string("csv-packets"));
        QCOMPARE(csvSpecForHeader({"addr1_bytes", "addr2_bytes"})->format, std::string("csv-binned-file"));
        QCOMPARE(csvSpecForHeader({"0", "1", "2", "vid_id"})->format, std::string("csv-binned-rows"));
        QVERIFY(csvSpecForHeader({"a", "b"}) == nullptr);
        QCOMPARE(CsvTraceReader::labelFromFileName("/x/alexa_5_30s_L_1.csv", true), std::string("alexa_5_30s_L"));
        QCOMPARE(CsvTraceReader::labelFromFileName("/x/YouTube_V360.csv", true), std::string("YouTube_V360"));
        QCOMPARE(CsvTraceReader::splitLine(" a, \"b,c\" ,d"), (std::vector<std::string>{"a", "b,c", "d"}));
    }

    void videoTrainRows()
    {
        const QString path = shared(QStringLiteral("video/videotrain/YouTube_V360.csv"));
        if (!QFile::exists(path))
            QSKIP("../shared/data/video is absent (real-data test)");
        const QStringList lines = dataLines(path);
        const auto b = readAll(path, "csv-binned-rows");
        QCOMPARE(static_cast<int>(b.size()), lines.size());
        for (qsizetype r : {qsizetype(0), lines.size() / 2, lines.size() - 1}) {
            const QStringList f = lines[r].split(QLatin1Char(','));
            QCOMPARE(f.size(), 242);
            const Biflow &bf = b[static_cast<std::size_t>(r)];
            QCOMPARE(bf.bins.size(), std::size_t(240));
            QCOMPARE(bf.binSeconds, 0.5);
            QCOMPARE(bf.label, std::string("YouTube_V360"));
            double sum = 0.0;
            for (int i = 0; i < 240; ++i) {
                QCOMPARE(bf.bins[static_cast<std::size_t>(i)], f[i].toDouble());
                sum += f[i].toDouble();
            }
            QCOMPARE(static_cast<double>(bf.bytes(Direction::Downstream)), sum);
            QCOMPARE(QString::fromStdString(bf.metadata.at("csv.vid_id")), f[240].trimmed());
            QCOMPARE(bf.duration(), 120.0);
        }
    }

    void videoTrainPlusPlusColumn()
    {
        const QString path = shared(QStringLiteral("video/videotrainplusplus/Netflix_vid1_1.csv"));
        if (!QFile::exists(path))
            QSKIP("../shared/data/video is absent (real-data test)");
        const QStringList lines = dataLines(path);
        // addr2_bytes is the 13th column (index 12).
        const auto b = readAll(path, "csv-binned-file");
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(static_cast<int>(b[0].bins.size()), lines.size());
        QCOMPARE(b[0].label, std::string("Netflix_vid1"));
        for (int r = 0; r < lines.size(); ++r)
            QCOMPARE(b[0].bins[static_cast<std::size_t>(r)], lines[r].split(QLatin1Char(','))[12].trimmed().toDouble());
        CsvReadOptions o;
        o.column = "addr1_bytes";
        const auto b1 = readAll(path, "csv-binned-file", o);
        QCOMPARE(b1[0].bins[1], lines[1].split(QLatin1Char(','))[3].trimmed().toDouble());
        o.column = "no_such_column";
        QVERIFY_THROWS_EXCEPTION(InputError, readAll(path, "csv-binned-file", o));
    }

    void alexaPackets()
    {
        const QString dir = shared(QStringLiteral("alexa/trace_csv"));
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/alexa is absent (real-data test)");
        const QString path = dir + QStringLiteral("/alexa_5_30s_L_1.csv");
        const QStringList lines = dataLines(path);
        const auto b = readAll(path, "csv-packets");
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b[0].label, std::string("alexa_5_30s_L"));
        QCOMPARE(static_cast<int>(b[0].packets.size()), lines.size());
        double prev = 0.0;
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char(','));
            const Packet &p = b[0].packets[static_cast<std::size_t>(i)];
            QCOMPARE(p.timestamp, f[1].toDouble());
            QCOMPARE(p.iat, i == 0 ? 0.0 : f[1].toDouble() - prev);
            prev = f[1].toDouble();
            QCOMPARE(p.ipBytes, static_cast<int>(f[2].toDouble()));
            QCOMPARE(p.direction, f[3].toDouble() > 0 ? Direction::Upstream : Direction::Downstream);
        }
    }

    void appxactLists()
    {
        const QString path = shared(QStringLiteral("mirage-appxact/appxact_first10_train.csv"));
        if (!QFile::exists(path))
            QSKIP("../shared/data/mirage-appxact is absent (real-data test)");
        const QStringList lines = dataLines(path);
        const auto b = readAll(path, "csv-appxact");
        QCOMPARE(static_cast<int>(b.size()), lines.size());
        std::int64_t packets = 0, expectedPackets = 0;
        std::set<std::string> labels;
        for (const Biflow &bf : b) {
            packets += static_cast<std::int64_t>(bf.packets.size());
            labels.insert(bf.label);
        }
        for (const QString &l : lines)
            expectedPackets += l.split(QLatin1Char(','))[2].split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        QCOMPARE(packets, expectedPackets);
        QCOMPARE(labels.size(), std::size_t(14));
        // Row 1 in detail.
        const QStringList f = lines[0].split(QLatin1Char(','));
        const QStringList pl = f[2].split(QLatin1Char(' ')), iat = f[3].split(QLatin1Char(' ')),
                          dir = f[4].split(QLatin1Char(' '));
        QCOMPARE(QString::fromStdString(b[0].label), f[0]);
        for (int i = 0; i < pl.size(); ++i) {
            const Packet &p = b[0].packets[static_cast<std::size_t>(i)];
            QCOMPARE(p.payloadBytes, pl[i].toInt());
            QVERIFY(std::abs(p.iat - (i == 0 ? 0.0 : iat[i].toDouble() * 1e-6)) < 1e-15);
            QCOMPARE(static_cast<int>(p.direction), dir[i].toInt());
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "csv-packets" << QByteArray() << "line 1" << "empty file";
        QTest::newRow("ragged row") << "csv-packets" << QByteArray(",time,size,direction\n0,0.0,10,1\n1,0.1,20\n")
                                    << "line 3" << "expected 4 fields";
        QTest::newRow("not a number") << "csv-packets" << QByteArray(",time,size,direction\n0,0.0,abc,1\n")
                                      << "line 2, column size" << "expected a number, got 'abc'";
        QTest::newRow("missing column") << "csv-packets" << QByteArray(",time,bytes,direction\n0,0.0,10,1\n")
                                        << "column size" << "missing column";
        QTest::newRow("unequal lists") << "csv-appxact"
                                       << QByteArray("label,n_pkts,PL,IAT_us,DIR\nA,3,1 2 3,0 5,0 1 0\n")
                                       << "line 2, column IAT_us" << "list has 2 values";
        QTest::newRow("negative size") << "csv-packets" << QByteArray(",time,size,direction\n0,0.0,-3,1\n")
                                       << "line 2, column size" << "expected a packet size";
        QTest::newRow("bad port") << "csv-netflow"
                                  << QByteArray("srcip,dstip,srcport,dstport,proto,ts,td,pkt,byt,type\n"
                                                "1,2,70000,80,TCP,0,1,2,100,background\n")
                                  << "line 2, column srcport" << "expected a port number";
        QTest::newRow("no rows") << "csv-packets" << QByteArray(",time,size,direction\n") << "line 2" << "no data rows";
    }

    void badInput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, contents);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const QString path = writeScratch(QStringLiteral("bad_%1.csv").arg(QTest::currentDataTag()).replace(' ', '_'),
                                          contents);
        try {
            readAll(path, format.toStdString());
            QFAIL("no InputError thrown");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.file()), path);
            QVERIFY2(QString::fromStdString(e.location()).contains(location), e.what());
            QVERIFY2(QString::fromStdString(e.detail()).contains(message), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvTraceReader)
#include "tst_csv_trace_reader.moc"
