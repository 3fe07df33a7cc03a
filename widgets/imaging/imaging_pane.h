#pragma once
// ImagingPane: the live preview of one biflow's imaging (NetDiffus-style):
// the series plot, its GASF/GADF/MTF image (colour map, zoom, tooltip with
// i, j and value), gamma slider and A field updating the image live, the
// histogram of raw vs gamma-corrected pixel values, and the series recovered
// from the image overlaid on the original with the reconstruction error.
// Encoder, series spec and image size are controls of the pane.
//
// The pane only displays: previews are computed by core (computeImagingPreview)
// on the PreviewWorker's thread; encoding a whole dataset is requested with
// encodeDatasetRequested() and run by the main window as a job.

#include "core/data/biflow.h"
#include "core/imaging/encode_spec.h"
#include "widgets/imaging/preview_worker.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace netsynth {

class FlowLayout;
class MatrixImageView;
class ColourBar;

class ImagingPane : public QWidget
{
    Q_OBJECT
public:
    explicit ImagingPane(QWidget *parent = nullptr);
    ~ImagingPane() override;

    // The spec the controls describe (normalisation per series).
    EncodeSpec spec() const;
    void setSpec(const EncodeSpec &spec);

    DatasetPtr dataset() const { return m_dataset; }
    int biflowIndex() const { return m_biflowIndex; }
    PreviewFramePtr currentFrame() const { return m_frame; }
    // True while a preview is being computed or waits to be.
    bool isUpdating() const { return m_worker->isBusy(); }

    MatrixImageView *imageView() const { return m_view; }
    ColourBar *colourBar() const { return m_colourBar; }
    QCustomPlot *seriesPlot() const { return m_seriesPlot; }
    QCustomPlot *histogramPlot() const { return m_histogramPlot; }
    QSlider *gammaSlider() const { return m_gammaSlider; }
    QDoubleSpinBox *gammaSpin() const { return m_gammaSpin; }
    QDoubleSpinBox *amplitudeSpin() const { return m_amplitude; }
    QComboBox *encoderCombo() const { return m_encoder; }
    QComboBox *featureCombo() const { return m_feature; }
    QSpinBox *imageSizeSpin() const { return m_imageSize; }
    QSpinBox *lengthSpin() const { return m_length; }
    QSpinBox *biflowSpin() const { return m_biflowSpin; }
    QLabel *statusLabel() const { return m_status; }

    // Slider position <-> gamma (logarithmic, 0.05 .. 4).
    static double gammaForSlider(int position);
    static int sliderForGamma(double gamma);

    // Loads a dataset off the GUI thread and shows its first biflow, unless a
    // biflow was shown meanwhile (the main window passes the demo dataset).
    void loadInitialDataset(std::function<DatasetPtr()> loader);

public Q_SLOTS:
    void showBiflow(netsynth::DatasetPtr dataset, int biflowIndex);
    // Saves the shown image, colour-mapped, as PNG (a preview, not data).
    bool exportImage(const QString &path);

Q_SIGNALS:
    void previewShown();
    void encodeDatasetRequested(netsynth::DatasetPtr dataset, const netsynth::EncodeSpec &spec);

private:
    void buildUi();
    void createControls(FlowLayout *&row1, FlowLayout *&row2);
    QWidget *createImageBox();
    QWidget *createPlots();
    void connectControls();
    void requestPreview();
    void showFrame(const PreviewFramePtr &frame);
    void updatePlots(const ImagingPreview &preview);
    void updateImage();
    void onGammaSlider(int position);
    void onGammaSpin(double gamma);
    void chooseExportFile();

    DatasetPtr m_dataset;
    int m_biflowIndex = -1;
    PreviewWorker *m_worker;
    PreviewFramePtr m_frame;
    bool m_updatingControls = false;

    QSpinBox *m_biflowSpin = nullptr;
    QLabel *m_biflowLabel = nullptr;
    QComboBox *m_feature = nullptr;
    QCheckBox *m_logScale = nullptr;
    QDoubleSpinBox *m_binSeconds = nullptr;
    QSpinBox *m_length = nullptr;
    QCheckBox *m_linkLength = nullptr;
    QComboBox *m_padding = nullptr;
    QComboBox *m_encoder = nullptr;
    QSpinBox *m_imageSize = nullptr;
    QComboBox *m_colours = nullptr;
    QSlider *m_gammaSlider = nullptr;
    QDoubleSpinBox *m_gammaSpin = nullptr;
    QDoubleSpinBox *m_amplitude = nullptr;
    QCheckBox *m_showRaw = nullptr;
    QPushButton *m_encodeButton = nullptr;
    MatrixImageView *m_view = nullptr;
    ColourBar *m_colourBar = nullptr; // the key of m_view's colours
    QCustomPlot *m_seriesPlot = nullptr;
    QCustomPlot *m_histogramPlot = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hover = nullptr;
};

} // namespace netsynth
