#include "widgets/training/sample_grid_view.h"

#include "core/diffusion/trainer.h"
#include "widgets/imaging/colour_map.h"

#include <QFontMetrics>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace netsynth {


SampleGridView::SampleGridView(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_view(new QLabel(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_position(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    auto *history = new QHBoxLayout;
    history->addWidget(m_position);
    history->addWidget(m_slider, 1);
    layout->addLayout(history);
    m_slider->setObjectName(QStringLiteral("PreviewHistory"));
    m_slider->setToolTip(tr("Earlier previews of this run (arrow keys step through them)"));
    m_slider->setPageStep(1);
    m_slider->hide();
    m_position->hide();
    connect(m_slider, &QSlider::valueChanged, this, &SampleGridView::showPreview);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(160, 120);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_caption->setWordWrap(true);
}

QImage SampleGridView::gridImage(const SampleGrid &grid, int cellSize)
{
    const int rows = static_cast<int>(grid.classes.size());
    const int cols = grid.perClass;
    const int s = grid.imageSize;
    if (rows == 0 || cols == 0 || s == 0)
        return {};
    const int scale = std::max(1, cellSize / s);
    const int cell = s * scale;
    const int gap = 4;
    QFont font;
    font.setPointSize(9);
    const QFontMetrics metrics(font);
    int labelWidth = 0;
    for (const auto &name : grid.classes)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(QString::fromStdString(name)));
    labelWidth = std::min(labelWidth + 8, 160);
    QImage out(labelWidth + cols * (cell + gap), rows * (cell + gap), QImage::Format_RGB32);
    out.fill(Qt::white);
    // The layout, for tileAt(): "labelWidth cell gap rows cols".
    out.setText(QStringLiteral("netsynth.grid"),
                QStringLiteral("%1 %2 %3 %4 %5").arg(labelWidth).arg(cell).arg(gap).arg(rows).arg(cols));
    const double lo = grid.valueMin;
    const double span = grid.valueMax > grid.valueMin ? grid.valueMax - grid.valueMin : 1.0;
    const std::size_t perImage = static_cast<std::size_t>(grid.channels) * s * s;
    const ColourMap colours(ColourMap::Kind::Viridis); // as the Imaging pane and the contact sheets
    QPainter painter(&out);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int r = 0; r < rows; ++r) {
        const QRect labelRect(0, r * (cell + gap), labelWidth - 4, cell);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(QString::fromStdString(grid.classes[static_cast<std::size_t>(r)]),
                                            Qt::ElideRight, labelWidth - 4));
        for (int c = 0; c < cols; ++c) {
            const std::size_t index = static_cast<std::size_t>(r) * cols + c;
            if ((index + 1) * perImage > grid.pixels.size())
                continue;
            const float *px = grid.pixels.data() + index * perImage; // first channel
            QImage tile(s, s, QImage::Format_RGB32);
            for (int y = 0; y < s; ++y) {
                auto *line = reinterpret_cast<QRgb *>(tile.scanLine(y));
                for (int x = 0; x < s; ++x)
                    line[x] = colours.colour((px[y * s + x] - lo) / span);
            }
            painter.drawImage(QRect(labelWidth + c * (cell + gap), r * (cell + gap), cell, cell), tile);
        }
    }
    return out;
}

void SampleGridView::setImage(const QImage &image, const QString &caption)
{
    m_image = image;
    m_caption->setText(caption);
    updatePixmap();
}

QString SampleGridView::caption() const
{
    return m_caption->text();
}

void SampleGridView::addPreview(const QImage &image, const QString &caption)
{
    const bool atLatest = m_history.empty() || m_slider->value() == m_slider->maximum();
    m_history.push_back({image, caption});
    const int last = static_cast<int>(m_history.size()) - 1;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, last);
        if (atLatest) m_slider->setValue(last);
    }
    m_slider->setVisible(last > 0);
    m_position->setVisible(last > 0);
    if (atLatest) showPreview(last);
    else m_position->setText(tr("Preview %1 of %2").arg(m_slider->value() + 1).arg(m_history.size()));
}

void SampleGridView::showPreview(int index)
{
    if (index < 0 || index >= static_cast<int>(m_history.size())) return;
    if (m_slider->value() != index) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(index);
    }
    m_position->setText(tr("Preview %1 of %2").arg(index + 1).arg(m_history.size()));
    setImage(m_history[static_cast<std::size_t>(index)].image, m_history[static_cast<std::size_t>(index)].caption);
}

void SampleGridView::clear(const QString &message)
{
    m_history.clear();
    m_slider->hide();
    m_position->hide();
    m_image = QImage();
    m_caption->setText(message);
    m_view->clear();
}

void SampleGridView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePixmap();
}

void SampleGridView::updatePixmap()
{
    if (m_image.isNull())
        return;
    const QSize target = m_view->size();
    QImage shown = m_image;
    if (m_image.width() > target.width() || m_image.height() > target.height())
        shown = m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (2 * m_image.width() <= target.width() && 2 * m_image.height() <= target.height())
        // Enlarge a small grid by a whole factor (crisp pixels) to use the space.
        shown = m_image.scaled(m_image.size() * std::min(target.width() / m_image.width(),
                                                         target.height() / m_image.height()),
                               Qt::KeepAspectRatio, Qt::FastTransformation);
    m_view->setPixmap(QPixmap::fromImage(shown));
    m_shown = shown.size();
}

QPair<int, int> SampleGridView::tileAt(const QPoint &pos) const
{
    const QStringList layout = m_image.text(QStringLiteral("netsynth.grid")).split(QLatin1Char(' '));
    if (layout.size() != 5 || m_shown.isEmpty())
        return {-1, -1};
    const int labelWidth = layout[0].toInt(), cell = layout[1].toInt(), gap = layout[2].toInt();
    const int rows = layout[3].toInt(), cols = layout[4].toInt();
    // The pixmap is centred in the view; map the point into the image.
    const QPoint inView = m_view->mapFrom(this, pos);
    const QPoint origin((m_view->width() - m_shown.width()) / 2, (m_view->height() - m_shown.height()) / 2);
    const double sx = double(m_image.width()) / m_shown.width(), sy = double(m_image.height()) / m_shown.height();
    const double ix = (inView.x() - origin.x()) * sx, iy = (inView.y() - origin.y()) * sy;
    if (ix < labelWidth || iy < 0)
        return {-1, -1};
    const int col = int((ix - labelWidth) / (cell + gap)), row = int(iy / (cell + gap));
    if (row >= rows || col >= cols || (ix - labelWidth) - col * (cell + gap) >= cell || iy - row * (cell + gap) >= cell)
        return {-1, -1};
    return {row, col};
}

void SampleGridView::mousePressEvent(QMouseEvent *event)
{
    const QPair<int, int> tile = tileAt(event->position().toPoint());
    if (tile.first >= 0)
        Q_EMIT tileClicked(tile.first, tile.second);
    QWidget::mousePressEvent(event);
}

} // namespace netsynth
