// Trainer: a tiny model overfits two toy GASF classes; checkpoints save and
// load exactly; cancelling leaves a loadable checkpoint; resume continues.
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/trainer.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"

#include <QDir>
#include <QTest>

#include <numeric>

using namespace netsynth;

class TestTrainer : public QObject
{
    Q_OBJECT
private:
    QString m_root;
    QString m_data;

    QString freshDir(const QString &name)
    {
        const QString dir = m_root + QLatin1Char('/') + name;
        QDir(dir).removeRecursively();
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        m_data = m_root + QStringLiteral("/toy");
        toy::makeToySet(16, 24).save(m_data.toStdString());
    }

    void overfitsTwoClasses()
    {
        TrainRequest req;
        req.config = tinyConfig(100);
        req.config.batchSize = 8;
        req.config.previewEvery = 100;
        req.config.previewPerClass = 2;
        req.config.previewSamplingSteps = 5;
        req.dataDir = m_data.toStdString();
        req.runDir = freshDir(QStringLiteral("overfit")).toStdString();
        std::vector<double> losses;
        std::shared_ptr<const SampleGrid> grid;
        int started = -1;
        TrainCallbacks cb;
        cb.onStart = [&](int start, int total, const std::string &device, std::int64_t params) {
            started = start;
            QCOMPARE(total, 100);
            QCOMPARE(device, std::string("cpu"));
            QVERIFY(params > 10000);
        };
        cb.onStep = [&](const TrainStepStats &s) {
            losses.push_back(s.loss);
            QVERIFY(s.imagesPerSecond > 0);
            QCOMPARE(s.totalSteps, 100);
        };
        cb.onPreview = [&](std::shared_ptr<const SampleGrid> g) { grid = std::move(g); };
        ProgressToken token;
        const TrainResult r = trainDiffusion(req, token, cb);
        QCOMPARE(started, 0);
        QCOMPARE(r.steps, 100);
        QCOMPARE(losses.size(), std::size_t(100));
        const double first = std::accumulate(losses.begin(), losses.begin() + 10, 0.0) / 10.0;
        const double last = std::accumulate(losses.end() - 30, losses.end(), 0.0) / 30.0;
        qInfo("loss: first 10 steps %.4f, last 30 steps %.4f (%.1f img/s)", first, last, r.imagesPerSecond);
        QVERIFY2(last < 0.5 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
        QVERIFY(std::isfinite(r.finalLoss));
        // Preview grid: 2 classes x 2, in the data's range, symmetric.
        QVERIFY(grid);
        QCOMPARE(grid->step, 100);
        QCOMPARE(grid->pixels.size(), std::size_t(4 * 16 * 16));
        for (int i = 0; i < 16; ++i)
            for (int j = 0; j < 16; ++j)
                QCOMPARE(grid->pixels[std::size_t(i * 16 + j)], grid->pixels[std::size_t(j * 16 + i)]);
        for (float v : grid->pixels)
            QVERIFY(v >= -1.0f && v <= 1.0f);
        // The checkpoint carries the label map, spec and config.
        const CheckpointInfo info = readCheckpointInfo(req.runDir);
        QCOMPARE(info.step, 100);
        QCOMPARE(info.classes, (std::vector<std::string>{"sine", "ramp"}));
        QCOMPARE(info.spec.value("encoding", std::string()), std::string("gasf"));
        QCOMPARE(info.config.model.numClasses, 2);
        QCOMPARE(info.valueMin, -1.0);
        QCOMPARE(info.sampleStats.size(), std::size_t(2));
        QVERIFY(QFileInfo::exists(QString::fromStdString(req.runDir) + QStringLiteral("/checkpoint.json")));
        QVERIFY(QFileInfo::exists(QString::fromStdString(req.runDir) + QStringLiteral("/config.json")));
    }

    // class_balance 0 (every class drawn alike) trains and is kept in the
    // checkpoint, so a resumed run draws the same way.
    void classBalancedDrawsTrain()
    {
        TrainRequest req;
        req.config = tinyConfig(10);
        req.config.classBalance = 0.0;
        req.dataDir = m_data.toStdString();
        req.runDir = freshDir(QStringLiteral("balanced")).toStdString();
        ProgressToken token;
        const TrainResult r = trainDiffusion(req, token);
        QCOMPARE(r.steps, 10);
        QVERIFY(std::isfinite(r.finalLoss));
        QCOMPARE(readCheckpointInfo(req.runDir).config.classBalance, 0.0);
    }

    void cancelLeavesLoadableCheckpointAndResumeContinues()
    {
        TrainRequest req;
        req.config = tinyConfig(1000);
        req.dataDir = m_data.toStdString();
        req.runDir = freshDir(QStringLiteral("cancel")).toStdString();
        ProgressToken token;
        TrainCallbacks cb;
        cb.onStep = [&](const TrainStepStats &s) {
            if (s.step == 7)
                token.cancel(); // mid-epoch: 48 images, batch 16 -> 7 steps is inside the 3rd epoch
        };
        QVERIFY_THROWS_EXCEPTION(CanceledError, trainDiffusion(req, token, cb));
        const CheckpointInfo info = readCheckpointInfo(req.runDir);
        QCOMPARE(info.step, 7);
        QCOMPARE(info.lossHistory.size(), std::size_t(7));

        // Resume to 12 steps: continues at 8.
        TrainRequest again;
        again.runDir = req.runDir;
        again.resume = true;
        again.steps = 12;
        std::vector<int> steps;
        TrainCallbacks cb2;
        cb2.onStep = [&](const TrainStepStats &s) { steps.push_back(s.step); };
        ProgressToken token2;
        const TrainResult r = trainDiffusion(again, token2, cb2);
        QCOMPARE(r.steps, 12);
        QCOMPARE(steps, (std::vector<int>{8, 9, 10, 11, 12}));
        QCOMPARE(readCheckpointInfo(req.runDir).step, 12);
        QCOMPARE(readCheckpointInfo(req.runDir).lossHistory.size(), std::size_t(12));

        // A fresh run refuses to overwrite the checkpoint.
        ProgressToken token3;
        QVERIFY_THROWS_EXCEPTION(InputError, trainDiffusion(req, token3));
    }

    void stopWritesCheckpointAndReturns()
    {
        TrainRequest req;
        req.config = tinyConfig(1000);
        req.dataDir = m_data.toStdString();
        req.runDir = freshDir(QStringLiteral("stop")).toStdString();
        auto control = std::make_shared<TrainControl>();
        TrainCallbacks cb;
        cb.onStep = [&](const TrainStepStats &s) {
            if (s.step == 3)
                control->stop();
        };
        ProgressToken token;
        const TrainResult r = trainDiffusion(req, token, cb, control);
        QVERIFY(r.stopped);
        QCOMPARE(r.steps, 3);
        QCOMPARE(readCheckpointInfo(req.runDir).step, 3);
    }

    void resumeIsSameAsUninterrupted()
    {
        // Save -> load is exact: sampling the resumed model gives the same images
        // as sampling the saved one, and two identical runs agree bit for bit.
        TrainRequest a;
        a.config = tinyConfig(6);
        a.dataDir = m_data.toStdString();
        a.runDir = freshDir(QStringLiteral("same_a")).toStdString();
        TrainRequest b = a;
        b.runDir = freshDir(QStringLiteral("same_b")).toStdString();
        ProgressToken t1, t2;
        const TrainResult ra = trainDiffusion(a, t1);
        const TrainResult rb = trainDiffusion(b, t2);
        QCOMPARE(ra.finalLoss, rb.finalLoss); // seeded: identical runs
        SampleConfig sc;
        sc.perClass = 2;
        sc.steps = 4;
        sc.seed = 3;
        sc.checkpoint = a.runDir;
        ProgressToken t3, t4;
        const ImageDataset sa = sampleImages(sc, t3);
        sc.checkpoint = b.runDir;
        const ImageDataset sb = sampleImages(sc, t4);
        QCOMPARE(sa.pixels, sb.pixels);
    }

    void rejectsBadData()
    {
        TrainRequest req;
        req.config = tinyConfig(5);
        req.dataDir = (m_root + QStringLiteral("/missing")).toStdString();
        req.runDir = freshDir(QStringLiteral("bad")).toStdString();
        ProgressToken token;
        QVERIFY_THROWS_EXCEPTION(InputError, trainDiffusion(req, token));
        // 10x10 cannot be halved twice (three levels need a multiple of 4).
        const QString odd = m_root + QStringLiteral("/odd");
        toy::makeToySet(10, 2).save(odd.toStdString());
        req.dataDir = odd.toStdString();
        req.config.model.channelMult = {1, 2, 2};
        try {
            trainDiffusion(req, token);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("image_size")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
