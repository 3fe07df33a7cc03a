#include "widgets/appshot/appshot_map_pane.h"

#include "core/appshot/appshot_trainer.h"
#include "widgets/appshot/appshot_inspector.h"
#include "widgets/appshot/appshot_training_view.h"
#include "widgets/appshot/map_canvas.h"
#include "widgets/appshot/map_grid.h"
#include "widgets/appshot/map_legend.h"
#include "widgets/colour_bar.h"
#include "widgets/flow_layout.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLocale>
#include <QStatusTipEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace netsynth {

namespace {

// A note the city readers attach (core/appshot: city_reader, city_writer,
// netmob23_reader) in the user's language. Core writes them in English; the
// known ones are translated here, any other is shown as written.
QString cityNoteText(const std::string &note)
{
    const QString n = QString::fromStdString(note);
    if (n == QLatin1String("no grid shapefile: the grid is not geo-referenced"))
        return AppShotMapPane::tr("no grid shapefile: the grid is not geo-referenced");
    if (n == QLatin1String("traffic: SpectraGAN stand-in maps (not a measurement); the first hour is taken as Monday 00:00"))
        return AppShotMapPane::tr("traffic: SpectraGAN stand-in maps (not a measurement); the first hour is taken as "
                                  "Monday 00:00");
    if (n == QLatin1String("Milan has no public context layers in this layout: maps only"))
        return AppShotMapPane::tr("Milan has no public context layers in this layout: maps only");
    if (n == QLatin1String("CSV grid: not geo-referenced"))
        return AppShotMapPane::tr("CSV grid: not geo-referenced");
    if (n == QLatin1String("NetMob23: no context layers in this layout"))
        return AppShotMapPane::tr("NetMob23: no context layers in this layout");
    static const QRegularExpression cropped(QStringLiteral("^cropped from (.+): rows (\\d+)\\.\\.(\\d+), cols (\\d+)\\.\\.(\\d+)$"));
    if (const auto m = cropped.match(n); m.hasMatch())
        return AppShotMapPane::tr("cropped from %1: rows %2..%3, cols %4..%5")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
    return n;
}

} // namespace

AppShotMapPane::AppShotMapPane(QWidget *parent)
    : QWidget(parent), m_layerTree(new QTreeWidget(this)), m_legend(new MapLegend(this)),
      m_time(new QSlider(Qt::Horizontal, this)), m_play(new QToolButton(this)), m_timeLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_showPatches(new QCheckBox(tr("Generation patches"), this)),
      m_playTimer(new QTimer(this)), m_tabs(new QTabWidget(this)), m_inspector(new AppShotInspector(this)),
      m_training(new AppShotTrainingView(this))
{
    setObjectName(QStringLiteral("AppShotMapPane"));
    qRegisterMetaType<AppShotTrainRequest>();
    qRegisterMetaType<AppShotGenerateRequest>();
    qRegisterMetaType<AppShotDemoRequest>();
    qRegisterMetaType<AppShotEvaluateRequest>();
    qRegisterMetaType<AppShotHoldoutRequest>();
    m_lastDir = QDir::homePath();

    QWidget *toolbar = createActions();
    QWidget *left = createLayerPanel();
    QWidget *centre = createCentre(createMaps());
    m_tabs->addTab(m_inspector, tr("Cell inspector"));
    m_tabs->addTab(m_training, tr("Training"));
    m_tabs->setMinimumWidth(180);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(centre);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setSizes({210, 880, 190}); // the maps first: the layer list and the inspector at about their minimum on a 1280 px screen
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(2, 2, 2, 2);
    lay->addWidget(toolbar);
    lay->addWidget(split, 1);
    showMessage(tr("Open a city folder (Ctrl+L): context layers, and traffic maps when the city has them."));
    updateTimeLabel();
}

AppShotMapPane::~AppShotMapPane() = default;

