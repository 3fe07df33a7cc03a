#include "widgets/training/training_pane.h"

#include "widgets/flow_layout.h"

#include "core/eval/pipeline_runner.h"
#include "core/runtime/errors.h"
#include "core/runtime/job_runner.h"
#include "widgets/training/gan_loss_chart.h"
#include "widgets/training/loss_chart.h"
#include "widgets/training/sample_grid_view.h"
#include "widgets/training/training_pane_p.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <mutex>
#include <variant>
#include <vector>

namespace netsynth {


TrainingPane::TrainingPane(JobRunner *runner, TrainingBackend backend, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_backend(std::move(backend))
{
    setObjectName(QStringLiteral("TrainingPane"));
    buildUi();
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &TrainingPane::poll);
    updateButtons();
}

TrainingPane::~TrainingPane()
{
    // The job keeps its own shared state; ask it to end (it writes a checkpoint).
    if (m_control)
        m_control->stop();
}

void TrainingPane::buildUi()
{
    m_charts = new QStackedWidget(this);
    m_chart = new LossChart(m_charts);
    m_ganChart = new GanLossChart(m_charts);
    m_charts->addWidget(m_chart);
    m_charts->addWidget(m_ganChart);
    m_grid = new SampleGridView(this);
    connect(m_grid, &SampleGridView::tileClicked, this, &TrainingPane::showSampleDetails);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_charts);
    split->addWidget(m_grid);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createRunForm());
    layout->addLayout(createRunButtons());
    layout->addLayout(createSamplingRow());
    layout->addLayout(createStats());
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainingPane::applyModel);
    applyModel();
}

bool TrainingPane::isDiffusion() const
{
    return model() == QLatin1String("diffusion");
}

QString TrainingPane::model() const
{
    return m_model->currentData().toString();
}

void TrainingPane::setModel(const QString &name)
{
    const int i = m_model->findData(name);
    if (i >= 0)
        m_model->setCurrentIndex(i);
}

void TrainingPane::applyModel()
{
    const bool diffusion = isDiffusion();
    const QString previous = m_preset->currentText();
    {
        const QSignalBlocker block(m_preset);
        m_preset->clear();
        for (const auto &name : diffusion ? TrainConfig::presetNames() : BaselineConfig::presetNames())
            m_preset->addItem(QString::fromStdString(name));
        const int keep = m_preset->findText(previous);
        if (keep >= 0)
            m_preset->setCurrentIndex(keep);
    }
    m_preset->setToolTip(diffusion ? tr("cpu-small: 32x32, trains in minutes on a CPU. netdiffus: the paper's "
                                        "128x128 set-up, for GPUs.")
                                   : tr("cpu-small: the baselines' default, minutes on 2 CPU cores. tiny: small "
                                        "networks for a quick look."));
    m_hasOverride = false;
    applyPresetDefaults();
    m_charts->setCurrentWidget(diffusion ? static_cast<QWidget *>(m_chart) : m_ganChart);
    m_lossName->setText(diffusion ? tr("Loss (smoothed)") : tr("W distance (smoothed)"));
    m_lrName->setText(diffusion ? tr("Learning rate") : tr("Critic / generator loss"));
    m_speedName->setText(diffusion ? tr("Images/s") : tr("Samples/s"));
    m_previewName->setText(diffusion ? tr("Preview every") : tr("Checkpoint every"));
    m_previewEvery->setToolTip(diffusion ? tr("Steps between sample grids (0: none)")
                                         : tr("Steps between checkpoints, each shown as a sample grid (0: only at "
                                              "the end)"));
    if (m_grid->image().isNull())
        m_grid->clear(diffusion ? tr("Samples per class appear here while training.")
                                : tr("Samples of each checkpoint appear here while training."));
    updateButtons();
}

void TrainingPane::applyPresetDefaults()
{
    const std::string preset = m_preset->currentText().toStdString();
    if (preset.empty())
        return;
    if (isDiffusion()) {
        const TrainConfig c = TrainConfig::fromPreset(preset);
        m_steps->setValue(c.steps);
        m_batch->setValue(c.batchSize);
        m_previewEvery->setValue(c.previewEvery);
    } else {
        const BaselineConfig c = BaselineConfig::fromPreset(preset, parseBaselineKind(model().toStdString()));
        m_steps->setValue(c.steps);
        m_batch->setValue(c.batchSize);
        m_previewEvery->setValue(c.checkpointEvery);
    }
}

