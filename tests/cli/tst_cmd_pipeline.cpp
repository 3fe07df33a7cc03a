// netsynth-cli pipeline --generators on real MIRAGE-AppxAct rows (quick preset,
// a few biflows per class): metrics.json has a "generators" object with every
// requested generator and the evaluation keys, report.html has the comparison
// table, and a second run into the same folder reuses what the first finished
// (no retraining: same checkpoint files, steps marked reused) while adding
// a new generator costs only that generator's steps.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {
QString dataDir()
{
    return QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
}

QString outDir()
{
    return QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/appxact");
}

CliRun pipeline(const QString &generators, bool quiet = true)
{
    QStringList args{QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"), outDir(),
                   QStringLiteral("--preset"), QStringLiteral("quick"), QStringLiteral("--generators"), generators,
                   QStringLiteral("--max-biflows-per-class"), QStringLiteral("12"), QStringLiteral("--per-class"),
                   QStringLiteral("4"), QStringLiteral("--steps"), QStringLiteral("6"),
                   QStringLiteral("--baseline-steps"), QStringLiteral("6"), QStringLiteral("--early"),
                   QStringLiteral("5"), QStringLiteral("--cnn-epochs"), QStringLiteral("1"),
                   QStringLiteral("--sampling-steps"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
                   QStringLiteral("--json")};
    if (quiet)
        args << QStringLiteral("--quiet");
    return runCli(args);
}

// The "[ NN%]" figures of the progress lines on stderr, in order.
QList<int> progressFigures(const QByteArray &err)
{
    QList<int> out;
    for (const QByteArray &line : err.split('\n')) {
        const int close = line.indexOf("%]");
        if (line.startsWith('[') && close > 1)
            out << line.mid(1, close - 1).trimmed().toInt();
    }
    return out;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject stepOf(const QJsonObject &metrics, const char *generator, const char *step)
{
    return metrics.value(QStringLiteral("pipeline")).toObject().value(QStringLiteral("steps")).toObject()
        .value(QStringLiteral("generators")).toObject().value(QLatin1String(generator)).toObject()
        .value(QLatin1String(step)).toObject();
}
} // namespace

class TestCmdPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(dataDir() + QStringLiteral("/appxact_first10_train.csv")))
            QSKIP("../shared/data/mirage-appxact is absent: the pipeline comparison test needs it");
        QDir(outDir()).removeRecursively();
    }

    void comparesGeneratorsInOneReport()
    {
        const CliRun r = pipeline(QStringLiteral("diffusion,dg,real"), false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // One progress display for the whole chain that never runs backwards
        // (a step's preparation, e.g. reading images, once showed as 75%
        // before its training started again from the step's beginning).
        const QList<int> figures = progressFigures(r.err);
        QVERIFY(figures.size() > 20);
        for (int i = 1; i < figures.size(); ++i)
            QVERIFY2(figures[i] >= figures[i - 1],
                     qPrintable(QStringLiteral("progress went from %1% back to %2% at line %3")
                                    .arg(figures[i - 1]).arg(figures[i]).arg(i)));
        QCOMPARE(figures.last(), 100);
        // A log (stderr is not a terminal here) gets no repeated lines.
        const QList<QByteArray> lines = r.err.split('\n');
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].isEmpty() || lines[i] != lines[i - 1],
                     qPrintable(QStringLiteral("line %1 repeats: %2").arg(i).arg(QString::fromUtf8(lines[i]))));
        const QJsonObject stdoutJson = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(stdoutJson.value(QStringLiteral("generators")).toObject().size(), 3);

        const QJsonObject m = readJson(outDir() + QStringLiteral("/report/metrics.json"));
        const QJsonObject gens = m.value(QStringLiteral("generators")).toObject();
        QCOMPARE(gens.size(), 3);
        for (const char *g : {"diffusion-ddim", "dg", "real"}) {
            const QJsonObject gm = gens.value(QLatin1String(g)).toObject();
            QVERIFY2(!gm.isEmpty(), g);
            for (const char *k : {"fid", "per_class", "tstr", "tstr_series", "fidelity", "early", "memorisation"})
                QVERIFY2(gm.contains(QLatin1String(k)), (std::string(g) + " lacks " + k).c_str());
            for (const char *s : {"real_real", "synth_real", "mixed_real"}) {
                const QJsonObject sc = gm.value(QStringLiteral("tstr")).toObject().value(QLatin1String(s)).toObject();
                QVERIFY(sc.value(QStringLiteral("accuracy")).isDouble());
                QVERIFY(sc.value(QStringLiteral("macro_f1")).isDouble());
            }
            QVERIFY(gm.value(QStringLiteral("fidelity")).toObject().value(QStringLiteral("size_jsd")).isDouble());
            // Every generator sampled the same count per class.
            QCOMPARE(stepOf(m, g, "sample").value(QStringLiteral("per_class")).toInt(), 4);
        }
        // The recorded training configuration is the one the run used: its
        // model has the data's class count and image size, not the request's 0.
        const QJsonObject model = stepOf(m, "diffusion-ddim", "train").value(QStringLiteral("config")).toObject()
                                      .value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("num_classes")).toInt(),
                 m.value(QStringLiteral("pipeline")).toObject().value(QStringLiteral("steps")).toObject()
                     .value(QStringLiteral("encode")).toObject().value(QStringLiteral("classes")).toInt());
        QVERIFY(model.value(QStringLiteral("num_classes")).toInt() > 1);
        QCOMPARE(model.value(QStringLiteral("image_size")).toInt(), 32);
        // The top level is the primary's (diffusion-ddim) evaluation.
        QCOMPARE(m.value(QStringLiteral("fid")).toDouble(),
                 gens.value(QStringLiteral("diffusion-ddim")).toObject().value(QStringLiteral("fid")).toDouble());
        // The real side is shared: real->real is the same classifier run for every generator.
        const double rr = gens.value(QStringLiteral("dg")).toObject().value(QStringLiteral("tstr")).toObject()
                              .value(QStringLiteral("real_real")).toObject().value(QStringLiteral("accuracy")).toDouble();
        QCOMPARE(rr, m.value(QStringLiteral("tstr")).toObject().value(QStringLiteral("real_real")).toObject()
                         .value(QStringLiteral("accuracy")).toDouble());
        // The resampled real set is far closer to the real data than a 6-step diffusion model.
        QVERIFY(gens.value(QStringLiteral("real")).toObject().value(QStringLiteral("fidelity")).toObject()
                    .value(QStringLiteral("size_jsd")).toDouble() <
                gens.value(QStringLiteral("diffusion-ddim")).toObject().value(QStringLiteral("fidelity")).toObject()
                    .value(QStringLiteral("size_jsd")).toDouble());
        // The comparison table: one row per generator plus the floor, best cells marked.
        const QJsonArray rows = m.value(QStringLiteral("comparison")).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        QFile html(outDir() + QStringLiteral("/report/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("Generators compared"));
        QVERIFY(text.contains("<b>dg</b>"));
        QVERIFY(text.contains("bgcolor=\"#c8e6c9\""));
        QVERIFY(QFileInfo(outDir() + QStringLiteral("/report/report.pdf")).size() > 1000);
        QVERIFY(QFile::exists(outDir() + QStringLiteral("/report/samples_dg.png")));
        // Per-step durations are recorded.
        QVERIFY(stepOf(m, "dg", "train").value(QStringLiteral("seconds")).toDouble() > 0.0);
        QCOMPARE(stepOf(m, "dg", "train").value(QStringLiteral("reused")).toBool(), false);
    }

    void secondRunReusesAndAddsOnlyTheNewGenerator()
    {
        const QString diffusionCkpt = outDir() + QStringLiteral("/run/checkpoint.pt");
        const QString dgCkpt = outDir() + QStringLiteral("/run-dg/checkpoint.pt");
        const QDateTime diffusionTime = QFileInfo(diffusionCkpt).lastModified();
        const QDateTime dgTime = QFileInfo(dgCkpt).lastModified();
        QVERIFY(diffusionTime.isValid() && dgTime.isValid());
        const CliRun r = pipeline(QStringLiteral("diffusion,dg,real,empirical"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Not retrained: the checkpoints are the same files.
        QCOMPARE(QFileInfo(diffusionCkpt).lastModified(), diffusionTime);
        QCOMPARE(QFileInfo(dgCkpt).lastModified(), dgTime);
        const QJsonObject m = readJson(outDir() + QStringLiteral("/report/metrics.json"));
        const QJsonObject steps = m.value(QStringLiteral("pipeline")).toObject().value(QStringLiteral("steps")).toObject();
        QVERIFY(steps.value(QStringLiteral("encode")).toObject().value(QStringLiteral("reused")).toBool());
        for (const char *g : {"diffusion-ddim", "dg", "real"})
            for (const char *s : {"sample", "evaluate"})
                QVERIFY2(stepOf(m, g, s).value(QStringLiteral("reused")).toBool(), (std::string(g) + " " + s).c_str());
        QVERIFY(stepOf(m, "dg", "train").value(QStringLiteral("reused")).toBool());
        // The reused training keeps the time it took in the first run.
        QVERIFY(stepOf(m, "dg", "train").value(QStringLiteral("seconds")).toDouble() > 0.0);
        // Only the new generator ran: fit, sample, evaluate.
        for (const char *s : {"train", "sample", "evaluate"})
            QCOMPARE(stepOf(m, "empirical", s).value(QStringLiteral("reused")).toBool(), false);
        QCOMPARE(steps.value(QStringLiteral("ran_steps")).toInt(), 3);
        QCOMPARE(m.value(QStringLiteral("generators")).toObject().size(), 4);
        QCOMPARE(m.value(QStringLiteral("comparison")).toObject().value(QStringLiteral("rows")).toArray().size(), 5);
    }

    void encodingOptionsReachTheImages()
    {
        const QString out = outDir() + QStringLiteral("-iat");
        QDir(out).removeRecursively();
        const CliRun r = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"), out,
                                 QStringLiteral("--preset"), QStringLiteral("quick"), QStringLiteral("--generators"),
                                 QStringLiteral("real"), QStringLiteral("--max-biflows-per-class"), QStringLiteral("8"),
                                 QStringLiteral("--feature"), QStringLiteral("iat"), QStringLiteral("--log-scale"),
                                 QStringLiteral("--length"), QStringLiteral("16"), QStringLiteral("--early"),
                                 QStringLiteral("5"), QStringLiteral("--cnn-epochs"), QStringLiteral("1"),
                                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet"),
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject manifest = readJson(out + QStringLiteral("/images/train/manifest.json"));
        const QJsonObject spec = manifest.value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("feature")).toString(), QStringLiteral("iat"));
        QCOMPARE(spec.value(QStringLiteral("length")).toInt(), 16);
        QCOMPARE(spec.value(QStringLiteral("image_size")).toInt(), 16);
        QCOMPARE(spec.value(QStringLiteral("log_scale")).toBool(), true);
        const QJsonObject m = readJson(out + QStringLiteral("/report/metrics.json"));
        QCOMPARE(m.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("image_size")).toInt(), 16);

        const CliRun bad = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"),
                                   out + QStringLiteral("-bad"), QStringLiteral("--feature"), QStringLiteral("colour")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--feature"), bad.err.constData());
    }

    // --class-mix training: every generator samples the real training split's
    // class proportions (here 60 images in all), diffusion with the guidance
    // given; the judge's ratio is in metrics.json.
    void trainingClassMixAndGuidance()
    {
        const QString out = outDir() + QStringLiteral("-mix");
        QDir(out).removeRecursively();
        const CliRun r = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"), out,
                                 QStringLiteral("--preset"), QStringLiteral("quick"), QStringLiteral("--generators"),
                                 QStringLiteral("diffusion,empirical"), QStringLiteral("--max-biflows-per-class"),
                                 QStringLiteral("20"), QStringLiteral("--steps"), QStringLiteral("4"),
                                 QStringLiteral("--sampling-steps"), QStringLiteral("2"), QStringLiteral("--class-mix"),
                                 QStringLiteral("training"), QStringLiteral("--sample-total"), QStringLiteral("60"),
                                 QStringLiteral("--guidance"), QStringLiteral("2.5"), QStringLiteral("--early"),
                                 QStringLiteral("5"), QStringLiteral("--cnn-epochs"), QStringLiteral("1"),
                                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet"),
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The real training split's class counts, and the synthetic sets' counts.
        auto counts = [](const QJsonObject &manifest) {
            QList<int> c(manifest.value(QStringLiteral("classes")).toArray().size(), 0);
            for (const auto &s : manifest.value(QStringLiteral("samples")).toArray())
                ++c[s.toObject().value(QStringLiteral("label")).toInt()];
            return c;
        };
        const QList<int> real = counts(readJson(out + QStringLiteral("/images/train/manifest.json")));
        int realTotal = 0;
        for (int n : real) realTotal += n;
        QVERIFY(realTotal > 60);
        for (const char *g : {"diffusion-ddim", "empirical"}) {
            const QJsonObject manifest = readJson(out + QStringLiteral("/synthetic/") + QLatin1String(g) +
                                                  QStringLiteral("/manifest.json"));
            const QList<int> synth = counts(manifest);
            QCOMPARE(synth.size(), real.size());
            int total = 0;
            for (int c = 0; c < synth.size(); ++c) {
                total += synth[c];
                QVERIFY2(std::abs(synth[c] - 60.0 * real[c] / realTotal) < 1.0, g); // largest remainders
            }
            QCOMPARE(total, 60);
        }
        const QJsonObject diffusion = readJson(out + QStringLiteral("/synthetic/diffusion-ddim/manifest.json"));
        QCOMPARE(diffusion.value(QStringLiteral("guidance")).toDouble(), 2.5);
        QCOMPARE(diffusion.value(QStringLiteral("class_mix")).toString(), QStringLiteral("training"));
        const QJsonObject m = readJson(out + QStringLiteral("/report/metrics.json"));
        const QJsonObject p = m.value(QStringLiteral("pipeline")).toObject();
        QCOMPARE(p.value(QStringLiteral("class_mix")).toString(), QStringLiteral("training"));
        QCOMPARE(p.value(QStringLiteral("sample_total")).toInt(), 60);
        QCOMPARE(p.value(QStringLiteral("guidance")).toDouble(), 2.5);
        QVERIFY(m.value(QStringLiteral("tstr")).toObject().value(QStringLiteral("synth_real_ratio")).isDouble());

        const CliRun bad = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"),
                                   out + QStringLiteral("-bad"), QStringLiteral("--class-mix"), QStringLiteral("uniform")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--class-mix"), bad.err.constData());
    }

    // The default recipe's options on a small run: quantile knots fitted on
    // the training split only (its extremes are the knots' ends), a synthetic
    // set --sample-factor times the training split, --class-balance recorded
    // in the diffusion run's configuration.
    void quantileSampleFactorAndClassBalance()
    {
        const QString out = outDir() + QStringLiteral("-quantile");
        QDir(out).removeRecursively();
        const CliRun r = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"), out,
                                 QStringLiteral("--preset"), QStringLiteral("quick"), QStringLiteral("--generators"),
                                 QStringLiteral("diffusion"), QStringLiteral("--max-biflows-per-class"),
                                 QStringLiteral("20"), QStringLiteral("--steps"), QStringLiteral("4"),
                                 QStringLiteral("--sampling-steps"), QStringLiteral("2"), QStringLiteral("--length"),
                                 QStringLiteral("16"), QStringLiteral("--normalisation"), QStringLiteral("quantile"),
                                 QStringLiteral("--padding"), QStringLiteral("mark-length"), QStringLiteral("--class-mix"),
                                 QStringLiteral("training"), QStringLiteral("--sample-factor"), QStringLiteral("1.5"),
                                 QStringLiteral("--class-balance"), QStringLiteral("0.5"), QStringLiteral("--early"),
                                 QStringLiteral("5"), QStringLiteral("--cnn-epochs"), QStringLiteral("1"),
                                 QStringLiteral("--diffusion-config"), QStringLiteral(R"({"ema_rate": 0.99, "model": {"base_channels": 16}})"),
                                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet"),
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject train = readJson(out + QStringLiteral("/images/train/manifest.json"));
        const QJsonObject test = readJson(out + QStringLiteral("/images/test/manifest.json"));
        const QJsonArray knots = train.value(QStringLiteral("spec")).toObject().value(QStringLiteral("quantiles")).toArray();
        QCOMPARE(knots.size(), 513);
        QVERIFY(test.value(QStringLiteral("spec")) == train.value(QStringLiteral("spec")));
        double lo = 1e18, hi = -1e18;
        const QJsonArray samples = train.value(QStringLiteral("samples")).toArray();
        for (const auto &v : samples) {
            lo = std::min(lo, v.toObject().value(QStringLiteral("min")).toDouble());
            hi = std::max(hi, v.toObject().value(QStringLiteral("max")).toDouble());
        }
        QCOMPARE(knots.first().toDouble(), lo);
        QCOMPARE(knots.last().toDouble(), hi);
        const QJsonObject synthetic = readJson(out + QStringLiteral("/synthetic/diffusion-ddim/manifest.json"));
        QCOMPARE(synthetic.value(QStringLiteral("samples")).toArray().size(),
                 static_cast<int>(std::lround(1.5 * samples.size())));
        const QJsonObject p = readJson(out + QStringLiteral("/report/metrics.json")).value(QStringLiteral("pipeline")).toObject();
        QCOMPARE(p.value(QStringLiteral("sample_factor")).toDouble(), 1.5);
        QCOMPARE(p.value(QStringLiteral("class_balance")).toDouble(), 0.5);
        const QJsonObject config = readJson(out + QStringLiteral("/run/config.json"));
        QCOMPARE(config.value(QStringLiteral("class_balance")).toDouble(), 0.5);
        QCOMPARE(config.value(QStringLiteral("ema_rate")).toDouble(), 0.99); // --diffusion-config, merged
        QCOMPARE(config.value(QStringLiteral("model")).toObject().value(QStringLiteral("base_channels")).toInt(), 16);
        QCOMPARE(config.value(QStringLiteral("model")).toObject().value(QStringLiteral("image_size")).toInt(), 16);
        const CliRun misspelt = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"),
                                        out + QStringLiteral("-bad"), QStringLiteral("--diffusion-config"),
                                        QStringLiteral(R"({"ema_rte": 0.99})")});
        QCOMPARE(misspelt.exitCode, 2);
        QVERIFY2(misspelt.err.contains("ema_rte") && misspelt.err.contains("--diffusion-config"), misspelt.err.constData());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("-bad")));

        for (const char *bad : {"--sample-factor", "--class-balance"}) {
            const CliRun b = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"),
                                     out + QStringLiteral("-bad"), QLatin1String(bad), QStringLiteral("-1")});
            QCOMPARE(b.exitCode, 2);
            QVERIFY2(b.err.contains(bad), b.err.constData());
        }
    }

    // --train-share keeps a share of each class's training biflows (at least
    // 2) and leaves the held-out split exactly as with every biflow.
    void trainShareKeepsTheHeldOutSplit()
    {
        auto run = [&](const QString &out, const QString &share) {
            QDir(out).removeRecursively();
            return runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"), out,
                           QStringLiteral("--preset"), QStringLiteral("quick"), QStringLiteral("--generators"),
                           QStringLiteral("real"), QStringLiteral("--max-biflows-per-class"), QStringLiteral("20"),
                           QStringLiteral("--train-share"), share, QStringLiteral("--no-cnn"), QStringLiteral("--early"),
                           QStringLiteral("5"), QStringLiteral("--threads"), QStringLiteral("1"),
                           QStringLiteral("--quiet"), QStringLiteral("--json")});
        };
        const QString all = outDir() + QStringLiteral("-share1"), part = outDir() + QStringLiteral("-share025");
        CliRun r = run(all, QStringLiteral("1"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(part, QStringLiteral("0.25"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto sources = [](const QJsonObject &manifest) {
            QStringList s;
            for (const auto &v : manifest.value(QStringLiteral("samples")).toArray())
                s << v.toObject().value(QStringLiteral("source")).toString();
            return s;
        };
        auto perClass = [](const QJsonObject &manifest) {
            QList<int> c(manifest.value(QStringLiteral("classes")).toArray().size(), 0);
            for (const auto &v : manifest.value(QStringLiteral("samples")).toArray())
                ++c[v.toObject().value(QStringLiteral("label")).toInt()];
            return c;
        };
        const QJsonObject testAll = readJson(all + QStringLiteral("/images/test/manifest.json"));
        const QJsonObject testPart = readJson(part + QStringLiteral("/images/test/manifest.json"));
        QVERIFY(!sources(testAll).isEmpty());
        QCOMPARE(sources(testPart), sources(testAll));
        const QList<int> trainAll = perClass(readJson(all + QStringLiteral("/images/train/manifest.json")));
        const QJsonObject trainPartManifest = readJson(part + QStringLiteral("/images/train/manifest.json"));
        const QList<int> trainPart = perClass(trainPartManifest);
        QCOMPARE(trainPart.size(), trainAll.size());
        for (int c = 0; c < trainAll.size(); ++c)
            QCOMPARE(trainPart[c], std::min(trainAll[c], std::max(2, static_cast<int>(std::lround(0.25 * trainAll[c])))));
        for (const QString &s : sources(trainPartManifest)) // a subset of the full training split
            QVERIFY2(sources(readJson(all + QStringLiteral("/images/train/manifest.json"))).contains(s), qPrintable(s));
        const QJsonObject p = readJson(part + QStringLiteral("/report/metrics.json")).value(QStringLiteral("pipeline")).toObject();
        QCOMPARE(p.value(QStringLiteral("train_share")).toDouble(), 0.25);

        const CliRun bad = run(outDir() + QStringLiteral("-bad"), QStringLiteral("1.5"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--train-share"), bad.err.constData());
    }

    void unknownGeneratorIsAUsageError()
    {
        const CliRun r = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), dataDir(), QStringLiteral("--out"),
                                 outDir() + QStringLiteral("-bad"), QStringLiteral("--generators"),
                                 QStringLiteral("diffusion,stylegan")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("stylegan"));
        QVERIFY(r.err.contains("wgan-gasf"));
    }
};

QTEST_GUILESS_MAIN(TestCmdPipeline)
#include "tst_cmd_pipeline.moc"
