#include "cli_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionJson()
    {
        const CliRun r = runCli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral(NETSYNTH_VERSION));
        QVERIFY(!o.value(QStringLiteral("torch")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("qt")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("opencv")).toString().isEmpty());
        const QJsonObject device = o.value(QStringLiteral("device")).toObject();
        const QString name = device.value(QStringLiteral("name")).toString();
        QVERIFY2(name == QStringLiteral("cpu") || name.startsWith(QStringLiteral("cuda")), qPrintable(name));
        QVERIFY(device.value(QStringLiteral("threads")).toInt() >= 1);
    }

    void versionText()
    {
        const CliRun r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("netsynth-cli " NETSYNTH_VERSION));
    }

    void helpListsCommands()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Commands:"));
        QVERIFY(r.out.contains("info"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        const CliRun unknown = runCli({QStringLiteral("no-such-command")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command 'no-such-command'"));
        const CliRun badOption = runCli({QStringLiteral("info"), QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains("no-such-option"));
        const CliRun badDevice = runCli({QStringLiteral("info"), QStringLiteral("--device"), QStringLiteral("tpu")});
        QCOMPARE(badDevice.exitCode, 2);
        QVERIFY(badDevice.err.contains("unknown device 'tpu'"));
    }

    void infoJsonHonoursDeviceOption()
    {
        const CliRun r = runCli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--device"),
                                 QStringLiteral("cpu"), QStringLiteral("--threads"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject device = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("device")).toObject();
        QCOMPARE(device.value(QStringLiteral("name")).toString(), QStringLiteral("cpu"));
        QCOMPARE(device.value(QStringLiteral("threads")).toInt(), 1);
        QCOMPARE(device.value(QStringLiteral("preference")).toString(), QStringLiteral("cpu"));
    }

    // `runs` lists the training runs below a folder, whatever trained them:
    // a diffusion run and the empirical baseline on real MIRAGE-2019 images.
    void runsListsDiffusionAndBaselineRuns()
    {
        const QString data = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage2019");
        if (!QFileInfo::exists(data))
            QSKIP("../shared/data/mirage2019 is absent");
        const QString root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/runs");
        QDir(root).removeRecursively();
        const QString images = root + QStringLiteral("/images"), ws = root + QStringLiteral("/ws");
        const QStringList quiet = {QStringLiteral("--quiet"), QStringLiteral("--threads"), QStringLiteral("1")};
        QCOMPARE(runCli(QStringList{QStringLiteral("encode"), data, QStringLiteral("--out"), images,
                                    QStringLiteral("--length"), QStringLiteral("16"), QStringLiteral("--image-size"),
                                    QStringLiteral("16")} + quiet).exitCode, 0);
        const CliRun train = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--data"), images,
                                                QStringLiteral("--out"), ws + QStringLiteral("/appx/run"),
                                                QStringLiteral("--steps"), QStringLiteral("3")} + quiet);
        QVERIFY2(train.exitCode == 0, train.err.constData());
        const CliRun fit = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("empirical"),
                                              QStringLiteral("--data"), images, QStringLiteral("--out"),
                                              ws + QStringLiteral("/empirical")} + quiet);
        QVERIFY2(fit.exitCode == 0, fit.err.constData());

        const CliRun r = runCli({QStringLiteral("runs"), ws, QStringLiteral("--json"), QStringLiteral("--loss")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QJsonObject diffusion, empirical;
        for (const auto &v : runs)
            (v.toObject().value(QStringLiteral("model")).toString() == QLatin1String("diffusion") ? diffusion : empirical) =
                v.toObject();
        QCOMPARE(diffusion.value(QStringLiteral("name")).toString(), QStringLiteral("appx/run"));
        QCOMPARE(diffusion.value(QStringLiteral("step")).toInt(), 3);
        QVERIFY(diffusion.value(QStringLiteral("last_loss")).toDouble() > 0.0);
        QVERIFY(!diffusion.value(QStringLiteral("loss")).toArray().isEmpty());
        QVERIFY(diffusion.value(QStringLiteral("classes")).toArray().size() >= 2);
        QCOMPARE(empirical.value(QStringLiteral("model")).toString(), QStringLiteral("empirical"));
        QVERIFY(empirical.value(QStringLiteral("last_loss")).isNull()); // nothing trained: no loss

        const CliRun text = runCli({QStringLiteral("runs"), ws});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("appx/run") && text.out.contains("empirical"));
        // A run folder itself lists that run.
        const CliRun one = runCli({QStringLiteral("runs"), ws + QStringLiteral("/empirical"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(one.out).object().value(QStringLiteral("runs")).toArray().size(), 1);
        // A missing folder: exit 2, named.
        const CliRun missing = runCli({QStringLiteral("runs"), root + QStringLiteral("/no-such-folder")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no-such-folder"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