void TrainingPane::setDataFolder(const QString &folder) { m_data->setText(folder); }
void TrainingPane::setRunFolder(const QString &folder) { m_run->setText(folder); }
void TrainingPane::setPreset(const QString &name) { m_preset->setCurrentText(name); }

QString TrainingPane::preset() const { return m_preset->currentText(); }

void TrainingPane::showPresetOf(const std::string &name)
{
    // An opened run shows the preset it was trained with; a run whose
    // configuration matches no preset leaves the box as it is.
    const int i = m_preset->findText(QString::fromStdString(name));
    if (i >= 0)
        m_preset->setCurrentIndex(i);
}
void TrainingPane::setSteps(int steps) { m_steps->setValue(steps); }
void TrainingPane::setBatchSize(int batch) { m_batch->setValue(batch); }
void TrainingPane::setPreviewEvery(int steps) { m_previewEvery->setValue(steps); }

void TrainingPane::setWorkerProgram(const QString &program)
{
    m_workerProgram = program;
    updateButtons();
}

void TrainingPane::setProcesses(int processes)
{
    m_processes->setValue(processes);
}

void TrainingPane::setConfigOverride(const TrainConfig &config)
{
    m_override = config;
    m_hasOverride = true;
    m_steps->setValue(config.steps);
    m_batch->setValue(config.batchSize);
    m_previewEvery->setValue(config.previewEvery);
    m_seed->setValue(static_cast<int>(config.seed));
}

QString TrainingPane::statusText() const
{
    return m_status->text();
}

TrainConfig TrainingPane::currentConfig() const
{
    TrainConfig c = m_hasOverride ? m_override : TrainConfig::fromPreset(m_preset->currentText().toStdString());
    c.steps = m_steps->value();
    c.batchSize = m_batch->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
    c.previewEvery = m_previewEvery->value();
    return c;
}

void TrainingPane::chooseData()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Image set folder"), m_data->text());
    if (!dir.isEmpty())
        m_data->setText(dir);
}

void TrainingPane::chooseRun()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), m_run->text());
    if (!dir.isEmpty())
        m_run->setText(dir);
}

void TrainingPane::chooseCheckpoint()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open checkpoint"), m_run->text(),
                                                      tr("Checkpoints (checkpoint.pt checkpoint.json);;All files (*)"));
    if (!file.isEmpty())
        openCheckpoint(file);
}

void TrainingPane::chooseSampleFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Write samples to folder"), m_run->text());
    if (!dir.isEmpty())
        sampleTo(dir);
}

void TrainingPane::showError(const QString &message)
{
    m_status->setText(tr("Error: %1").arg(message));
    Q_EMIT errorOccurred(message);
}

void TrainingPane::start()
{
    if (isTraining())
        return;
    if (m_data->text().isEmpty() || m_run->text().isEmpty()) {
        showError(tr("Choose an image set and a run folder first."));
        return;
    }
    if (!isDiffusion()) {
        BaselineTrainRequest req;
        try {
            req.kind = parseBaselineKind(model().toStdString());
            req.config = currentBaselineConfig(req.kind);
            req.config.validate();
        } catch (const InputError &e) {
            showError(QString::fromStdString(e.what()));
            return;
        }
        req.dataDir = m_data->text().toStdString();
        req.runDir = m_run->text().toStdString();
        clearRunFigures();
        launchBaseline(req);
        return;
    }
    TrainRequest req;
    try {
        req.config = currentConfig();
        req.config.validate();
    } catch (const InputError &e) {
        showError(QString::fromStdString(e.what()));
        return;
    }
    req.dataDir = m_data->text().toStdString();
    req.runDir = m_run->text().toStdString();
    clearRunFigures();
    launch(req);
}

