#include "widgets/reports/series_comparison_dialog.h"

#include "widgets/plot_style.h"
#include "widgets/qcustomplot_include.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {

const QColor kReal(76, 114, 176);       // blue, as the Datasets pane's real traffic
const QColor kSynthetic(221, 132, 82);  // orange

// The axis title of a series feature (imaging's feature names).
QString valueLabel(const std::string &feature)
{
    if (feature == "signed-size") return SeriesComparisonDialog::tr("bytes (+ up, - down)");
    if (feature == "size") return SeriesComparisonDialog::tr("bytes");
    if (feature == "iat") return SeriesComparisonDialog::tr("inter-arrival time (s)");
    if (feature == "bytes-per-bin") return SeriesComparisonDialog::tr("bytes per bin");
    return QString::fromStdString(feature);
}

// A plot with its title in the top row (and, with `legend`, the legend in a row below the title).
QCustomPlot *makePlot(QWidget *parent, const QString &objectName, const QString &title, bool legend)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setMinimumSize(280, 190);
    if (legend) {
        legendAbovePlot(plot, 2);
        plot->legend->setBorderPen(Qt::NoPen);
    }
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(plot->font().family(), -1, QFont::Bold)));
    return plot;
}

void setTitle(QCustomPlot *plot, const QString &title)
{
    if (auto *t = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))) t->setText(title);
}

// Example series as lines with markers, one colour shade per series.
void drawExamples(QCustomPlot *plot, const std::vector<std::vector<double>> &examples, const QColor &colour,
                  double yLo, double yHi, std::size_t longest, const QString &yLabel)
{
    plot->clearGraphs();
    for (std::size_t i = 0; i < examples.size(); ++i) {
        QVector<double> x, y;
        for (std::size_t k = 0; k < examples[i].size(); ++k) {
            x << double(k + 1);
            y << examples[i][k];
        }
        QCPGraph *g = plot->addGraph();
        QColor c = colour;
        // Shades from the full colour to a lighter one, so crossing lines stay apart.
        c = c.lighter(100 + int(60 * i / std::max<std::size_t>(1, examples.size())));
        g->setPen(QPen(c, 1.4));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, c, 4));
        g->setData(x, y, true);
    }
    plot->xAxis->setLabel(SeriesComparisonDialog::tr("packet (value) index"));
    plot->yAxis->setLabel(yLabel);
    plot->xAxis->setRange(0.5, double(std::max<std::size_t>(longest, 1)) + 0.5);
    const double pad = (yHi - yLo) * 0.06 + 1e-9;
    plot->yAxis->setRange(yLo - pad, yHi + pad);
    plot->replot();
}

// The two sides' shares per bin as translucent bars on the same bins.
void drawOverlay(QCustomPlot *plot, const OverlaidHistogram &h, const QString &xLabel, const QString &realName,
                 const QString &synthName)
{
    plot->clearPlottables();
    if (h.edges.size() < 2) {
        plot->replot();
        return;
    }
    QVector<double> centres, real, synth;
    for (std::size_t i = 0; i + 1 < h.edges.size(); ++i) {
        centres << (h.edges[i] + h.edges[i + 1]) / 2.0;
        real << (i < h.real.size() ? h.real[i] : 0.0);
        synth << (i < h.synthetic.size() ? h.synthetic[i] : 0.0);
    }
    const double width = h.edges[1] - h.edges[0];
    auto bars = [&](const QVector<double> &v, const QColor &c, const QString &name) {
        auto *b = new QCPBars(plot->xAxis, plot->yAxis);
        QColor fill = c;
        fill.setAlpha(120);
        b->setBrush(fill);
        b->setPen(QPen(c, 1));
        b->setWidth(width * 0.95);
        b->setData(centres, v, true);
        b->setName(name);
    };
    bars(real, kReal, realName);
    bars(synth, kSynthetic, synthName);
    double top = 0.0;
    for (int i = 0; i < real.size(); ++i) top = std::max({top, real[i], synth[i]});
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(SeriesComparisonDialog::tr("share"));
    plot->xAxis->setRange(h.edges.front(), h.edges.back());
    plot->yAxis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    plot->replot();
}

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("-");
}

} // namespace

