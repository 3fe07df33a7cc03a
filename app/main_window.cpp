#include "app/main_window.h"
#include "app/job_error_box.h"

#include "app/about_dialog.h"
#include "app/guide_dialog.h"
#include "app/shortcuts_dialog.h"
#include "app/appshot_controller.h"
#include "widgets/appshot/appshot_map_pane.h"
#include "app/evaluation_actions.h"
#include "app/compare_actions.h"
#include "app/export_actions.h"
#include "app/preferences_dialog.h"
#include "core/runtime/device.h"
#include "core/runtime/device_benchmark.h"
#include "core/runtime/errors.h"
#include "core/runtime/job_runner.h"
#include "widgets/jobs_pane.h"
#include "widgets/training/training_pane.h"
#include "core/data/demo_dataset.h"
#include "core/data/dataset_loader.h"
#include "core/runtime/progress.h"
#include "widgets/datasets/datasets_pane.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/runs/runs_pane.h"
#include "core/imaging/image_encoder.h"
#include "widgets/imaging/imaging_pane.h"
#include "widgets/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace netsynth {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_jobs(new JobRunner(0, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("NetSynth Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/netsynth.svg")));
    setDockNestingEnabled(true);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks | QMainWindow::AnimatedDocks);
    m_settings = AppSettings::load();
    createPanes();
    createMenus();
    createStatusBar();
    m_defaultState = saveState();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Cancel and wait before child widgets that jobs may report to go away.
    m_jobs->cancelAll();
    m_jobs->waitForAll();
}

