#include "app/evaluation_actions.h"
#include "app/app_settings.h"
#include "app/job_error_box.h"

#include "app/path_row.h"

#include "core/eval/evaluation_inputs.h"
#include "core/eval/evaluator.h"
#include "core/eval/pipeline_runner.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/progress.h"
#include "reports/report_document.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QThread>

#include <algorithm>

namespace netsynth {

EvaluationActions::EvaluationActions(QWidget *window, JobRunner *jobs, ReportsPane *pane, QDockWidget *reportsDock)
    : QObject(window), m_window(window), m_jobs(jobs), m_pane(pane), m_dock(reportsDock)
{
}

void EvaluationActions::addTo(QMenu *menu)
{
    QAction *eval = menu->addAction(tr("&Evaluate synthetic images..."), this, &EvaluationActions::evaluate);
    eval->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    eval->setObjectName(QStringLiteral("EvaluateAction"));
    QAction *pipeline = menu->addAction(tr("Run full &pipeline..."), this, &EvaluationActions::runFullPipeline);
    pipeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pipeline->setObjectName(QStringLiteral("RunPipelineAction"));
}

void EvaluationActions::evaluate()
{
    QSettings settings;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Evaluate synthetic images"));
    auto *form = new QFormLayout(&dialog);
    QLineEdit *real = nullptr, *synth = nullptr, *test = nullptr, *out = nullptr;
    form->addRow(tr("Real (training) images:"), pathRow(&dialog, real, tr("Real image set")));
    form->addRow(tr("Synthetic images:"), pathRow(&dialog, synth, tr("Synthetic image set")));
    form->addRow(tr("Real test images (optional):"), pathRow(&dialog, test, tr("Held-out real image set")));
    form->addRow(tr("Report folder:"), pathRow(&dialog, out, tr("Report folder")));
    real->setText(settings.value(QStringLiteral("eval/real")).toString());
    synth->setText(settings.value(QStringLiteral("eval/synthetic")).toString());
    test->setText(settings.value(QStringLiteral("eval/test")).toString());
    out->setText(settings.value(QStringLiteral("eval/out"), Workspace::proposeFolder(QStringLiteral("evaluation"))).toString());
    test->setPlaceholderText(tr("empty: hold out 25% of the real images"));
    auto *seeds = new QSpinBox(&dialog);
    seeds->setRange(1, 20);
    seeds->setValue(3);
    form->addRow(tr("Seeds:"), seeds);
    auto *cnn = new QCheckBox(tr("Train the GASF CNN (FID and NetDiffus TSTR; slower)"), &dialog);
    cnn->setChecked(true);
    form->addRow(QString(), cnn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (real->text().isEmpty() || synth->text().isEmpty() || out->text().isEmpty()) {
        QMessageBox::warning(m_window, tr("Evaluate"), tr("Choose the real and synthetic image sets and a report folder."));
        return;
    }
    settings.setValue(QStringLiteral("eval/real"), real->text());
    settings.setValue(QStringLiteral("eval/synthetic"), synth->text());
    settings.setValue(QStringLiteral("eval/test"), test->text());
    settings.setValue(QStringLiteral("eval/out"), out->text());
    submitEvaluation(real->text(), synth->text(), test->text(), out->text(), seeds->value(), cnn->isChecked());
}

namespace {
// One-line descriptions of the pipeline's generators (dialog tooltips and labels).
QString generatorDescription(const std::string &name)
{
    if (name == "diffusion-ddim")
        return EvaluationActions::tr("diffusion, DDIM sampling");
    if (name == "diffusion-ddpm")
        return EvaluationActions::tr("diffusion, DDPM ancestral sampling (same model, slower sampler)");
    if (name == "diffusion-dpm2m")
        return EvaluationActions::tr("diffusion, DPM-Solver++(2M) sampling (fewer steps; the primary by default)");
    if (name == "dg")
        return EvaluationActions::tr("DoppelGANger-style time-series GAN");
    if (name == "wgan-gasf")
        return EvaluationActions::tr("conditional WGAN-GP on GASF images");
    if (name == "empirical")
        return EvaluationActions::tr("per-class empirical sampler (floor: no temporal structure)");
    if (name == "real")
        return EvaluationActions::tr("real training images drawn again (ceiling, not ranked)");
    return QString();
}

// A spin box where 0 means "the preset's value".
QSpinBox *presetSpin(QWidget *parent, int max, const QString &tip)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, max);
    spin->setSpecialValueText(EvaluationActions::tr("preset's"));
    spin->setToolTip(tip);
    return spin;
}
} // namespace

