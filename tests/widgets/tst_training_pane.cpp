// TrainingPane with the real diffusion backend: a tiny run started with the
// Start button trains as a job with a live chart, step/ETA labels and sample
// grid; Pause holds the steps (the button reads Resume), Stop writes a
// checkpoint; opening the checkpoint redraws the loss history, Continue resumes
// the step count and Sample writes an image set with series.csv and contact
// sheets. The GAN baselines (wgan-gasf, dg) and the empirical sampler train
// from the same pane with the real baseline backend: a W/critic chart, pause,
// stop, reopen, continue and sample to the same outputs. The GUI thread never
// blocks (everything waits on signals).
#include "core/baselines/baseline_checkpoint_info.h"
#include "core/baselines/baseline_sampler.h"
#include "core/baselines/baseline_trainer.h"
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/trainer.h"
#include "core/data/dataset_loader.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_dataset.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/progress.h"
#include "core/runtime/device.h"
#include "core/runtime/job_runner.h"
#include "widgets/training/gan_loss_chart.h"
#include "widgets/training/loss_chart.h"
#include "widgets/training/sample_grid_view.h"
#include "widgets/training/training_pane.h"
#include "core/export/traffic_export.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QDialog>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace netsynth;

class TestTrainingPane : public QObject
{
    Q_OBJECT
private:
    QString m_root;
    QString m_data;
    QString m_appxact; // real traffic encoded (empty when ../shared/data is absent)

    static TrainingBackend backend()
    {
        TrainingBackend b;
        b.train = &trainDiffusion;
        b.sample = &sampleToFolder;
        b.readInfo = &readCheckpointInfo;
        b.loadImages = [](const std::string &folder) { return ImageDataset::load(folder); };
        b.trainBaseline = &trainBaseline;
        b.sampleBaseline = &sampleBaselineToFolder;
        b.readBaselineInfo = &readBaselineCheckpointInfo;
        b.previewBaseline = &sampleBaselineImages;
        return b;
    }

