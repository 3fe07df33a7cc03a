// The Training pane's controls, built once by TrainingPane::buildUi(): the
// Run box, the run buttons, the sampling row and the live figures.
#include "widgets/training/training_pane.h"

#include "core/eval/pipeline_runner.h"
#include "widgets/flow_layout.h"
#include "widgets/training/training_pane_p.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace netsynth {

// The Run box: image set, run folder, model, preset and the step numbers.
QGroupBox *TrainingPane::createRunForm()
{
    auto *setup = new QGroupBox(tr("Run"), this);
    auto *form = new QFormLayout(setup);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto folderRow = [this](QLineEdit *&edit, const QString &hint, void (TrainingPane::*choose)()) {
        auto *row = new QHBoxLayout;
        edit = new QLineEdit(this);
        edit->setPlaceholderText(hint);
        auto *browse = new QToolButton(this);
        browse->setText(tr("..."));
        connect(browse, &QToolButton::clicked, this, choose);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    form->addRow(tr("Image set:"), folderRow(m_data, tr("folder with manifest.json (from Encode)"), &TrainingPane::chooseData));
    form->addRow(tr("Run folder:"), folderRow(m_run, tr("where checkpoints go"), &TrainingPane::chooseRun));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->addItem(tr("Diffusion (NetDiffus)"), QStringLiteral("diffusion"));
    if (m_backend.hasBaselines()) {
        m_model->addItem(tr("DoppelGANger-style GAN (dg)"), QStringLiteral("dg"));
        m_model->addItem(tr("WGAN-GP on GASF images (wgan-gasf)"), QStringLiteral("wgan-gasf"));
        m_model->addItem(tr("Empirical per-class sampler (empirical)"), QStringLiteral("empirical"));
    }
    m_model->setToolTip(tr("diffusion: the NetDiffus model. dg: a time-series GAN on the series the images invert to. "
                           "wgan-gasf: a convolutional WGAN-GP on the images. empirical: each packet drawn from its "
                           "class's values (a reference without temporal structure; fitted, not trained)."));
    m_preset = new QComboBox(this);
    connect(m_preset, &QComboBox::currentTextChanged, this, [this] {
        m_hasOverride = false;
        applyPresetDefaults();
    });
    // Flow layouts: the rows wrap in a narrow dock instead of widening the window.
    auto *numbers = new FlowLayout;
    numbers->setContentsMargins(0, 0, 0, 0);
    m_steps = new QSpinBox(this);
    m_steps->setObjectName(QStringLiteral("stepsSpin"));
    m_steps->setRange(1, 10000000);
    m_steps->setSingleStep(500);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 4096);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1 << 30);
    m_previewEvery = new QSpinBox(this);
    m_previewEvery->setRange(0, 1000000);
    m_previewEvery->setToolTip(tr("Steps between sample grids (0: none)"));
    numbers->addPair(new QLabel(tr("Steps"), this), m_steps);
    numbers->addPair(new QLabel(tr("Batch"), this), m_batch);
    numbers->addPair(new QLabel(tr("Seed"), this), m_seed);
    m_previewName = new QLabel(tr("Preview every"), this);
    numbers->addPair(m_previewName, m_previewEvery);
    m_processes = new QSpinBox(this);
    m_processes->setObjectName(QStringLiteral("processesSpin"));
    m_processes->setRange(1, 64);
    m_processes->setToolTip(tr("Data-parallel training (diffusion, dg, wgan-gasf): this window's process and N - 1 "
                               "netsynth-cli workers, each on its share of every batch (the batch must be a "
                               "multiple of N). Pause is not available with more than one."));
    numbers->addPair(new QLabel(tr("Processes"), this), m_processes);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(numbers);
    return setup;
}