QWidget *MainWindow::makeGuide(const QString &html)
{
    auto *label = new QLabel(html);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(16);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QDockWidget *MainWindow::addPane(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void MainWindow::createPanes()
{
    m_datasetsPane = new DatasetsPane(m_jobs);
    addPane(tr("Datasets"), QStringLiteral("DatasetsDock"), m_datasetsPane, Qt::LeftDockWidgetArea);
    {
        // The embedded synthetic demo (a fixed 120-biflow set, generated once)
        // so a first run has data to look at.
        ProgressToken demoToken;
        const DatasetPtr demo = demoDataset();
        m_datasetsPane->addDataset(LoadedDataset{demo, summarizeDataset(*demo, demoToken)});
    }
    m_imagingPane = new ImagingPane;
    connect(m_imagingPane, &ImagingPane::encodeDatasetRequested, this, &MainWindow::encodeImages);
    connect(m_datasetsPane, &DatasetsPane::biflowSelected, m_imagingPane, &ImagingPane::showBiflow);
    auto *imaging = addPane(tr("Imaging"), QStringLiteral("ImagingDock"), m_imagingPane, Qt::RightDockWidgetArea);
    loadDemoIntoImaging();
    TrainingBackend trainingBackend;
    trainingBackend.train = &trainDiffusion;
    trainingBackend.sample = &sampleToFolder;
    trainingBackend.readInfo = &readCheckpointInfo;
    trainingBackend.loadImages = [](const std::string &folder) { return ImageDataset::load(folder); };
    trainingBackend.trainBaseline = &trainBaseline;
    trainingBackend.sampleBaseline = &sampleBaselineToFolder;
    trainingBackend.readBaselineInfo = &readBaselineCheckpointInfo;
    trainingBackend.previewBaseline = &sampleBaselineImages;
    m_trainingPane = new TrainingPane(m_jobs, trainingBackend);
    // Multi-process training starts netsynth-cli workers: the one beside this program.
    m_trainingPane->setWorkerProgram(cliBesideApplication());
    auto *training = addPane(tr("Training"), QStringLiteral("TrainingDock"), m_trainingPane, Qt::RightDockWidgetArea);
    auto *mapPane = new AppShotMapPane;
    auto *appshot = new AppShotController(m_jobs, mapPane, this);
    m_appShot = appshot;
    connect(appshot, &AppShotController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    auto *map = addPane(tr("AppShot Map"), QStringLiteral("AppShotDock"), mapPane, Qt::RightDockWidgetArea);
    m_reportsPane = new ReportsPane;
    auto *reports = addPane(tr("Reports"), QStringLiteral("ReportsDock"), m_reportsPane, Qt::RightDockWidgetArea);
    // AppShot evaluations: listed in the Reports pane; "Open it" in the map pane shows it there.
    connect(appshot, &AppShotController::reportReady, m_reportsPane, &ReportsPane::addReport);
    connect(mapPane, &AppShotMapPane::openReportRequested, this, [this, reports](const QString &folder) {
        m_reportsPane->addReport(folder);
        reports->show();
        reports->raise();
    });
    // Runs: every run trained, opened or added is listed and remembered; a
    // double-click opens it in the Training pane.
    m_runsPane = new RunsPane;
    auto *runs = addPane(tr("Runs"), QStringLiteral("RunsDock"), m_runsPane, Qt::RightDockWidgetArea);
    auto rememberRun = [this] {
        if (!m_trainingPane->checkpointPath().isEmpty())
            m_runsPane->addRun(m_trainingPane->checkpointPath());
    };
    connect(m_trainingPane, &TrainingPane::checkpointOpened, m_runsPane, rememberRun);
    connect(m_trainingPane, &TrainingPane::trainingFinished, m_runsPane, [rememberRun](bool ok) {
        if (ok)
            rememberRun();
    });
    connect(m_runsPane, &RunsPane::openRunRequested, this, [this, training](const QString &dir) {
        m_trainingPane->openCheckpoint(dir);
        training->show();
        training->raise();
    });
    tabifyDockWidget(imaging, training);
    tabifyDockWidget(training, map);
    tabifyDockWidget(map, reports);
    tabifyDockWidget(reports, runs);
    imaging->raise();

    m_jobsPane = new JobsPane(m_jobs);
    addPane(tr("Jobs"), QStringLiteral("JobsDock"), m_jobsPane, Qt::BottomDockWidgetArea);
    applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    // Datasets left, the tabbed work panes right, a short Jobs strip below.
    // The work panes (the AppShot maps above all) get most of the width.
    resizeDocks({dock(QStringLiteral("DatasetsDock")), dock(QStringLiteral("ImagingDock"))}, {520, 880}, Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("ImagingDock")), dock(QStringLiteral("JobsDock"))}, {720, 130}, Qt::Vertical);
}

void MainWindow::showAppShotPane()
{
    if (QDockWidget *d = dock(QStringLiteral("AppShotDock"))) {
        d->show();
        d->raise();
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openDataset = file->addAction(tr("&Open dataset..."), m_datasetsPane, &DatasetsPane::openFileDialog);
    openDataset->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open dataset &folder..."), m_datasetsPane, &DatasetsPane::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *openOptions =
        file->addAction(tr("Open dataset with &options..."), m_datasetsPane, &DatasetsPane::openWithOptionsDialog);
    openOptions->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Recent datasets"));
    rebuildRecentMenu();
    connect(m_datasetsPane, &DatasetsPane::datasetOpened, this, [this](const QString &path) {
        m_settings.addRecentDataset(path);
        m_settings.save();
        rebuildRecentMenu();
    });
    connect(m_datasetsPane, &DatasetsPane::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')), 10000); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    int key = 1;
    for (QDockWidget *d : m_docks) {
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + key++)));
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *bench = tools->addAction(tr("&Benchmark device"), this, &MainWindow::runDeviceBenchmark);
    bench->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_evaluation = new EvaluationActions(this, m_jobs, m_reportsPane, dock(QStringLiteral("ReportsDock")));
    m_evaluation->addTo(tools);
    auto *exports = new ExportActions(this, m_jobs, m_datasetsPane);
    exports->addTo(tools);
    connect(m_trainingPane, &TrainingPane::exportRequested, exports,
            [exports](const QString &set) { exports->exportSet(set); });
    connect(m_reportsPane, &ReportsPane::exportRequested, exports,
            [exports](const QString &set, const QString &reference) { exports->exportSet(set, reference); });
    auto *compare = m_compare = new CompareActions(this, m_jobs);
    compare->addTo(tools);
    connect(m_trainingPane, &TrainingPane::compareRequested, compare,
            [compare](const QString &real, const QString &synthetic) { compare->compareSets(real, synthetic); });
    connect(m_reportsPane, &ReportsPane::compareRequested, compare,
            [compare](const QString &real, const QString &synthetic) { compare->compareSets(real, synthetic); });
    tools->addSeparator();
    QAction *prefs = tools->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("GuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    if (guide->shortcut().isEmpty())
        guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutsDialog(this, this).exec(); });
    keys->setObjectName(QStringLiteral("ShortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About NetSynth Studio"), this, [this] { AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showGuide()
{
    if (!m_guide) // not modal: a user reads the guide beside the window
        m_guide = new GuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : m_settings.recentDatasets)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), m_datasetsPane,
                                [this, path] { m_datasetsPane->openPath(path); });
    m_recentMenu->setEnabled(!m_settings.recentDatasets.isEmpty());
}

