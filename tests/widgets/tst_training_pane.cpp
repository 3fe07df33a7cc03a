// TrainingPane with the real diffusion backend: a tiny run trains as a job with
// a live chart and sample grid; pause holds the steps, stop writes a
// checkpoint; opening the checkpoint redraws the loss history; sampling writes
// an image set. The GUI thread never blocks (everything waits on signals).
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/trainer.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/device.h"
#include "core/runtime/job_runner.h"
#include "widgets/training/loss_chart.h"
#include "widgets/training/sample_grid_view.h"
#include "widgets/training/training_pane.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace netsynth;

class TestTrainingPane : public QObject
{
    Q_OBJECT
private:
    QString m_root;
    QString m_data;

    static TrainingBackend backend()
    {
        TrainingBackend b;
        b.train = &trainDiffusion;
        b.sample = &sampleToFolder;
        b.readInfo = &readCheckpointInfo;
        b.loadImages = [](const std::string &folder) { return ImageDataset::load(folder); };
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        m_data = m_root + QStringLiteral("/toy");
        toy::makeToySet(16, 6).save(m_data.toStdString());
    }

    void trainsLiveThenSamples()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.resize(1000, 700);
        pane.show();
        TrainConfig c = tinyConfig(12);
        c.previewEvery = 6;
        c.previewPerClass = 2;
        c.previewSamplingSteps = 3;
        pane.setConfigOverride(c);
        pane.setDataFolder(m_data);
        pane.setRunFolder(m_root + QStringLiteral("/run"));
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QVERIFY(pane.isTraining());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!pane.isTraining());
        QCOMPARE(pane.lossChart()->pointCount(), 12);
        QVERIFY(!pane.sampleView()->image().isNull());
        QVERIFY2(pane.statusText().contains(QStringLiteral("12 steps")), qPrintable(pane.statusText()));
        QVERIFY(pane.grab().save(m_root + QStringLiteral("/training_pane.png")));

        QSignalSpy sampled(&pane, &TrainingPane::samplingFinished);
        const QString out = m_root + QStringLiteral("/samples");
        pane.sampleTo(out);
        QVERIFY(sampled.wait(120000));
        QCOMPARE(sampled.at(0).at(0).toBool(), true);
        QCOMPARE(ImageDataset::load(out.toStdString()).count(), std::size_t(2 * 16));
    }

    void pauseStopAndReopen()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.setConfigOverride(tinyConfig(100000));
        pane.setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/long");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QTRY_VERIFY_WITH_TIMEOUT(pane.lossChart()->pointCount() >= 2, 60000);
        pane.togglePause();
        QTest::qWait(3000); // the step in flight and the last poll land
        const int held = pane.lossChart()->pointCount();
        QTest::qWait(2000);
        QCOMPARE(pane.lossChart()->pointCount(), held);
        pane.stop();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const CheckpointInfo info = readCheckpointInfo(run.toStdString());
        QCOMPARE(info.step, held);

        TrainingPane other(&runner, backend());
        QSignalSpy opened(&other, &TrainingPane::checkpointOpened);
        other.openCheckpoint(run);
        QVERIFY(opened.wait(30000));
        QCOMPARE(other.lossChart()->pointCount(), held);
        QVERIFY(other.statusText().contains(QStringLiteral("sine, ramp")));
    }

    void errorsAreShownNotThrown()
    {
        JobRunner runner(1);
        TrainingPane pane(&runner, backend());
        QSignalSpy errors(&pane, &TrainingPane::errorOccurred);
        pane.start(); // no folders chosen
        QCOMPARE(errors.count(), 1);
        pane.setDataFolder(m_root + QStringLiteral("/missing"));
        pane.setRunFolder(m_root + QStringLiteral("/run_missing"));
        pane.setConfigOverride(tinyConfig(3));
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(pane.statusText().contains(QStringLiteral("manifest.json")));
    }

    void closingWhileTrainingStopsCleanly()
    {
        JobRunner runner(2);
        auto *pane = new TrainingPane(&runner, backend());
        pane->setConfigOverride(tinyConfig(100000));
        pane->setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/closing");
        pane->setRunFolder(run);
        pane->start();
        QTRY_VERIFY_WITH_TIMEOUT(pane->lossChart()->pointCount() >= 1, 60000);
        delete pane; // asks the job to stop
        QVERIFY(runner.waitForAll(60000));
        QVERIFY(readCheckpointInfo(run.toStdString()).step >= 1);
    }
};

QTEST_MAIN(TestTrainingPane)
#include "tst_training_pane.moc"
