// TrainingPane with the real diffusion backend: a tiny run started with the
// Start button trains as a job with a live chart, step/ETA labels and sample
// grid; Pause holds the steps (the button reads Resume), Stop writes a
// checkpoint; opening the checkpoint redraws the loss history, Continue resumes
// the step count and Sample writes an image set with series.csv and contact
// sheets. The GUI thread never blocks (everything waits on signals).
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
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

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
        toy::makeEncodedToySet(16, 6).save(m_data.toStdString());
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
        const int stoppedAt = pane.lossChart()->pointCount();
        const CheckpointInfo info = readCheckpointInfo(run.toStdString());
        QCOMPARE(info.step, stoppedAt);

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
