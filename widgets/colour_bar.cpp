#include "widgets/colour_bar.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {
constexpr int kRamp = 14; // thickness of the ramp, px
constexpr int kGap = 4;

QString valueText(double v)
{
    return QString::number(std::abs(v) < 1e-12 ? 0.0 : v, 'g', 4);
}
} // namespace

ColourBar::ColourBar(Qt::Orientation orientation, QWidget *parent) : QWidget(parent), m_orientation(orientation)
{
    setSizePolicy(orientation == Qt::Vertical ? QSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding)
                                              : QSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed));
}

void ColourBar::setScale(ColourMapKind kind, double low, double high, const QString &title, double middle)
{
    m_kind = kind;
    m_low = low;
    m_high = high;
    m_title = title;
    m_explicitMiddle = std::isfinite(middle);
    m_middle = middle;
    m_valid = true;
    setToolTip(title.isEmpty() ? QString() : tr("%1: %2 to %3").arg(title, valueText(low), valueText(high)));
    updateGeometry();
    update();
}

void ColourBar::clear()
{
    m_valid = false;
    setToolTip(QString());
    update();
}

double ColourBar::middle() const
{
    return m_explicitMiddle ? m_middle : 0.5 * (m_low + m_high);
}

QStringList ColourBar::tickLabels() const
{
    return {valueText(m_low), valueText(middle()), valueText(m_high)};
}

void ColourBar::paintRamp(QPainter &painter, const QRect &rect, ColourMapKind kind, Qt::Orientation orientation)
{
    const bool vertical = orientation == Qt::Vertical;
    const int length = vertical ? rect.height() : rect.width();
    for (int k = 0; k < length; ++k) {
        const double t = static_cast<double>(k) / std::max(1, length - 1);
        const Rgb c = colourAt(kind, t);
        painter.setPen(QColor(c.r, c.g, c.b));
        if (vertical) // low at the bottom
            painter.drawLine(rect.left(), rect.bottom() - k, rect.right(), rect.bottom() - k);
        else
            painter.drawLine(rect.left() + k, rect.top(), rect.left() + k, rect.bottom());
    }
}

QSize ColourBar::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    if (m_orientation == Qt::Horizontal)
        return {240, fm.height() * 2 + kRamp + 3 * kGap};
    int labels = 0;
    for (const QString &t : tickLabels())
        labels = std::max(labels, fm.horizontalAdvance(t));
    const int title = m_title.isEmpty() ? 0 : fm.height() + kGap;
    return {kRamp + kGap + labels + kGap + title, 160};
}

QSize ColourBar::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return m_orientation == Qt::Vertical ? QSize(hint.width(), 3 * fontMetrics().height() + 8)
                                         : QSize(120, hint.height());
}

void ColourBar::paintEvent(QPaintEvent *)
{
    if (!m_valid)
        return;
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QStringList ticks = tickLabels();
    p.setPen(palette().windowText().color());
    if (m_orientation == Qt::Vertical) {
        const int half = fm.height() / 2;
        const QRect ramp(0, half, kRamp, height() - 2 * half);
        paintRamp(p, ramp, m_kind, Qt::Vertical);
        p.setPen(palette().windowText().color());
        p.drawRect(ramp.adjusted(0, 0, -1, -1));
        const int x = kRamp + kGap;
        const int w = width() - x;
        p.drawText(QRect(x, ramp.top() - half, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, ticks[2]);
        p.drawText(QRect(x, ramp.center().y() - half, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, ticks[1]);
        p.drawText(QRect(x, ramp.bottom() - half, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, ticks[0]);
        if (!m_title.isEmpty()) { // along the right edge, read bottom to top
            p.save();
            p.translate(width() - fm.descent() - 1, ramp.center().y());
            p.rotate(-90);
            const QString title = fm.elidedText(m_title, Qt::ElideRight, ramp.height());
            p.drawText(QPointF(-fm.horizontalAdvance(title) / 2.0, 0), title);
            p.restore();
        }
        return;
    }
    int y = 0;
    if (!m_title.isEmpty()) {
        p.drawText(QRect(0, 0, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_title, Qt::ElideRight, width()));
        y = fm.height() + kGap;
    }
    const QRect ramp(0, y, width(), kRamp);
    paintRamp(p, ramp, m_kind, Qt::Horizontal);
    p.setPen(palette().windowText().color());
    p.drawRect(ramp.adjusted(0, 0, -1, -1));
    const QRect labels(0, ramp.bottom() + kGap, width(), fm.height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, ticks[0]);
    p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, ticks[1]);
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, ticks[2]);
}

} // namespace netsynth