    static bool hasLabel(const QWidget &w, const QString &text)
    {
        const auto labels = w.findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == text; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        m_data = m_root + QStringLiteral("/toy");
        toy::makeEncodedToySet(16, 6).save(m_data.toStdString());
        // MIRAGE-AppxAct (real traffic): the first 10 signed packet sizes of
        // every biflow as 10x10 GASF images, as `encode` writes them.
        const QString csv = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact/appxact_first10_train.csv");
        if (QFileInfo::exists(csv)) {
            LoadOptions options;
            options.useCache = false;
            ProgressToken token;
            const DatasetPtr ds = loadDataset(csv.toStdString(), options, token);
            EncodeSpec spec;
            spec.length = 10;
            spec.imageSize = 10;
            m_appxact = m_root + QStringLiteral("/appxact");
            encodeDataset(*ds, spec, token).save(m_appxact.toStdString());
        }
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
        auto *startButton = pane.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(startButton && startButton->isEnabled());
        QTest::mouseClick(startButton, Qt::LeftButton);
        QVERIFY(pane.isTraining());
        QVERIFY(!startButton->isEnabled());
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("stopButton"))->isEnabled());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!pane.isTraining());
        QCOMPARE(pane.lossChart()->pointCount(), 12);
        QVERIFY(startButton->isEnabled());
        // The step label shows the last step; the device label the device and parameter count.
        const auto labels = pane.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text() == QStringLiteral("12 / 12"); }));
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(QStringLiteral("cpu, ")); }));
        // Previews at steps 6 and 12: two classes x 2 samples, 64 px cells.
        QVERIFY(!pane.sampleView()->image().isNull());
        QVERIFY(pane.sampleView()->image().width() >= 2 * 64);
        QVERIFY(pane.sampleView()->image().height() >= 2 * 64);
        // Both previews stay in the view's history; the slider steps back to the first.
        QCOMPARE(pane.sampleView()->previewCount(), 2);
        QVERIFY(pane.sampleView()->caption().contains(QStringLiteral("step 12")));
        auto *history = pane.sampleView()->findChild<QSlider *>(QStringLiteral("PreviewHistory"));
        QVERIFY(history && history->isVisible());
        history->setValue(0);
        QVERIFY2(pane.sampleView()->caption().contains(QStringLiteral("step 6")), qPrintable(pane.sampleView()->caption()));
        history->setValue(1);
        QVERIFY(pane.sampleView()->caption().contains(QStringLiteral("step 12")));
        QVERIFY2(pane.statusText().contains(QStringLiteral("12 steps")), qPrintable(pane.statusText()));
        QVERIFY(pane.grab().save(m_root + QStringLiteral("/training_pane.png")));

        QSignalSpy sampled(&pane, &TrainingPane::samplingFinished);
        const QString out = m_root + QStringLiteral("/samples");
        pane.sampleTo(out);
        QVERIFY(sampled.wait(120000));
        QCOMPARE(sampled.at(0).at(0).toBool(), true);
        const ImageDataset written = ImageDataset::load(out.toStdString());
        QCOMPARE(written.count(), std::size_t(2 * 16));
        // Beside the shards: the recovered series (one row per image) and one sheet per class.
        QFile csv(out + QStringLiteral("/series.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 32);
        for (std::size_t i = 0; i < written.count(); ++i)
            QVERIFY(lines[int(i) + 1].startsWith(
                QString::fromStdString(written.classes[static_cast<std::size_t>(written.samples[i].label)] + ",")));
        QVERIFY(QFile::exists(out + QStringLiteral("/contact_00_big-small.png")));
        QVERIFY(QFile::exists(out + QStringLiteral("/contact_01_rising.png")));
        QVERIFY2(pane.statusText().contains(QStringLiteral("series.csv")), qPrintable(pane.statusText()));
        QVERIFY(!pane.sampleView()->image().isNull());

        // Export... hands the folder just written to the export dialog's owner.
        auto *exportButton = pane.findChild<QPushButton *>(QStringLiteral("ExportSamples"));
        QVERIFY(exportButton && exportButton->isEnabled());
        QSignalSpy exportRequested(&pane, &TrainingPane::exportRequested);
        exportButton->click();
        QCOMPARE(exportRequested.size(), 1);
        QCOMPARE(exportRequested.at(0).at(0).toString(), out);
        // A click on the first tile of the second class opens that image's series and packets.
        QPoint tile(-1, -1);
        for (int y = 0; y < pane.sampleView()->height() && tile.x() < 0; y += 2)
            for (int x = 0; x < pane.sampleView()->width(); x += 2)
                if (pane.sampleView()->tileAt(QPoint(x, y)) == qMakePair(1, 0)) {
                    tile = QPoint(x + 2, y + 2);
                    break;
                }
        QVERIFY(tile.x() >= 0);
        QTest::mouseClick(pane.sampleView(), Qt::LeftButton, {}, tile);
        QDialog *details = nullptr;
        QTRY_VERIFY((details = pane.findChild<QDialog *>(QStringLiteral("SampleDetailsDialog"))) != nullptr);
        std::size_t first = 0;
        while (written.samples[first].label != 1) ++first;
        const Biflow packets = exportedBiflow(written, first, ExportOptions{}, TrafficReference{});
        auto *table = details->findChild<QTableWidget *>(QStringLiteral("SamplePacketTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(packets.packets.size()));
        QVERIFY(table->rowCount() > 0);
        QCOMPARE(table->item(0, 3)->text(), QString::number(packets.packets[0].ipBytes));
        QVERIFY(details->windowTitle().startsWith(QStringLiteral("rising")));
        QVERIFY(details->grab().save(m_root + QStringLiteral("/sample_details.png")));
        details->close();
    }

    void pauseStopAndReopen()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.resize(1000, 700);
        pane.show();
        TrainConfig c = tinyConfig(100000);
        c.previewEvery = 2;
        c.previewPerClass = 3;
        c.previewSamplingSteps = 3;
        pane.setConfigOverride(c);
        pane.setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/long");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QTRY_VERIFY_WITH_TIMEOUT(pane.lossChart()->pointCount() >= 2, 60000);
        auto *pauseButton = pane.findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QCOMPARE(pauseButton->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
        QVERIFY(pane.statusText().startsWith(QStringLiteral("Paused")));
        QTest::qWait(3000); // the step in flight and the last poll land
        const int held = pane.lossChart()->pointCount();
        QTest::qWait(2000);
        QCOMPARE(pane.lossChart()->pointCount(), held);
        QVERIFY(pane.isTraining());
        // The Jobs pane's view of it: Paused, not Running with an ETA.
        JobId job = 0;
        for (JobId id : runner.jobIds())
            if (runner.info(id).isActive()) job = id;
        QVERIFY(job != 0);
        QCOMPARE(runner.info(job).state, JobState::Paused);
        QVERIFY(pane.grab().save(m_root + QStringLiteral("/training_pane_paused.png")));
        // Resume: steps flow again; pause once more, then Stop (which also releases the pause).
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QCOMPARE(pauseButton->text().remove(QLatin1Char('&')), QStringLiteral("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(pane.lossChart()->pointCount() > held, 60000);
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QTest::qWait(2500);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Stopped at step")), qPrintable(pane.statusText()));
        // Stopped (not "Finished 100%"), and the loss in the message is the chart's.
        QCOMPARE(runner.info(job).state, JobState::Stopped);
        QVERIFY(runner.info(job).fraction < 1.0);
        QVERIFY2(pane.statusText().contains(QString::number(pane.lossChart()->smoothedLoss(), 'g', 4)),
                 qPrintable(pane.statusText()));
        const int stoppedAt = pane.lossChart()->pointCount();
        const CheckpointInfo info = readCheckpointInfo(run.toStdString());
        QCOMPARE(info.step, stoppedAt);

        // Reopened in the same pane: nothing of the live run (speed, ETA, learning rate) stays.
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("statSpeed"))->text() != QStringLiteral("-"));
        QSignalSpy reopened(&pane, &TrainingPane::checkpointOpened);
        pane.openCheckpoint(run);
        QVERIFY(reopened.wait(30000));
        for (const char *name : {"statSpeed", "statEta", "statLearningRate"})
            QCOMPARE(pane.findChild<QLabel *>(QLatin1String(name))->text(), QStringLiteral("-"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("statStep"))->text(),
                 QStringLiteral("%1 / %2").arg(stoppedAt).arg(info.config.steps));
        QCOMPARE(pane.lossChart()->pointCount(), stoppedAt);

        // Another pane opens the checkpoint: the history is drawn, Continue resumes
        // the step count, Sample works from it.
        TrainingPane other(&runner, backend());
        QSignalSpy opened(&other, &TrainingPane::checkpointOpened);
        other.openCheckpoint(run);
        QVERIFY(opened.wait(30000));
        QCOMPARE(other.lossChart()->pointCount(), stoppedAt);
        QVERIFY(other.statusText().contains(QStringLiteral("big-small, rising")));
        other.setSteps(stoppedAt + 3);
        QSignalSpy continued(&other, &TrainingPane::trainingFinished);
        QTest::mouseClick(other.findChild<QPushButton *>(QStringLiteral("continueButton")), Qt::LeftButton);
        QVERIFY(other.isTraining());
        QVERIFY(continued.wait(60000));
        QVERIFY2(continued.at(0).at(0).toBool(), qPrintable(other.statusText()));
        QCOMPARE(readCheckpointInfo(run.toStdString()).step, stoppedAt + 3);
        QCOMPARE(other.lossChart()->pointCount(), stoppedAt + 3);
        QSignalSpy sampled(&other, &TrainingPane::samplingFinished);
        other.sampleTo(m_root + QStringLiteral("/from_checkpoint"));
        QVERIFY(sampled.wait(60000));
        QVERIFY(sampled.at(0).at(0).toBool());
        QVERIFY(QFile::exists(m_root + QStringLiteral("/from_checkpoint/series.csv")));
    }

    // Data-parallel training from the pane: this process and one
    // netsynth-cli worker; the device line says so, Pause is unavailable,
    // and Stop ends both processes at the same step with a checkpoint.
    void trainsInTwoProcessesAndStops()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.resize(1000, 700);
        pane.show();
        auto *processes = pane.findChild<QSpinBox *>(QStringLiteral("processesSpin"));
        QVERIFY(processes);
        QVERIFY(!processes->isEnabled()); // no worker program yet
        pane.setWorkerProgram(QStringLiteral(NETSYNTH_CLI));
        QVERIFY(processes->isEnabled());
        pane.setProcesses(2);
        TrainConfig c = tinyConfig(100000);
        c.checkpointEvery = 0;
        pane.setConfigOverride(c);
        pane.setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/two-processes");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QTRY_VERIFY_WITH_TIMEOUT(pane.lossChart()->pointCount() >= 3, 120000);
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("pauseButton"))->isEnabled());
        QVERIFY(!processes->isEnabled());
        const auto labels = pane.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](QLabel *l) { return l->text().contains(QStringLiteral("x 2 process")); }));
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Stopped at step")), qPrintable(pane.statusText()));
        const CheckpointInfo info = readCheckpointInfo((run + QStringLiteral("/checkpoint.pt")).toStdString());
        QVERIFY(info.step >= 3);
    }

    // The GAN baselines train data-parallel from the pane too; the references
    // have nothing to train in several processes.
    void wganTrainsInTwoProcesses()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.resize(1000, 700);
        pane.show();
        pane.setWorkerProgram(QStringLiteral(NETSYNTH_CLI));
        auto *processes = pane.findChild<QSpinBox *>(QStringLiteral("processesSpin"));
        QVERIFY(processes);
        pane.setModel(QStringLiteral("empirical"));
        QVERIFY(!processes->isEnabled());
        pane.setModel(QStringLiteral("wgan-gasf"));
        QVERIFY(processes->isEnabled());
        pane.setProcesses(2);
        pane.setPreset(QStringLiteral("tiny"));
        pane.setSteps(6);
        pane.setBatchSize(8);
        pane.setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/wgan-two-processes");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Done: 6 steps (wgan-gasf)")), qPrintable(pane.statusText()));
        const auto labels = pane.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](QLabel *l) { return l->text().contains(QStringLiteral("cpu x 2 process")); }));
        const BaselineCheckpointInfo info = readBaselineCheckpointInfo(run.toStdString());
        QCOMPARE(info.step, 6);
    }

    void trainsWganOnRealTrafficThenSamples()
    {
        if (m_appxact.isEmpty())
            QSKIP("../shared/data/mirage-appxact is absent (real-data test)");
        const ImageDataset real = ImageDataset::load(m_appxact.toStdString());
        const int classes = static_cast<int>(real.classes.size());
        QVERIFY(classes >= 2);
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.resize(1000, 700);
        pane.show();
        auto *modelCombo = pane.findChild<QComboBox *>(QStringLiteral("modelCombo"));
        QVERIFY(modelCombo);
        QCOMPARE(modelCombo->count(), 4);
        pane.setModel(QStringLiteral("wgan-gasf"));
        QCOMPARE(pane.model(), QStringLiteral("wgan-gasf"));
        // The figures name what a WGAN has.
        QVERIFY(hasLabel(pane, QStringLiteral("W distance (smoothed)")));
        QVERIFY(hasLabel(pane, QStringLiteral("Samples/s")));
        pane.setPreset(QStringLiteral("tiny"));
        pane.setSteps(10);
        pane.setBatchSize(8);
        pane.setDataFolder(m_appxact);
        const QString run = m_root + QStringLiteral("/wgan");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(pane.isTraining());
        QVERIFY(!modelCombo->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        QCOMPARE(pane.ganChart()->pointCount(), 10);
        QCOMPARE(pane.lossChart()->pointCount(), 0);
        QVERIFY(hasLabel(pane, QStringLiteral("10 / 10")));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Done: 10 steps (wgan-gasf), W distance ")),
                 qPrintable(pane.statusText()));
        const BaselineCheckpointInfo info = readBaselineCheckpointInfo(run.toStdString());
        QCOMPARE(info.kind, BaselineKind::WganGasf);
        QCOMPARE(info.step, 10);
        QCOMPARE(info.config.batchSize, 8);
        // The final checkpoint is sampled into the grid (4 per class, one row per class).
        QTRY_VERIFY_WITH_TIMEOUT(pane.sampleView()->caption().contains(QStringLiteral("checkpoint at step 10")), 60000);
        QVERIFY(pane.sampleView()->image().height() >= classes * 32);
        QTest::qWait(300); // the queued replot and the labels' relayout land before the picture
        QVERIFY(pane.grab().save(m_root + QStringLiteral("/training_pane_wgan.png")));

        // Sample: the same outputs as the diffusion sampler's.
        QSignalSpy sampled(&pane, &TrainingPane::samplingFinished);
        const QString out = m_root + QStringLiteral("/samples_wgan");
        pane.sampleTo(out);
        QVERIFY(sampled.wait(120000));
        QVERIFY2(sampled.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        const ImageDataset written = ImageDataset::load(out.toStdString());
        QCOMPARE(written.count(), std::size_t(classes * 16));
        QCOMPARE(written.classes, real.classes);
        QCOMPARE(written.imageSize, 10);
        QCOMPARE(written.provenance.at("generator").get<std::string>(), std::string("wgan-gasf"));
        QFile csv(out + QStringLiteral("/series.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1 + classes * 16);
        QVERIFY(QFile::exists(out + QStringLiteral("/contact_00_") + QString::fromStdString(real.classes[0]) +
                              QStringLiteral(".png")));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Wrote %1 images").arg(classes * 16)),
                 qPrintable(pane.statusText()));
        QVERIFY(!pane.sampleView()->image().isNull());
    }

    void dgPausesStopsReopensAndContinues()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.resize(1000, 700);
        pane.show();
        pane.setModel(QStringLiteral("dg"));
        pane.setPreset(QStringLiteral("tiny"));
        pane.setSteps(100000);
        pane.setBatchSize(8);
        pane.setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/dg");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QTRY_VERIFY_WITH_TIMEOUT(pane.ganChart()->pointCount() >= 2, 60000);
        // Checkpoints every 100 steps (the tiny preset's), each previewed in the grid.
        QTRY_VERIFY_WITH_TIMEOUT(pane.sampleView()->caption().contains(QStringLiteral("checkpoint at step 100")), 60000);
        QVERIFY(!pane.sampleView()->image().isNull());
        auto *pauseButton = pane.findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QVERIFY(pauseButton->isEnabled());
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QCOMPARE(pauseButton->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
        QTest::qWait(2000); // the step in flight and the last poll land
        const int held = pane.ganChart()->pointCount();
        QTest::qWait(1500);
        QCOMPARE(pane.ganChart()->pointCount(), held);
        QVERIFY(pane.isTraining());
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane.ganChart()->pointCount() > held, 60000);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Stopped at step")), qPrintable(pane.statusText()));
        const int stoppedAt = pane.ganChart()->pointCount();
        const BaselineCheckpointInfo info = readBaselineCheckpointInfo(run.toStdString());
        QCOMPARE(info.step, stoppedAt);

        // Another pane opens the run: it switches to dg and draws the kept history.
        TrainingPane other(&runner, backend());
        QSignalSpy opened(&other, &TrainingPane::checkpointOpened);
        other.openCheckpoint(run + QStringLiteral("/checkpoint.json"));
        QVERIFY(opened.wait(30000));
        QCOMPARE(other.model(), QStringLiteral("dg"));
        // ... and the preset it was trained with (not the box's default,
        // cpu-small); the run's own step count stays.
        QCOMPARE(other.preset(), QStringLiteral("tiny"));
        QCOMPARE(other.findChild<QSpinBox *>(QStringLiteral("stepsSpin"))->value(), std::max(info.config.steps, stoppedAt + 1));
        // The opened checkpoint is previewed too.
        QTRY_VERIFY_WITH_TIMEOUT(other.sampleView()->caption().contains(
                                     QStringLiteral("checkpoint at step %1").arg(stoppedAt)), 60000);
        QCOMPARE(other.ganChart()->pointCount(), int(info.lossHistory.size()));
        QVERIFY(other.ganChart()->pointCount() >= 1);
        QVERIFY2(other.statusText().contains(QStringLiteral("big-small, rising")), qPrintable(other.statusText()));
        other.setSteps(stoppedAt + 3);
        QSignalSpy continued(&other, &TrainingPane::trainingFinished);
        QTest::mouseClick(other.findChild<QPushButton *>(QStringLiteral("continueButton")), Qt::LeftButton);
        QVERIFY(other.isTraining());
        QVERIFY(continued.wait(60000));
        QVERIFY2(continued.at(0).at(0).toBool(), qPrintable(other.statusText()));
        QCOMPARE(readBaselineCheckpointInfo(run.toStdString()).step, stoppedAt + 3);
        QCOMPARE(other.ganChart()->pointCount(), int(info.lossHistory.size()) + 3);

        // Continuing it as another model is an error naming both.
        TrainingPane wrong(&runner, backend());
        wrong.setModel(QStringLiteral("wgan-gasf"));
        wrong.setRunFolder(run);
        wrong.setSteps(stoppedAt + 5);
        QSignalSpy failed(&wrong, &TrainingPane::trainingFinished);
        wrong.continueRun();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).toBool(), false);
        QVERIFY2(wrong.statusText().contains(QStringLiteral("dg run, not wgan-gasf")), qPrintable(wrong.statusText()));
        QCOMPARE(readBaselineCheckpointInfo(run.toStdString()).step, stoppedAt + 3);
    }

    void empiricalFitsThenSamples()
    {
        JobRunner runner(2);
        TrainingPane pane(&runner, backend());
        pane.setModel(QStringLiteral("empirical"));
        // A fit: no steps, batches, pause or diffusion sampler settings.
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("continueButton"))->isEnabled());
        const auto spins = pane.findChildren<QSpinBox *>();
        QVERIFY(std::count_if(spins.begin(), spins.end(), [](QSpinBox *b) { return !b->isEnabled(); }) >= 4);
        pane.setDataFolder(m_data);
        const QString run = m_root + QStringLiteral("/empirical");
        pane.setRunFolder(run);
        QSignalSpy finished(&pane, &TrainingPane::trainingFinished);
        pane.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Fitted empirical")), qPrintable(pane.statusText()));
        QCOMPARE(readBaselineCheckpointInfo(run.toStdString()).kind, BaselineKind::Empirical);
        QSignalSpy sampled(&pane, &TrainingPane::samplingFinished);
        const QString out = m_root + QStringLiteral("/samples_empirical");
        pane.sampleTo(out);
        QVERIFY(sampled.wait(60000));
        QVERIFY2(sampled.at(0).at(0).toBool(), qPrintable(pane.statusText()));
        const ImageDataset written = ImageDataset::load(out.toStdString());
        QCOMPARE(written.count(), std::size_t(2 * 16));
        QCOMPARE(written.provenance.at("generator").get<std::string>(), std::string("empirical"));
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
