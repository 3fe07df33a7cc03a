// Data-parallel diffusion training on torch's c10d (Gloo, CPU), through
// `netsynth-cli train --nproc N` on real AppxAct images:
// - 2 processes with global batch B follow a 1-process run with batch B step
//   for step (the same losses, and the same samples from the checkpoints);
// - a killed worker ends the job with an error naming it and stops the other,
//   the last checkpoint stays loadable and resumes in one process (another
//   world size);
// - Ctrl-C on rank 0 stops every rank at the same step;
// - `pipeline --nproc 2` trains in two processes;
// - the GAN baselines (wgan-gasf, dg) in 2 processes follow 1 process;
// - a batch that does not split evenly, and a malformed RANK, are errors.
#include "cli_runner.h"
#include "tiny_config.h"

#include "core/imaging/image_dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <cmath>

namespace {
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
const QString kAppx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString writeConfig(const QString &name, int steps, int checkpointEvery)
{
    netsynth::TrainConfig c = tinyConfig(steps);
    c.batchSize = 8;
    c.checkpointEvery = checkpointEvery;
    const QString path = kOut + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(QByteArray::fromStdString(c.toJson().dump(1)));
    return path;
}
} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT
    QString m_set;

    // `train --nproc 2` with `config` into `run`, started in `job`.
    void startTwoProcesses(QProcess &job, const QString &run, const QString &config)
    {
        job.start(QStringLiteral(NETSYNTH_CLI),
                  {QStringLiteral("train"), QStringLiteral("--data"), m_set, QStringLiteral("--out"), run,
                   QStringLiteral("--config"), config, QStringLiteral("--device"), QStringLiteral("cpu"),
                   QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--nproc"), QStringLiteral("2")});
    }
    // Reads the job's stderr into `err` until `done(err)` or `ms` pass or it ends.
    template <typename Done>
    static void readErrorsUntil(QProcess &job, QByteArray &err, int ms, Done done)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done(err) && clock.elapsed() < ms && job.state() == QProcess::Running) {
            job.waitForReadyRead(100);
            err += job.readAllStandardError();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        QDir(kOut).removeRecursively();
        QDir().mkpath(kOut);
        m_set = kOut + QStringLiteral("/appx16");
        const CliRun r = runCli({QStringLiteral("encode"), kAppx, QStringLiteral("--out"), m_set, QStringLiteral("--length"),
                                 QStringLiteral("16"), QStringLiteral("--padding"), QStringLiteral("mark-length"),
                                 QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void twoProcessesFollowOneWithTheSameGlobalBatch()
    {
        const QString config = writeConfig(QStringLiteral("tiny.json"), 6, 0);
        auto train = [&](const QString &run, const QStringList &extra) {
            return runCli(QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_set, QStringLiteral("--out"), run,
                                      QStringLiteral("--config"), config, QStringLiteral("--device"), QStringLiteral("cpu"),
                                      QStringLiteral("--json"), QStringLiteral("--quiet")} + extra);
        };
        const CliRun one = train(kOut + QStringLiteral("/one"), {QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        const CliRun two = train(kOut + QStringLiteral("/two"), {QStringLiteral("--threads"), QStringLiteral("2"),
                                                                QStringLiteral("--nproc"), QStringLiteral("2")});
        QVERIFY2(two.exitCode == 0, two.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(two.out).object();
        QCOMPARE(result.value(QStringLiteral("world_size")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("steps")).toInt(), 6);

        // Step for step the same loss (the mean over the global batch of 8).
        const QJsonArray a = readJson(kOut + QStringLiteral("/one/checkpoint.json")).value(QStringLiteral("loss_history")).toArray();
        const QJsonArray b = readJson(kOut + QStringLiteral("/two/checkpoint.json")).value(QStringLiteral("loss_history")).toArray();
        QCOMPARE(a.size(), 6);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            const double la = a[i].toArray()[1].toDouble(), lb = b[i].toArray()[1].toDouble();
            QVERIFY2(std::fabs(la - lb) <= 1e-4 * std::max(1.0, std::fabs(la)),
                     qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(la, 0, 'g', 9).arg(lb, 0, 'g', 9)));
        }
        // And the same model: the same samples from the same seed.
        auto sample = [&](const QString &run, const QString &out) {
            return runCli({QStringLiteral("sample"), QStringLiteral("--checkpoint"), run, QStringLiteral("--out"), out,
                           QStringLiteral("--per-class"), QStringLiteral("2"), QStringLiteral("--steps"), QStringLiteral("5"),
                           QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--threads"), QStringLiteral("1"),
                           QStringLiteral("--quiet")});
        };
        QCOMPARE(sample(kOut + QStringLiteral("/one"), kOut + QStringLiteral("/s1")).exitCode, 0);
        QCOMPARE(sample(kOut + QStringLiteral("/two"), kOut + QStringLiteral("/s2")).exitCode, 0);
        const auto s1 = netsynth::ImageDataset::load((kOut + QStringLiteral("/s1")).toStdString());
        const auto s2 = netsynth::ImageDataset::load((kOut + QStringLiteral("/s2")).toStdString());
        QCOMPARE(s1.pixels.size(), s2.pixels.size());
        double worst = 0.0;
        for (std::size_t i = 0; i < s1.pixels.size(); ++i) worst = std::max(worst, double(std::fabs(s1.pixels[i] - s2.pixels[i])));
        QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
    }

    // The GAN baselines in two processes: every rank draws the whole global
    // batch and runs the generator on it, the critics see their shard, the
    // gradients are averaged: the same losses step for step, and the same
    // model, as one process with the same batch.
    void ganBaselinesFollowOneProcess()
    {
        for (const QString model : {QStringLiteral("wgan-gasf"), QStringLiteral("dg")}) {
            auto train = [&](const QString &run, const QStringList &extra) {
                return runCli(QStringList{QStringLiteral("train"), QStringLiteral("--model"), model, QStringLiteral("--data"),
                                          m_set, QStringLiteral("--out"), run, QStringLiteral("--preset"),
                                          QStringLiteral("tiny"), QStringLiteral("--steps"), QStringLiteral("4"),
                                          QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--seed"),
                                          QStringLiteral("5"), QStringLiteral("--device"), QStringLiteral("cpu"),
                                          QStringLiteral("--json"), QStringLiteral("--quiet")} + extra);
            };
            const QString one = kOut + QStringLiteral("/") + model + QStringLiteral("-one");
            const QString two = kOut + QStringLiteral("/") + model + QStringLiteral("-two");
            const CliRun a = train(one, {QStringLiteral("--threads"), QStringLiteral("1")});
            QVERIFY2(a.exitCode == 0, a.err.constData());
            const CliRun b = train(two, {QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--nproc"),
                                         QStringLiteral("2")});
            QVERIFY2(b.exitCode == 0, b.err.constData());
            QCOMPARE(QJsonDocument::fromJson(b.out).object().value(QStringLiteral("world_size")).toInt(), 2);
            const QJsonArray ha = readJson(one + QStringLiteral("/checkpoint.json")).value(QStringLiteral("loss_history")).toArray();
            const QJsonArray hb = readJson(two + QStringLiteral("/checkpoint.json")).value(QStringLiteral("loss_history")).toArray();
            QCOMPARE(ha.size(), 4);
            QCOMPARE(hb.size(), ha.size());
            for (int i = 0; i < ha.size(); ++i)
                for (int k = 1; k <= 2; ++k) { // generator and critic loss
                    const double la = ha[i].toArray()[k].toDouble(), lb = hb[i].toArray()[k].toDouble();
                    QVERIFY2(std::fabs(la - lb) <= 1e-3 * std::max(1.0, std::fabs(la)),
                             qPrintable(QStringLiteral("%1 step %2, loss %3: %4 vs %5")
                                            .arg(model).arg(i + 1).arg(k).arg(la, 0, 'g', 9).arg(lb, 0, 'g', 9)));
                }
            auto sample = [&](const QString &run, const QString &out) {
                return runCli({QStringLiteral("sample"), QStringLiteral("--checkpoint"), run, QStringLiteral("--out"), out,
                               QStringLiteral("--per-class"), QStringLiteral("2"), QStringLiteral("--seed"),
                               QStringLiteral("3"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet")});
            };
            const CliRun sa = sample(one, one + QStringLiteral("-samples"));
            QVERIFY2(sa.exitCode == 0, sa.err.constData());
            const CliRun sb = sample(two, two + QStringLiteral("-samples"));
            QVERIFY2(sb.exitCode == 0, sb.err.constData());
            const auto s1 = netsynth::ImageDataset::load((one + QStringLiteral("-samples")).toStdString());
            const auto s2 = netsynth::ImageDataset::load((two + QStringLiteral("-samples")).toStdString());
            QCOMPARE(s1.pixels.size(), s2.pixels.size());
            double worst = 0.0;
            for (std::size_t i = 0; i < s1.pixels.size(); ++i)
                worst = std::max(worst, double(std::fabs(s1.pixels[i] - s2.pixels[i])));
            QVERIFY2(worst < 1e-2, qPrintable(model + QStringLiteral(": ") + QString::number(worst)));
        }
        // The references have nothing to train in several processes.
        const CliRun empirical = runCli({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("empirical"),
                                         QStringLiteral("--data"), m_set, QStringLiteral("--out"),
                                         kOut + QStringLiteral("/empirical-two"), QStringLiteral("--nproc"),
                                         QStringLiteral("2"), QStringLiteral("--quiet")});
        QCOMPARE(empirical.exitCode, 2);
        QVERIFY2(empirical.err.contains("several processes"), empirical.err.constData());
    }

    void killedWorkerStopsTheJobAndItsCheckpointResumes()
    {
        const QString config = writeConfig(QStringLiteral("long.json"), 100000, 5);
        const QString run = kOut + QStringLiteral("/killed");
        QProcess job;
        startTwoProcesses(job, run, config);
        QVERIFY(job.waitForStarted(30000));
        // The command names its workers: "worker 1 of 2: pid N".
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        const QRegularExpression line(QStringLiteral("worker 1 of 2: pid (\\d+)"));
        readErrorsUntil(job, err, 60000, [&](const QByteArray &e) { return line.match(QString::fromUtf8(e)).hasMatch(); });
        const qint64 pid = line.match(QString::fromUtf8(err)).captured(1).toLongLong();
        QVERIFY2(pid > 0, err.constData());
        const QString meta = run + QStringLiteral("/checkpoint.json");
        while (!QFileInfo::exists(meta) && clock.elapsed() < 120000 && job.state() == QProcess::Running)
            job.waitForFinished(50);
        QVERIFY2(QFileInfo::exists(meta), err.constData());
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QVERIFY(job.waitForFinished(120000));
        err += job.readAllStandardError();
        QVERIFY(job.exitCode() != 0);
        QVERIFY2(err.contains("worker 1 of 2 was killed"), err.constData());
        // The last checkpoint loads and resumes in one process.
        const int step = readJson(meta).value(QStringLiteral("step")).toInt();
        QVERIFY2(step >= 5, qPrintable(QString::number(step)));
        const CliRun resumed = runCli({QStringLiteral("train"), QStringLiteral("--out"), run, QStringLiteral("--resume"),
                                       QStringLiteral("--steps"), QString::number(step + 4), QStringLiteral("--threads"),
                                       QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object().value(QStringLiteral("steps")).toInt(), step + 4);
    }

    // Ctrl-C reaching only rank 0 (this test signals its pid alone): the
    // ranks agree at the next step and all stop there, so the worker ends
    // cleanly (no "worker 1 ... failed") and the checkpoint resumes.
    void interruptStopsEveryRankAtTheSameStep()
    {
        const QString config = writeConfig(QStringLiteral("interrupt.json"), 100000, 0);
        const QString run = kOut + QStringLiteral("/interrupted");
        QProcess job;
        startTwoProcesses(job, run, config);
        QVERIFY(job.waitForStarted(30000));
        QByteArray err;
        readErrorsUntil(job, err, 120000, [](const QByteArray &e) { return e.contains("step "); });
        QVERIFY2(err.contains("step "), err.constData()); // training, both ranks in step
        QCOMPARE(::kill(static_cast<pid_t>(job.processId()), SIGINT), 0);
        QVERIFY(job.waitForFinished(60000));
        err += job.readAllStandardError();
        QVERIFY2(err.contains("canceled"), err.constData());
        QVERIFY2(!err.contains("worker 1 of 2 was killed") && !err.contains("worker 1 of 2 failed"), err.constData());
        const int step = readJson(run + QStringLiteral("/checkpoint.json")).value(QStringLiteral("step")).toInt();
        QVERIFY2(step >= 1, err.constData());
        const CliRun resumed = runCli({QStringLiteral("train"), QStringLiteral("--out"), run, QStringLiteral("--resume"),
                                       QStringLiteral("--steps"), QString::number(step + 2), QStringLiteral("--nproc"),
                                       QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("2"),
                                       QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object().value(QStringLiteral("steps")).toInt(), step + 2);
    }

    // `pipeline --nproc 2` trains its diffusion model in two processes and
    // records it in the step's figures.
    void pipelinePassesProcessesThrough()
    {
        const QString out = kOut + QStringLiteral("/pipeline");
        const CliRun r = runCli({QStringLiteral("pipeline"), QStringLiteral("--data"), kAppx, QStringLiteral("--out"), out,
                                 QStringLiteral("--preset"), QStringLiteral("quick"), QStringLiteral("--max-biflows-per-class"),
                                 QStringLiteral("12"), QStringLiteral("--steps"), QStringLiteral("8"), QStringLiteral("--nproc"),
                                 QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--no-cnn"),
                                 QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject state = readJson(out + QStringLiteral("/pipeline_state.json"));
        const QJsonObject train = state.value(QStringLiteral("steps")).toObject().value(QStringLiteral("train/diffusion")).toObject();
        QVERIFY2(!train.isEmpty(), QJsonDocument(state).toJson().constData());
        QCOMPARE(train.value(QStringLiteral("info")).toObject().value(QStringLiteral("processes")).toInt(), 2);
        QCOMPARE(train.value(QStringLiteral("info")).toObject().value(QStringLiteral("steps")).toInt(), 8);
    }

    void unevenBatchAndBadRankAreErrors()
    {
        const QString config = writeConfig(QStringLiteral("uneven.json"), 4, 0);
        const CliRun uneven = runCli({QStringLiteral("train"), QStringLiteral("--data"), m_set, QStringLiteral("--out"),
                                      kOut + QStringLiteral("/uneven"), QStringLiteral("--config"), config,
                                      QStringLiteral("--nproc"), QStringLiteral("3"), QStringLiteral("--threads"),
                                      QStringLiteral("3"), QStringLiteral("--quiet")});
        QCOMPARE(uneven.exitCode, 2);
        QVERIFY2(uneven.err.contains("multiple of the number of processes"), uneven.err.constData());

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        env.insert(QStringLiteral("RANK"), QStringLiteral("5"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETSYNTH_CLI), {QStringLiteral("train"), QStringLiteral("--data"), m_set, QStringLiteral("--out"),
                                                 kOut + QStringLiteral("/badrank"), QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("RANK"), "the error names RANK");
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