namespace {
// The Generators box of the pipeline dialog: one check box per generator
// (the user's last choice, else the default preset's), put into `checks`.
QGroupBox *generatorGroup(QWidget *parent, const QSettings &settings,
                          std::vector<std::pair<std::string, QCheckBox *>> &generatorChecks)
{
    // Generators: the first checked one is the primary (top-level figures of the report).
    auto *generatorBox = new QGroupBox(EvaluationActions::tr("Generators to compare"), parent);
    auto *grid = new QGridLayout(generatorBox);
    // Unless the user chose before: the default preset's generator (the recipe of docs/results.md).
    QStringList recipe;
    for (const auto &g : PipelineOptions::fromPreset("default").generators) recipe << QString::fromStdString(g);
    const QStringList chosen = settings.value(QStringLiteral("pipeline/generators"), recipe).toStringList();
    int row = 0;
    for (const auto &name : PipelineOptions::generatorNames()) {
        auto *check = new QCheckBox(QString::fromStdString(name), generatorBox);
        check->setObjectName(QStringLiteral("generator-") + QString::fromStdString(name));
        check->setChecked(chosen.contains(QString::fromStdString(name)));
        auto *label = new QLabel(generatorDescription(name), generatorBox);
        grid->addWidget(check, row, 0);
        grid->addWidget(label, row, 1);
        generatorChecks.emplace_back(name, check);
        ++row;
    }
    auto *generatorHelp = new QLabel(EvaluationActions::tr("All train on the same split, sample the same count per class and go through the "
                                        "same evaluation. The first checked is the primary."), generatorBox);
    grid->addWidget(generatorHelp, row, 0, 1, 2);
    return generatorBox;
}

// Diffusion training processes of the pipeline (TrainRequest::localProcesses).
QSpinBox *processesSpin(QWidget *parent, bool enabled)
{
    auto *processes = new QSpinBox(parent);
    processes->setObjectName(QStringLiteral("pipeline-processes"));
    processes->setRange(1, 64);
    processes->setEnabled(enabled);
    processes->setToolTip(EvaluationActions::tr("Diffusion training in this many processes (data-parallel: this one "
                                                "and netsynth-cli workers, the threads split between them)"));
    return processes;
}

// The pipeline dialog's help text, wrapped, so the dialog keeps a screen's
// width (it was 2,266 px wide in English).
QLabel *pipelineHelp(QWidget *parent)
{
    auto *help = new QLabel(EvaluationActions::tr(
                                "inspect -> encode -> train -> sample -> evaluate -> report. A re-run into "
                                "the same output folder reuses every finished step whose settings did not "
                                "change, so adding a generator later costs only its own work. "
                                "With the default preset diffusion alone takes up to an hour on a CPU; every other "
                                "generator adds its own training, sampling and evaluation."),
                            parent);
    help->setWordWrap(true);
    return help;
}
} // namespace