// The pane's actions (open, simulate, train, generate, export, evaluate) as
// buttons with shortcuts.
QWidget *AppShotMapPane::createActions()
{
    // The pane's actions as rows of buttons in groups that wrap onto a second
    // line when the pane is narrow (Italian labels at 1280 px), instead of a
    // toolbar that hides the last ones behind its extension button.
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("AppShotActions"));
    auto *toolFlow = new FlowLayout(toolbar, 12, 2);
    toolFlow->setContentsMargins(0, 0, 0, 0);
    QHBoxLayout *group = nullptr;
    auto newGroup = [&] {
        auto *box = new QWidget(toolbar);
        group = new QHBoxLayout(box);
        group->setContentsMargins(0, 0, 0, 0);
        group->setSpacing(0);
        toolFlow->addWidget(box);
    };
    auto addTool = [&](const QString &text, const QKeySequence &key, void (AppShotMapPane::*slot)()) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        QWidget::addAction(a);
        auto *button = new QToolButton(toolbar);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        group->addWidget(button);
        return a;
    };
    newGroup();
    addTool(tr("Open city..."), QKeySequence(Qt::CTRL | Qt::Key_L), &AppShotMapPane::openCityDialog);
    addTool(tr("Simulate traffic..."), QKeySequence(Qt::CTRL | Qt::Key_D), &AppShotMapPane::demoDialog);
    newGroup();
    addTool(tr("Train..."), QKeySequence(Qt::CTRL | Qt::Key_T), &AppShotMapPane::trainDialog);
    addTool(tr("Generate..."), QKeySequence(Qt::CTRL | Qt::Key_G), &AppShotMapPane::generateDialog);
    addTool(tr("Load generated..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), &AppShotMapPane::loadGeneratedDialog);
    newGroup();
    addTool(tr("Export PNG..."), QKeySequence(Qt::CTRL | Qt::Key_P), &AppShotMapPane::exportPngDialog);
    addTool(tr("Export traffic..."), QKeySequence(Qt::CTRL | Qt::Key_E), &AppShotMapPane::exportTrafficDialog);
    newGroup();
    addTool(tr("Evaluate..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &AppShotMapPane::evaluateDialog);
    addTool(tr("Hold-out study..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &AppShotMapPane::holdoutDialog);
    return toolbar;
}

// The layer list, the legend and the patches switch.
QWidget *AppShotMapPane::createLayerPanel()
{
    m_layerTree->setColumnCount(3);
    m_layerTree->setHeaderLabels({tr("Layer"), tr("Opacity"), tr("Scale")});
    m_layerTree->setRootIsDecorated(true);
    m_layerTree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_layerTree->header()->setStretchLastSection(false);
    m_layerTree->setColumnWidth(OpacityColumn, 58);
    m_layerTree->setColumnWidth(ScaleColumn, 62);
    m_layerTree->setIndentation(12);
    m_layerTree->setMinimumWidth(210); // names stay readable beside the opacity and scale columns
    connect(m_layerTree, &QTreeWidget::itemChanged, this, &AppShotMapPane::layerItemChanged);
    connect(m_layerTree, &QTreeWidget::currentItemChanged, this, [this] { updateLegend(); });
    auto *left = new QWidget(this);
    auto *leftLay = new QVBoxLayout(left);
    leftLay->setContentsMargins(0, 0, 0, 0);
    leftLay->addWidget(m_layerTree, 1);
    leftLay->addWidget(m_legend);
    leftLay->addWidget(m_showPatches);
    return left;
}

// The maps with the time slider and the status line under them.
QWidget *AppShotMapPane::createCentre(QWidget *maps)
{
    m_play->setText(tr("Play"));
    m_play->setCheckable(true);
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_play->setToolTip(tr("Play the hours (Ctrl+Space)"));
    m_playTimer->setInterval(400);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setText(on ? tr("Pause") : tr("Play"));
        if (on)
            m_playTimer->start();
        else
            m_playTimer->stop();
    });
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_time->maximum() <= 0)
            return;
        m_time->setValue(m_time->value() >= m_time->maximum() ? 0 : m_time->value() + 1);
    });
    connect(m_time, &QSlider::valueChanged, this, [this] {
        updateTimeLabel();
        updateMaps();
        refreshInspector();
    });
    auto *timeLay = new QHBoxLayout;
    timeLay->addWidget(m_play);
    timeLay->addWidget(m_time, 1);
    timeLay->addWidget(m_timeLabel);

    auto *centre = new QWidget(this);
    auto *centreLay = new QVBoxLayout(centre);
    centreLay->setContentsMargins(0, 0, 0, 0);
    centreLay->addWidget(maps, 1);
    centreLay->addLayout(timeLay);
    centreLay->addWidget(m_status);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_status, &QLabel::linkActivated, this, [this] {
        if (!m_lastReport.isEmpty())
            Q_EMIT openReportRequested(m_lastReport);
    });
    // Explicit minimums: the word-wrapped status line and the time label must
    // not make the pane (and the main window) wider than the screen.
    centre->setMinimumWidth(300);
    m_timeLabel->setMinimumWidth(60);
    m_time->setMinimumWidth(100);
    return centre;
}


