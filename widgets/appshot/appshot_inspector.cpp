#include "widgets/appshot/appshot_inspector.h"
#include "widgets/plot_style.h"

#include "widgets/qcustomplot_include.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace netsynth {

AppShotInspector::AppShotInspector(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(this)), m_service(new QComboBox(this)),
      m_plot(new QCustomPlot(this))
{
    m_table->setColumnCount(3);
    // Two-line headers: the inspector is narrow (about 170 px in the default
    // layout) and one-line headers were cut to "e / gr" in Italian.
    m_table->setHorizontalHeaderLabels({tr("Value"), tr("Real /\nraw"), tr("Gen. /\nnorm.")});
    m_table->horizontalHeaderItem(1)->setToolTip(tr("Services: the real value; context layers: the raw value"));
    m_table->horizontalHeaderItem(2)->setToolTip(tr("Services: the generated value; context layers: the normalised value the model sees"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Three columns sharing the width, so the inspector stays readable when narrow.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 64); // layer names elide in the middle; the values need the room
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plot->setMinimumHeight(150);
    m_title->setWordWrap(true);
    // Long service names must not widen the pane: the combo box elides them.
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(12);
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("real"));
    m_plot->graph(0)->setPen(QPen(QColor(52, 101, 164), 1.2));
    m_plot->addGraph();
    m_plot->graph(1)->setName(tr("generated"));
    m_plot->graph(1)->setPen(QPen(QColor(204, 0, 0), 1.5));
    m_plot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_plot->xAxis->setLabel(tr("hour from Monday 00:00"));
    m_plot->yAxis->setLabel(tr("traffic"));
    m_plot->legend->setFont(QFont(font().family(), 8));
    legendAbovePlot(m_plot, 2); // the plot is about 170 px wide: a legend inside covered the series
    // Few ticks: at this width five hour labels ran together ("100200300400").
    m_plot->xAxis->ticker()->setTickCount(3);
    m_plot->yAxis->ticker()->setTickCount(4);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_title);
    lay->addWidget(m_table, 1);
    lay->addWidget(m_service);
    lay->addWidget(m_plot, 1);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { plotSeries(); });
    clear();
}

void AppShotInspector::clear()
{
    m_title->setText(tr("Click a cell of a map to inspect it."));
    m_table->setRowCount(0);
    m_real.reset();
    m_gen.reset();
    m_row = m_col = -1;
    m_service->clear();
    for (int i = 0; i < 2; ++i)
        m_plot->graph(i)->data()->clear();
    m_plot->replot();
}

int AppShotInspector::tableRows() const
{
    return m_table->rowCount();
}

int AppShotInspector::plottedSeries() const
{
    int n = 0;
    for (int i = 0; i < 2; ++i)
        n += m_plot->graph(i)->dataCount() > 0;
    return n;
}

void AppShotInspector::showCell(const City &city, std::shared_ptr<const TrafficMaps> real,
                                std::shared_ptr<const TrafficMaps> generated, int row, int col, int realStep,
                                int generatedStep)
{
    m_real = std::move(real);
    m_gen = std::move(generated);
    m_row = row;
    m_col = col;
    const std::size_t cell = static_cast<std::size_t>(row) * city.cols + col;
    m_title->setText(tr("Cell row %1, column %2 of %3%4")
                         .arg(row)
                         .arg(col)
                         .arg(QString::fromStdString(city.name))
                         .arg(city.mask.empty() || city.mask[cell] ? QString() : tr(" (invalid cell)")));
    m_table->setRowCount(0);
    // Three significant digits fit the narrow columns; the tooltip has them all.
    auto valueItem = [](const double *v) {
        auto *item = new QTableWidgetItem(v ? compactNumber(*v) : QString());
        if (v) item->setToolTip(QString::number(*v, 'g', 8));
        return item;
    };
    auto addRow = [this](const QString &a, QTableWidgetItem *b, QTableWidgetItem *c) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(a));
        m_table->item(r, 0)->setToolTip(a);
        m_table->setItem(r, 1, b);
        m_table->setItem(r, 2, c);
    };
    QStringList services;
    const TrafficMaps *ref = m_gen ? m_gen.get() : m_real.get();
    if (ref)
        for (const auto &s : ref->serviceNames)
            services << QString::fromStdString(s);
    for (const QString &s : services) {
        auto valueOf = [&](const TrafficMaps *t, int step) {
            if (!t || step < 0)
                return valueItem(nullptr);
            for (int q = 0; q < t->services; ++q)
                if (QString::fromStdString(t->serviceNames[q]) == s) {
                    const double v = t->at(step, q, row, col);
                    return valueItem(&v);
                }
            return valueItem(nullptr);
        };
        addRow(s, valueOf(m_real.get(), realStep), valueOf(m_gen.get(), generatedStep));
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->item(m_table->rowCount() - 1, 0)->setFont(bold);
        m_table->item(m_table->rowCount() - 1, 0)->setToolTip(tr("service %1: real and generated traffic").arg(s));
    }
    for (const ContextLayer &l : city.layers) {
        const double raw = l.values[cell], normalised = l.normalization.apply(l.values[cell]);
        addRow(QString::fromStdString(l.name), valueItem(&raw), valueItem(&normalised));
    }
    const QString keep = m_service->currentText();
    m_service->blockSignals(true);
    m_service->clear();
    m_service->addItems(services);
    if (services.contains(keep))
        m_service->setCurrentText(keep);
    m_service->blockSignals(false);
    plotSeries();
}

void AppShotInspector::plotSeries()
{
    for (int i = 0; i < 2; ++i)
        m_plot->graph(i)->data()->clear();
    const QString s = m_service->currentText();
    int gi = 0;
    for (const TrafficMaps *t : {m_real.get(), m_gen.get()}) {
        const int graph = gi++;
        if (!t || m_row < 0 || m_row >= t->rows || m_col >= t->cols)
            continue;
        int q = -1;
        for (int k = 0; k < t->services; ++k)
            if (QString::fromStdString(t->serviceNames[k]) == s)
                q = k;
        if (q < 0)
            continue;
        QVector<double> x, y;
        for (int step = 0; step < t->steps; ++step) {
            x << t->hours[step] + (step % std::max(1, 60 / std::max(1, t->stepMinutes))) * t->stepMinutes / 60.0;
            y << t->at(step, q, m_row, m_col);
        }
        m_plot->graph(graph)->setData(x, y, true);
    }
    m_plot->rescaleAxes();
    // A margin above and below, so the extremes do not sit on the frame.
    const QCPRange y = m_plot->yAxis->range();
    const double pad = y.size() > 0 ? 0.08 * y.size() : 0.5;
    m_plot->yAxis->setRange(y.lower - pad, y.upper + pad);
    m_plot->replot();
}

QString AppShotInspector::compactNumber(double v)
{
    if (v == 0.0) return QStringLiteral("0");
    const double a = std::fabs(v);
    if (a >= 1e-3 && a < 1e5) return QString::number(v, 'g', 3);
    // Tiny traffic values (1e-5 per cell) and huge counts: "1.2e-5", not "1.23e-05".
    QString text = QString::number(v, 'e', 1);
    text.replace(QStringLiteral("e-0"), QStringLiteral("e-")).replace(QStringLiteral("e+0"), QStringLiteral("e"));
    return text.replace(QStringLiteral("e+"), QStringLiteral("e"));
}

} // namespace netsynth