void EvaluationActions::runFullPipeline()
{
    QSettings settings;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Run full pipeline"));
    auto *form = new QFormLayout(&dialog);
    QLineEdit *data = nullptr, *out = nullptr;
    form->addRow(tr("Dataset (folder):"), pathRow(&dialog, data, tr("Dataset folder")));
    form->addRow(tr("Output folder:"), pathRow(&dialog, out, tr("Output folder")));
    data->setText(settings.value(QStringLiteral("pipeline/data")).toString());
    out->setText(settings.value(QStringLiteral("pipeline/out"), Workspace::proposeFolder(QStringLiteral("pipeline"))).toString());
    auto *preset = new QComboBox(&dialog);
    for (const auto &name : PipelineOptions::presetNames())
        preset->addItem(QString::fromStdString(name));
    preset->setCurrentText(settings.value(QStringLiteral("pipeline/preset"), QStringLiteral("default")).toString());
    form->addRow(tr("Preset:"), preset);

    std::vector<std::pair<std::string, QCheckBox *>> generatorChecks;
    QGroupBox *generatorBox = generatorGroup(&dialog, settings, generatorChecks);
    form->addRow(generatorBox);

    auto *perClass = presetSpin(&dialog, 100000, tr("Synthetic images per class, the same for every generator"));
    auto *maxPerClass = presetSpin(&dialog, 1000000, tr("Biflows kept per class before the train/test split"));
    auto *trainSteps = presetSpin(&dialog, 10000000, tr("Diffusion training steps; the default preset's: about 100 "
                                                        "passes over the training split, 3,000 to 60,000"));
    auto *trainShare = new QDoubleSpinBox(&dialog);
    trainShare->setObjectName(QStringLiteral("pipeline-train-share"));
    trainShare->setRange(0.01, 1.0);
    trainShare->setSingleStep(0.05);
    trainShare->setDecimals(2);
    trainShare->setValue(1.0);
    trainShare->setToolTip(tr("Share of the training split kept for training, per class; the held-out split stays "
                              "the same (how much does synthetic data add when real data is scarce?)"));
    auto *baselineSteps = presetSpin(&dialog, 10000000, tr("Training steps of dg and wgan-gasf"));
    auto *ddimSteps = presetSpin(&dialog, 10000, tr("Sampling steps of DPM-Solver++ and DDIM"));
    auto *ddpmSteps = presetSpin(&dialog, 10000, tr("DDPM sampling steps (respaced); the training schedule's step "
                                                   "count samples with every step"));
    auto *guidance = new QDoubleSpinBox(&dialog);
    guidance->setObjectName(QStringLiteral("pipeline-guidance"));
    guidance->setRange(0.0, 20.0);
    guidance->setSingleStep(0.5);
    guidance->setDecimals(1);
    guidance->setSpecialValueText(tr("preset's"));
    guidance->setToolTip(tr("Classifier-free guidance of diffusion sampling (1 = plain conditional sampling)"));
    auto *classMix = new QComboBox(&dialog);
    classMix->setObjectName(QStringLiteral("pipeline-class-mix"));
    classMix->addItem(tr("preset's"), QString());
    classMix->addItem(tr("balanced (the same count per class)"), QStringLiteral("balanced"));
    classMix->addItem(tr("as the real training split"), QStringLiteral("training"));
    classMix->setToolTip(tr("How synthetic images are shared among classes, for every generator"));
    auto *seed = new QSpinBox(&dialog);
    seed->setRange(0, 1000000);
    // Seed and processes share a row (the dialog must fit 800 px in height).
    const QString cli = cliBesideApplication();
    QSpinBox *processes = processesSpin(&dialog, !cli.isEmpty());
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(seed, 1);
    seedRow->addWidget(new QLabel(tr("Training processes:"), &dialog));
    seedRow->addWidget(processes, 1);
    form->addRow(tr("Class mix:"), classMix);
    form->addRow(tr("Synthetic per class:"), perClass);
    form->addRow(tr("Biflows per class:"), maxPerClass);
    form->addRow(tr("Diffusion training steps:"), trainSteps);
    form->addRow(tr("Training share:"), trainShare);
    form->addRow(tr("GAN training steps:"), baselineSteps);
    form->addRow(tr("Sampling steps:"), ddimSteps);
    form->addRow(tr("DDPM steps:"), ddpmSteps);
    form->addRow(tr("Guidance:"), guidance);
    form->addRow(tr("Seed:"), seedRow);
    auto *fresh = new QCheckBox(tr("Redo every step (ignore what the output folder already holds)"), &dialog);
    form->addRow(QString(), fresh);
    QLabel *help = pipelineHelp(&dialog);
    form->addRow(QString(), help);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<std::string> generators;
    QStringList generatorList;
    for (const auto &[name, check] : generatorChecks)
        if (check->isChecked()) {
            generators.push_back(name);
            generatorList << QString::fromStdString(name);
        }
    if (data->text().isEmpty() || out->text().isEmpty() || generators.empty()) {
        QMessageBox::warning(m_window, tr("Run full pipeline"),
                             tr("Choose a dataset, an output folder and at least one generator."));
        return;
    }
    settings.setValue(QStringLiteral("pipeline/data"), data->text());
    settings.setValue(QStringLiteral("pipeline/out"), out->text());
    settings.setValue(QStringLiteral("pipeline/preset"), preset->currentText());
    settings.setValue(QStringLiteral("pipeline/generators"), generatorList);
    PipelineOptions options = PipelineOptions::fromPreset(preset->currentText().toStdString());
    options.dataPath = data->text().toStdString();
    options.outDir = out->text().toStdString();
    options.generators = generators;
    options.perClass = perClass->value(); // 0: the preset's, scaled to the class count
    if (maxPerClass->value() > 0) options.maxBiflowsPerClass = maxPerClass->value();
    if (trainSteps->value() > 0) options.trainSteps = trainSteps->value();
    options.trainShare = trainShare->value();
    if (baselineSteps->value() > 0) options.baselineSteps = baselineSteps->value();
    if (ddimSteps->value() > 0) options.samplingSteps = ddimSteps->value();
    if (ddpmSteps->value() > 0) options.ddpmSteps = ddpmSteps->value();
    if (guidance->value() > 0.0) options.guidance = guidance->value();
    if (!classMix->currentData().toString().isEmpty()) options.classMix = classMix->currentData().toString().toStdString();
    options.seed = static_cast<std::uint64_t>(seed->value());
    options.fresh = fresh->isChecked();
    if (processes->value() > 1) {
        options.processes = processes->value();
        options.workerProgram = cli.toStdString();
        options.threadsPerProcess = std::max(1, QThread::idealThreadCount() / options.processes);
    }
    submitPipeline(options);
}

