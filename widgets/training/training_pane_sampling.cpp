// The Training pane's sampling: Sample... into a folder for every model, and
// the live preview of baseline checkpoints. See training_pane.cpp.
#include "widgets/training/training_pane.h"

#include "core/runtime/errors.h"
#include "core/runtime/job_runner.h"
#include "widgets/training/gan_loss_chart.h"
#include "widgets/training/sample_details_dialog.h"
#include "widgets/training/sample_grid_view.h"
#include "widgets/training/training_pane_p.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace netsynth {

QImage previewImage(const ImageDataset &d, int perClass)
{
    SampleGrid grid;
    grid.imageSize = d.imageSize;
    grid.channels = d.channels;
    grid.classes = d.classes;
    grid.perClass = perClass;
    grid.pixels.assign(d.classes.size() * grid.perClass * d.pixelsPerImage(), 0.0f);
    std::vector<int> used(d.classes.size(), 0);
    for (std::size_t i = 0; i < d.count(); ++i) {
        const auto label = static_cast<std::size_t>(d.samples[i].label);
        if (used[label] >= grid.perClass)
            continue;
        std::copy(d.image(i), d.image(i) + d.pixelsPerImage(),
                  grid.pixels.begin() +
                      static_cast<std::ptrdiff_t>((label * grid.perClass + used[label]++) * d.pixelsPerImage()));
    }
    // Sets in [0, 1] (gamma-corrected) or [-1, 1] (GASF).
    const bool nonNegative = std::all_of(d.pixels.begin(), d.pixels.end(), [](float v) { return v >= 0.0f; });
    grid.valueMin = nonNegative ? 0.0 : -1.0;
    grid.valueMax = 1.0;
    return SampleGridView::gridImage(grid, 64); // up to 8 columns: smaller cells
}

void TrainingPane::previewCheckpoint(const std::string &checkpoint, int step, const std::shared_ptr<Live> &run)
{
    if (!m_backend.previewBaseline || m_previewJob != 0)
        return; // the running preview starts the next one when it ends
    m_previewedStep = step;
    BaselineSampleConfig cfg;
    cfg.checkpoint = checkpoint;
    cfg.perClass = 4;
    cfg.seed = 1; // the same noise at every checkpoint: the grids show the training, not the draw
    auto preview = m_backend.previewBaseline;
    m_previewJob = m_runner->submit(
        tr("Preview checkpoint at step %1").arg(step),
        [preview, cfg](ProgressToken &token) { return previewImage(preview(cfg, token), cfg.perClass); },
        this, [this, run, step](const JobOutcome<QImage> &r) {
            m_previewJob = 0;
            // Still what the pane shows: the same run, or (an opened checkpoint) no run since.
            if (run ? run != m_live : isTraining())
                return;
            // A failed preview (its error is in the Jobs pane) leaves the grid as it was.
            if (r.ok())
                m_grid->addPreview(r.value(),
                                   tr("Samples of the checkpoint at step %1 (fixed seed)").arg(step));
            if (!run)
                return;
            std::string next;
            int nextStep = 0;
            {
                std::lock_guard<std::mutex> lock(run->mutex);
                next = run->checkpoint;
                nextStep = run->checkpointStep;
            }
            if (nextStep > m_previewedStep)
                previewCheckpoint(next, nextStep, run);
        });
}

