#include "widgets/flow_layout.h"

#include <QHBoxLayout>
#include <QWidget>

#include <algorithm>

namespace netsynth {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_hSpacing(horizontalSpacing), m_vSpacing(verticalSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addPair(QWidget *label, QWidget *field)
{
    auto *pair = new QWidget;
    auto *lay = new QHBoxLayout(pair);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(label);
    lay->addWidget(field);
    // The pair takes more than its preferred width only when its field wants to (a line edit).
    pair->setSizePolicy(field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag ? QSizePolicy::Expanding
                                                                                         : QSizePolicy::Fixed,
                        QSizePolicy::Preferred);
    addWidget(pair);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int FlowLayout::heightForWidth(int width) const
{
    return layoutLines(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int w = 0, h = 0, n = 0;
    const int gap = spacing(QStyle::PM_LayoutHorizontalSpacing);
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        w += item->sizeHint().width() + (n++ ? gap : 0);
        h = std::max(h, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(w + m.left() + m.right(), h + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layoutLines(rect, true);
}

int FlowLayout::spacing(QStyle::PixelMetric metric) const
{
    const int own = metric == QStyle::PM_LayoutHorizontalSpacing ? m_hSpacing : m_vSpacing;
    if (own >= 0)
        return own;
    if (const QWidget *w = parentWidget())
        return w->style()->pixelMetric(metric, nullptr, w);
    return 6;
}

// Breaks the items into lines no wider than rect; with apply, places them,
// giving the room left on a line to its horizontally expanding items.
// Returns the height used.
int FlowLayout::layoutLines(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int hGap = std::max(0, spacing(QStyle::PM_LayoutHorizontalSpacing));
    const int vGap = std::max(0, spacing(QStyle::PM_LayoutVerticalSpacing));
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            visible.append(item);
    int y = area.y();
    for (int first = 0; first < visible.size();) {
        // One line: as many items as fit (at least one).
        int last = first, used = visible[first]->sizeHint().width();
        while (last + 1 < visible.size() && used + hGap + visible[last + 1]->sizeHint().width() <= area.width()) {
            ++last;
            used += hGap + visible[last]->sizeHint().width();
        }
        int lineHeight = 0, expanding = 0;
        for (int i = first; i <= last; ++i) {
            lineHeight = std::max(lineHeight, visible[i]->sizeHint().height());
            if (visible[i]->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            int extra = std::max(0, area.width() - used);
            int x = area.x();
            for (int i = first; i <= last; ++i) {
                QLayoutItem *item = visible[i];
                int w = item->sizeHint().width();
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = extra / expanding;
                    w += share;
                    extra -= share;
                    --expanding;
                }
                // A lone item wider than the line is squeezed to the line (not below its minimum).
                w = std::max(item->minimumSize().width(), std::min(w, area.x() + area.width() - x));
                const int h = std::min(lineHeight, std::max(item->minimumSize().height(), item->sizeHint().height()));
                item->setGeometry(QRect(x, y + (lineHeight - h) / 2, w, h));
                x += w + hGap;
            }
        }
        y += lineHeight + vGap;
        first = last + 1;
    }
    return y - (visible.isEmpty() ? 0 : vGap) - area.y() + m.top() + m.bottom();
}

} // namespace netsynth