void EvaluationActions::submitEvaluation(const QString &real, const QString &synthetic, const QString &testReal,
                                         const QString &out, int seeds, bool useCnn)
{
    EvaluationConfig config;
    config.seeds = seeds;
    config.useCnn = useCnn;
    const std::string r = real.toStdString(), s = synthetic.toStdString(), t = testReal.toStdString(),
                      o = out.toStdString();
    m_jobs->submit(tr("Evaluate %1").arg(QDir(synthetic).dirName()), [=](ProgressToken &token) {
        ProgressToken::Scope loading(token, 0.0, 0.1);
        loading.setProgress(0.0, "loading image sets");
        const EvaluationInputs inputs = loadEvaluationInputs(r, s, t, config.testFraction, config.splitSeed, token);
        nlohmann::json metrics = Evaluator::run(inputs, config, token);
        Evaluator::writeOutputs(metrics, inputs, o);
        ReportDocument::writeReport(QString::fromStdString(o), QString::fromStdString(o));
        return QString::fromStdString(o);
    }, this, [this](const JobOutcome<QString> &result) {
        if (result.ok())
            finished(result.value());
        else if (result.status == JobResult::Status::Failed) {
            Q_EMIT failed(result.error);
            showJobError(m_window, tr("Evaluate"), result.error);
        }
    });
}

void EvaluationActions::submitPipeline(const QString &data, const QString &out, const QString &preset)
{
    PipelineOptions options = PipelineOptions::fromPreset(preset.toStdString());
    options.dataPath = data.toStdString();
    options.outDir = out.toStdString();
    options.perClass = 0; // the preset's, scaled to the class count
    submitPipeline(options);
}

void EvaluationActions::submitPipeline(const PipelineOptions &options)
{
    const QString title = options.generators.size() > 1
                              ? tr("Pipeline %1 (%n generators)", nullptr, static_cast<int>(options.generators.size()))
                                    .arg(QDir(QString::fromStdString(options.dataPath)).dirName())
                              : tr("Pipeline %1").arg(QDir(QString::fromStdString(options.dataPath)).dirName());
    m_jobs->submit(title, [options](ProgressToken &token) {
        const PipelineResult result = runPipeline(options, token);
        const QString dir = QString::fromStdString(result.reportDir);
        ReportDocument::writeReport(dir, dir);
        return dir;
    }, this, [this](const JobOutcome<QString> &result) {
        if (result.ok())
            finished(result.value());
        else if (result.status == JobResult::Status::Failed) {
            Q_EMIT failed(result.error);
            showJobError(m_window, tr("Run full pipeline"), result.error);
        }
    });
}

void EvaluationActions::finished(const QString &folder)
{
    m_pane->addReport(folder);
    if (m_dock) {
        m_dock->show();
        m_dock->raise();
    }
    Q_EMIT reportReady(folder);
}

} // namespace netsynth
