// netsynth-cli evaluate on image sets written here (GASF of hand-made series):
// metrics.json and --json carry fid, per_class and tstr; --report writes HTML + PDF;
// bad input exits 2.
#include "cli_runner.h"
#include "core/eval/evaluation_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCmdEvaluate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluatesAndReports()
    {
        const QString root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(root).removeRecursively();
        gasfImages(fixtureSeries(30, 0.0, 1), 8).save((root + QStringLiteral("/real")).toStdString());
        gasfImages(fixtureSeries(10, 0.0, 2), 8).save((root + QStringLiteral("/test")).toStdString());
        gasfImages(fixtureSeries(20, 30.0, 3), 8).save((root + QStringLiteral("/synth")).toStdString());
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--real"), root + QStringLiteral("/real"),
                                 QStringLiteral("--synthetic"), root + QStringLiteral("/synth"), QStringLiteral("--test-real"),
                                 root + QStringLiteral("/test"), QStringLiteral("--out"), root + QStringLiteral("/eval"),
                                 QStringLiteral("--seeds"), QStringLiteral("2"), QStringLiteral("--cnn-epochs"),
                                 QStringLiteral("2"), QStringLiteral("--cnn-seeds"), QStringLiteral("1"),
                                 QStringLiteral("--early"), QStringLiteral("2,4"), QStringLiteral("--report"),
                                 QStringLiteral("--json"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QVERIFY(j.value(QStringLiteral("fid")).isDouble());
        QVERIFY(j.value(QStringLiteral("per_class")).toObject().contains(QStringLiteral("chat")));
        for (const char *k : {"real_real", "synth_real", "mixed_real"}) {
            const QJsonObject s = j.value(QStringLiteral("tstr")).toObject().value(QLatin1String(k)).toObject();
            QVERIFY(s.value(QStringLiteral("accuracy")).isDouble() && s.value(QStringLiteral("macro_f1")).isDouble());
        }
        // Two well separated classes: the series classifier trained on real data is near perfect.
        QVERIFY(j.value(QStringLiteral("tstr_series")).toObject().value(QStringLiteral("real_real")).toObject()
                    .value(QStringLiteral("accuracy")).toDouble() > 0.9);
        for (const char *f : {"metrics.json", "report.html", "report.pdf", "samples_real.png"})
            QVERIFY2(QFile::exists(root + QStringLiteral("/eval/") + QLatin1String(f)), f);
    }

    void badInputExitsTwo()
    {
        const QString root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        const CliRun missing = runCli({QStringLiteral("evaluate"), QStringLiteral("--real"), root + QStringLiteral("/none"),
                                       QStringLiteral("--synthetic"), root + QStringLiteral("/none"), QStringLiteral("--out"),
                                       root + QStringLiteral("/x")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("manifest.json"));
        QCOMPARE(runCli({QStringLiteral("evaluate"), QStringLiteral("--real"), root}).exitCode, 2);
        // Image sizes that differ: a clear error naming the synthetic set.
        gasfImages(fixtureSeries(5, 0.0, 4), 4).save((root + QStringLiteral("/small")).toStdString());
        gasfImages(fixtureSeries(5, 0.0, 5), 8).save((root + QStringLiteral("/big")).toStdString());
        const CliRun sizes = runCli({QStringLiteral("evaluate"), QStringLiteral("--real"), root + QStringLiteral("/big"),
                                     QStringLiteral("--synthetic"), root + QStringLiteral("/small"), QStringLiteral("--out"),
                                     root + QStringLiteral("/y")});
        QCOMPARE(sizes.exitCode, 2);
        QVERIFY(sizes.err.contains("small"));
    }
};

QTEST_GUILESS_MAIN(TestCmdEvaluate)
#include "tst_cmd_evaluate.moc"
