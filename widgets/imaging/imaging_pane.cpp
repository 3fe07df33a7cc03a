#include "widgets/imaging/imaging_pane.h"

#include "widgets/colour_bar.h"
#include "widgets/flow_layout.h"

#include "widgets/imaging/matrix_image_view.h"
#include "widgets/plot_style.h"
#include "widgets/qcustomplot_include.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace netsynth {

namespace {
constexpr double kGammaMin = 0.05;
constexpr double kGammaMax = 4.0;
constexpr int kSliderSteps = 1000;

QLabel *caption(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

// The series axis title; `brief` is the short form for a plot too short for
// the long one (the title is written along the axis).
QString unitOf(SeriesFeature f, bool log, bool brief = false)
{
    QString unit;
    switch (f) {
    case SeriesFeature::SignedSize:
        unit = brief ? ImagingPane::tr("size (B, +up/-down)") : ImagingPane::tr("signed size (bytes, + up / - down)");
        break;
    case SeriesFeature::Size: unit = brief ? ImagingPane::tr("payload (B)") : ImagingPane::tr("payload (bytes)"); break;
    case SeriesFeature::Iat: unit = brief ? ImagingPane::tr("IAT (µs)") : ImagingPane::tr("inter-arrival time (µs)"); break;
    case SeriesFeature::BytesPerBin: unit = brief ? ImagingPane::tr("bytes/bin") : ImagingPane::tr("bytes per bin"); break;
    }
    if (!log)
        return unit;
    return brief ? ImagingPane::tr("%1, log").arg(unit) : ImagingPane::tr("%1, log-scaled before encoding").arg(unit);
}

} // namespace

double ImagingPane::gammaForSlider(int position)
{
    return kGammaMin * std::pow(kGammaMax / kGammaMin, double(position) / kSliderSteps);
}

int ImagingPane::sliderForGamma(double gamma)
{
    gamma = std::clamp(gamma, kGammaMin, kGammaMax);
    return static_cast<int>(std::lround(kSliderSteps * std::log(gamma / kGammaMin) / std::log(kGammaMax / kGammaMin)));
}

ImagingPane::ImagingPane(QWidget *parent) : QWidget(parent), m_worker(new PreviewWorker(this))
{
    setObjectName(QStringLiteral("ImagingPane"));
    buildUi();
    setSpec(EncodeSpec());
    connect(m_worker, &PreviewWorker::frameReady, this, &ImagingPane::showFrame);
    connect(m_worker, &PreviewWorker::datasetLoaded, this, [this](DatasetPtr dataset, const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("Could not load the dataset: %1").arg(error));
        else if (dataset && !m_dataset)
            showBiflow(dataset, 0);
    });
}

ImagingPane::~ImagingPane() = default;

void ImagingPane::buildUi()
{
    FlowLayout *row1 = nullptr, *row2 = nullptr;
    createControls(row1, row2);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(createImageBox());
    split->addWidget(createPlots());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 560});
    split->setChildrenCollapsible(false);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("ImagingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connectControls();
}

