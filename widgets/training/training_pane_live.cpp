// The Training pane's live view of a running job: pause, stop, and the
// figures, chart and sample grid polled from the worker's shared state.
#include "widgets/training/training_pane.h"

#include "core/runtime/job_runner.h"
#include "widgets/training/gan_loss_chart.h"
#include "widgets/training/loss_chart.h"
#include "widgets/training/sample_grid_view.h"
#include "widgets/training/training_pane_p.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace netsynth {

namespace {
QString formatSeconds(double s)
{
    if (!(s >= 0.0))
        return QStringLiteral("-");
    const int total = static_cast<int>(s + 0.5);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3").arg(total / 3600).arg(total / 60 % 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void TrainingPane::clearRunFigures()
{
    m_chart->clear();
    m_ganChart->clear();
    m_grid->clear(tr("Samples of each checkpoint appear here while training."));
    for (QLabel *label : {m_stepLabel, m_lossLabel, m_lrLabel, m_speedLabel, m_etaLabel, m_deviceLabel})
        label->setText(QStringLiteral("-"));
}

void TrainingPane::togglePause()
{
    if (!m_control)
        return;
    m_control->setPaused(!m_control->isPaused());
    if (m_jobId != 0)
        m_runner->setPaused(m_jobId, m_control->isPaused()); // the Jobs pane says Paused
    m_status->setText(m_control->isPaused() ? tr("Paused (Ctrl+P resumes).") : tr("Training..."));
    updateButtons();
}

void TrainingPane::stop()
{
    if (!m_control)
        return;
    m_control->setPaused(false);
    m_control->stop();
    if (m_jobId != 0) {
        m_runner->setPaused(m_jobId, false);
        m_runner->markStopped(m_jobId); // the Jobs pane says Stopped, not Finished 100%
    }
    m_status->setText(tr("Stopping after this step and writing a checkpoint..."));
    updateButtons();
}

void TrainingPane::poll()
{
    if (!m_live)
        return;
    std::vector<TrainStepStats> steps;
    std::vector<BaselineStepStats> ganSteps;
    std::vector<std::pair<int, QImage>> previews;
    bool started;
    int total;
    std::string device;
    std::int64_t parameters;
    int worldSize = 1;
    std::string checkpoint;
    int checkpointStep = 0;
    bool ganRun = false;
    {
        std::lock_guard<std::mutex> lock(m_live->mutex);
        checkpoint = m_live->checkpoint;
        checkpointStep = m_live->checkpointStep;
        ganRun = m_live->ganRun;
        steps.swap(m_live->steps);
        ganSteps.swap(m_live->ganSteps);
        previews.swap(m_live->previews);
        started = m_live->started;
        total = m_live->totalSteps;
        device = m_live->device;
        parameters = m_live->parameters;
        worldSize = m_live->worldSize;
    }
    if (started && worldSize > 1)
        m_deviceLabel->setText(tr("%1 x %n process(es), %2 M params", nullptr, worldSize)
                                   .arg(QString::fromStdString(device))
                                   .arg(parameters / 1e6, 0, 'f', 2));
    else if (started)
        m_deviceLabel->setText(tr("%1, %2 M params").arg(QString::fromStdString(device)).arg(parameters / 1e6, 0, 'f', 2));
    // The figures both kinds of step have; then each model's own.
    auto showStep = [this](int step, int totalSteps, double rate, double elapsed, double eta) {
        m_stepLabel->setText(tr("%1 / %2").arg(step).arg(totalSteps));
        m_speedLabel->setText(QString::number(rate, 'f', 1));
        m_etaLabel->setText(QStringLiteral("%1 / %2").arg(formatSeconds(elapsed), formatSeconds(eta)));
        if (!(m_control && m_control->isPaused()))
            m_status->setText(tr("Training..."));
    };
    for (const auto &s : steps)
        m_chart->addPoint(s.step, s.loss);
    if (!steps.empty()) {
        const TrainStepStats &s = steps.back();
        m_chart->replot();
        showStep(s.step, s.totalSteps, s.imagesPerSecond, s.elapsedSeconds, s.etaSeconds);
        m_lossLabel->setText(QStringLiteral("%1 (%2)").arg(s.loss, 0, 'g', 4).arg(m_chart->smoothedLoss(), 0, 'g', 4));
        m_lrLabel->setText(QString::number(s.lr, 'g', 3));
    }
    for (const auto &s : ganSteps)
        m_ganChart->addPoint(s.step, s.wasserstein, s.criticLoss);
    if (!ganSteps.empty()) {
        const BaselineStepStats &s = ganSteps.back();
        m_ganChart->replot();
        showStep(s.step, s.totalSteps, s.samplesPerSecond, s.elapsedSeconds, s.etaSeconds);
        m_lossLabel->setText(QStringLiteral("%1 (%2)")
                                 .arg(s.wasserstein, 0, 'g', 4)
                                 .arg(m_ganChart->smoothedWasserstein(), 0, 'g', 4));
        m_lrLabel->setText(QStringLiteral("%1 / %2").arg(s.criticLoss, 0, 'g', 4).arg(s.generatorLoss, 0, 'g', 4));
    }
    if (steps.empty() && ganSteps.empty() && started && total > 0 && m_stepLabel->text() == QStringLiteral("-"))
        m_status->setText(tr("Training..."));
    for (const auto &[gridStep, image] : previews)
        m_grid->addPreview(image, tr("EMA samples at step %1 (DDIM, fixed seed)").arg(gridStep));
    if (ganRun && !checkpoint.empty() && checkpointStep > m_previewedStep)
        previewCheckpoint(checkpoint, checkpointStep, m_live);
}

} // namespace netsynth
