// A full disk, emulated by a file-size limit (bash's ulimit -f: writes past it
// fail with EFBIG; the CLI ignores SIGXFSZ so they do not kill it): encode,
// export and sample on real AppxAct data end with exit 2 and a message naming
// the file, leave no temporary files and no manifest that would present a
// half-written set as complete, and the same command without the limit then
// succeeds in the same folder.
#include "cli_runner.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
const QString kAppx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");

// netsynth-cli under `ulimit -f blocks` (1 KiB blocks).
CliRun runLimited(int blocks, const QStringList &args)
{
    QProcess p;
    QStringList all = {QStringLiteral("-c"), QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(blocks),
                       QStringLiteral(NETSYNTH_CLI)};
    all << args;
    p.start(QStringLiteral("/bin/bash"), all);
    CliRun r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList temporaries(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (f.contains(QStringLiteral(".tmp-"))) found << f;
    }
    return found;
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
    QString m_set;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        if (!QFileInfo::exists(QStringLiteral("/bin/bash"))) QSKIP("needs /bin/bash for ulimit");
        QDir(kOut).removeRecursively();
        QDir().mkpath(kOut);
    }

    // 13,046 AppxAct images of 16 x 16 floats (13 MB) against a 256 KiB limit.
    void encodeFailsCleanlyThenSucceeds()
    {
        m_set = kOut + QStringLiteral("/appx16");
        const QStringList args = {QStringLiteral("encode"), kAppx, QStringLiteral("--out"), m_set,
                                  QStringLiteral("--length"), QStringLiteral("16"), QStringLiteral("--image-size"),
                                  QStringLiteral("16"), QStringLiteral("--padding"), QStringLiteral("mark-length"),
                                  QStringLiteral("--quiet")};
        const CliRun full = runLimited(256, args);
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains("write failed") && full.err.contains("appx16"), full.err.constData());
        QVERIFY(!QFileInfo::exists(m_set + QStringLiteral("/manifest.json")));
        QVERIFY2(temporaries(m_set).isEmpty(), qPrintable(temporaries(m_set).join(QLatin1Char(' '))));
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(QFileInfo::exists(m_set + QStringLiteral("/manifest.json")));
    }

    void exportFailsCleanlyThenSucceeds()
    {
        const QString out = kOut + QStringLiteral("/appx-pcapng");
        const QStringList args = {QStringLiteral("export"), m_set, QStringLiteral("--format"), QStringLiteral("pcapng"),
                                  QStringLiteral("--out"), out, QStringLiteral("--quiet")};
        const CliRun full = runLimited(64, args);
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains("write failed"), full.err.constData());
        QVERIFY2(temporaries(out).isEmpty(), qPrintable(temporaries(out).join(QLatin1Char(' '))));
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/labels.csv")));
    }

    // A tiny diffusion model (2 steps), then sampling into a folder under the limit.
    void sampleFailsCleanlyThenSucceeds()
    {
        const QString run = kOut + QStringLiteral("/run");
        const CliRun train = runCli({QStringLiteral("train"), QStringLiteral("--data"), m_set, QStringLiteral("--out"), run,
                                     QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--quiet")});
        QVERIFY2(train.exitCode == 0, train.err.constData());
        const QString out = kOut + QStringLiteral("/synthetic");
        const QStringList args = {QStringLiteral("sample"), QStringLiteral("--checkpoint"), run, QStringLiteral("--out"), out,
                                  QStringLiteral("--per-class"), QStringLiteral("64"), QStringLiteral("--steps"),
                                  QStringLiteral("2"), QStringLiteral("--quiet")};
        const CliRun full = runLimited(32, args);
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains("write failed"), full.err.constData());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/manifest.json")));
        QVERIFY2(temporaries(out).isEmpty(), qPrintable(temporaries(out).join(QLatin1Char(' '))));
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/manifest.json")));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
