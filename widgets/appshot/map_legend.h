#pragma once
// Legend of the selected map layer: its name, a colour bar and the values at
// its ends and middle, for linear and log scales.

#include "widgets/appshot/color_scale.h"

#include <QWidget>

namespace netsynth {

class MapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);
    void setScale(const QString &title, const ColorScale &scale);
    void clear();
    QSize sizeHint() const override { return {240, 54}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QString m_title;
    ColorScale m_scale;
    bool m_valid = false;
};

} // namespace netsynth
