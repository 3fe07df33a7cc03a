// netsynth-cli baseline train|sample (and train/sample --model) in a child process.
#include "cli_runner.h"

#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <filesystem>

using namespace netsynth;

namespace {
QString scratch(const QString &name)
{
    const QString dir = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/") + name;
    QDir(dir).removeRecursively();
    return dir;
}

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}
} // namespace

class TestBaselineCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // A small real set: two classes of 8-packet signed-size series as 8x8 GASF images.
        EncodeSpec spec;
        spec.length = 8;
        spec.imageSize = 8;
        ImageDataset d;
        d.imageSize = 8;
        d.classes = {"up", "down"};
        d.spec = spec.toJson();
        for (int i = 0; i < 12; ++i)
            for (int c = 0; c < 2; ++c) {
                ExtractedSeries s;
                s.length = 6 + i % 3;
                s.values.assign(8, 0.0);
                for (int t = 0; t < s.length; ++t)
                    s.values[t] = c == 0 ? 100.0 + 10 * ((i + t) % 5) : -1400.0 + 7 * ((i * t) % 9);
                EncodedImage img = encodeSeries(s, spec);
                img.info.label = c;
                d.append(img.pixels.data(), img.info);
            }
        m_real = scratch(QStringLiteral("real"));
        d.save(m_real.toStdString());
    }

    void trainAndSampleEveryModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("dg") << "dg";
        QTest::newRow("wgan-gasf") << "wgan-gasf";
        QTest::newRow("empirical") << "empirical";
        QTest::newRow("real-resample") << "real-resample";
    }

    void trainAndSampleEveryModel()
    {
        QFETCH(QString, model);
        const QString run = scratch(QStringLiteral("run-") + model);
        const CliRun t = runCli({QStringLiteral("baseline"), QStringLiteral("train"), QStringLiteral("--model"), model,
                                 QStringLiteral("--data"), m_real, QStringLiteral("--out"), run,
                                 QStringLiteral("--preset"), QStringLiteral("tiny"), QStringLiteral("--steps"),
                                 QStringLiteral("3"), QStringLiteral("--threads"), QStringLiteral("1"),
                                 QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QJsonObject tj = jsonOf(t);
        QCOMPARE(tj.value(QStringLiteral("model")).toString(), model);
        QVERIFY(QFile::exists(tj.value(QStringLiteral("checkpoint")).toString()));
        const QString out = scratch(QStringLiteral("samples-") + model);
        const CliRun s = runCli({QStringLiteral("baseline"), QStringLiteral("sample"), QStringLiteral("--checkpoint"),
                                 run, QStringLiteral("--out"), out, QStringLiteral("--per-class"), QStringLiteral("4"),
                                 QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--threads"),
                                 QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QJsonObject sj = jsonOf(s);
        QCOMPARE(sj.value(QStringLiteral("samples")).toInt(), 8);
        QCOMPARE(sj.value(QStringLiteral("generator")).toString(), model);
        QCOMPARE(sj.value(QStringLiteral("classes")).toArray().size(), 2);
        // Beside the image set, as `sample` of the diffusion engine writes them.
        QCOMPARE(sj.value(QStringLiteral("csv")).toString(), out + QStringLiteral("/series.csv"));
        QVERIFY(QFile::exists(out + QStringLiteral("/series.csv")));
        const QJsonArray sheets = sj.value(QStringLiteral("contact_sheets")).toArray();
        QCOMPARE(sheets.size(), 2);
        for (const auto &sheet : sheets)
            QVERIFY(QFile::exists(sheet.toString()));
        const ImageDataset images = ImageDataset::load(out.toStdString());
        QCOMPARE(images.provenance.at("generator").get<std::string>(), model.toStdString());
        QCOMPARE(images.imageSize, 8);
    }

    void usageAndInputErrors()
    {
        // No --model: usage error.
        CliRun r = runCli({QStringLiteral("baseline"), QStringLiteral("train"), QStringLiteral("--data"), m_real,
                           QStringLiteral("--out"), scratch(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--model"));
        // Unknown model.
        r = runCli({QStringLiteral("baseline"), QStringLiteral("train"), QStringLiteral("--model"),
                    QStringLiteral("vae"), QStringLiteral("--data"), m_real, QStringLiteral("--out"),
                    scratch(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("vae"));
        // A data folder that is not an image set names the file.
        QDir().mkpath(scratch(QStringLiteral("empty")));
        r = runCli({QStringLiteral("baseline"), QStringLiteral("train"), QStringLiteral("--model"),
                    QStringLiteral("empirical"), QStringLiteral("--data"), QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/empty"),
                    QStringLiteral("--out"), scratch(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("manifest.json"));
        // Sampling a run with the wrong --model.
        r = runCli({QStringLiteral("baseline"), QStringLiteral("sample"), QStringLiteral("--model"),
                    QStringLiteral("dg"), QStringLiteral("--checkpoint"),
                    QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/run-empirical"), QStringLiteral("--out"),
                    scratch(QStringLiteral("y"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("empirical"));
        r = runCli({QStringLiteral("baseline"), QStringLiteral("fly")});
        QCOMPARE(r.exitCode, 2);
    }

private:
    QString m_real;
};

QTEST_GUILESS_MAIN(TestBaselineCli)
#include "tst_baseline_cli.moc"
