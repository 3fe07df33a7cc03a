#include "widgets/training/gan_loss_chart.h"

#include "widgets/qcustomplot_include.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace netsynth {

GanLossChart::GanLossChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(240, 160);
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("critic estimate"));
    m_plot->yAxis->setNumberFormat(QStringLiteral("g"));
    m_plot->yAxis->setNumberPrecision(3);
    m_rawW = m_plot->addGraph();
    m_rawW->setName(tr("W distance"));
    m_rawW->setPen(QPen(QColor(120, 180, 120, 150), 1));
    m_rawW->setAdaptiveSampling(true);
    m_smoothW = m_plot->addGraph();
    m_smoothW->setName(tr("W distance, smoothed"));
    m_smoothW->setPen(QPen(QColor(30, 120, 50), 2));
    m_smoothCritic = m_plot->addGraph();
    m_smoothCritic->setName(tr("critic loss, smoothed"));
    m_smoothCritic->setPen(QPen(QColor(200, 110, 30), 2, Qt::DashLine));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    clear();
}

void GanLossChart::clear()
{
    for (QCPGraph *g : {m_rawW, m_smoothW, m_smoothCritic})
        g->data()->clear();
    m_w.reset();
    m_critic.reset();
    m_count = 0;
    m_lastStep = 0.0;
    m_plot->xAxis->setRange(0, 100);
    m_plot->yAxis->setRange(-1.0, 1.0);
    m_plot->replot();
}

void GanLossChart::addPoint(double step, double wasserstein, double criticLoss)
{
    if (!std::isfinite(wasserstein) || !std::isfinite(criticLoss))
        return;
    const double w = m_w.add(wasserstein);
    const double c = m_critic.add(criticLoss);
    m_rawW->addData(step, wasserstein);
    m_smoothW->addData(step, w);
    m_smoothCritic->addData(step, c);
    const double lo = std::min({wasserstein, w, c});
    const double hi = std::max({wasserstein, w, c});
    m_min = m_count == 0 ? lo : std::min(m_min, lo);
    m_max = m_count == 0 ? hi : std::max(m_max, hi);
    m_lastStep = step;
    ++m_count;
}

void GanLossChart::replot()
{
    if (m_count > 0) {
        const double first = m_rawW->data()->constBegin()->key;
        m_plot->xAxis->setRange(first, std::max(first + 10.0, m_lastStep));
        const double margin = std::max(1e-3, 0.08 * (m_max - m_min));
        m_plot->yAxis->setRange(m_min - margin, m_max + margin);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace netsynth
