// Crash safety of the long jobs (issue 23): each is started with netsynth-cli
// on real data and killed with SIGKILL at a random moment after it first
// wrote something (its first checkpoint, or its first output file). What is
// on disk must then be a complete state (the checkpoint parses, an image set
// loads or is absent), and running the same command again must resume or
// redo cleanly and finish. Sampling over an existing set and report writing
// too. The moment is random (seeded; the seed is printed
// with each kill), so runs over time cover different points.
#include "cli_runner.h"

#include "core/imaging/image_dataset.h"
#include "core/runtime/errors.h"

#include "core/diffusion/tiny_config.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <functional>

namespace {
QString shared(const char *path)
{
    return QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/") + QLatin1String(path);
}

QString root()
{
    return QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Starts netsynth-cli with args, waits until ready() (polled every 10 ms),
// then a random 0..maxExtraMs more, and kills it with SIGKILL. Returns true
// when the process was still running at the kill (false: it finished first,
// which the callers treat as a valid, if uninteresting, outcome).
bool startAndKill(const QStringList &args, const std::function<bool()> &ready, int maxExtraMs, quint32 seed)
{
    QProcess p;
    p.start(QStringLiteral(NETSYNTH_CLI), args);
    if (!p.waitForStarted(30000))
        return false;
    QElapsedTimer t;
    t.start();
    while (!ready() && p.state() == QProcess::Running && t.elapsed() < 300000)
        p.waitForFinished(10);
    const int extra = static_cast<int>(QRandomGenerator(seed).bounded(maxExtraMs + 1));
    p.waitForFinished(extra);
    const bool running = p.state() == QProcess::Running;
    qInfo("seed %u: killed %d ms after the first output or start (%s)", seed, extra, running ? "running" : "already done");
    p.kill(); // SIGKILL
    p.waitForFinished(30000);
    return running;
}

// A fresh seed per job and run, or NETSYNTH_CRASH_SEED (a seed a run printed) to repeat a moment.
quint32 seedOf(const char *what)
{
    const QByteArray fixed = qgetenv("NETSYNTH_CRASH_SEED");
    return fixed.isEmpty() ? QRandomGenerator::global()->generate() ^ qHash(QByteArray(what)) : fixed.toUInt();
}

const QStringList kCommon{QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--threads"),
                          QStringLiteral("1"), QStringLiteral("--quiet")};
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    QString m_images; // real AppxAct biflows as 16 x 16 images

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(shared("mirage-appxact/appxact_first10_train.csv")))
            QSKIP("shared data not found");
        QDir(root()).removeRecursively();
        QDir().mkpath(root());
        m_images = root() + QStringLiteral("/images");
        const CliRun r = runCli(QStringList{QStringLiteral("encode"), shared("mirage-appxact"), QStringLiteral("--out"),
                                            m_images, QStringLiteral("--length"), QStringLiteral("16")} + kCommon);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Encoding the whole of AppxAct, killed while it writes: the output
    // folder holds no manifest or one that loads; encoding again finishes.
    void encodeKilledThenRedone()
    {
        const QString out = root() + QStringLiteral("/encode-killed");
        const QStringList args = QStringList{QStringLiteral("encode"), shared("mirage-appxact"), QStringLiteral("--out"),
                                             out, QStringLiteral("--length"), QStringLiteral("16")} + kCommon;
        // Encoding takes about half a second: killed 0 to 0.4 s after it started,
        // while it reads, encodes or writes.
        startAndKill(args, [] { return true; }, 400, seedOf("encode"));
        const QString manifest = out + QStringLiteral("/manifest.json");
        if (QFileInfo::exists(manifest)) {
            try {
                netsynth::ImageDataset::load(out.toStdString());
            } catch (const netsynth::InputError &e) {
                QFAIL(e.what()); // a manifest that exists must be complete, with its shards
            }
        }
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(netsynth::ImageDataset::load(out.toStdString()).count(), std::size_t{13046});
    }

