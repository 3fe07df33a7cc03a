#include "widgets/training/loss_chart.h"

#include "widgets/qcustomplot_include.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace netsynth {

LossChart::LossChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(240, 160);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    m_plot->yAxis->setTicker(ticker);
    // Plain numbers: a loss range narrower than a decade gets ticks between
    // powers of ten, which the "10^n" format would all print as the same power.
    m_plot->yAxis->setNumberFormat(QStringLiteral("g"));
    m_plot->yAxis->setNumberPrecision(3);
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss (log)"));
    m_raw = m_plot->addGraph();
    m_raw->setName(tr("loss"));
    m_raw->setPen(QPen(QColor(120, 160, 220, 150), 1));
    m_raw->setAdaptiveSampling(true);
    m_smooth = m_plot->addGraph();
    m_smooth->setName(tr("smoothed"));
    m_smooth->setPen(QPen(QColor(200, 60, 40), 2));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    clear();
}

void LossChart::clear()
{
    m_raw->data()->clear();
    m_smooth->data()->clear();
    m_count = 0;
    m_ema.reset();
    m_lastStep = 0.0;
    m_plot->xAxis->setRange(0, 100);
    m_plot->yAxis->setRange(0.01, 1.0);
    m_plot->replot();
}

void LossChart::addPoint(double step, double loss)
{
    if (!(loss > 0.0) || !std::isfinite(loss))
        return;
    m_raw->addData(step, loss);
    m_smooth->addData(step, m_ema.add(loss));
    if (m_count == 0) {
        m_minLoss = loss;
        m_maxLoss = loss;
    }
    m_minLoss = std::min(m_minLoss, loss);
    m_maxLoss = std::max(m_maxLoss, loss);
    m_lastStep = step;
    ++m_count;
}

void LossChart::replot()
{
    if (m_count > 0) {
        const double first = m_raw->data()->constBegin()->key;
        m_plot->xAxis->setRange(first, std::max(first + 10.0, m_lastStep));
        m_plot->yAxis->setRange(m_minLoss * 0.8, m_maxLoss * 1.25);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace netsynth
