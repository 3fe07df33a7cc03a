#pragma once
// LossChart: the live training loss (raw per step and exponentially smoothed)
// on a log-scale axis, with QCustomPlot. Display only.

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace netsynth {

class LossChart : public QWidget
{
    Q_OBJECT
public:
    explicit LossChart(QWidget *parent = nullptr);

    void clear();
    // Appends points (steps ascending); redraw with replot().
    void addPoint(double step, double loss);
    void replot();
    int pointCount() const { return m_count; }
    double smoothedLoss() const { return m_smoothed; }
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
    QCPGraph *m_raw;
    QCPGraph *m_smooth;
    double m_smoothed = 0.0;
    double m_ema = 0.0;    // biased moving average
    double m_debias = 1.0; // beta^n
    double m_minLoss = 0.0;
    double m_maxLoss = 0.0;
    double m_lastStep = 0.0;
    int m_count = 0;
};

} // namespace netsynth
