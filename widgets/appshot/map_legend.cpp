#include "widgets/appshot/map_legend.h"

#include "widgets/colour_bar.h"

#include <QPainter>

#include <cmath>

namespace netsynth {

MapLegend::MapLegend(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(54);
}

void MapLegend::setScale(const QString &title, const ColorScale &scale)
{
    m_title = title;
    m_scale = scale;
    m_valid = true;
    update();
}

void MapLegend::clear()
{
    m_valid = false;
    update();
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_valid)
        return;
    const QRect bar(6, 20, width() - 12, 12);
    ColourBar::paintRamp(p, bar,
                         m_scale.palette() == ColorScale::Palette::Diverging ? ColourMapKind::Diverging
                                                                              : ColourMapKind::Viridis,
                         Qt::Horizontal);
    p.setPen(palette().windowText().color());
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.drawText(QRect(6, 0, width() - 12, 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 (%2)").arg(m_title, ColorScale::modeName(m_scale.mode())));
    double lo = m_scale.minimum(), hi = m_scale.maximum();
    if (m_scale.palette() == ColorScale::Palette::Diverging) {
        hi = std::max(std::abs(lo), std::abs(hi));
        lo = -hi;
    }
    double mid = 0.5 * (lo + hi);
    if (m_scale.mode() == ColorScale::Mode::Log && m_scale.palette() == ColorScale::Palette::Sequential)
        mid = std::expm1(0.5 * (std::log1p(std::max(0.0, lo)) + std::log1p(std::max(0.0, hi))));
    const QRect labels(6, 34, width() - 12, 18);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, QString::number(lo, 'g', 4));
    p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(mid, 'g', 4));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, QString::number(hi, 'g', 4));
}

} // namespace netsynth
