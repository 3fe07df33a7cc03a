#include "widgets/training/sample_details_dialog.h"

#include "core/diffusion/trainer.h"
#include "core/export/traffic_export.h"
#include "widgets/plot_style.h"
#include "widgets/qcustomplot_include.h"
#include "widgets/training/sample_grid_view.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {

QString flagNames(std::uint16_t flags)
{
    // Wireshark's order: FIN, SYN, RST, PSH, ACK.
    QStringList names;
    const std::pair<std::uint16_t, const char *> bits[] = {
        {0x01, "FIN"}, {0x02, "SYN"}, {0x04, "RST"}, {0x08, "PSH"}, {0x10, "ACK"}};
    for (const auto &b : bits)
        if (flags & b.first) names << QString::fromLatin1(b.second);
    return names.join(QStringLiteral(", "));
}

} // namespace

SampleDetailsDialog::SampleDetailsDialog(const ImageDataset &set, std::size_t index, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SampleDetailsDialog"));
    const Biflow b = exportedBiflow(set, index, ExportOptions{}, TrafficReference{});
    setWindowTitle(tr("%1: sample %2").arg(QString::fromStdString(b.label)).arg(index));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    layout->addLayout(top, 1);

    // The image, as the grid draws it.
    SampleGrid one;
    one.imageSize = set.imageSize;
    one.channels = set.channels;
    one.perClass = 1;
    one.classes = {std::string()};
    one.pixels.assign(set.image(index), set.image(index) + set.pixelsPerImage());
    // Gamma-corrected sets are in [0, 1], raw GASF in [-1, 1].
    one.valueMin = *std::min_element(one.pixels.begin(), one.pixels.end()) < 0.0f ? -1.0 : 0.0;
    one.valueMax = 1.0;
    auto *image = new QLabel(this);
    image->setPixmap(QPixmap::fromImage(SampleGridView::gridImage(one, 192)));
    image->setAlignment(Qt::AlignTop);
    top->addWidget(image);

    // The inverted series: + upstream, - downstream, one bar per packet.
    auto *plot = new QCustomPlot(this);
    plot->setObjectName(QStringLiteral("SampleSeriesPlot"));
    plot->setMinimumSize(360, 220);
    QVector<double> x, up, down;
    for (std::size_t k = 0; k < b.packets.size(); ++k) {
        const Packet &p = b.packets[k];
        x << double(k + 1);
        up << (p.direction == Direction::Upstream ? double(p.payloadBytes) : 0.0);
        down << (p.direction == Direction::Downstream ? -double(p.payloadBytes) : 0.0);
    }
    auto *upBars = new QCPBars(plot->xAxis, plot->yAxis);
    upBars->setData(x, up);
    upBars->setName(tr("upstream"));
    upBars->setBrush(QColor(76, 114, 176));
    upBars->setPen(Qt::NoPen);
    auto *downBars = new QCPBars(plot->xAxis, plot->yAxis);
    downBars->setData(x, down);
    downBars->setName(tr("downstream"));
    downBars->setBrush(QColor(85, 168, 104));
    downBars->setPen(Qt::NoPen);
    plot->xAxis->setLabel(tr("packet"));
    plot->yAxis->setLabel(tr("payload bytes (+ up, - down)"));
    plot->xAxis->setRange(0, double(std::max<std::size_t>(b.packets.size(), 1)) + 1);
    plot->yAxis->rescale();
    plot->yAxis->scaleRange(1.15, 0.0);
    // Integer packet numbers; the legend in a row above the bars, the title above it.
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
    legendAbovePlot(plot, 2);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, tr("Inverted series, %n packet(s)", nullptr,
                                                                      int(b.packets.size()))));
    top->addWidget(plot, 1);

    // The packets the export writes for it.
    auto *table = new QTableWidget(int(b.packets.size()), 6, this);
    table->setObjectName(QStringLiteral("SamplePacketTable"));
    table->setHorizontalHeaderLabels({tr("#"), tr("Time (ms)"), tr("Direction"), tr("IP bytes"), tr("Payload"),
                                      tr("TCP flags")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int k = 0; k < int(b.packets.size()); ++k) {
        const Packet &p = b.packets[std::size_t(k)];
        const QStringList cells = {QString::number(k + 1), QString::number(p.timestamp * 1e3, 'f', 3),
                                   p.direction == Direction::Upstream ? tr("up") : tr("down"),
                                   QString::number(p.ipBytes), QString::number(p.payloadBytes),
                                   flagNames(p.tcpFlags)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 2 || c == 5 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(k, c, item);
        }
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto *note = new QLabel(tr("The packets Export... writes for this image: %1 to %2:%3, TCP, packets 1 ms apart "
                               "(a reference dataset in Export... gives the class's real inter-arrival times).")
                                .arg(QString::fromStdString(b.tuple->srcIp), QString::fromStdString(b.tuple->dstIp))
                                .arg(b.tuple->dstPort),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 620);
}

} // namespace netsynth