// The two rows of encoding controls (flow layouts: they wrap in a narrow dock).
void ImagingPane::createControls(FlowLayout *&row1, FlowLayout *&row2)
{
    // ------------------------------------------------ controls
    m_biflowSpin = new QSpinBox;
    m_biflowSpin->setRange(0, 0);
    m_biflowSpin->setToolTip(tr("Index of the biflow in the dataset"));
    m_biflowLabel = new QLabel(tr("No dataset"));
    m_biflowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_feature = new QComboBox;
    m_feature->addItem(tr("Signed size"), QString::fromStdString(featureName(SeriesFeature::SignedSize)));
    m_feature->addItem(tr("Payload size"), QString::fromStdString(featureName(SeriesFeature::Size)));
    m_feature->addItem(tr("Inter-arrival time"), QString::fromStdString(featureName(SeriesFeature::Iat)));
    m_feature->addItem(tr("Bytes per bin"), QString::fromStdString(featureName(SeriesFeature::BytesPerBin)));
    m_logScale = new QCheckBox(tr("Log"));
    m_logScale->setToolTip(tr("Encode sign(v) ln(1 + |v|) instead of v"));
    m_binSeconds = new QDoubleSpinBox;
    m_binSeconds->setRange(0.001, 3600.0);
    m_binSeconds->setDecimals(3);
    m_binSeconds->setSuffix(tr(" s"));
    m_binSeconds->setToolTip(tr("Bin width for bytes per bin"));
    m_length = new QSpinBox;
    m_length->setRange(1, 4096);
    m_length->setToolTip(tr("First N packets (or bins) of the biflow"));
    m_linkLength = new QCheckBox(tr("= size"));
    m_linkLength->setToolTip(tr("Keep the series length equal to the image size (lossless: no PAA averaging)"));
    m_linkLength->setChecked(true);
    m_padding = new QComboBox;
    m_padding->addItem(tr("Zeros"), QString::fromStdString(paddingName(PaddingPolicy::Zeros)));
    m_padding->addItem(tr("Mark length"), QString::fromStdString(paddingName(PaddingPolicy::MarkLength)));

    m_encoder = new QComboBox;
    m_encoder->addItem(tr("GASF"), QString::fromStdString(encoderName(EncoderKind::Gasf)));
    m_encoder->addItem(tr("GADF"), QString::fromStdString(encoderName(EncoderKind::Gadf)));
    m_encoder->addItem(tr("MTF"), QString::fromStdString(encoderName(EncoderKind::Mtf)));
    m_imageSize = new QSpinBox;
    m_imageSize->setRange(4, 1024);
    m_imageSize->setSuffix(tr(" px"));
    m_colours = new QComboBox;
    m_colours->setObjectName(QStringLiteral("ImagingColours"));
    m_colours->addItems(ColourMap::names());
    m_gammaSlider = new QSlider(Qt::Horizontal);
    m_gammaSlider->setRange(0, kSliderSteps);
    m_gammaSlider->setMinimumWidth(140);
    m_gammaSlider->setToolTip(tr("Gamma correction I = A * I_r^gamma (logarithmic slider)"));
    m_gammaSpin = new QDoubleSpinBox;
    m_gammaSpin->setRange(kGammaMin, kGammaMax);
    m_gammaSpin->setDecimals(3);
    m_gammaSpin->setSingleStep(0.05);
    m_amplitude = new QDoubleSpinBox;
    m_amplitude->setRange(0.05, 100.0);
    m_amplitude->setDecimals(3);
    m_amplitude->setSingleStep(0.1);
    m_amplitude->setToolTip(tr("Amplitude A of the gamma correction"));
    m_showRaw = new QCheckBox(tr("Without gamma"));
    m_showRaw->setObjectName(QStringLiteral("ImagingShowRaw"));
    m_showRaw->setToolTip(tr("Show the image before gamma correction"));

    // Flow layouts: the controls wrap onto more lines in a narrow dock (and
    // with longer translations) instead of widening the main window.
    m_biflowLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_biflowLabel->setMinimumWidth(100);
    auto *biflowBox = new QWidget;
    auto *biflowRow = new QHBoxLayout(biflowBox);
    biflowRow->setContentsMargins(0, 0, 0, 0);
    biflowRow->addWidget(caption(tr("&Biflow"), m_biflowSpin));
    biflowRow->addWidget(m_biflowSpin);
    biflowRow->addWidget(m_biflowLabel, 1);
    biflowBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row1 = new FlowLayout;
    row1->addWidget(biflowBox);
    row1->addPair(caption(tr("&Feature"), m_feature), m_feature);
    row1->addWidget(m_logScale);
    row1->addWidget(m_binSeconds);
    row1->addPair(caption(tr("&Length"), m_length), m_length);
    row1->addWidget(m_linkLength);
    row1->addPair(caption(tr("&Padding"), m_padding), m_padding);

    row2 = new FlowLayout;
    row2->addPair(caption(tr("&Encoder"), m_encoder), m_encoder);
    row2->addPair(caption(tr("&Size"), m_imageSize), m_imageSize);
    row2->addPair(caption(tr("&Colours"), m_colours), m_colours);
    auto *gammaBox = new QWidget;
    auto *gammaRow = new QHBoxLayout(gammaBox);
    gammaRow->setContentsMargins(0, 0, 0, 0);
    gammaRow->addWidget(caption(tr("&Gamma"), m_gammaSlider));
    gammaRow->addWidget(m_gammaSlider, 1);
    gammaRow->addWidget(m_gammaSpin);
    gammaBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row2->addWidget(gammaBox);
    row2->addPair(caption(tr("&A"), m_amplitude), m_amplitude);
    row2->addWidget(m_showRaw);

}

