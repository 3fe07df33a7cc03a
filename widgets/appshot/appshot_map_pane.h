#pragma once
// The AppShot Map pane, in the spirit of QGIS: a layer list (visibility,
// opacity, linear/log colour scale, legend) over every context layer and every
// service channel; real, generated and difference maps side by side with
// linked zoom and pan; a time slider with play; a cell inspector (context
// values, per-service values, real vs generated time series); the generation
// patches as an overlay; training charts and sample maps; export of the map as
// PNG and of generated traffic as .npy/CSV; evaluation of the generated traffic
// against the real traffic as a report folder (shown by the Reports pane).
//
// The pane only displays. Work (reading cities, simulating, training,
// generating, exporting) is requested through signals and run as jobs by the
// application, which hands results back through the setters.

#include "core/appshot/city.h"
#include "core/appshot/patch_tiler.h"
#include "core/appshot/traffic_maps.h"
#include "widgets/appshot/appshot_requests.h"
#include "widgets/appshot/color_scale.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QSlider;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace netsynth {

class AppShotInspector;
class AppShotTrainingView;
class MapCanvas;
class MapGrid;
class MapLegend;
class ColourBar;
struct AppShotTrainingProgress;

class AppShotMapPane : public QWidget
{
    Q_OBJECT
public:
    explicit AppShotMapPane(QWidget *parent = nullptr);
    ~AppShotMapPane() override;

    // Data (GUI thread).
    void setCity(std::shared_ptr<const City> city);
    // Replaces the real traffic (e.g. with simulated demo traffic).
    void setRealTraffic(std::shared_ptr<const TrafficMaps> traffic);
    // False (and an error shown, the current maps kept) when the maps do not fit the city's grid.
    bool setGenerated(std::shared_ptr<const TrafficMaps> traffic, const std::vector<PatchTiler::Patch> &patches,
                      int patchSize);
    void addTrainingProgress(const AppShotTrainingProgress &progress);
    void clearTraining();
    void showMessage(const QString &message);
    void showError(const QString &message); // in red, until the next message
    // A finished evaluation: the message offers to open the report in the Reports pane.
    void showReportReady(const QString &folder, const QString &message);
    QString lastReport() const { return m_lastReport; }
    // The run folder of the last training started from this pane (remembered
    // across restarts): Generate... proposes its checkpoint.
    void setLastRun(const QString &runDir);
    QString lastRun() const;
    QString statusText() const;
    bool statusIsError() const { return m_statusError; }
    void setPatchesShown(bool shown);
    bool patchesShown() const;

    std::shared_ptr<const City> city() const { return m_city; }
    // Where cell (row, col) is: its row and column and, for a geo-referenced
    // city, its centre in the grid's CRS and the cell size. Empty outside the grid.
    QString locationText(int row, int col) const;
    // What the status line was last given for the hovered cell ("" when none).
    QString locationShown() const { return m_location; }
    // The key of the difference map (cleared when no service has both maps).
    ColourBar *differenceBar() const { return m_differenceBar; }
    std::shared_ptr<const TrafficMaps> realTraffic() const { return m_real; }
    std::shared_ptr<const TrafficMaps> generatedTraffic() const { return m_generated; }
    int currentStep() const;
    void setCurrentStep(int step);
    int layerCount() const;
    MapCanvas *canvas(int i) const; // 0 real, 1 generated, 2 difference
    AppShotInspector *inspector() const { return m_inspector; }
    AppShotTrainingView *trainingView() const { return m_training; }
    void selectCell(int row, int col);
    // The three maps side by side, as on screen.
    QImage renderMaps();

Q_SIGNALS:
    void openCityRequested(const QString &path);
    void demoTrafficRequested(const netsynth::AppShotDemoRequest &request);
    void trainRequested(const netsynth::AppShotTrainRequest &request);
    void generateRequested(const netsynth::AppShotGenerateRequest &request);
    void loadGeneratedRequested(const QString &dir);
    void exportTrafficRequested(const QString &path); // .npy (folder with traffic.json) or .csv
    void evaluateRequested(const netsynth::AppShotEvaluateRequest &request);
    void holdoutRequested(const netsynth::AppShotHoldoutRequest &request);
    void openReportRequested(const QString &folder); // show a report folder in the Reports pane

public:
    void openCityDialog();
    void demoDialog();
    void trainDialog();
    void generateDialog();
    void loadGeneratedDialog();
    void exportPngDialog();
    void exportTrafficDialog();
    void evaluateDialog();
    void holdoutDialog();

private:
    QWidget *createActions();
    QWidget *createLayerPanel();
    QWidget *createMaps();
    QWidget *createCentre(QWidget *maps);
    enum Column { NameColumn, OpacityColumn, ScaleColumn }; // of the layer tree
    struct LayerEntry
    {
        enum Kind { Context, Service } kind;
        int index;
        QString name;
        bool visible;
        double opacity;
        ColorScale::Mode mode;
        double minimum, maximum;
        QTreeWidgetItem *item = nullptr;
    };

    void buildLayerList();
    void updateMaps();
    void updateLegend();
    void updateTimeLabel();
    void updateCanvasTitles();
    void onCellClicked(int row, int col);
    void refreshInspector();
    int realStepFor(int step) const; // real step with the same hour as timeline step, -1 if none
    std::shared_ptr<const TrafficMaps> timeline() const;
    int serviceIndex(const TrafficMaps &t, const QString &name) const;
    void layerItemChanged(QTreeWidgetItem *item);

    std::shared_ptr<const City> m_city;
    std::shared_ptr<const TrafficMaps> m_real;
    std::shared_ptr<const TrafficMaps> m_generated;
    std::vector<PatchTiler::Patch> m_patches;
    int m_patchSize = 0;
    std::vector<LayerEntry> m_layers;
    int m_selRow = -1, m_selCol = -1;
    bool m_building = false;
    bool m_statusError = false;
    QString m_location;

    QTreeWidget *m_layerTree;
    MapLegend *m_legend;
    ColourBar *m_differenceBar = nullptr;
    MapCanvas *m_canvases[3];
    MapGrid *m_mapGrid = nullptr;
    QSlider *m_time;
    QToolButton *m_play;
    QLabel *m_timeLabel;
    QLabel *m_status;
    QCheckBox *m_showPatches;
    QTimer *m_playTimer;
    QTabWidget *m_tabs;
    AppShotInspector *m_inspector;
    AppShotTrainingView *m_training;
    QString m_lastDir;        // the last input folder opened (cities)
    QString m_lastReport;
};

} // namespace netsynth

Q_DECLARE_METATYPE(netsynth::AppShotTrainRequest)
Q_DECLARE_METATYPE(netsynth::AppShotGenerateRequest)
Q_DECLARE_METATYPE(netsynth::AppShotDemoRequest)
Q_DECLARE_METATYPE(netsynth::AppShotEvaluateRequest)
Q_DECLARE_METATYPE(netsynth::AppShotHoldoutRequest)