void TrainingPane::sampleTo(const QString &outDir)
{
    if (!m_backend.sample || m_sampleJob != 0)
        return;
    const QString checkpoint = !m_checkpoint.isEmpty() ? m_checkpoint : m_run->text();
    if (checkpoint.isEmpty()) {
        showError(tr("Open a checkpoint or train a model first."));
        return;
    }
    SampleConfig cfg;
    cfg.checkpoint = checkpoint.toStdString();
    cfg.sampler = parseSamplerKind(m_sampler->currentData().toString().toStdString());
    cfg.steps = m_sampleSteps->value();
    cfg.guidance = m_guidance->value();
    cfg.perClass = m_perClass->value();
    cfg.seed = static_cast<std::uint64_t>(m_seed->value());
    cfg.bf16 = true;
    // A baseline run (checkpoint.json of dg, wgan-gasf, empirical, real-resample)
    // has one way to sample: per class, with the seed.
    BaselineSampleConfig baselineCfg;
    baselineCfg.checkpoint = cfg.checkpoint;
    baselineCfg.perClass = cfg.perClass;
    baselineCfg.seed = cfg.seed;
    auto sample = m_backend.sample;
    auto sampleBaseline = m_backend.sampleBaseline;
    auto load = m_backend.loadImages;
    const std::string out = outDir.toStdString();
    // What both samplers return, in the terms of the status line.
    struct Outcome
    {
        std::size_t samples = 0;
        double seconds = 0.0;
        std::string csv;
        std::string csvNote;
        std::size_t contactSheets = 0;
        QImage preview;
        std::shared_ptr<const ImageDataset> set; // what was written: the preview's tiles open its images
    };
    m_sampleJob = m_runner->submit(
        tr("Sample to %1").arg(QFileInfo(outDir).fileName()),
        [sample, sampleBaseline, load, cfg, baselineCfg, out](ProgressToken &token) {
            Outcome o;
            if (sampleBaseline && isBaselineCheckpoint(cfg.checkpoint)) {
                const BaselineSampleResult r = sampleBaseline(baselineCfg, out, token);
                o.samples = r.samples;
                o.seconds = r.seconds;
                o.csv = r.csv;
                o.csvNote = r.csvNote;
                o.contactSheets = r.contactSheets.size();
            } else {
                const SampleResult r = sample(cfg, out, token);
                o.samples = r.samples;
                o.seconds = r.seconds;
                o.csv = r.csv;
                o.csvNote = r.csvNote;
                o.contactSheets = r.contactSheets.size();
            }
            if (load) { // up to 8 images per class from what was written
                o.set = std::make_shared<const ImageDataset>(load(out));
                o.preview = previewImage(*o.set, std::min(cfg.perClass, 8));
            }
            return o;
        },
        this, [this, outDir](const JobOutcome<Outcome> &r) {
            m_sampleJob = 0;
            updateButtons();
            if (!r.ok()) {
                if (r.status == JobResult::Status::Failed)
                    showError(r.error);
                Q_EMIT samplingFinished(false, outDir);
                return;
            }
            const Outcome &o = r.value();
            QString msg = tr("Wrote %1 images to %2 in %3 s (%4 images/s).")
                              .arg(o.samples)
                              .arg(QDir::toNativeSeparators(outDir))
                              .arg(o.seconds, 0, 'f', 1)
                              .arg(o.seconds > 0 ? double(o.samples) / o.seconds : 0.0, 0, 'f', 1);
            msg += QLatin1Char(' ');
            msg += o.csv.empty() ? tr("No series CSV (%1).").arg(QString::fromStdString(o.csvNote))
                                 : tr("Series: %1.").arg(QDir::toNativeSeparators(QString::fromStdString(o.csv)));
            msg += QLatin1Char(' ');
            msg += tr("%n contact sheet(s) (contact_*.png).", nullptr, static_cast<int>(o.contactSheets));
            m_status->setText(msg);
            m_lastSampleDir = outDir;
            updateButtons();
            if (!o.preview.isNull()) {
                m_grid->setImage(o.preview, tr("Samples written to %1 (click an image for its series and packets)")
                                                .arg(QDir::toNativeSeparators(outDir)));
                m_sampledSet = o.set;
                m_sampledPreviewKey = m_grid->image().cacheKey();
            }
            Q_EMIT samplingFinished(true, outDir);
        });
    updateButtons();
}

} // namespace netsynth

namespace netsynth {

void TrainingPane::showSampleDetails(int row, int column)
{
    // Only the grid of the last Sample... maps to images of a set.
    if (!m_sampledSet || m_grid->image().cacheKey() != m_sampledPreviewKey)
        return;
    const ImageDataset &set = *m_sampledSet;
    int seen = 0;
    for (std::size_t i = 0; i < set.count(); ++i) {
        if (set.samples[i].label != row || seen++ != column)
            continue;
        try {
            auto *dialog = new SampleDetailsDialog(set, i, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        } catch (const std::exception &e) {
            showError(QString::fromStdString(e.what()));
        }
        return;
    }
}

} // namespace netsynth