// The matrix view with its colour bar, hovered-pixel line and tools.
QWidget *ImagingPane::createImageBox()
{
    m_view = new MatrixImageView;
    m_view->setObjectName(QStringLiteral("ImagingMatrixView"));
    auto makeTool = [this](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QStringLiteral(")"));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, m_view, slot);
        addAction(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        return button;
    };
    auto *zoomIn = makeTool(tr("+"), tr("Zoom in"), QKeySequence(Qt::CTRL | Qt::Key_Plus), &MatrixImageView::zoomIn);
    auto *zoomOut = makeTool(tr("-"), tr("Zoom out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), &MatrixImageView::zoomOut);
    auto *fit = makeTool(tr("Fit"), tr("Fit the image"), QKeySequence(Qt::CTRL | Qt::Key_0), &MatrixImageView::fitToView);
    auto *exportButton = new QToolButton;
    auto *exportAction = new QAction(tr("Export PNG..."), this);
    exportAction->setToolTip(tr("Save the colour-mapped image as PNG (a preview: data is stored as float32)"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ImagingPane::chooseExportFile);
    addAction(exportAction);
    exportButton->setDefaultAction(exportAction);
    m_encodeButton = new QPushButton(tr("Encode dataset..."));
    m_encodeButton->setToolTip(tr("Encode every biflow of the dataset with these settings into float32 image shards"));
    m_encodeButton->setEnabled(false);
    connect(m_encodeButton, &QPushButton::clicked, this, [this] {
        if (m_dataset)
            Q_EMIT encodeDatasetRequested(m_dataset, spec());
    });
    m_hover = new QLabel;
    // The hovered pixel's text changes with the mouse: it must not resize the pane.
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *imageTools = new FlowLayout;
    imageTools->addWidget(zoomIn);
    imageTools->addWidget(zoomOut);
    imageTools->addWidget(fit);
    imageTools->addWidget(exportButton);
    imageTools->addWidget(m_encodeButton);
    auto *imageBox = new QWidget;
    auto *imageLayout = new QVBoxLayout(imageBox);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    m_colourBar = new ColourBar(Qt::Vertical);
    m_colourBar->setObjectName(QStringLiteral("ImagingColourBar"));
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(m_view, 1);
    viewRow->addWidget(m_colourBar);
    imageLayout->addLayout(viewRow, 1);
    imageLayout->addWidget(m_hover);
    imageLayout->addLayout(imageTools);

    return imageBox;
}

// The series (original, recovered, error) and pixel-histogram plots.
QWidget *ImagingPane::createPlots()
{
    m_seriesPlot = new QCustomPlot;
    m_seriesPlot->setObjectName(QStringLiteral("ImagingSeriesPlot"));
    m_seriesPlot->setMinimumSize(220, 160);
    // Polylines drawn as one path: an antialiased zigzag of 128 packets otherwise
    // takes ~250 ms per replot on a busy 2-core machine (measured), 7 ms with it.
    m_seriesPlot->setPlottingHint(QCP::phFastPolylines, true);
    m_seriesPlot->addGraph();
    m_seriesPlot->graph(0)->setName(tr("original"));
    m_seriesPlot->graph(0)->setPen(QPen(QColor(31, 119, 180), 1.5));
    m_seriesPlot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    m_seriesPlot->addGraph();
    m_seriesPlot->graph(1)->setName(tr("recovered"));
    QPen recovered(QColor(214, 39, 40), 1.5);
    recovered.setStyle(Qt::DashLine);
    m_seriesPlot->graph(1)->setPen(recovered);
    m_seriesPlot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, 6));
    m_seriesPlot->addGraph(m_seriesPlot->xAxis, m_seriesPlot->yAxis2);
    m_seriesPlot->graph(2)->setName(tr("|error|"));
    m_seriesPlot->graph(2)->setPen(QPen(QColor(120, 120, 120), 1));
    m_seriesPlot->graph(2)->setLineStyle(QCPGraph::lsImpulse);
    m_seriesPlot->xAxis->setLabel(tr("packet / bin index"));
    m_seriesPlot->yAxis2->setVisible(true);
    m_seriesPlot->yAxis2->setLabel(tr("|error|"));
    m_seriesPlot->legend->setVisible(true);
    m_seriesPlot->legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    m_seriesPlot->legend->setBrush(QColor(255, 255, 255, 200));
    legendAbovePlot(m_seriesPlot, 2); // never over the data (large downstream packets sit at the bottom)
    m_seriesPlot->xAxis->ticker()->setTickCount(4);

    m_histogramPlot = new QCustomPlot;
    m_histogramPlot->setObjectName(QStringLiteral("ImagingHistogramPlot"));
    m_histogramPlot->setMinimumSize(220, 140);
    m_histogramPlot->setPlottingHint(QCP::phFastPolylines, true);
    m_histogramPlot->addGraph();
    m_histogramPlot->graph(0)->setName(tr("raw pixels (I_r)"));
    m_histogramPlot->graph(0)->setPen(QPen(QColor(90, 90, 90), 1.5));
    m_histogramPlot->graph(0)->setBrush(QColor(90, 90, 90, 50));
    m_histogramPlot->graph(0)->setLineStyle(QCPGraph::lsStepCenter);
    m_histogramPlot->addGraph();
    m_histogramPlot->graph(1)->setName(tr("gamma-corrected"));
    m_histogramPlot->graph(1)->setPen(QPen(QColor(255, 127, 14), 1.5));
    m_histogramPlot->graph(1)->setBrush(QColor(255, 127, 14, 60));
    m_histogramPlot->graph(1)->setLineStyle(QCPGraph::lsStepCenter);
    m_histogramPlot->xAxis->setLabel(tr("pixel value"));
    m_histogramPlot->yAxis->setLabel(tr("pixels"));
    m_histogramPlot->legend->setVisible(true);
    m_histogramPlot->legend->setFont(m_seriesPlot->legend->font());
    m_histogramPlot->legend->setBrush(QColor(255, 255, 255, 200));
    legendAbovePlot(m_histogramPlot, 1);
    m_histogramPlot->xAxis->ticker()->setTickCount(4); // "1000 1250" ran together at small widths

    auto *plots = new QSplitter(Qt::Vertical);
    plots->addWidget(m_seriesPlot);
    plots->addWidget(m_histogramPlot);
    return plots;
}