void TrainingPane::continueRun()
{
    if (isTraining())
        return;
    if (m_run->text().isEmpty()) {
        showError(tr("Open a checkpoint or choose its run folder first."));
        return;
    }
    if (!isDiffusion()) {
        BaselineTrainRequest req;
        req.kind = parseBaselineKind(model().toStdString());
        req.resume = true;
        req.runDir = m_run->text().toStdString();
        req.dataDir = m_data->text().toStdString();
        req.steps = m_steps->value();
        launchBaseline(req);
        return;
    }
    TrainRequest req;
    req.resume = true;
    req.runDir = m_run->text().toStdString();
    req.dataDir = m_data->text().toStdString();
    req.steps = m_steps->value();
    launch(req);
}

void TrainingPane::launch(TrainRequest request)
{
    if (!m_backend.train)
        return;
    m_runProcesses = m_processes->isEnabled() ? m_processes->value() : 1;
    if (m_runProcesses > 1) {
        request.localProcesses = m_runProcesses;
        request.workerProgram = m_workerProgram.toStdString();
        request.threadsPerProcess = std::max(1, QThread::idealThreadCount() / m_runProcesses);
    }
    auto live = m_live = std::make_shared<Live>();
    auto control = m_control = std::make_shared<TrainControl>();
    TrainCallbacks cb;
    connectCommon(cb, live);
    cb.onPeersStarted = [live](const std::vector<long long> &pids, int) {
        std::lock_guard<std::mutex> lock(live->mutex);
        live->worldSize = static_cast<int>(pids.size()) + 1;
    };
    cb.onStep = [live](const TrainStepStats &s) {
        std::lock_guard<std::mutex> lock(live->mutex);
        live->steps.push_back(s);
    };
    cb.onPreview = [live](std::shared_ptr<const SampleGrid> grid) {
        const QImage image = SampleGridView::gridImage(*grid); // rendered on the worker thread
        std::lock_guard<std::mutex> lock(live->mutex);
        live->previews.emplace_back(grid->step, image);
    };
    auto train = m_backend.train;
    const bool resume = request.resume;
    m_status->setText(resume ? tr("Resuming training...") : tr("Loading the image set and building the model..."));
    submitTraining(
        resume ? tr("Continue diffusion training") : tr("Train diffusion model"),
        [train, request, cb, control](ProgressToken &token) { return train(request, token, cb, control); },
        [this](const TrainResult &result) {
            const QString checkpoint = QString::fromStdString(result.checkpoint);
            // The figure the chart and the Loss label show (smoothed), not a second average.
            const double loss = m_chart->pointCount() > 0 ? m_chart->smoothedLoss() : result.finalLoss;
            const QString msg = (result.stopped ? tr("Stopped at step %1, smoothed loss %2. Checkpoint: %3")
                                                : tr("Done: %1 steps, smoothed loss %2. Checkpoint: %3"))
                                    .arg(result.steps)
                                    .arg(loss, 0, 'g', 4)
                                    .arg(QDir::toNativeSeparators(checkpoint));
            return std::make_pair(checkpoint, msg);
        });
}

void TrainingPane::trainingSubmitted()
{
    m_timer->start();
    updateButtons();
}

void TrainingPane::trainingEnded(const JobResult &r, const std::pair<QString, QString> &described)
{
    poll();
    m_jobId = 0;
    m_timer->stop();
    m_control.reset();
    if (r.ok()) {
        const auto &[checkpoint, msg] = described;
        m_checkpoint = checkpoint;
        m_status->setText(msg);
        Q_EMIT trainingFinished(true, msg);
    } else if (r.status == JobResult::Status::Canceled) {
        std::lock_guard<std::mutex> lock(m_live->mutex);
        const QString msg = m_live->checkpoint.empty()
                                ? tr("Training canceled.")
                                : tr("Training canceled; checkpoint at step %1 kept.").arg(m_live->checkpointStep);
        m_status->setText(msg);
        Q_EMIT trainingFinished(false, msg);
    } else {
        showError(r.error);
        Q_EMIT trainingFinished(false, r.error);
    }
    updateButtons();
}

