// The Training pane's baseline runs (dg, wgan-gasf, empirical): their
// configuration, launch and opened checkpoints. See training_pane.cpp.
#include "widgets/training/training_pane.h"

#include "core/runtime/errors.h"
#include "core/runtime/job_runner.h"
#include "widgets/training/gan_loss_chart.h"
#include "widgets/training/sample_grid_view.h"
#include "widgets/training/training_pane_p.h"

#include <QDir>
#include <QThread>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QComboBox>

#include <algorithm>

namespace netsynth {

BaselineConfig TrainingPane::currentBaselineConfig(BaselineKind kind) const
{
    BaselineConfig c = BaselineConfig::fromPreset(m_preset->currentText().toStdString(), kind);
    c.steps = m_steps->value();
    c.batchSize = m_batch->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
    c.checkpointEvery = m_previewEvery->value(); // a GAN previews its checkpoints
    return c;
}

void TrainingPane::launchBaseline(const BaselineTrainRequest &requested)
{
    if (!m_backend.trainBaseline)
        return;
    BaselineTrainRequest request = requested;
    m_runProcesses = m_processes->isEnabled() ? m_processes->value() : 1;
    if (m_runProcesses > 1) { // dg and wgan-gasf train data-parallel as diffusion does
        request.localProcesses = m_runProcesses;
        request.workerProgram = m_workerProgram.toStdString();
        request.threadsPerProcess = std::max(1, QThread::idealThreadCount() / m_runProcesses);
    }
    auto live = m_live = std::make_shared<Live>();
    auto control = m_control = std::make_shared<TrainControl>();
    BaselineTrainCallbacks cb;
    connectCommon(cb, live);
    cb.onPeersStarted = [live](const std::vector<long long> &pids, int) {
        std::lock_guard<std::mutex> lock(live->mutex);
        live->worldSize = static_cast<int>(pids.size()) + 1;
    };
    cb.onStep = [live](const BaselineStepStats &s) {
        std::lock_guard<std::mutex> lock(live->mutex);
        live->ganSteps.push_back(s);
    };
    cb.stopRequested = [control] { return control->stopRequested(); };
    cb.pauseRequested = [control] { return control->isPaused(); };
    auto train = m_backend.trainBaseline;
    const QString name = QString::fromStdString(baselineKindName(request.kind));
    const bool gan = baselineKindIsGan(request.kind);
    live->ganRun = gan;
    m_previewedStep = -1;
    m_status->setText(request.resume ? tr("Resuming %1 training...").arg(name)
                                     : tr("Loading the image set and building %1...").arg(name));
    submitTraining(
        gan ? (request.resume ? tr("Continue %1 training").arg(name) : tr("Train %1").arg(name)) : tr("Fit %1").arg(name),
        [train, request, cb](ProgressToken &token) { return train(request, token, cb); },
        [this, name, gan](const BaselineTrainResult &r) {
            const QString checkpoint = QString::fromStdString(r.checkpoint);
            QString msg;
            if (!gan)
                msg = tr("Fitted %1 in %2 s. Checkpoint: %3")
                          .arg(name)
                          .arg(r.seconds, 0, 'f', 1)
                          .arg(QDir::toNativeSeparators(checkpoint));
            else
                msg = (r.stopped ? tr("Stopped at step %1 (%2), W distance %3, critic loss %4 (means of the last "
                                      "50 steps). Checkpoint: %5")
                                 : tr("Done: %1 steps (%2), W distance %3, critic loss %4 (means of the last 50 "
                                      "steps). Checkpoint: %5"))
                          .arg(r.steps)
                          .arg(name)
                          .arg(r.finalWasserstein, 0, 'g', 4)
                          .arg(r.finalCriticLoss, 0, 'g', 4)
                          .arg(QDir::toNativeSeparators(checkpoint));
            return std::make_pair(checkpoint, msg);
        });
}

void TrainingPane::showBaselineCheckpoint(const BaselineCheckpointInfo &info)
{
    const QString name = QString::fromStdString(baselineKindName(info.kind));
    setModel(name); // real-resample is not trained here; the model stays as it is
    clearRunFigures();
    m_checkpoint = QString::fromStdString(info.path);
    m_run->setText(QFileInfo(m_checkpoint).absolutePath());
    if (m_data->text().isEmpty())
        m_data->setText(QString::fromStdString(info.dataDir));
    showPresetOf(info.config.matchingPreset(info.kind)); // before the run's own values
    m_batch->setValue(info.config.batchSize);
    m_seed->setValue(static_cast<int>(info.config.seed));
    m_previewedStep = -1;
    previewCheckpoint(info.path, info.step, nullptr);
    if (!baselineKindIsGan(info.kind)) {
        m_status->setText(tr("%1 run (%2x%2, classes: %3). Sample to generate images.")
                              .arg(name)
                              .arg(info.imageSize)
                              .arg(joinClasses(info.classes)));
        return;
    }
    m_steps->setValue(std::max(info.config.steps, info.step + 1));
    m_ganChart->clear();
    for (const auto &h : info.lossHistory) // {step, generator, critic, W}
        m_ganChart->addPoint(h[0], h[3], h[2]);
    m_ganChart->replot();
    m_stepLabel->setText(tr("%1 / %2").arg(info.step).arg(info.config.steps));
    m_lossLabel->setText(QString::number(info.lastWasserstein, 'g', 4));
    m_lrLabel->setText(QStringLiteral("%1 / %2")
                           .arg(info.lastCriticLoss, 0, 'g', 4)
                           .arg(info.lastGeneratorLoss, 0, 'g', 4));
    m_status->setText(tr("%1 checkpoint at step %2 (%3x%3, classes: %4). "
                         "Continue to train further or Sample to generate images.")
                          .arg(name)
                          .arg(info.step)
                          .arg(info.imageSize)
                          .arg(joinClasses(info.classes)));
}

} // namespace netsynth
