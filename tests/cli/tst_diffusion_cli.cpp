// netsynth-cli train / sample / export end to end on a toy image set: JSON
// results, resume, sampling output (DDIM and DPM-Solver++), the samples
// exported as MIRAGE JSON and read back, and exit code 2 on bad input.
#include "cli_runner.h"

#include "core/data/dataset_loader.h"
#include "core/runtime/progress.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"
#include "core/imaging/image_dataset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestDiffusionCli : public QObject
{
    Q_OBJECT
private:
    QString m_root;
    QString m_data;
    QString m_config;
    QString m_run;

    static QJsonObject json(const CliRun &r)
    {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning("stdout: %s\nstderr: %s", r.out.constData(), r.err.constData());
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        m_data = m_root + QStringLiteral("/toy");
        toy::makeEncodedToySet(16, 6).save(m_data.toStdString()); // invertible: sample writes series.csv
        m_config = m_root + QStringLiteral("/tiny.json");
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(tinyConfig(5).toJson().dump(2)));
        f.close();
        m_run = m_root + QStringLiteral("/run");
    }

    void trainsResumesAndSamples()
    {
        const QStringList common{QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--threads"),
                                 QStringLiteral("1"), QStringLiteral("--json")};
        CliRun r = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                                      m_run, QStringLiteral("--config"), m_config, QStringLiteral("--steps"),
                                      QStringLiteral("4")} + common);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("steps")).toInt(), 4);
        QVERIFY(o.value(QStringLiteral("final_loss")).toDouble() > 0.0);
        const QString checkpoint = o.value(QStringLiteral("checkpoint")).toString();
        QVERIFY(QFileInfo::exists(checkpoint));
        QVERIFY(r.err.contains("step 4/4"));

        // Training again into the same folder without --resume is refused.
        r = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"), m_run,
                               QStringLiteral("--config"), m_config} + common);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already holds a checkpoint"));

        r = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--out"), m_run, QStringLiteral("--resume"),
                               QStringLiteral("--steps"), QStringLiteral("6")} + common);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("steps")).toInt(), 6);

        const QString out = m_root + QStringLiteral("/samples");
        r = runCli(QStringList{QStringLiteral("sample"), QStringLiteral("--checkpoint"), checkpoint,
                               QStringLiteral("--out"), out, QStringLiteral("--per-class"), QStringLiteral("2"),
                               QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--seed"),
                               QStringLiteral("9"), QStringLiteral("--classes"), QStringLiteral("rising")} + common);
        QCOMPARE(r.exitCode, 0);
        o = json(r);
        QCOMPARE(o.value(QStringLiteral("samples")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("classes")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("out")).toString(), out);
        const netsynth::ImageDataset d = netsynth::ImageDataset::load(out.toStdString());
        QCOMPARE(d.count(), std::size_t(2));
        QCOMPARE(d.samples[0].label, 1);
        QCOMPARE(d.provenance.value("generator", std::string()), std::string("diffusion-ddim"));
        // The recovered series (one row per image, the manifest's labels) and one sheet per sampled class.
        QCOMPARE(o.value(QStringLiteral("csv")).toString(), out + QStringLiteral("/series.csv"));
        QFile csv(out + QStringLiteral("/series.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(QStringLiteral("rising,16,")));
        QVERIFY(lines[2].startsWith(QStringLiteral("rising,16,")));
        const QJsonArray sheets = o.value(QStringLiteral("contact_sheets")).toArray();
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets[0].toString(), out + QStringLiteral("/contact_01_rising.png"));
        QVERIFY(QFileInfo::exists(sheets[0].toString()));

        // The generated images out as traffic: one packet per series value,
        // read back by the project's MIRAGE reader.
        const QString json = m_root + QStringLiteral("/samples.json");
        r = runCli({QStringLiteral("export"), out, QStringLiteral("--format"), QStringLiteral("mirage-json"),
                    QStringLiteral("--out"), json, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        o = this->json(r);
        QCOMPARE(o.value(QStringLiteral("biflows")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("timing")).toString().contains(QStringLiteral("fixed 1 ms")));
        netsynth::LoadOptions lo;
        lo.useCache = false;
        netsynth::ProgressToken token;
        const netsynth::DatasetPtr back = netsynth::loadDataset(json.toStdString(), lo, token);
        QCOMPARE(back->biflows.size(), std::size_t(2));
        for (const auto &b : back->biflows) {
            QCOMPARE(b.label, std::string("rising"));
            QCOMPARE(b.packets.size(), std::size_t(16)); // the series.csv rows above: length 16
        }
        // Never inside the set's folder; an unknown format is a usage error.
        r = runCli({QStringLiteral("export"), out, QStringLiteral("--format"), QStringLiteral("pcapng"),
                    QStringLiteral("--out"), out + QStringLiteral("/captures")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("inside"));
        r = runCli({QStringLiteral("export"), out, QStringLiteral("--format"), QStringLiteral("pcapx"),
                    QStringLiteral("--out"), m_root + QStringLiteral("/x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("pcapx"));

        // DPM-Solver++(2M) samples the same model.
        r = runCli(QStringList{QStringLiteral("sample"), QStringLiteral("--checkpoint"), checkpoint,
                               QStringLiteral("--out"), m_root + QStringLiteral("/dpm"), QStringLiteral("--per-class"),
                               QStringLiteral("1"), QStringLiteral("--steps"), QStringLiteral("4"),
                               QStringLiteral("--sampler"), QStringLiteral("dpm2m")} + common);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(this->json(r).value(QStringLiteral("sampler")).toString(), QStringLiteral("dpm2m"));
        QCOMPARE(netsynth::ImageDataset::load((m_root + QStringLiteral("/dpm")).toStdString())
                     .provenance.value("generator", std::string()),
                 std::string("diffusion-dpm2m"));
    }

    void badInputExitsTwo()
    {
        CliRun r = runCli({QStringLiteral("train"), QStringLiteral("--out"), m_root + QStringLiteral("/x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--data"));
        r = runCli({QStringLiteral("train"), QStringLiteral("--data"), m_root + QStringLiteral("/none"),
                    QStringLiteral("--out"), m_root + QStringLiteral("/x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("manifest.json"));
        r = runCli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                    m_root + QStringLiteral("/x"), QStringLiteral("--preset"), QStringLiteral("giant")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("sample"), QStringLiteral("--checkpoint"), m_root + QStringLiteral("/none.pt"),
                    QStringLiteral("--out"), m_root + QStringLiteral("/y")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("none.pt"));
        r = runCli({QStringLiteral("sample"), QStringLiteral("--checkpoint"), m_run, QStringLiteral("--out"),
                    m_root + QStringLiteral("/y"), QStringLiteral("--sampler"), QStringLiteral("euler")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("euler"));
    }
};

QTEST_GUILESS_MAIN(TestDiffusionCli)
#include "tst_diffusion_cli.moc"