// Every control asks for a new preview (debounced in requestPreview).
void ImagingPane::connectControls()
{
    auto changed = [this] {
        if (!m_updatingControls)
            requestPreview();
    };
    connect(m_biflowSpin, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
        if (m_updatingControls)
            return;
        m_biflowIndex = v;
        requestPreview();
    });
    connect(m_feature, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, changed] {
        m_binSeconds->setEnabled(spec().feature == SeriesFeature::BytesPerBin);
        changed();
    });
    connect(m_logScale, &QCheckBox::toggled, this, changed);
    connect(m_binSeconds, qOverload<double>(&QDoubleSpinBox::valueChanged), this, changed);
    connect(m_length, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    connect(m_padding, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_encoder, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_imageSize, qOverload<int>(&QSpinBox::valueChanged), this, [this, changed](int size) {
        if (m_linkLength->isChecked() && !m_updatingControls) {
            m_updatingControls = true;
            m_length->setValue(size);
            m_updatingControls = false;
        }
        changed();
    });
    connect(m_linkLength, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_length->setEnabled(!on);
        if (on)
            m_length->setValue(m_imageSize->value());
        changed();
    });
    m_length->setEnabled(!m_linkLength->isChecked());
    connect(m_colours, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_gammaSlider, &QSlider::valueChanged, this, &ImagingPane::onGammaSlider);
    connect(m_gammaSpin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ImagingPane::onGammaSpin);
    connect(m_amplitude, qOverload<double>(&QDoubleSpinBox::valueChanged), this, changed);
    connect(m_showRaw, &QCheckBox::toggled, this, &ImagingPane::updateImage);
    connect(m_view, &MatrixImageView::cellHovered, this, [this](int i, int j, double value) {
        m_hover->setText(tr("i = %1, j = %2: %3").arg(i).arg(j).arg(value, 0, 'g', 6));
    });
}

EncodeSpec ImagingPane::spec() const
{
    EncodeSpec s;
    s.feature = parseFeature(m_feature->currentData().toString().toStdString());
    s.logScale = m_logScale->isChecked();
    s.binSeconds = m_binSeconds->value();
    s.length = m_linkLength->isChecked() ? m_imageSize->value() : m_length->value();
    s.padding = parsePadding(m_padding->currentData().toString().toStdString());
    s.encoder = parseEncoder(m_encoder->currentData().toString().toStdString());
    s.imageSize = m_imageSize->value();
    s.gamma = m_gammaSpin->value();
    s.amplitude = m_amplitude->value();
    return s;
}

