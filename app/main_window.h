#pragma once
// The main window: dock panes (Datasets, Imaging, Training, AppShot Map,
// Reports, Jobs), menus with shortcuts, the device in the status bar, window
// state kept in QSettings. It owns the JobRunner: closing the window cancels
// running jobs and waits for them.

#include "app/app_settings.h"
#include "core/data/biflow.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;

namespace netsynth {

class AppShotController;
class CompareActions;
class EvaluationActions;
class DatasetsPane;
class GuideDialog;
class JobRunner;
class JobsPane;
class ReportsPane;
class RunsPane;
class ImagingPane;
struct EncodeSpec;
class TrainingPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    JobRunner *jobRunner() const { return m_jobs; }
    QDockWidget *dock(const QString &objectName) const;
    DatasetsPane *datasetsPane() const { return m_datasetsPane; }
    ReportsPane *reportsPane() const { return m_reportsPane; }
    RunsPane *runsPane() const { return m_runsPane; }
    TrainingPane *trainingPane() const { return m_trainingPane; }
    AppShotController *appShotController() const { return m_appShot; }
    CompareActions *compareActions() const { return m_compare; }
    EvaluationActions *evaluationActions() const { return m_evaluation; }
    // Brings the AppShot Map tab to the front.
    void showAppShotPane();

    // View > Reset layout: the default docks, all shown.
    void resetLayout();
    // Help > Guide (F1): the embedded documentation, one window reused.
    void showGuide();
    // Runs the device benchmark as a background job (Tools menu).
    void runDeviceBenchmark();
    // Encodes `dataset` into image set `folder` as a job (Encode dataset...
    // after its folder dialog); a failure is shown in a message box.
    void encodeImagesTo(netsynth::DatasetPtr dataset, const netsynth::EncodeSpec &spec, const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createMenus();
    void createStatusBar();
    void restoreLayout();
    void applyDefaultDockSizes();
    void showPreferences();
    void updateDeviceLabel();
    void updateJobsLabel();
    QDockWidget *addPane(const QString &title, const QString &objectName, QWidget *widget,
                         Qt::DockWidgetArea area);
    QWidget *makeGuide(const QString &html);
    void rebuildRecentMenu();
    // Imaging: encode a whole dataset into an image set folder, as a job.
    void encodeImages(netsynth::DatasetPtr dataset, const netsynth::EncodeSpec &spec);
    void loadDemoIntoImaging();

    JobRunner *m_jobs;
    AppSettings m_settings;
    JobsPane *m_jobsPane = nullptr;
    AppShotController *m_appShot = nullptr;
    CompareActions *m_compare = nullptr;
    EvaluationActions *m_evaluation = nullptr;
    QPointer<GuideDialog> m_guide;
    TrainingPane *m_trainingPane = nullptr;
    DatasetsPane *m_datasetsPane = nullptr;
    ReportsPane *m_reportsPane = nullptr;
    RunsPane *m_runsPane = nullptr;
    QMenu *m_recentMenu = nullptr;
    ImagingPane *m_imagingPane = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_jobsLabel = nullptr;
    QByteArray m_defaultState;
};

} // namespace netsynth
