#pragma once
// GanLossChart: the live curves of a WGAN-GP baseline (dg, wgan-gasf) on a
// linear axis: the critic's Wasserstein estimate D(real) - D(fake), raw and
// smoothed, and the smoothed critic loss. Both may be negative, which is why
// this is not the diffusion LossChart's log axis. Display only.

#include "widgets/training/loss_chart.h"

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace netsynth {

class GanLossChart : public QWidget
{
    Q_OBJECT
public:
    explicit GanLossChart(QWidget *parent = nullptr);

    void clear();
    // Appends one step (steps ascending); redraw with replot().
    void addPoint(double step, double wasserstein, double criticLoss);
    void replot();
    int pointCount() const { return m_count; }
    double smoothedWasserstein() const { return m_w.value(); }
    double smoothedCriticLoss() const { return m_critic.value(); }
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
    QCPGraph *m_rawW;
    QCPGraph *m_smoothW;
    QCPGraph *m_smoothCritic;
    SmoothedValue m_w;
    SmoothedValue m_critic;
    double m_min = 0.0;
    double m_max = 0.0;
    double m_lastStep = 0.0;
    int m_count = 0;
};

} // namespace netsynth
