#include "cli_runner.h"

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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