void TrainingPane::openCheckpoint(const QString &fileOrRunDir)
{
    if (!m_backend.readInfo)
        return;
    auto read = m_backend.readInfo;
    auto readBaseline = m_backend.readBaselineInfo;
    const std::string path = fileOrRunDir.toStdString();
    m_runner->submit(tr("Open checkpoint"),
                     [read, readBaseline, path](ProgressToken &) {
                         if (readBaseline && isBaselineCheckpoint(path))
                             return std::variant<CheckpointInfo, BaselineCheckpointInfo>(readBaseline(path));
                         return std::variant<CheckpointInfo, BaselineCheckpointInfo>(read(path));
                     },
                     this, [this](const JobOutcome<std::variant<CheckpointInfo, BaselineCheckpointInfo>> &r) {
                         if (!r.ok()) {
                             showError(r.error);
                             return;
                         }
                         if (const auto *baseline = std::get_if<BaselineCheckpointInfo>(&r.value()))
                             showBaselineCheckpoint(*baseline);
                         else
                             showCheckpoint(std::get<CheckpointInfo>(r.value()));
                         updateButtons();
                         Q_EMIT checkpointOpened(m_checkpoint);
                     });
}

void TrainingPane::showCheckpoint(const CheckpointInfo &info)
{
    setModel(QStringLiteral("diffusion"));
    clearRunFigures(); // nothing of the previous run stays on screen
    m_checkpoint = QString::fromStdString(info.path);
    m_run->setText(QFileInfo(m_checkpoint).absolutePath());
    if (m_data->text().isEmpty())
        m_data->setText(QString::fromStdString(info.dataDir));
    showPresetOf(info.config.preset); // before the run's own values
    m_steps->setValue(std::max(info.config.steps, info.step + 1));
    m_batch->setValue(info.config.batchSize);
    m_seed->setValue(static_cast<int>(info.config.seed));
    m_chart->clear();
    for (const auto &h : info.lossHistory)
        m_chart->addPoint(h[0], h[1]);
    m_chart->replot();
    m_stepLabel->setText(tr("%1 / %2").arg(info.step).arg(info.config.steps));
    m_lossLabel->setText(info.lossHistory.empty() ? QString::number(info.lastLoss, 'g', 4)
                                                  : QStringLiteral("%1 (%2)")
                                                        .arg(info.lastLoss, 0, 'g', 4)
                                                        .arg(m_chart->smoothedLoss(), 0, 'g', 4));
    m_status->setText(tr("Checkpoint at step %1 (%2 preset, %3x%3, classes: %4). "
                         "Continue to train further or Sample to generate images.")
                          .arg(info.step)
                          .arg(QString::fromStdString(info.config.preset))
                          .arg(info.config.model.imageSize)
                          .arg(joinClasses(info.classes)));
}

void TrainingPane::updateButtons()
{
    const bool training = isTraining();
    m_start->setEnabled(!training);
    m_continue->setEnabled(!training && (isDiffusion() || model() != QLatin1String("empirical")));
    m_open->setEnabled(!training);
    m_stop->setEnabled(training);
    m_pause->setText(m_control && m_control->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_sample->setEnabled(!training && m_sampleJob == 0);
    m_export->setEnabled(m_sampleJob == 0 && !m_lastSampleDir.isEmpty());
    m_compare->setEnabled(m_sampleJob == 0 && !m_lastSampleDir.isEmpty() && !m_data->text().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_data, m_run, m_model, m_preset, m_seed})
        w->setEnabled(!training);
    // What the chosen model has: diffusion previews and its own samplers; the
    // empirical sampler has no steps or batches.
    const bool diffusion = isDiffusion();
    const bool steps = diffusion || model() != QLatin1String("empirical");
    m_steps->setEnabled(!training && steps);
    m_batch->setEnabled(!training && steps);
    m_pause->setEnabled(training && steps && m_runProcesses <= 1);
    const bool gan = model() == QLatin1String("dg") || model() == QLatin1String("wgan-gasf");
    m_processes->setEnabled(!training && (diffusion || gan) && !m_workerProgram.isEmpty());
    m_previewEvery->setEnabled(!training && steps);
    for (QWidget *w : std::initializer_list<QWidget *>{m_sampler, m_sampleSteps, m_guidance})
        w->setEnabled(diffusion);
}

} // namespace netsynth