void AppShotMapPane::showMessage(const QString &message)
{
    m_statusError = false;
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void AppShotMapPane::showError(const QString &message)
{
    m_statusError = true;
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
    m_status->setText(message);
}

void AppShotMapPane::showReportReady(const QString &folder, const QString &message)
{
    m_lastReport = folder;
    showMessage(QString());
    m_status->setText(QStringLiteral("%1 <a href=\"report\">%2</a>")
                          .arg(message.toHtmlEscaped(), tr("Open it in the Reports pane")));
}

QString AppShotMapPane::statusText() const
{
    return m_status->text();
}

void AppShotMapPane::setPatchesShown(bool shown)
{
    m_showPatches->setChecked(shown);
}

bool AppShotMapPane::patchesShown() const
{
    return m_showPatches->isChecked();
}

MapCanvas *AppShotMapPane::canvas(int i) const
{
    return m_canvases[std::clamp(i, 0, 2)];
}

int AppShotMapPane::layerCount() const
{
    return static_cast<int>(m_layers.size());
}

std::shared_ptr<const TrafficMaps> AppShotMapPane::timeline() const
{
    return m_generated ? m_generated : m_real;
}

int AppShotMapPane::currentStep() const
{
    return m_time->value();
}

void AppShotMapPane::setCurrentStep(int step)
{
    m_time->setValue(step);
}

int AppShotMapPane::realStepFor(int step) const
{
    if (!m_real)
        return -1;
    if (!m_generated)
        return step < m_real->steps ? step : -1;
    if (step < 0 || step >= m_generated->steps)
        return -1;
    const int hour = m_generated->hours[step];
    for (int t = 0; t < m_real->steps; ++t)
        if (m_real->hours[t] == hour)
            return t;
    return -1;
}

int AppShotMapPane::serviceIndex(const TrafficMaps &t, const QString &name) const
{
    for (int s = 0; s < t.services; ++s)
        if (QString::fromStdString(t.serviceNames[s]) == name)
            return s;
    return -1;
}

QString AppShotMapPane::locationText(int row, int col) const
{
    if (!m_city || row < 0 || col < 0 || row >= m_city->rows || col >= m_city->cols)
        return {};
    const QString cell = tr("Cell row %1, column %2").arg(row).arg(col);
    const GeoReference &geo = m_city->geo;
    if (!geo.valid)
        return cell;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    geo.cellBounds(row, col, x0, y0, x1, y1);
    const QLocale locale;
    const QString crs = QString::fromStdString(geo.crsName());
    if (geo.isMetric())
        return tr("%1: centre x %2 m, y %3 m (%4); cells %5 x %6 m")
            .arg(cell, locale.toString(0.5 * (x0 + x1), 'f', 0), locale.toString(0.5 * (y0 + y1), 'f', 0), crs,
                 locale.toString(geo.cellWidth, 'f', 0), locale.toString(geo.cellHeight, 'f', 0));
    return tr("%1: centre x %2, y %3 (%4)")
        .arg(cell, locale.toString(0.5 * (x0 + x1), 'f', 5), locale.toString(0.5 * (y0 + y1), 'f', 5), crs);
}

void AppShotMapPane::setCity(std::shared_ptr<const City> city)
{
    m_city = std::move(city);
    m_real = m_city && m_city->traffic ? std::make_shared<const TrafficMaps>(*m_city->traffic) : nullptr;
    m_generated.reset();
    m_patches.clear();
    m_selRow = m_selCol = -1;
    m_inspector->clear();
    const bool north = !m_city || !m_city->geo.valid || m_city->geo.rowZeroNorth;
    for (MapCanvas *c : m_canvases) {
        c->setGrid(m_city ? m_city->rows : 0, m_city ? m_city->cols : 0, north);
        c->setCellMetres(m_city && m_city->geo.isMetric() ? m_city->geo.cellWidth : 0.0);
        c->setPatches({});
        c->resetView();
    }
    m_mapGrid->setGridShape(m_city ? m_city->rows : 1, m_city ? m_city->cols : 1);
    buildLayerList();
    m_time->setRange(0, std::max(0, (timeline() ? timeline()->steps : 1) - 1));
    m_time->setValue(0);
    updateCanvasTitles();
    updateTimeLabel();
    updateMaps();
    if (m_city) {
        QString msg = tr("%1: %2 x %3 cells, %4 context layers").arg(QString::fromStdString(m_city->name)).arg(m_city->rows).arg(m_city->cols).arg(m_city->layers.size());
        for (const auto &n : m_city->notes)
            msg += QStringLiteral("; ") + cityNoteText(n);
        showMessage(msg);
    }
}

void AppShotMapPane::setRealTraffic(std::shared_ptr<const TrafficMaps> traffic)
{
    m_real = std::move(traffic);
    buildLayerList();
    m_time->setRange(0, std::max(0, (timeline() ? timeline()->steps : 1) - 1));
    updateCanvasTitles();
    updateTimeLabel();
    updateMaps();
    refreshInspector();
}

bool AppShotMapPane::setGenerated(std::shared_ptr<const TrafficMaps> traffic, const std::vector<PatchTiler::Patch> &patches,
                                  int patchSize)
{
    if (!m_city) {
        showError(tr("Open the city these maps belong to first: generated maps are shown over a city's grid."));
        return false;
    }
    if (traffic && (traffic->rows != m_city->rows || traffic->cols != m_city->cols)) {
        showError(tr("The generated maps are %1 x %2 cells but %3 is %4 x %5: not shown (the maps already shown are kept).")
                      .arg(traffic->rows)
                      .arg(traffic->cols)
                      .arg(QString::fromStdString(m_city->name))
                      .arg(m_city->rows)
                      .arg(m_city->cols));
        return false;
    }
    m_generated = std::move(traffic);
    m_patches = patches;
    m_patchSize = patchSize;
    std::vector<QRect> rects;
    for (const auto &p : m_patches)
        rects.push_back(QRect(p.col, p.row, patchSize, patchSize));
    for (MapCanvas *c : m_canvases)
        c->setPatches(rects);
    buildLayerList();
    m_time->setRange(0, std::max(0, (timeline() ? timeline()->steps : 1) - 1));
    m_time->setValue(0);
    updateCanvasTitles();
    updateTimeLabel();
    updateMaps();
    refreshInspector();
    return true;
}

void AppShotMapPane::updateCanvasTitles()
{
    const QString sim = tr("SIMULATED");
    // Simulated traffic says so in the red badge; other provenance in the title.
    m_canvases[0]->setTitle(!m_real ? tr("Real: no traffic")
                                    : m_real->simulated()
                                          ? tr("Real")
                                          : tr("Real (%1)").arg(QString::fromStdString(provenanceName(m_real->provenance))));
    m_canvases[0]->setBadge(m_real && m_real->simulated() ? sim : QString());
    m_canvases[1]->setTitle(m_generated ? tr("Generated (%1)").arg(QString::fromStdString(m_generated->metadata.value("method", std::string("generated"))))
                                        : tr("Generated: none"));
    m_canvases[1]->setBadge(m_generated && m_generated->simulated() ? sim : QString());
    m_canvases[2]->setTitle(tr("Generated - real"));
    m_canvases[2]->setBadge(m_generated && m_generated->simulated() ? sim : QString());
}

void AppShotMapPane::updateTimeLabel()
{
    const auto t = timeline();
    if (!t || t->steps == 0) {
        m_timeLabel->setText(tr("no time steps"));
        return;
    }
    const int step = std::clamp(m_time->value(), 0, t->steps - 1);
    static const char *days[] = {QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
                                 QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun")};
    const int hour = t->hours[step];
    const int minute = (step % std::max(1, 60 / std::max(1, t->stepMinutes))) * t->stepMinutes;
    m_timeLabel->setText(tr("step %1/%2, hour %3 (%4 %5:%6)")
                             .arg(step + 1)
                             .arg(t->steps)
                             .arg(hour)
                             .arg(tr(days[((hour / 24) % 7 + 7) % 7]))
                             .arg(((hour % 24) + 24) % 24, 2, 10, QLatin1Char('0'))
                             .arg(minute % 60, 2, 10, QLatin1Char('0')));
}

void AppShotMapPane::updateMaps()
{
    if (!m_city) {
        for (MapCanvas *c : m_canvases)
            c->setLayers({});
        return;
    }
    const int step = m_time->value();
    const int realStep = realStepFor(step);
    const int genStep = m_generated && step < m_generated->steps ? step : -1;
    const bool north = !m_city->geo.valid || m_city->geo.rowZeroNorth;
    const int rows = m_city->rows, cols = m_city->cols;
    std::vector<MapCanvas::Layer> layers[3];
    bool differenceShown = false;
    // Bottom to top: context layers (in list order), then services.
    for (int pass = 0; pass < 2; ++pass) {
        for (const LayerEntry &e : m_layers) {
            if (!e.visible || e.opacity <= 0.0)
                continue;
            if ((pass == 0) != (e.kind == LayerEntry::Context))
                continue;
            const ColorScale scale(e.minimum, e.maximum, e.mode, ColorScale::Palette::Sequential);
            if (e.kind == LayerEntry::Context) {
                const auto &vals = m_city->layers[e.index].values;
                std::vector<float> f(vals.begin(), vals.end());
                const QImage img = scale.render(f.data(), rows, cols, m_city->mask, north);
                for (auto &l : layers)
                    l.push_back({img, e.opacity});
                continue;
            }
            const int rs = m_real && realStep >= 0 ? serviceIndex(*m_real, e.name) : -1;
            const int gs = m_generated && genStep >= 0 ? serviceIndex(*m_generated, e.name) : -1;
            if (rs >= 0)
                layers[0].push_back({scale.render(m_real->map(realStep, rs), rows, cols, m_city->mask, north), e.opacity});
            if (gs >= 0)
                layers[1].push_back({scale.render(m_generated->map(genStep, gs), rows, cols, m_city->mask, north), e.opacity});
            if (rs >= 0 && gs >= 0) {
                std::vector<float> diff(m_city->cells());
                double m = 0.0;
                for (std::size_t i = 0; i < diff.size(); ++i) {
                    diff[i] = m_generated->map(genStep, gs)[i] - m_real->map(realStep, rs)[i];
                    m = std::max(m, static_cast<double>(std::abs(diff[i])));
                }
                const ColorScale d(-m, m, e.mode, ColorScale::Palette::Diverging);
                layers[2].push_back({d.render(diff.data(), rows, cols, m_city->mask, north), e.opacity});
                // The key follows the topmost service drawn.
                m_differenceBar->setScale(ColourMapKind::Diverging, -m, m, tr("%1: generated - real").arg(e.name));
                differenceShown = true;
            }
        }
    }
    for (int i = 0; i < 3; ++i)
        m_canvases[i]->setLayers(layers[i]);
    if (!differenceShown)
        m_differenceBar->clear();
}

void AppShotMapPane::selectCell(int row, int col)
{
    onCellClicked(row, col);
}

void AppShotMapPane::onCellClicked(int row, int col)
{
    m_selRow = row;
    m_selCol = col;
    for (MapCanvas *c : m_canvases)
        c->setSelectedCell(row, col);
    m_tabs->setCurrentWidget(m_inspector);
    refreshInspector();
}

void AppShotMapPane::refreshInspector()
{
    if (!m_city || m_selRow < 0 || m_selRow >= m_city->rows || m_selCol >= m_city->cols)
        return;
    const int step = m_time->value();
    m_inspector->showCell(*m_city, m_real, m_generated, m_selRow, m_selCol, realStepFor(step),
                          m_generated && step < m_generated->steps ? step : -1);
}

void AppShotMapPane::addTrainingProgress(const AppShotTrainingProgress &progress)
{
    m_training->addProgress(progress);
    if (progress.hasSample)
        m_tabs->setCurrentWidget(m_training);
}

void AppShotMapPane::clearTraining()
{
    m_training->clear();
    m_tabs->setCurrentWidget(m_training);
}

QImage AppShotMapPane::renderMaps()
{
    QImage images[3];
    int w = 0, h = 0;
    for (int i = 0; i < 3; ++i) {
        images[i] = m_canvases[i]->renderImage();
        w += images[i].width();
        h = std::max(h, images[i].height());
    }
    QImage out(w, h + 60, QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    int x = 0;
    for (const QImage &img : images) {
        p.drawImage(x, 0, img);
        x += img.width();
    }
    p.translate(0, h + 4);
    m_legend->render(&p);
    p.end();
    return out;
}

} // namespace netsynth
