// netsynth-cli compare on real AppxAct image sets: two disjoint halves of the
// dataset encoded alike are close but not identical, a set against itself is
// identical (every distance 0), --class prints that class's histograms, and
// bad input exits 2 naming what is wrong.
#include "cli_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
const QString kAppx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
} // namespace

class TestCmdCompare : public QObject
{
    Q_OBJECT
    QString m_set;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        QDir(kOut).removeRecursively();
        m_set = kOut + QStringLiteral("/appx16");
        const CliRun r = runCli({QStringLiteral("encode"), kAppx, QStringLiteral("--out"), m_set, QStringLiteral("--length"),
                                 QStringLiteral("16"), QStringLiteral("--image-size"), QStringLiteral("16"),
                                 QStringLiteral("--padding"), QStringLiteral("mark-length"), QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void aSetAgainstItselfIsIdentical()
    {
        const CliRun r = runCli({QStringLiteral("compare"), m_set, m_set, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("feature")).toString(), QStringLiteral("signed-size"));
        const QJsonArray classes = j.value(QStringLiteral("classes")).toArray();
        QCOMPARE(classes.size(), 14);
        int total = 0;
        for (const auto &v : classes) {
            const QJsonObject k = v.toObject();
            QCOMPARE(k.value(QStringLiteral("real")).toInt(), k.value(QStringLiteral("synthetic")).toInt());
            QCOMPARE(k.value(QStringLiteral("value_w1")).toDouble(), 0.0);
            QCOMPARE(k.value(QStringLiteral("length_w1")).toDouble(), 0.0);
            total += k.value(QStringLiteral("real")).toInt();
        }
        QCOMPARE(total, 13046); // every AppxAct biflow
    }

    void oneClassInDetail()
    {
        const CliRun r = runCli({QStringLiteral("compare"), m_set, m_set, QStringLiteral("--class"),
                                 QStringLiteral("Discord"), QStringLiteral("--bins"), QStringLiteral("12")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("Values of Discord (signed-size)")));
        QVERIFY(out.contains(QStringLiteral("Lengths of Discord")));
        QVERIFY(out.contains(QStringLiteral("Real examples")));
        // Discord's usual first packet, 517 bytes upstream, is among its example values.
        QVERIFY(out.contains(QStringLiteral(" 517")));

        const CliRun j = runCli({QStringLiteral("compare"), m_set, m_set, QStringLiteral("--class"),
                                 QStringLiteral("Discord"), QStringLiteral("--bins"), QStringLiteral("12"),
                                 QStringLiteral("--json")});
        QVERIFY2(j.exitCode == 0, j.err.constData());
        const QJsonObject detail = QJsonDocument::fromJson(j.out).object().value(QStringLiteral("detail")).toObject();
        const QJsonObject values = detail.value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("edges")).toArray().size(), 13);
        double share = 0.0;
        for (const auto &v : values.value(QStringLiteral("real")).toArray()) share += v.toDouble();
        QVERIFY(std::abs(share - 1.0) < 1e-9);
        QCOMPARE(detail.value(QStringLiteral("real_examples")).toArray().size(), 6);
    }

    void badInputExits2()
    {
        const CliRun notASet = runCli({QStringLiteral("compare"), m_set, kOut, QStringLiteral("--quiet")});
        QCOMPARE(notASet.exitCode, 2);
        QVERIFY2(notASet.err.contains("not an image set"), notASet.err.constData());
        const CliRun noClass = runCli({QStringLiteral("compare"), m_set, m_set, QStringLiteral("--class"),
                                       QStringLiteral("NoSuchApp"), QStringLiteral("--quiet")});
        QCOMPARE(noClass.exitCode, 2);
        QVERIFY2(noClass.err.contains("NoSuchApp"), noClass.err.constData());
        const CliRun missing = runCli({QStringLiteral("compare"), m_set});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCmdCompare)
#include "tst_cmd_compare.moc"
