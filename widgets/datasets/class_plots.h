#pragma once
// Per-class statistics plots (QCustomPlot): packet-size histogram by
// direction, IAT CDF on a log axis, biflow length distribution. Shows a
// ClassDistribution computed in core; it does no statistics itself.

#include "core/data/dataset_summary.h"

#include <QWidget>

class QCustomPlot;
class QFont;
class QLabel;

namespace netsynth {

class ClassPlots : public QWidget
{
    Q_OBJECT
public:
    explicit ClassPlots(QWidget *parent = nullptr);

    // nullptr clears the plots. The distribution is copied.
    void setDistribution(const ClassDistribution *distribution, const QString &title);

    QCustomPlot *sizePlot() const { return m_size; }
    QCustomPlot *iatPlot() const { return m_iat; }
    QCustomPlot *lengthPlot() const { return m_length; }

    // `title` as one line when it fits `width` pixels in `font`, else broken
    // into two lines at the space nearest its middle (translated titles are
    // longer than the plots are narrow).
    static QString fitTitle(const QString &title, const QFont &font, int width);
    // The width a plot title has at the plots' minimum size.
    static constexpr int kTitleWidth = 236;

private:
    QLabel *m_title;
    QCustomPlot *m_size;
    QCustomPlot *m_iat;
    QCustomPlot *m_length;
};

} // namespace netsynth