SeriesComparisonDialog::SeriesComparisonDialog(SeriesComparison comparison, const QString &realName,
                                               const QString &syntheticName, QWidget *parent)
    : QDialog(parent), m_comparison(std::move(comparison)), m_realName(realName), m_syntheticName(syntheticName)
{
    setObjectName(QStringLiteral("SeriesComparisonDialog"));
    setWindowTitle(tr("Real vs synthetic: %1 and %2").arg(realName, syntheticName));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *classLabel = new QLabel(tr("&Class:"), this);
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("ComparisonClass"));
    m_class->setToolTip(tr("Page Up / Page Down: previous / next class"));
    classLabel->setBuddy(m_class);
    for (const auto &k : m_comparison.classes)
        m_class->addItem(tr("%1 (%2 real, %3 synthetic)")
                             .arg(QString::fromStdString(k.name))
                             .arg(k.realCount)
                             .arg(k.syntheticCount),
                         QString::fromStdString(k.name));
    top->addWidget(classLabel);
    top->addWidget(m_class);
    top->addStretch(1);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ComparisonSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *grid = new QGridLayout;
    m_realPlot = makePlot(this, QStringLiteral("ComparisonRealSeries"), realName, false);
    m_synthPlot = makePlot(this, QStringLiteral("ComparisonSyntheticSeries"), syntheticName, false);
    m_valuesPlot = makePlot(this, QStringLiteral("ComparisonValues"), tr("Values, overlaid"), true);
    m_lengthsPlot = makePlot(this, QStringLiteral("ComparisonLengths"), tr("Series lengths, overlaid"), true);
    grid->addWidget(m_realPlot, 0, 0);
    grid->addWidget(m_synthPlot, 0, 1);
    grid->addWidget(m_valuesPlot, 1, 0);
    grid->addWidget(m_lengthsPlot, 1, 1);
    layout->addLayout(grid, 1);

    auto *note = new QLabel(tr("Series decoded from the images with each set's own spec (the inversion Export... "
                               "uses). Bars are shares of each side's values, so sets of different sizes overlay."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_class, &QComboBox::currentIndexChanged, this, &SeriesComparisonDialog::showIndex);
    auto *next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this,
            [this] { m_class->setCurrentIndex(std::min(m_class->currentIndex() + 1, m_class->count() - 1)); });
    auto *previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this,
            [this] { m_class->setCurrentIndex(std::max(m_class->currentIndex() - 1, 0)); });
    showIndex(m_class->currentIndex());
    resize(1000, 700);
}

bool SeriesComparisonDialog::showClass(const QString &name)
{
    const int at = m_class->findData(name);
    if (at < 0) return false;
    m_class->setCurrentIndex(at);
    return true;
}

QString SeriesComparisonDialog::currentClass() const { return m_class->currentData().toString(); }

void SeriesComparisonDialog::showIndex(int index)
{
    if (index < 0 || std::size_t(index) >= m_comparison.classes.size()) return;
    const ClassComparison &k = m_comparison.classes[std::size_t(index)];
    // Both example plots on the same axes, so their shapes compare at a glance.
    double lo = 0.0, hi = 0.0;
    std::size_t longest = 1;
    for (const auto *side : {&k.realExamples, &k.syntheticExamples})
        for (const auto &s : *side) {
            longest = std::max(longest, s.size());
            for (double v : s)
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        }
    const QString yLabel = valueLabel(m_comparison.feature);
    setTitle(m_realPlot, tr("%1: %n example(s)", nullptr, int(k.realExamples.size())).arg(m_realName));
    setTitle(m_synthPlot, tr("%1: %n example(s)", nullptr, int(k.syntheticExamples.size())).arg(m_syntheticName));
    drawExamples(m_realPlot, k.realExamples, kReal, lo, hi, longest, yLabel);
    drawExamples(m_synthPlot, k.syntheticExamples, kSynthetic, lo, hi, longest, yLabel);
    drawOverlay(m_valuesPlot, k.values, yLabel, tr("real"), tr("synthetic"));
    drawOverlay(m_lengthsPlot, k.lengths, tr("series length"), tr("real"), tr("synthetic"));
    m_summary->setText(tr("<b>%1</b>: %2 real and %3 synthetic series; mean length %4 real, %5 synthetic. "
                          "Distance between the value distributions (1-Wasserstein): %6; between the lengths: %7.")
                           .arg(QString::fromStdString(k.name).toHtmlEscaped())
                           .arg(k.realCount)
                           .arg(k.syntheticCount)
                           .arg(number(k.realMeanLength, 2), number(k.syntheticMeanLength, 2), number(k.valueW1, 1),
                                number(k.lengthW1, 2)));
}

} // namespace netsynth