void ImagingPane::setSpec(const EncodeSpec &s)
{
    m_updatingControls = true;
    m_feature->setCurrentIndex(m_feature->findData(QString::fromStdString(featureName(s.feature))));
    m_logScale->setChecked(s.logScale);
    m_binSeconds->setValue(s.binSeconds);
    m_binSeconds->setEnabled(s.feature == SeriesFeature::BytesPerBin);
    m_linkLength->setChecked(s.length == s.imageSize);
    m_length->setEnabled(s.length != s.imageSize);
    m_length->setValue(s.length);
    m_padding->setCurrentIndex(m_padding->findData(QString::fromStdString(paddingName(s.padding))));
    m_encoder->setCurrentIndex(m_encoder->findData(QString::fromStdString(encoderName(s.encoder))));
    m_imageSize->setValue(s.imageSize);
    m_gammaSpin->setValue(s.gamma);
    m_gammaSlider->setValue(sliderForGamma(s.gamma));
    m_amplitude->setValue(s.amplitude);
    m_updatingControls = false;
    requestPreview();
}

void ImagingPane::onGammaSlider(int position)
{
    if (m_updatingControls)
        return;
    m_updatingControls = true;
    m_gammaSpin->setValue(gammaForSlider(position));
    m_updatingControls = false;
    requestPreview();
}

void ImagingPane::onGammaSpin(double gamma)
{
    if (m_updatingControls)
        return;
    m_updatingControls = true;
    m_gammaSlider->setValue(sliderForGamma(gamma));
    m_updatingControls = false;
    requestPreview();
}

void ImagingPane::showBiflow(DatasetPtr dataset, int biflowIndex)
{
    m_dataset = std::move(dataset);
    m_biflowIndex = biflowIndex;
    m_updatingControls = true;
    const int count = m_dataset ? static_cast<int>(m_dataset->biflows.size()) : 0;
    m_biflowSpin->setRange(0, std::max(0, count - 1));
    m_biflowSpin->setValue(std::max(0, biflowIndex));
    m_updatingControls = false;
    m_encodeButton->setEnabled(count > 0);
    requestPreview();
}

void ImagingPane::loadInitialDataset(std::function<DatasetPtr()> loader)
{
    m_worker->loadDataset(std::move(loader));
}

void ImagingPane::requestPreview()
{
    if (!m_dataset || m_biflowIndex < 0)
        return;
    m_worker->request(m_dataset, m_biflowIndex, spec(), ColourMap::fromIndex(m_colours->currentIndex()));
}

void ImagingPane::showFrame(const PreviewFramePtr &frame)
{
    if (!frame->error.isEmpty()) {
        // Keep what is shown; say why the new settings give nothing.
        m_status->setText(tr("Cannot preview: %1").arg(frame->error));
        return;
    }
    m_frame = frame;
    const ImagingPreview &p = *frame->preview;
    if (frame->dataset && frame->biflowIndex >= 0) {
        const Biflow &b = frame->dataset->biflows[static_cast<std::size_t>(frame->biflowIndex)];
        m_biflowLabel->setText(tr("%1 of %2: %3, %4 packets")
                                   .arg(frame->biflowIndex + 1)
                                   .arg(frame->dataset->biflows.size())
                                   .arg(QString::fromStdString(b.classKey()))
                                   .arg(b.isBinned() ? static_cast<qlonglong>(b.bins.size())
                                                     : static_cast<qlonglong>(b.packets.size())));
        m_biflowLabel->setToolTip(QString::fromStdString(b.sourceFile));
    }
    updateImage();
    updatePlots(p);
    QString inversion;
    if (!p.invertible)
        inversion = tr("not invertible: %1").arg(QString::fromStdString(p.inversionNote));
    else
        inversion = tr("recovered %1 of %2 values, max |error| %3, RMS %4%5")
                        .arg(p.recoveredLength)
                        .arg(p.series.length)
                        .arg(p.maxAbsError, 0, 'g', 3)
                        .arg(p.rmsError, 0, 'g', 3)
                        .arg(p.inversionNote.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(p.inversionNote)));
    m_status->setText(tr("%1 %2x%3, gamma %4, A %5: image %6 ms, preview %7 ms; %8")
                          .arg(QString::fromStdString(encoderName(p.spec.encoder)).toUpper())
                          .arg(p.spec.imageSize)
                          .arg(p.spec.imageSize)
                          .arg(p.spec.gamma, 0, 'g', 3)
                          .arg(p.spec.amplitude, 0, 'g', 3)
                          .arg(p.encodeMicroseconds / 1000.0, 0, 'f', 3)
                          .arg(frame->milliseconds, 0, 'f', 2)
                          .arg(inversion));
    Q_EMIT previewShown();
}

