// The AppShot Map pane's layer list: the services and context layers as a
// tree with visibility, opacity and scale per layer, and the legend of the
// selected one; and the three linked maps those layers are drawn on.
#include "widgets/appshot/appshot_map_pane.h"

#include "widgets/appshot/map_canvas.h"
#include "widgets/appshot/map_grid.h"
#include "widgets/appshot/map_legend.h"
#include "widgets/colour_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QStatusTipEvent>
#include <QSpinBox>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace netsynth {

namespace {
void rangeOf(const TrafficMaps *t, int s, double &lo, double &hi)
{
    if (!t || s < 0)
        return;
    for (int step = 0; step < t->steps; ++step) {
        const float *m = t->map(step, s);
        for (std::size_t i = 0; i < t->cells(); ++i)
            if (std::isfinite(m[i])) {
                lo = std::min(lo, static_cast<double>(m[i]));
                hi = std::max(hi, static_cast<double>(m[i]));
            }
    }
}
} // namespace

void AppShotMapPane::buildLayerList()
{
    // Keep the settings of layers that survive a rebuild.
    std::vector<LayerEntry> old = m_layers;
    auto previous = [&old](LayerEntry::Kind kind, const QString &name) -> const LayerEntry * {
        for (const auto &e : old)
            if (e.kind == kind && e.name == name)
                return &e;
        return nullptr;
    };
    m_building = true;
    m_layerTree->clear();
    m_layers.clear();
    if (!m_city) {
        m_building = false;
        updateLegend();
        return;
    }
    QStringList services;
    for (const TrafficMaps *t : {m_real.get(), m_generated.get()})
        if (t)
            for (const auto &s : t->serviceNames)
                if (!services.contains(QString::fromStdString(s)))
                    services << QString::fromStdString(s);
    for (int s = 0; s < services.size(); ++s) {
        LayerEntry e{LayerEntry::Service, s, services[s], s == 0, 1.0, ColorScale::Mode::Log, 0.0, 0.0};
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        if (m_real)
            rangeOf(m_real.get(), serviceIndex(*m_real, services[s]), lo, hi);
        if (m_generated)
            rangeOf(m_generated.get(), serviceIndex(*m_generated, services[s]), lo, hi);
        e.minimum = std::isfinite(lo) ? lo : 0.0;
        e.maximum = std::isfinite(hi) ? hi : 1.0;
        if (e.minimum < 0.0)
            e.mode = ColorScale::Mode::Linear; // z-scored data (Milan)
        if (const LayerEntry *p = previous(e.kind, e.name)) {
            e.visible = p->visible;
            e.opacity = p->opacity;
            e.mode = p->mode;
        }
        m_layers.push_back(e);
    }
    for (std::size_t k = 0; k < m_city->layers.size(); ++k) {
        const ContextLayer &l = m_city->layers[k];
        const bool logDefault = l.kind == LayerKind::Population || l.kind == LayerKind::Count;
        LayerEntry e{LayerEntry::Context, static_cast<int>(k), QString::fromStdString(l.name),
                     services.isEmpty() && k == 0, 1.0, logDefault ? ColorScale::Mode::Log : ColorScale::Mode::Linear,
                     l.minimum(), l.maximum()};
        if (const LayerEntry *p = previous(e.kind, e.name)) {
            e.visible = p->visible;
            e.opacity = p->opacity;
            e.mode = p->mode;
        }
        m_layers.push_back(e);
    }
    auto *servicesRoot = new QTreeWidgetItem(m_layerTree, {tr("Service channels")});
    auto *contextRoot = new QTreeWidgetItem(m_layerTree, {tr("Context layers")});
    std::map<std::string, QTreeWidgetItem *> groups;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        LayerEntry &e = m_layers[i];
        QTreeWidgetItem *parent = servicesRoot;
        if (e.kind == LayerEntry::Context) {
            const std::string g = m_city->layers[e.index].group;
            auto it = groups.find(g);
            if (it == groups.end())
                it = groups.emplace(g, new QTreeWidgetItem(contextRoot, {QString::fromStdString(g)})).first;
            parent = it->second;
        }
        e.item = new QTreeWidgetItem(parent, {e.name});
        e.item->setData(NameColumn, Qt::UserRole, static_cast<int>(i));
        e.item->setFlags(e.item->flags() | Qt::ItemIsUserCheckable);
        e.item->setCheckState(NameColumn, e.visible ? Qt::Checked : Qt::Unchecked);
        e.item->setToolTip(NameColumn, tr("%1: min %2, max %3").arg(e.name).arg(e.minimum, 0, 'g', 5).arg(e.maximum, 0, 'g', 5));
        auto *opacity = new QSpinBox(m_layerTree);
        opacity->setRange(0, 100);
        opacity->setSuffix(QStringLiteral("%"));
        opacity->setValue(static_cast<int>(std::lround(e.opacity * 100)));
        opacity->setToolTip(tr("Opacity of %1").arg(e.name));
        m_layerTree->setItemWidget(e.item, OpacityColumn, opacity);
        connect(opacity, &QSpinBox::valueChanged, this, [this, i](int v) {
            if (i < m_layers.size()) {
                m_layers[i].opacity = v / 100.0;
                updateMaps();
            }
        });
        auto *scale = new QComboBox(m_layerTree);
        scale->addItem(tr("linear"));
        scale->addItem(tr("log"));
        scale->setCurrentIndex(e.mode == ColorScale::Mode::Log ? 1 : 0);
        m_layerTree->setItemWidget(e.item, ScaleColumn, scale);
        connect(scale, &QComboBox::currentIndexChanged, this, [this, i](int idx) {
            if (i < m_layers.size()) {
                m_layers[i].mode = idx == 1 ? ColorScale::Mode::Log : ColorScale::Mode::Linear;
                updateMaps();
                updateLegend();
            }
        });
    }
    servicesRoot->setExpanded(true);
    contextRoot->setExpanded(true);
    if (!m_layers.empty())
        m_layerTree->setCurrentItem(m_layers.front().item);
    m_building = false;
    updateLegend();
}

