#include "widgets/imaging/matrix_image_view.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace netsynth {

MatrixImageView::MatrixImageView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void MatrixImageView::setMatrix(const QImage &image, std::shared_ptr<const std::vector<float>> values, int n)
{
    const bool sizeChanged = n != m_n;
    m_image = image;
    m_values = std::move(values);
    m_n = n;
    if (m_fit || sizeChanged)
        fitToView();
    update();
}

double MatrixImageView::fitScale() const
{
    if (m_n <= 0)
        return 1.0;
    return std::max(0.01, (std::min(width(), height()) - 8.0) / m_n);
}

void MatrixImageView::fitToView()
{
    m_fit = true;
    m_scale = fitScale();
    const double side = m_scale * m_n;
    m_origin = QPointF((width() - side) / 2.0, (height() - side) / 2.0);
    update();
}

void MatrixImageView::zoomAround(const QPointF &anchor, double factor)
{
    if (m_n <= 0)
        return;
    const double newScale = std::clamp(m_scale * factor, fitScale() * 0.25, 200.0);
    m_origin = anchor - (anchor - m_origin) * (newScale / m_scale);
    m_scale = newScale;
    m_fit = false;
    update();
}

void MatrixImageView::zoomIn()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 1.25);
}

void MatrixImageView::zoomOut()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 0.8);
}

bool MatrixImageView::cellAt(const QPointF &pos, int &i, int &j) const
{
    if (m_n <= 0 || m_scale <= 0)
        return false;
    const double x = (pos.x() - m_origin.x()) / m_scale;
    const double y = (pos.y() - m_origin.y()) / m_scale;
    if (x < 0 || y < 0 || x >= m_n || y >= m_n)
        return false;
    i = static_cast<int>(y);
    j = static_cast<int>(x);
    return true;
}

QPointF MatrixImageView::cellCentre(int i, int j) const
{
    return m_origin + QPointF((j + 0.5) * m_scale, (i + 0.5) * m_scale);
}

QString MatrixImageView::toolTipAt(const QPointF &pos) const
{
    int i = 0, j = 0;
    if (!cellAt(pos, i, j) || !m_values)
        return {};
    const float v = (*m_values)[static_cast<std::size_t>(i) * m_n + j];
    return tr("i = %1, j = %2\nvalue = %3").arg(i).arg(j).arg(double(v), 0, 'g', 7);
}

bool MatrixImageView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MatrixImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::Mid));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No image"));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QRectF target(m_origin, QSizeF(m_scale * m_n, m_scale * m_n));
    p.drawImage(target, m_image);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
}

void MatrixImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        fitToView();
}

void MatrixImageView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomAround(event->position(), std::pow(1.25, steps));
    event->accept();
}

void MatrixImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MatrixImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_origin += event->position() - m_dragStart;
        m_dragStart = event->position();
        m_fit = false;
        update();
    }
    int i = 0, j = 0;
    if (m_values && cellAt(event->position(), i, j))
        Q_EMIT cellHovered(i, j, (*m_values)[static_cast<std::size_t>(i) * m_n + j]);
}

void MatrixImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
}

} // namespace netsynth
