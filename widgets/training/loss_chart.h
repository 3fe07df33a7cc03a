#pragma once
// LossChart: the live training loss (raw per step and exponentially smoothed)
// on a log-scale axis, with QCustomPlot. Display only.

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace netsynth {

// An exponential moving average with a bias correction (as TensorBoard's
// smoothing), so the smoothed curve starts on the data and follows early steps.
class SmoothedValue
{
public:
    explicit SmoothedValue(double beta = 0.95) : m_beta(beta) {}
    double add(double value)
    {
        m_ema = m_beta * m_ema + (1.0 - m_beta) * value;
        m_debias *= m_beta;
        return value_();
    }
    double value() const { return m_debias < 1.0 ? value_() : 0.0; }
    void reset()
    {
        m_ema = 0.0;
        m_debias = 1.0;
    }

private:
    double value_() const { return m_ema / (1.0 - m_debias); }
    double m_beta;
    double m_ema = 0.0;    // biased moving average
    double m_debias = 1.0; // beta^n
};

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
    double smoothedLoss() const { return m_ema.value(); }
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
    QCPGraph *m_raw;
    QCPGraph *m_smooth;
    SmoothedValue m_ema;
    double m_minLoss = 0.0;
    double m_maxLoss = 0.0;
    double m_lastStep = 0.0;
    int m_count = 0;
};

} // namespace netsynth