void AppShotMapPane::layerItemChanged(QTreeWidgetItem *item)
{
    if (m_building)
        return;
    const QVariant v = item->data(NameColumn, Qt::UserRole);
    if (!v.isValid())
        return;
    const std::size_t i = static_cast<std::size_t>(v.toInt());
    if (i >= m_layers.size())
        return;
    m_layers[i].visible = item->checkState(NameColumn) == Qt::Checked;
    updateMaps();
}

void AppShotMapPane::updateLegend()
{
    QTreeWidgetItem *item = m_layerTree->currentItem();
    const QVariant v = item ? item->data(NameColumn, Qt::UserRole) : QVariant();
    if (!v.isValid() || static_cast<std::size_t>(v.toInt()) >= m_layers.size()) {
        m_legend->clear();
        return;
    }
    const LayerEntry &e = m_layers[v.toInt()];
    m_legend->setScale(e.name, ColorScale(e.minimum, e.maximum, e.mode, ColorScale::Palette::Sequential));
}

// The real, generated and difference maps with linked views.
QWidget *AppShotMapPane::createMaps()
{
    // Under the difference map its own key (a diverging ramp, symmetric
    // around 0); the real and generated maps share the selected layer's
    // legend. MapGrid arranges the three for the space the dock gives them.
    const QString titles[3] = {tr("Real"), tr("Generated"), tr("Generated - real")};
    m_differenceBar = new ColourBar(Qt::Horizontal, this);
    m_differenceBar->setObjectName(QStringLiteral("AppShotDifferenceBar"));
    for (int i = 0; i < 3; ++i) {
        m_canvases[i] = new MapCanvas(titles[i], this);
        connect(m_canvases[i], &MapCanvas::cellClicked, this, &AppShotMapPane::onCellClicked);
        connect(m_canvases[i], &MapCanvas::cellHovered, this, [this](int row, int col) {
            // The window's status line shows where the mouse is, in the grid's CRS.
            m_location = row < 0 ? QString() : locationText(row, col);
            QStatusTipEvent tip(m_location);
            QCoreApplication::sendEvent(this, &tip);
        });
    }
    m_mapGrid = new MapGrid(m_canvases, m_differenceBar, this);
    m_mapGrid->setObjectName(QStringLiteral("AppShotMapGrid"));
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (i != j)
                connect(m_canvases[i], &MapCanvas::viewChanged, m_canvases[j], &MapCanvas::setView);
    connect(m_showPatches, &QCheckBox::toggled, this, [this](bool on) {
        for (MapCanvas *c : m_canvases)
            c->setPatchesVisible(on);
    });
    return m_mapGrid;
}

} // namespace netsynth