// Start, Pause, Stop, Open checkpoint..., Continue.
FlowLayout *TrainingPane::createRunButtons()
{
    auto *buttons = new FlowLayout;
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Train a new model (Ctrl+Return)"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stop->setToolTip(tr("Finish the current step, write a checkpoint and stop (Ctrl+.)"));
    m_open = new QPushButton(tr("&Open checkpoint..."), this);
    m_continue = new QPushButton(tr("&Continue"), this);
    m_continue->setToolTip(tr("Resume the run in the run folder up to the step count"));
    m_pause->setToolTip(tr("Hold training between steps (Ctrl+P)"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    for (QPushButton *b : {m_start, m_pause, m_stop, m_open, m_continue})
        buttons->addWidget(b);
    connect(m_start, &QPushButton::clicked, this, &TrainingPane::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainingPane::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPane::stop);
    connect(m_open, &QPushButton::clicked, this, &TrainingPane::chooseCheckpoint);
    connect(m_continue, &QPushButton::clicked, this, &TrainingPane::continueRun);
    return buttons;
}

// Sampler, steps, guidance, per class, Sample..., Export..., Real vs synthetic....
FlowLayout *TrainingPane::createSamplingRow()
{
    auto *sampling = new FlowLayout;
    m_sampler = new QComboBox(this);
    m_sampler->addItem(tr("DDIM"), QStringLiteral("ddim"));
    m_sampler->addItem(tr("DDPM"), QStringLiteral("ddpm"));
    m_sampler->addItem(tr("DPM-Solver++ (2M)"), QStringLiteral("dpm2m"));
    m_sampleSteps = new QSpinBox(this);
    m_sampleSteps->setRange(0, 100000);
    // Sampling defaults: those of the pipeline's default recipe (docs/results.md, "Quality study").
    const PipelineOptions recipe = PipelineOptions::fromPreset("default");
    m_sampleSteps->setValue(recipe.samplingSteps);
    if (!recipe.generators.empty()) { // "diffusion-dpm2m" -> the DPM-Solver++ entry
        const int at = m_sampler->findData(QString::fromStdString(recipe.generators.front()).section(QLatin1Char('-'), 1));
        if (at >= 0) m_sampler->setCurrentIndex(at);
    }
    m_sampleSteps->setToolTip(tr("Sampling steps (0: every diffusion step)"));
    m_guidance = new QDoubleSpinBox(this);
    m_guidance->setRange(0.0, 20.0);
    m_guidance->setSingleStep(0.5);
    m_guidance->setValue(recipe.guidance);
    m_guidance->setToolTip(tr("Classifier-free guidance: 1 = plain conditional, more = stronger class"));
    m_perClass = new QSpinBox(this);
    m_perClass->setObjectName(QStringLiteral("perClassSpin"));
    m_perClass->setRange(1, 100000);
    m_perClass->setValue(16);
    m_sample = new QPushButton(tr("Sa&mple..."), this);
    m_sample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sampling->addPair(new QLabel(tr("Sampler"), this), m_sampler);
    sampling->addPair(new QLabel(tr("Steps"), this), m_sampleSteps);
    sampling->addPair(new QLabel(tr("Guidance"), this), m_guidance);
    sampling->addPair(new QLabel(tr("Per class"), this), m_perClass);
    sampling->addWidget(m_sample);
    connect(m_sample, &QPushButton::clicked, this, &TrainingPane::chooseSampleFolder);
    m_export = new QPushButton(tr("E&xport..."), this);
    m_export->setObjectName(QStringLiteral("ExportSamples"));
    m_export->setToolTip(tr("Write the last sampled images as traffic: pcapng, pcap, MIRAGE JSON or CSV"));
    sampling->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_lastSampleDir); });
    m_compare = new QPushButton(tr("Real &vs synthetic..."), this);
    m_compare->setObjectName(QStringLiteral("CompareSamples"));
    m_compare->setToolTip(tr("The last sampled series beside the training set's, class by class"));
    sampling->addWidget(m_compare);
    connect(m_compare, &QPushButton::clicked, this,
            [this] { Q_EMIT compareRequested(m_data->text(), m_lastSampleDir); });
    return sampling;
}

// Step, loss, learning rate, images/s, elapsed/ETA and device.
FlowLayout *TrainingPane::createStats()
{
    // Each figure is its name over its value; the figures wrap like words.
    auto *stats = new FlowLayout(nullptr, 18);
    auto stat = [&](QLabel *&label, const QString &name, QLabel **nameLabel) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        auto *title = new QLabel(name, box);
        if (nameLabel)
            *nameLabel = title;
        v->addWidget(title);
        label = new QLabel(QStringLiteral("-"), box);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        v->addWidget(label);
        stats->addWidget(box);
    };
    stat(m_stepLabel, tr("Step"), nullptr);
    stat(m_lossLabel, tr("Loss (smoothed)"), &m_lossName);
    stat(m_lrLabel, tr("Learning rate"), &m_lrName);
    stat(m_speedLabel, tr("Images/s"), &m_speedName);
    stat(m_etaLabel, tr("Elapsed / ETA"), nullptr);
    stat(m_deviceLabel, tr("Device"), nullptr);
    m_stepLabel->setObjectName(QStringLiteral("statStep"));
    m_lrLabel->setObjectName(QStringLiteral("statLearningRate"));
    m_speedLabel->setObjectName(QStringLiteral("statSpeed"));
    m_etaLabel->setObjectName(QStringLiteral("statEta"));
    return stats;
}

} // namespace netsynth
