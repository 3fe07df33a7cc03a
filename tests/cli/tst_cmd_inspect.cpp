// netsynth-cli inspect: JSON output on real data (counts recomputed here),
// the demo, and exit code 2 with a message naming the file for bad input.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCmdInspect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mirageFolderJson()
    {
        const QString dir = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage2019");
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/mirage2019 is absent (real-data test)");
        // Independent count: per label, biflows and packet_data.packet_dir lengths.
        QMap<QString, QPair<int, int>> expected;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.json")})) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject root = QJsonDocument::fromJson(f.readAll().replace("NaN", "null")).object();
            for (const QJsonValue &v : root) {
                const QString label =
                    v.toObject().value(QStringLiteral("flow_metadata")).toObject().value(QStringLiteral("BF_label")).toString();
                expected[label].first += 1;
                expected[label].second += v.toObject().value(QStringLiteral("packet_data")).toObject()
                                              .value(QStringLiteral("packet_dir")).toArray().size();
            }
        }
        const CliRun r = runCli({QStringLiteral("inspect"), dir, QStringLiteral("--json"), QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonArray classes = o.value(QStringLiteral("classes")).toArray();
        QCOMPARE(classes.size(), expected.size());
        int biflows = 0, packets = 0;
        for (const QJsonValue &c : classes) {
            const QString label = c.toObject().value(QStringLiteral("label")).toString();
            QVERIFY2(expected.contains(label), qPrintable(label));
            QCOMPARE(c.toObject().value(QStringLiteral("biflows")).toInt(), expected[label].first);
            QCOMPARE(c.toObject().value(QStringLiteral("packets")).toInt(), expected[label].second);
            biflows += expected[label].first;
            packets += expected[label].second;
            QVERIFY(c.toObject().value(QStringLiteral("packet_size")).toObject().value(QStringLiteral("max")).toDouble() > 0);
        }
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("biflows")).toInt(), biflows);
        QCOMPARE(totals.value(QStringLiteral("packets")).toInt(), packets);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("mirage"));
    }

    void appxactText()
    {
        const QString file = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact/appxact_first10_train.csv");
        if (!QFile::exists(file))
            QSKIP("../shared/data/mirage-appxact is absent (real-data test)");
        const CliRun r = runCli({QStringLiteral("inspect"), file, QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Twitch"));
        QVERIFY(r.out.contains("14 classes"));
    }

    void demo()
    {
        const CliRun r = runCli({QStringLiteral("inspect"), QStringLiteral("--demo"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("synthetic")).toBool());
        QCOMPARE(o.value(QStringLiteral("classes")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("biflows")).toInt(), 120);
    }

    void badInputExitsTwo()
    {
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const QString bad = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/truncated.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"1.1.1.1,1,2.2.2.2,2,6\": {\"packet_data\": {\"packet_dir\": [0, 1");
        f.close();
        const CliRun r = runCli({QStringLiteral("inspect"), bad, QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("byte "), r.err.constData());

        QCOMPARE(runCli({QStringLiteral("inspect")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("inspect"), QStringLiteral("/nonexistent/x")}).exitCode, 2);
        const CliRun fmt = runCli({QStringLiteral("inspect"), bad, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(fmt.exitCode, 2);
        QVERIFY(fmt.err.contains("unknown format"));
    }
};

QTEST_GUILESS_MAIN(TestCmdInspect)
#include "tst_cmd_inspect.moc"
