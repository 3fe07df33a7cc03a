#include "widgets/appshot/map_canvas.h"

#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace netsynth {

MapCanvas::MapCanvas(const QString &title, QWidget *parent) : QWidget(parent), m_title(title)
{
    setMinimumSize(120, 120);
    setMouseTracking(true); // the hovered cell, for the coordinates in the status line
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MapCanvas::setGrid(int rows, int cols, bool rowZeroNorth)
{
    m_rows = rows;
    m_cols = cols;
    m_rowZeroNorth = rowZeroNorth;
    m_selRow = m_selCol = -1;
    update();
}

void MapCanvas::setLayers(const std::vector<Layer> &layers)
{
    m_layers = layers;
    update();
}

void MapCanvas::setTitle(const QString &title)
{
    m_title = title;
    setToolTip(title);
    update();
}

void MapCanvas::setBadge(const QString &badge)
{
    m_badge = badge;
    update();
}

void MapCanvas::setPatches(const std::vector<QRect> &patches)
{
    m_patches = patches;
    update();
}

void MapCanvas::setPatchesVisible(bool visible)
{
    m_showPatches = visible;
    update();
}

void MapCanvas::setSelectedCell(int row, int col)
{
    m_selRow = row;
    m_selCol = col;
    update();
}

void MapCanvas::setCellMetres(double metres)
{
    m_cellMetres = std::isfinite(metres) && metres > 0.0 ? metres : 0.0;
    update();
}

MapCanvas::ScaleBar MapCanvas::scaleBar() const
{
    ScaleBar bar;
    if (m_cellMetres <= 0.0 || m_rows <= 0 || m_cols <= 0)
        return bar;
    const double pixelsPerMetre = cellSize() / m_cellMetres;
    const double room = std::min(160.0, width() / 3.0);
    static const double lengths[] = {10,   20,   50,    100,   200,   500,    1000,   2000,  5000,
                                     10000, 20000, 50000, 100000, 200000, 500000, 1000000};
    bar.metres = lengths[0];
    for (double length : lengths)
        if (length * pixelsPerMetre <= room)
            bar.metres = length;
    bar.pixels = bar.metres * pixelsPerMetre;
    bar.label = bar.metres >= 1000 ? tr("%1 km").arg(bar.metres / 1000.0) : tr("%1 m").arg(bar.metres);
    return bar;
}

void MapCanvas::paintScaleBar(QPainter &p) const
{
    const ScaleBar bar = scaleBar();
    if (bar.pixels <= 0.0)
        return;
    const QFontMetrics fm = fontMetrics();
    const int x = 10, y = height() - 10; // the bar's left end, on the baseline
    const int length = static_cast<int>(std::lround(bar.pixels));
    const QRect back(x - 4, y - fm.height() - 8, std::max(length, fm.horizontalAdvance(bar.label)) + 8, fm.height() + 12);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(back, 3, 3);
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(x, y, x + length, y);
    p.drawLine(x, y - 4, x, y);
    p.drawLine(x + length, y - 4, x + length, y);
    p.setPen(Qt::black);
    p.drawText(QRect(x, y - fm.height() - 5, length, fm.height()), Qt::AlignCenter | Qt::TextDontClip, bar.label);
}

void MapCanvas::setHovered(int row, int col)
{
    if (row == m_hoverRow && col == m_hoverCol)
        return;
    m_hoverRow = row;
    m_hoverCol = col;
    Q_EMIT cellHovered(row, col);
}

void MapCanvas::leaveEvent(QEvent *event)
{
    setHovered(-1, -1);
    QWidget::leaveEvent(event);
}

void MapCanvas::setView(double zoom, QPointF center)
{
    m_zoom = std::clamp(zoom, 1.0, 40.0);
    m_center = center;
    update();
}

void MapCanvas::resetView()
{
    setView(1.0, {0.5, 0.5});
    Q_EMIT viewChanged(m_zoom, m_center);
}

double MapCanvas::cellSize() const
{
    if (m_rows <= 0 || m_cols <= 0)
        return 1.0;
    const double fit = std::min((width() - 8.0) / m_cols, (height() - 26.0) / m_rows);
    return std::max(0.5, fit) * m_zoom;
}

QPointF MapCanvas::gridToWidget(QPointF cell) const
{
    const double s = cellSize();
    const QPointF mid(width() / 2.0, 10.0 + (height() - 10.0) / 2.0);
    return mid + QPointF((cell.x() - m_center.x() * m_cols) * s, (cell.y() - m_center.y() * m_rows) * s);
}

QPointF MapCanvas::widgetToGrid(QPointF p) const
{
    const double s = cellSize();
    const QPointF mid(width() / 2.0, 10.0 + (height() - 10.0) / 2.0);
    return QPointF((p.x() - mid.x()) / s + m_center.x() * m_cols, (p.y() - mid.y()) / s + m_center.y() * m_rows);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_rows > 0 && m_cols > 0) {
        const QRectF target(gridToWidget({0, 0}), gridToWidget({static_cast<double>(m_cols), static_cast<double>(m_rows)}));
        p.fillRect(target, QColor(225, 225, 225));
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        for (const Layer &l : m_layers) {
            if (l.image.isNull() || l.opacity <= 0.0)
                continue;
            p.setOpacity(l.opacity);
            p.drawImage(target, l.image);
        }
        p.setOpacity(1.0);
        if (m_showPatches) {
            p.setPen(QPen(QColor(255, 140, 0), 1.5));
            p.setBrush(Qt::NoBrush);
            for (const QRect &r : m_patches) {
                // Patch rows are stored rows; map its extent to display rows.
                const int top = m_rowZeroNorth ? r.top() : m_rows - 1 - std::min(m_rows - 1, r.bottom());
                const int h = std::min(r.bottom(), m_rows - 1) - r.top() + 1;
                const int w = std::min(r.right(), m_cols - 1) - r.left() + 1;
                p.drawRect(QRectF(gridToWidget(QPointF(r.left(), top)), gridToWidget(QPointF(r.left() + w, top + h))));
            }
        }
        if (m_selRow >= 0 && m_selCol >= 0) {
            const int dr = displayRow(m_selRow);
            p.setPen(QPen(Qt::red, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(gridToWidget(QPointF(m_selCol, dr)), gridToWidget(QPointF(m_selCol + 1, dr + 1))));
        }
        p.setPen(palette().mid().color());
        p.drawRect(target);
        paintScaleBar(p);
    }
    p.fillRect(QRect(0, 0, width(), 20), palette().window());
    p.setPen(palette().windowText().color());
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    // The badge keeps its room on the right; the title is elided before it.
    const QFontMetrics fm(f);
    const int badgeWidth = m_badge.isEmpty() ? 0 : fm.horizontalAdvance(m_badge) + 8;
    p.drawText(QRect(6, 0, width() - 12 - badgeWidth, 20), Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(m_title, Qt::ElideRight, std::max(0, width() - 12 - badgeWidth)));
    if (!m_badge.isEmpty()) {
        p.setPen(QColor(200, 0, 0));
        p.drawText(QRect(6, 0, width() - 12, 20), Qt::AlignVCenter | Qt::AlignRight, m_badge);
    }
    if (m_rows == 0) {
        p.setPen(palette().mid().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No map"));
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const QPointF before = widgetToGrid(event->position());
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    m_zoom = std::clamp(m_zoom * factor, 1.0, 40.0);
    // Keep the cell under the mouse where it is.
    const QPointF after = widgetToGrid(event->position());
    if (m_rows > 0 && m_cols > 0)
        m_center += QPointF((before.x() - after.x()) / m_cols, (before.y() - after.y()) / m_rows);
    update();
    Q_EMIT viewChanged(m_zoom, m_center);
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position().toPoint();
    m_dragging = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_rows > 0 && !(event->buttons() & Qt::LeftButton)) {
        const QPointF g = widgetToGrid(event->position());
        const int col = static_cast<int>(std::floor(g.x())), drow = static_cast<int>(std::floor(g.y()));
        if (col >= 0 && col < m_cols && drow >= 0 && drow < m_rows)
            setHovered(displayRow(drow), col);
        else
            setHovered(-1, -1);
    }
    if (!(event->buttons() & Qt::LeftButton) || m_rows == 0)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_dragging = true;
    if (m_dragging) {
        const double s = cellSize();
        m_center -= QPointF((pos.x() - m_lastPos.x()) / (s * m_cols), (pos.y() - m_lastPos.y()) / (s * m_rows));
        m_lastPos = pos;
        update();
        Q_EMIT viewChanged(m_zoom, m_center);
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging && m_rows > 0) {
        const QPointF g = widgetToGrid(event->position());
        const int col = static_cast<int>(std::floor(g.x())), drow = static_cast<int>(std::floor(g.y()));
        if (col >= 0 && col < m_cols && drow >= 0 && drow < m_rows) {
            const int row = displayRow(drow); // display row -> stored row (the mapping is its own inverse)
            setSelectedCell(row, col);
            Q_EMIT cellClicked(row, col);
        }
    }
    m_dragging = false;
}

QImage MapCanvas::renderImage()
{
    return grab().toImage();
}

} // namespace netsynth