    // Diffusion training, killed after its first checkpoint: the checkpoint
    // parses and --resume continues to the requested total.
    void diffusionTrainingKilledThenResumed()
    {
        const QString run = root() + QStringLiteral("/diffusion");
        const QString config = root() + QStringLiteral("/tiny.json");
        netsynth::TrainConfig c = tinyConfig(300);
        c.checkpointEvery = 20;
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(c.toJson().dump(1)));
        f.close();
        const QString meta = run + QStringLiteral("/checkpoint.json");
        startAndKill(QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_images, QStringLiteral("--out"), run,
                                 QStringLiteral("--config"), config} + kCommon,
                     [&] { return QFileInfo::exists(meta); }, 800, seedOf("diffusion"));
        const int step = readJson(meta).value(QStringLiteral("step")).toInt();
        QVERIFY2(step >= 20 && step <= 300, qPrintable(QString::number(step)));
        const CliRun again = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--out"), run,
                                                QStringLiteral("--resume"), QStringLiteral("--steps"),
                                                QStringLiteral("300"), QStringLiteral("--json")} + kCommon);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("steps")).toInt(), 300);
    }

    // Sampling into a folder that already holds a complete synthetic set,
    // killed while it writes the new one: the folder holds the old set or the
    // new one, whole (the manifest loads with every image it lists), and the
    // same command again finishes.
    void samplingKilledThenRedone()
    {
        const QString run = root() + QStringLiteral("/diffusion");
        const QString out = root() + QStringLiteral("/sampled");
        auto sample = [&](int perClass) {
            return QStringList{QStringLiteral("sample"), QStringLiteral("--checkpoint"), run, QStringLiteral("--out"), out,
                               QStringLiteral("--per-class"), QString::number(perClass), QStringLiteral("--steps"),
                               QStringLiteral("4")} + kCommon;
        };
        const CliRun first = runCli(sample(8));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const std::size_t before = netsynth::ImageDataset::load(out.toStdString()).count();
        startAndKill(sample(40), [] { return true; }, 1500, seedOf("sample"));
        std::size_t after = 0;
        try {
            after = netsynth::ImageDataset::load(out.toStdString()).count();
        } catch (const netsynth::InputError &e) {
            QFAIL(e.what()); // the old set or the new one, never a mix
        }
        QVERIFY2(after == before || after == before * 5, qPrintable(QString::number(after)));
        const CliRun again = runCli(sample(40));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(netsynth::ImageDataset::load(out.toStdString()).count(), before * 5);
        // The replaced set's shards are gone: only the manifest's shards remain.
        const QStringList shards = QDir(out).entryList({QStringLiteral("shard_*.npy")}, QDir::Files);
        const QJsonArray listed = readJson(out + QStringLiteral("/manifest.json")).value(QStringLiteral("shards")).toArray();
        QCOMPARE(shards.size(), listed.size());
    }

    // The WGAN-GASF baseline, killed after its first checkpoint, resumed.
    void ganBaselineKilledThenResumed()
    {
        const QString run = root() + QStringLiteral("/wgan");
        const QString config = root() + QStringLiteral("/wgan.json");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"checkpoint_every\": 5}");
        f.close();
        const QStringList args = QStringList{QStringLiteral("baseline"), QStringLiteral("train"), QStringLiteral("--model"),
                                             QStringLiteral("wgan-gasf"), QStringLiteral("--preset"), QStringLiteral("tiny"),
                                             QStringLiteral("--data"), m_images, QStringLiteral("--out"), run,
                                             QStringLiteral("--config"), config, QStringLiteral("--steps"),
                                             QStringLiteral("60")} + kCommon;
        const QString meta = run + QStringLiteral("/checkpoint.json");
        startAndKill(args, [&] { return QFileInfo::exists(meta); }, 800, seedOf("wgan"));
        const int step = readJson(meta).value(QStringLiteral("step")).toInt();
        QVERIFY2(step >= 5 && step <= 60, qPrintable(QString::number(step)));
        const CliRun again = runCli(args + QStringList{QStringLiteral("--resume"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("steps")).toInt(), 60);
    }

    // AppShot on Aachen, killed after its first checkpoint; the same command
    // again resumes (AppShot resumes by default) and finishes.
    void appshotTrainingKilledThenResumed()
    {
        const QString run = root() + QStringLiteral("/appshot");
        const QStringList args = QStringList{QStringLiteral("appshot"), QStringLiteral("train"), QStringLiteral("--cities"),
                                             shared("cities/aachen"), QStringLiteral("--out"), run,
                                             QStringLiteral("--steps"), QStringLiteral("60"),
                                             QStringLiteral("--checkpoint-every"), QStringLiteral("5")} + kCommon;
        startAndKill(args, [&] { return QFileInfo::exists(run + QStringLiteral("/checkpoint.pt")); }, 800,
                     seedOf("appshot"));
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("Trained 60 steps"), again.out.constData());
    }

    // The pipeline, killed during its diffusion training: the same command
    // again reuses the finished encoding and finishes the run.
    void pipelineKilledThenFinished()
    {
        const QString out = root() + QStringLiteral("/pipeline");
        const QStringList args = QStringList{QStringLiteral("pipeline"), QStringLiteral("--data"), shared("mirage-appxact"),
                                             QStringLiteral("--out"), out, QStringLiteral("--preset"),
                                             QStringLiteral("quick"), QStringLiteral("--max-biflows-per-class"),
                                             QStringLiteral("12"), QStringLiteral("--steps"), QStringLiteral("60"),
                                             QStringLiteral("--no-cnn"), QStringLiteral("--early"), QStringLiteral("5"),
                                             QStringLiteral("--json")} + kCommon;
        const QString state = out + QStringLiteral("/pipeline_state.json");
        startAndKill(args, [&] {
            return readJson(state).value(QStringLiteral("steps")).toObject().contains(QStringLiteral("train/diffusion"));
        }, 500, seedOf("pipeline"));
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject steps = readJson(out + QStringLiteral("/report/metrics.json"))
                                      .value(QStringLiteral("pipeline")).toObject().value(QStringLiteral("steps")).toObject();
        QVERIFY(steps.value(QStringLiteral("encode")).toObject().value(QStringLiteral("reused")).toBool());
        QCOMPARE(steps.value(QStringLiteral("train")).toObject().value(QStringLiteral("steps")).toInt(), 60);
    }

    // Report writing, killed at a random moment: report.html and report.pdf
    // are absent or complete, and the same command again writes both.
    void reportKilledThenRedone()
    {
        const QString eval = root() + QStringLiteral("/pipeline/report");
        QVERIFY(QFileInfo::exists(eval + QStringLiteral("/metrics.json")));
        const QString out = root() + QStringLiteral("/report-killed");
        const QStringList args = QStringList{QStringLiteral("report"), eval, QStringLiteral("--out"), out} + kCommon;
        startAndKill(args, [] { return true; }, 1500, seedOf("report"));
        QFile html(out + QStringLiteral("/report.html"));
        if (html.open(QIODevice::ReadOnly))
            QVERIFY(html.readAll().trimmed().endsWith("</html>"));
        QFile pdf(out + QStringLiteral("/report.pdf"));
        if (pdf.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = pdf.readAll();
            QVERIFY(bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF"));
        }
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(QFileInfo(out + QStringLiteral("/report.pdf")).size() > 1000);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
