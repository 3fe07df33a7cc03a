// netsynth-cli encode / decode, run as a child process.
#include "cli_runner.h"

#include "core/data/dataset_loader.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace netsynth;

namespace {
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
const QString kMirage = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage2019");

QStringList csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestImagingCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QDir(kOut).removeRecursively(); QDir().mkpath(kOut); }

    void encodeDemoJson()
    {
        const QString dir = kOut + QStringLiteral("/demo");
        const CliRun r = runCli({QStringLiteral("encode"), QStringLiteral("--demo"), QStringLiteral("--out"), dir,
                                 QStringLiteral("--image-size"), QStringLiteral("16"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("images")).toInt(), int(demoDataset()->biflows.size()));
        QCOMPARE(o.value(QStringLiteral("image_size")).toInt(), 16);
        QCOMPARE(o.value(QStringLiteral("classes")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("spec")).toObject().value(QStringLiteral("length")).toInt(), 16);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/manifest.json")));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/shard_00000.npy")));
        // 120 images x 16 x 16 float32 + the .npy header
        QVERIFY(QFileInfo(dir + QStringLiteral("/shard_00000.npy")).size() >= qint64(demoDataset()->biflows.size()) * 16 * 16 * 4);
    }

    void encodeDecodeMirageExactly()
    {
        if (!QFileInfo(kMirage).isDir())
            QSKIP("../shared/data/mirage2019 is absent");
        const QString dir = kOut + QStringLiteral("/mirage");
        const CliRun e = runCli({QStringLiteral("encode"), kMirage, QStringLiteral("--out"), dir, QStringLiteral("--json"),
                                 QStringLiteral("--gamma"), QStringLiteral("0.4")});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QCOMPARE(QJsonDocument::fromJson(e.out).object().value(QStringLiteral("images")).toInt(), 33);
        const QString csv = kOut + QStringLiteral("/mirage.csv");
        const CliRun d = runCli({QStringLiteral("decode"), dir, QStringLiteral("--out"), csv, QStringLiteral("--json")});
        QVERIFY2(d.exitCode == 0, d.err.constData());
        QCOMPARE(QJsonDocument::fromJson(d.out).object().value(QStringLiteral("series")).toInt(), 33);
        const QStringList lines = csvLines(csv);
        QCOMPARE(lines.size(), 34);
        QVERIFY(lines[0].startsWith(QStringLiteral("label,length,v1,v2,")));
        LoadOptions options;
        options.useCache = false;
        ProgressToken token;
        const DatasetPtr ds = loadDataset(kMirage.toStdString(), options, token);
        for (int i = 0; i < 33; ++i) {
            const Biflow &b = ds->biflows[std::size_t(i)];
            QStringList expected{QString::fromStdString(b.classKey())};
            const std::size_t n = std::min<std::size_t>(32, b.packets.size());
            expected << QString::number(n);
            for (std::size_t k = 0; k < n; ++k)
                expected << QString::number(b.packets[k].signedSize());
            QCOMPARE(lines[i + 1], expected.join(QLatin1Char(',')));
        }
        // One shard decodes alone to the same rows.
        const QString csv2 = kOut + QStringLiteral("/shard.csv");
        const CliRun s = runCli({QStringLiteral("decode"), dir + QStringLiteral("/shard_00000.npy"), QStringLiteral("--out"), csv2});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QCOMPARE(csvLines(csv2), lines);
    }

    void lossyPaaIsAnnounced()
    {
        const CliRun r = runCli({QStringLiteral("encode"), QStringLiteral("--demo"), QStringLiteral("--out"),
                                 kOut + QStringLiteral("/paa"), QStringLiteral("--length"), QStringLiteral("64"),
                                 QStringLiteral("--image-size"), QStringLiteral("16")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("PAA averages"), r.err.constData());
    }

    void badUsageExitsTwo()
    {
        const CliRun noOut = runCli({QStringLiteral("encode"), QStringLiteral("--demo")});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains("--out"));
        const CliRun feature = runCli({QStringLiteral("encode"), QStringLiteral("--demo"), QStringLiteral("--out"),
                                       kOut + QStringLiteral("/x"), QStringLiteral("--feature"), QStringLiteral("colour")});
        QCOMPARE(feature.exitCode, 2);
        QVERIFY2(feature.err.contains("--feature") && feature.err.contains("signed-size"), feature.err.constData());
        const CliRun gamma = runCli({QStringLiteral("encode"), QStringLiteral("--demo"), QStringLiteral("--out"),
                                     kOut + QStringLiteral("/x"), QStringLiteral("--gamma"), QStringLiteral("-1")});
        QCOMPARE(gamma.exitCode, 2);
        QVERIFY(gamma.err.contains("gamma"));
        const CliRun missing = runCli({QStringLiteral("encode"), kOut + QStringLiteral("/no-such-file.json"),
                                       QStringLiteral("--out"), kOut + QStringLiteral("/x")});
        QCOMPARE(missing.exitCode, 2);
        const CliRun notASet = runCli({QStringLiteral("decode"), kOut, QStringLiteral("--out"), kOut + QStringLiteral("/y.csv")});
        QCOMPARE(notASet.exitCode, 2);
        QVERIFY(notASet.err.contains("manifest.json"));
        QVERIFY(!QFileInfo::exists(kOut + QStringLiteral("/y.csv")));
    }

    void mtfDecodeIsRefused()
    {
        const QString dir = kOut + QStringLiteral("/mtf");
        QCOMPARE(runCli({QStringLiteral("encode"), QStringLiteral("--demo"), QStringLiteral("--out"), dir,
                         QStringLiteral("--encoder"), QStringLiteral("mtf"), QStringLiteral("--quiet")})
                     .exitCode,
                 0);
        const CliRun d = runCli({QStringLiteral("decode"), dir, QStringLiteral("--out"), kOut + QStringLiteral("/mtf.csv")});
        QCOMPARE(d.exitCode, 2);
        QVERIFY2(d.err.contains("MTF"), d.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestImagingCli)
#include "tst_imaging_cli.moc"