void ImagingPane::updateImage()
{
    if (!m_frame || !m_frame->preview)
        return;
    const bool raw = m_showRaw->isChecked();
    m_view->setMatrix(raw ? m_frame->rawImage : m_frame->image, raw ? m_frame->rawValues : m_frame->values,
                      m_frame->preview->imageSize());
    const QString encoder = QString::fromStdString(encoderName(m_frame->preview->spec.encoder)).toUpper();
    m_colourBar->setScale(m_frame->colours, 0.0, raw ? 1.0 : m_frame->imageHigh,
                          raw ? tr("%1, before gamma").arg(encoder) : tr("%1, after gamma").arg(encoder));
}

void ImagingPane::updatePlots(const ImagingPreview &p)
{
    const int n = p.series.length;
    QVector<double> x, original, recovered, error, ex;
    for (int i = 0; i < n; ++i) {
        x.append(i);
        original.append(p.series.values[static_cast<std::size_t>(i)]);
    }
    if (p.invertible) {
        for (int i = 0; i < p.recoveredLength; ++i) {
            ex.append(i);
            recovered.append(p.recovered[static_cast<std::size_t>(i)]);
            error.append(i < n ? std::abs(p.recovered[static_cast<std::size_t>(i)] - p.series.values[static_cast<std::size_t>(i)]) : 0.0);
        }
    }
    m_seriesPlot->graph(0)->setData(x, original, true);
    m_seriesPlot->graph(1)->setData(ex, recovered, true);
    m_seriesPlot->graph(2)->setData(ex, error, true);
    // The long title when it fits along the axis, else the short one.
    const QString title = unitOf(p.spec.feature, p.spec.logScale);
    const int room = m_seriesPlot->axisRect()->height() > 0 ? m_seriesPlot->axisRect()->height()
                                                            : m_seriesPlot->height() - 90;
    m_seriesPlot->yAxis->setLabel(QFontMetrics(m_seriesPlot->yAxis->labelFont()).horizontalAdvance(title) <= room
                                      ? title
                                      : unitOf(p.spec.feature, p.spec.logScale, true));
    m_seriesPlot->rescaleAxes();
    m_seriesPlot->yAxis->scaleRange(1.12, m_seriesPlot->yAxis->range().center()); // a margin above and below
    m_seriesPlot->xAxis->setRange(-0.5, std::max(1, std::max(n, p.recoveredLength)) - 0.5);
    double maxError = 0.0;
    for (double e : error)
        maxError = std::max(maxError, e);
    m_seriesPlot->yAxis2->setRange(0.0, maxError > 0 ? maxError * 1.1 : 1.0);
    m_seriesPlot->replot(QCustomPlot::rpQueuedReplot);

    const int bins = static_cast<int>(p.rawHistogram.size());
    QVector<double> centres, raw, corrected;
    for (int b = 0; b < bins; ++b) {
        centres.append((b + 0.5) * p.histogramMax / bins);
        raw.append(p.rawHistogram[static_cast<std::size_t>(b)]);
        corrected.append(p.gammaHistogram[static_cast<std::size_t>(b)]);
    }
    m_histogramPlot->graph(0)->setData(centres, raw, true);
    m_histogramPlot->graph(1)->setData(centres, corrected, true);
    m_histogramPlot->graph(1)->setName(tr("gamma %1, A %2").arg(p.spec.gamma, 0, 'g', 3).arg(p.spec.amplitude, 0, 'g', 3));
    m_histogramPlot->rescaleAxes();
    m_histogramPlot->xAxis->setRange(0.0, p.histogramMax);
    m_histogramPlot->yAxis->setRangeLower(0.0);
    m_histogramPlot->replot(QCustomPlot::rpQueuedReplot);
}

bool ImagingPane::exportImage(const QString &path)
{
    if (!m_frame || !m_frame->preview)
        return false;
    const QImage &image = m_showRaw->isChecked() ? m_frame->rawImage : m_frame->image;
    const int n = image.width();
    const int scale = std::max(1, 512 / std::max(1, n));
    return image.scaled(n * scale, n * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation).save(path, "PNG");
}

void ImagingPane::chooseExportFile()
{
    if (!m_frame || !m_frame->preview)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image"), QStringLiteral("gasf.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportImage(path))
        QMessageBox::warning(this, tr("Export image"), tr("Could not write %1").arg(path));
}

} // namespace netsynth
