#pragma once
// The Training pane: set up a training run on an image set, watch it live,
// pause / resume / stop it, reopen a checkpoint to continue or to sample.
// The model is the diffusion engine (loss chart, lr, images/s, step, ETA,
// device, per-class sample grid) or, when the backend has them, a baseline:
// dg or wgan-gasf (WGAN-GP: Wasserstein estimate and critic loss chart,
// samples/s) or the empirical sampler (a fit, no steps). Sampling writes the
// same image set, series.csv and contact sheets for every model.
// All work runs as JobRunner jobs through a TrainingBackend; the pane polls a
// shared snapshot of the running job a few times per second and never blocks.

#include "core/runtime/job_runner.h"
#include "widgets/training/training_backend.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QComboBox;
class QGroupBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace netsynth {

class FlowLayout;
class GanLossChart;
class JobRunner;
class LossChart;
class SampleGridView;

class TrainingPane : public QWidget
{
    Q_OBJECT
public:
    TrainingPane(JobRunner *runner, TrainingBackend backend, QWidget *parent = nullptr);
    ~TrainingPane() override;

    // Programmatic set-up (also used by tests and the main window).
    void setDataFolder(const QString &folder);
    // "diffusion" (default), "dg", "wgan-gasf" or "empirical" (the last three
    // only with a backend that has the baselines).
    void setModel(const QString &name);
    QString model() const;
    void setRunFolder(const QString &folder);
    void setPreset(const QString &name);
    QString preset() const;
    void setSteps(int steps);
    void setBatchSize(int batch);
    void setPreviewEvery(int steps);
    // A configuration to use instead of the preset (JSON, as in docs/diffusion.md).
    void setConfigOverride(const TrainConfig &config);
    // Data-parallel diffusion training in `processes` processes: this one
    // (rank 0: charts, previews, checkpoints) and processes - 1 workers of
    // `workerProgram` (netsynth-cli); 1 = this process alone. Without a
    // worker program the choice is disabled.
    void setWorkerProgram(const QString &program);
    void setProcesses(int processes);

    void start();          // a new run
    void continueRun();    // resume the open checkpoint / run folder
    void togglePause();
    void stop();           // writes a final checkpoint
    void openCheckpoint(const QString &fileOrRunDir);
    void sampleTo(const QString &outDir);
    // A click on tile (class row, column) of the last Sample...'s grid: the
    // image's inverted series and exported packets (SampleDetailsDialog).
    void showSampleDetails(int row, int column);

    bool isTraining() const { return m_jobId != 0; }
    // The checkpoint of the run trained or opened last (empty before).
    QString checkpointPath() const { return m_checkpoint; }
    LossChart *lossChart() const { return m_chart; }
    GanLossChart *ganChart() const { return m_ganChart; }
    SampleGridView *sampleView() const { return m_grid; }
    QString statusText() const;

Q_SIGNALS:
    void trainingFinished(bool ok, const QString &message);
    void samplingFinished(bool ok, const QString &outDir);
    // Export... after sampling: the owner opens the export dialog on that folder.
    void exportRequested(const QString &setFolder);
    // Compare... after sampling: the training image set and the last sampled folder.
    void compareRequested(const QString &realSet, const QString &syntheticSet);
    void checkpointOpened(const QString &path);
    void errorOccurred(const QString &message);

private:
    struct Live;
    template <typename Callbacks>
    static void connectCommon(Callbacks &cb, const std::shared_ptr<Live> &live);
    void buildUi();
    QGroupBox *createRunForm();
    FlowLayout *createRunButtons();
    FlowLayout *createSamplingRow();
    FlowLayout *createStats();
    void chooseData();
    void chooseRun();
    void chooseCheckpoint();
    void chooseSampleFolder();
    void launch(TrainRequest request);
    void launchBaseline(const BaselineTrainRequest &requested);
    // Runs `work` (returning a TrainResult or a BaselineTrainResult) as the
    // training job; when it succeeds, describe(result) gives the checkpoint
    // path and the status message, on the GUI thread.
    template <typename Work, typename Describe>
    void submitTraining(const QString &title, Work work, Describe describe)
    {
        using Result = std::invoke_result_t<Work &, ProgressToken &>;
        auto live = m_live;
        m_jobId = m_runner->submit(title, std::move(work), this, [this, live, describe](const JobOutcome<Result> &r) {
            if (live == m_live)
                trainingEnded(r, r.ok() ? describe(r.value()) : std::pair<QString, QString>());
        });
        trainingSubmitted();
    }
    void trainingSubmitted();
    // The training job of the run the pane shows ended: `described` is the
    // checkpoint and message of a successful one.
    void trainingEnded(const JobResult &r, const std::pair<QString, QString> &described);
    void showCheckpoint(const CheckpointInfo &info);
    // Clears the charts, the sample grid and the live figures (step, loss,
    // learning rate, images/s, ETA, device) before a new run or checkpoint.
    void clearRunFigures();
    void showPresetOf(const std::string &name);
    void showBaselineCheckpoint(const BaselineCheckpointInfo &info);
    void applyModel();          // chart, figure names, presets, enabled controls
    void applyPresetDefaults(); // steps, batch, preview of the chosen preset
    bool isDiffusion() const;
    void poll();
    // A baseline checkpoint sampled (4 per class, fixed seed) into the grid.
    // `run`: the training run it belongs to (its later checkpoints follow), or
    // null for a checkpoint opened with openCheckpoint().
    void previewCheckpoint(const std::string &checkpoint, int step, const std::shared_ptr<Live> &run);
    void updateButtons();
    void showError(const QString &message);
    TrainConfig currentConfig() const;
    BaselineConfig currentBaselineConfig(BaselineKind kind) const;

    JobRunner *m_runner;
    TrainingBackend m_backend;
    std::shared_ptr<Live> m_live;
    std::shared_ptr<TrainControl> m_control;
    JobId m_jobId = 0;
    JobId m_sampleJob = 0;
    JobId m_previewJob = 0;
    int m_previewedStep = -1;
    bool m_hasOverride = false;
    TrainConfig m_override;
    QString m_checkpoint;

    QLineEdit *m_data = nullptr;
    QLineEdit *m_run = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_steps = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_previewEvery = nullptr;
    QSpinBox *m_processes = nullptr;
    QString m_workerProgram;
    int m_runProcesses = 1; // processes of the training that runs now
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_continue = nullptr;
    QComboBox *m_sampler = nullptr;
    QSpinBox *m_sampleSteps = nullptr;
    QDoubleSpinBox *m_guidance = nullptr;
    QSpinBox *m_perClass = nullptr;
    QPushButton *m_sample = nullptr;
    QPushButton *m_export = nullptr;   // Export... the last sampled folder as traffic
    QPushButton *m_compare = nullptr;  // Compare... the last sampled folder with the training set
    QString m_lastSampleDir;
    // The set the last Sample... wrote and the key of its preview grid: a
    // click on a tile of that grid opens the image's series and packets.
    std::shared_ptr<const ImageDataset> m_sampledSet;
    qint64 m_sampledPreviewKey = 0;
    QLabel *m_lossName = nullptr;
    QLabel *m_lrName = nullptr;
    QLabel *m_speedName = nullptr;
    QLabel *m_previewName = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_lossLabel = nullptr;
    QLabel *m_lrLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_charts = nullptr;
    LossChart *m_chart = nullptr;
    GanLossChart *m_ganChart = nullptr;
    SampleGridView *m_grid = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace netsynth
