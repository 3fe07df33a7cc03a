#pragma once
// FlowLayout: lays its items out left to right and wraps onto the next line
// when the width runs out, like words in a paragraph (the Qt "flow layout"
// pattern). A row of controls in it asks for the width of its widest item
// only, so a pane full of options does not force the main window wider than
// the screen; translated (longer) labels wrap instead of widening it.
//
// Items whose size policy expands horizontally share the width left on their
// line. Put a label and its field in one small widget to keep them together.

#include <QLayout>
#include <QList>
#include <QStyle>

namespace netsynth {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    // Adds a label and its field as one unit that never wraps in between.
    void addPair(QWidget *label, QWidget *field);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int layoutLines(const QRect &rect, bool apply) const;
    int spacing(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace netsynth
