#include "widgets/datasets/class_plots.h"

#include "widgets/qcustomplot_include.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cstdlib>

namespace netsynth {

namespace {

const QColor kUp(52, 101, 164);
const QColor kDown(78, 154, 6);

QCustomPlot *makePlot(QWidget *parent, const QString &title)
{
    auto *p = new QCustomPlot(parent);
    // Wide enough for the translated titles; the Class statistics tab scrolls sideways when narrower.
    p->setMinimumSize(250, 170);
    p->plotLayout()->insertRow(0);
    const QFont font(p->font().family(), 9, QFont::Bold);
    auto *t = new QCPTextElement(p, ClassPlots::fitTitle(title, font, ClassPlots::kTitleWidth), font);
    p->plotLayout()->addElement(0, 0, t);
    p->setNoAntialiasingOnDrag(true);
    QFont small = p->font();
    small.setPointSize(8);
    p->xAxis->setTickLabelFont(small);
    p->yAxis->setTickLabelFont(small);
    p->xAxis->setLabelFont(small);
    p->yAxis->setLabelFont(small);
    p->legend->setFont(small);
    return p;
}

QCPBars *addBars(QCustomPlot *plot, const QVector<double> &x, const QVector<double> &y, double width,
                 const QColor &color, const QString &name)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(width);
    bars->setData(x, y, true);
    bars->setName(name);
    QColor fill = color;
    fill.setAlpha(150);
    bars->setBrush(fill);
    bars->setPen(QPen(color.darker(120)));
    return bars;
}

QVector<double> centres(std::size_t n, double width, double offset)
{
    QVector<double> x;
    x.reserve(static_cast<int>(n));
    for (std::size_t i = 0; i < n; ++i)
        x.push_back((static_cast<double>(i) + 0.5) * width + offset);
    return x;
}

double maxOf(const std::vector<double> &v)
{
    double m = 0.0;
    for (double x : v)
        m = std::max(m, x);
    return m;
}

} // namespace

QString ClassPlots::fitTitle(const QString &title, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(title) <= width)
        return title;
    int best = -1;
    for (int i = 0; i < title.size(); ++i)
        if (title[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - title.size() / 2) < std::abs(best - title.size() / 2)))
            best = i;
    if (best < 0)
        return title;
    return title.left(best) + QLatin1Char('\n') + title.mid(best + 1);
}

ClassPlots::ClassPlots(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ClassPlotsTitle"));
    m_title->setWordWrap(true);
    m_size = makePlot(this, tr("Packet size by direction"));
    m_iat = makePlot(this, tr("Inter-arrival time CDF"));
    m_length = makePlot(this, tr("Biflow length"));
    m_size->setObjectName(QStringLiteral("SizePlot"));
    m_iat->setObjectName(QStringLiteral("IatPlot"));
    m_length->setObjectName(QStringLiteral("LengthPlot"));

    auto *plots = new QHBoxLayout;
    plots->addWidget(m_size);
    plots->addWidget(m_iat);
    plots->addWidget(m_length);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addLayout(plots, 1);
    setDistribution(nullptr, QString());
}

void ClassPlots::setDistribution(const ClassDistribution *d, const QString &title)
{
    for (QCustomPlot *p : {m_size, m_iat, m_length}) {
        p->clearPlottables();
        p->legend->setVisible(false);
    }
    m_title->setText(title);
    if (!d) {
        for (QCustomPlot *p : {m_size, m_iat, m_length})
            p->replot();
        return;
    }

    // Packet size histogram, upstream and downstream side by side.
    const double w = d->sizeBinWidth;
    if (d->binned) {
        addBars(m_size, centres(d->sizeDown.size(), w, 0.0), QVector<double>(d->sizeDown.begin(), d->sizeDown.end()),
                w * 0.9, kDown, tr("bytes per bin"));
        m_size->xAxis->setLabel(tr("bytes per bin"));
    } else {
        addBars(m_size, centres(d->sizeUp.size(), w, -w * 0.2), QVector<double>(d->sizeUp.begin(), d->sizeUp.end()),
                w * 0.4, kUp, tr("upstream"));
        addBars(m_size, centres(d->sizeDown.size(), w, w * 0.2),
                QVector<double>(d->sizeDown.begin(), d->sizeDown.end()), w * 0.4, kDown, tr("downstream"));
        m_size->xAxis->setLabel(tr("bytes"));
        m_size->legend->setVisible(true);
        m_size->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_size->yAxis->setLabel(d->binned ? tr("bins") : tr("packets"));
    m_size->xAxis->ticker()->setTickCount(4);
    m_size->xAxis->setRange(0.0, w * static_cast<double>(d->sizeUp.size()));
    m_size->yAxis->setRange(0.0, std::max(1.0, std::max(maxOf(d->sizeUp), maxOf(d->sizeDown)) * 1.08));
    m_size->replot();

    // IAT CDF on a log x axis.
    m_iat->xAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> logTicker(new QCPAxisTickerLog);
    m_iat->xAxis->setTicker(logTicker);
    m_iat->xAxis->setNumberFormat(QStringLiteral("eb"));
    m_iat->xAxis->setNumberPrecision(0);
    m_iat->xAxis->setLabel(tr("seconds (log)"));
    m_iat->yAxis->setLabel(tr("fraction"));
    m_iat->yAxis->setRange(0.0, 1.02);
    if (!d->iatX.empty()) {
        auto *g = m_iat->addGraph();
        g->setData(QVector<double>(d->iatX.begin(), d->iatX.end()), QVector<double>(d->iatY.begin(), d->iatY.end()),
                   true);
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(QPen(QColor(204, 0, 0), 1.5));
        m_iat->xAxis->setRange(std::max(1e-7, d->iatX.front() * 0.8), std::max(d->iatX.back() * 1.25, 1e-6));
    } else {
        m_iat->xAxis->setRange(1e-6, 10.0);
    }
    m_iat->replot();

    // Biflow length histogram.
    const double lw = d->lengthBinWidth;
    addBars(m_length, centres(d->lengthCounts.size(), lw, 0.0),
            QVector<double>(d->lengthCounts.begin(), d->lengthCounts.end()), lw * 0.9, QColor(117, 80, 123),
            tr("biflows"));
    m_length->xAxis->setLabel(d->binned ? tr("bins per series") : tr("packets per biflow"));
    m_length->yAxis->setLabel(tr("biflows"));
    m_length->xAxis->ticker()->setTickCount(4);
    m_length->xAxis->setRange(0.0, lw * static_cast<double>(d->lengthCounts.size()));
    m_length->yAxis->setRange(0.0, std::max(1.0, maxOf(d->lengthCounts) * 1.08));
    m_length->replot();
}

} // namespace netsynth
