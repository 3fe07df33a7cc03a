#include "widgets/appshot/appshot_training_view.h"

#include "core/appshot/appshot_trainer.h"
#include "widgets/appshot/color_scale.h"
#include "widgets/appshot/map_canvas.h"

#include "widgets/qcustomplot_include.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace netsynth {

AppShotTrainingView::AppShotTrainingView(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_sampleReal(new MapCanvas(tr("Sample: real"), this)),
      m_sampleGenerated(new MapCanvas(tr("Sample: generated"), this)), m_status(new QLabel(this))
{
    m_plot->setMinimumHeight(160);
    const QColor colors[3] = {QColor(204, 0, 0), QColor(52, 101, 164), QColor(78, 154, 6)};
    const QString names[3] = {tr("generator"), tr("D spatial (PatchGAN)"), tr("D composition")};
    // The generator loss (L1 included) is several times the discriminators'
    // (about 2 ln 2 = 1.39 at chance): they get their own axis on the right.
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setLabel(tr("discriminator loss (chance 1.386)"));
    for (int i = 0; i < 3; ++i) {
        m_plot->addGraph(m_plot->xAxis, i == 0 ? m_plot->yAxis : m_plot->yAxis2);
        m_plot->graph(i)->setPen(QPen(colors[i], 1.5));
        m_plot->graph(i)->setName(names[i]);
    }
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("generator loss"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto *maps = new QHBoxLayout;
    maps->addWidget(m_sampleReal);
    maps->addWidget(m_sampleGenerated);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_plot, 2);
    lay->addLayout(maps, 1);
    lay->addWidget(m_status);
    m_status->setText(tr("No training yet: use Train... to train the GAN."));
    connect(m_sampleReal, &MapCanvas::viewChanged, m_sampleGenerated, &MapCanvas::setView);
    connect(m_sampleGenerated, &MapCanvas::viewChanged, m_sampleReal, &MapCanvas::setView);
}

void AppShotTrainingView::clear()
{
    for (int i = 0; i < 3; ++i)
        m_plot->graph(i)->data()->clear();
    m_plot->replot();
    m_sampleReal->setGrid(0, 0, true);
    m_sampleGenerated->setGrid(0, 0, true);
    m_samples = 0;
}

int AppShotTrainingView::pointCount() const
{
    return m_plot->graph(0)->dataCount();
}

int AppShotTrainingView::curveCount() const
{
    int n = 0;
    for (int i = 0; i < 3; ++i)
        n += m_plot->graph(i)->dataCount() > 0;
    return n;
}

void AppShotTrainingView::addProgress(const AppShotTrainingProgress &p)
{
    m_plot->graph(0)->addData(p.step, p.lossGenerator);
    m_plot->graph(1)->addData(p.step, p.lossSpatial);
    m_plot->graph(2)->addData(p.step, p.lossComposition);
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_status->setText(tr("Step %1 of %2: generator %3, D spatial %4, D composition %5, L1 %6")
                          .arg(p.step)
                          .arg(p.totalSteps)
                          .arg(p.lossGenerator, 0, 'f', 3)
                          .arg(p.lossSpatial, 0, 'f', 3)
                          .arg(p.lossComposition, 0, 'f', 3)
                          .arg(p.lossL1, 0, 'f', 3));
    if (!p.hasSample || p.rows == 0)
        return;
    const std::size_t n = static_cast<std::size_t>(p.rows) * p.cols;
    float hi = 0.0f;
    for (std::size_t i = 0; i < n; ++i)
        hi = std::max({hi, p.sampleReal[i], p.sampleGenerated[i]});
    const ColorScale scale(0.0, hi, ColorScale::Mode::Log, ColorScale::Palette::Sequential);
    const QString service = p.services.empty() ? QString() : QString::fromStdString(p.services.front());
    for (auto pair : {std::make_pair(m_sampleReal, p.sampleReal.data()), std::make_pair(m_sampleGenerated, p.sampleGenerated.data())}) {
        pair.first->setGrid(p.rows, p.cols, p.rowZeroNorth);
        pair.first->setLayers({{scale.render(pair.second, p.rows, p.cols, {}, p.rowZeroNorth), 1.0}});
    }
    m_sampleReal->setTitle(tr("Real %1, %2, hour %3").arg(QString::fromStdString(p.sampleCity), service).arg(p.sampleHour));
    m_sampleGenerated->setTitle(tr("Generated at step %1").arg(p.step));
    ++m_samples;
}

} // namespace netsynth