void MainWindow::createStatusBar()
{
    m_jobsLabel = new QLabel(this);
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("DeviceLabel"));
    statusBar()->addPermanentWidget(m_jobsLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    connect(m_jobs, &JobRunner::jobAdded, this, &MainWindow::updateJobsLabel);
    connect(m_jobs, &JobRunner::jobFinished, this, [this](JobId id, const JobResult &r) {
        updateJobsLabel();
        const QString name = m_jobs->info(id).name;
        if (r.status == JobResult::Status::Failed)
            statusBar()->showMessage(tr("%1 failed: %2").arg(name, r.error), 10000);
        else if (r.status == JobResult::Status::Canceled)
            statusBar()->showMessage(tr("%1 canceled").arg(name), 5000);
    });
    updateDeviceLabel();
    updateJobsLabel();
    statusBar()->showMessage(tr("Ready"), 3000);
}

void MainWindow::updateDeviceLabel()
{
    const DeviceInfo d = DeviceManager::current();
    m_deviceLabel->setText(tr("Device: %1").arg(QString::fromStdString(d.description)));
    m_deviceLabel->setToolTip(d.cudaAvailable ? tr("CUDA is available on this machine")
                                              : tr("No CUDA device: computing on the CPU"));
}

void MainWindow::updateJobsLabel()
{
    const int active = m_jobs->activeCount();
    m_jobsLabel->setText(active > 0 ? tr("%n job(s) running", nullptr, active) : QString());
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: dock sizes only take once the window has its final size.
        QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
    }
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *d : m_docks)
        d->show();
    applyDefaultDockSizes();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings updated = dialog.settings();
    try {
        DeviceManager::configure(parseDevicePreference(updated.device.toStdString()), updated.threads);
    } catch (const InputError &e) {
        QMessageBox::warning(this, tr("Preferences"), QString::fromStdString(e.what()));
        return;
    }
    m_settings = updated;
    m_settings.save();
    updateDeviceLabel();
    m_runsPane->rescan(); // the workspace may have moved
}

void MainWindow::runDeviceBenchmark()
{
    m_jobs->submit(tr("Benchmark device"), [](ProgressToken &token) {
        return netsynth::runDeviceBenchmark(token, 3.0);
    }, this, [this](const JobOutcome<DeviceBenchmarkResult> &r) {
        if (!r.ok())
            return;
        const DeviceBenchmarkResult &b = r.value();
        statusBar()->showMessage(tr("Device benchmark: %1 GFLOP/s on %2 (%3 matmuls of %4x%4)")
                                     .arg(b.gflops, 0, 'f', 1)
                                     .arg(QString::fromStdString(b.device))
                                     .arg(b.iterations)
                                     .arg(b.matrixSize),
                                 15000);
    });
}

void MainWindow::loadDemoIntoImaging()
{
    // Until a biflow is picked in the dataset browser, preview the demo's first
    // biflow (parsed on the pane's worker thread, not as a job: it takes milliseconds).
    m_imagingPane->loadInitialDataset([] { return demoDataset(); });
}

void MainWindow::encodeImages(DatasetPtr dataset, const EncodeSpec &spec)
{
    if (!dataset)
        return;
    // Proposed in the workspace, never beside the dataset (the input folder may be shared or read-only).
    QDir().mkpath(Workspace::root());
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the encoded images"), Workspace::root());
    if (folder.isEmpty())
        return;
    encodeImagesTo(std::move(dataset), spec, folder);
}

void MainWindow::encodeImagesTo(DatasetPtr dataset, const EncodeSpec &spec, const QString &folder)
{
    const std::string out = folder.toStdString();
    m_jobs->submit(tr("Encode %1 into images").arg(QString::fromStdString(dataset->name)),
                   [dataset, spec, out](ProgressToken &token) {
                       const ImageDataset images = encodeDataset(*dataset, spec, token);
                       images.save(out, token);
                       return static_cast<qulonglong>(images.count());
                   },
                   this, [this, folder](const JobOutcome<qulonglong> &r) {
                       if (r.ok()) {
                           statusBar()->showMessage(tr("Encoded %1 images into %2")
                                                        .arg(r.value())
                                                        .arg(folder),
                                                    10000);
                           if (m_trainingPane && !m_trainingPane->isTraining())
                               m_trainingPane->setDataFolder(folder); // ready to train on it
                       }
                       else if (r.status == JobResult::Status::Failed)
                           showJobError(this, tr("Encode dataset"), r.error);
                   });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (m_jobs->activeCount() > 0) {
        statusBar()->showMessage(tr("Stopping running jobs..."));
        m_jobs->cancelAll();
        m_jobs->waitForAll();
    }
    event->accept();
}

} // namespace netsynth
