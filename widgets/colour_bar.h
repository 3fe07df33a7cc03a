#pragma once
// ColourBar: the key of a colour-mapped picture (a GASF image, a map layer):
// the colour ramp with the values at its ends and middle, and a title. Vertical
// beside an image, or horizontal under a map. The ramp is the project's one
// colour-map module (core/imaging/colour_maps.h), so the key always matches
// the picture drawn with the same ColourMapKind.
//
//   bar->setScale(ColourMapKind::Viridis, 0.0, 1.0, tr("GASF value"));

#include "core/imaging/colour_maps.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <limits>

class QPainter;

namespace netsynth {

class ColourBar : public QWidget
{
    Q_OBJECT
public:
    explicit ColourBar(Qt::Orientation orientation = Qt::Vertical, QWidget *parent = nullptr);

    // middle: the value printed at the middle of the ramp (NaN: the mean of
    // low and high; log scales pass their geometric middle).
    void setScale(ColourMapKind kind, double low, double high, const QString &title = {},
                  double middle = std::numeric_limits<double>::quiet_NaN());
    void clear();

    bool hasScale() const { return m_valid; }
    ColourMapKind kind() const { return m_kind; }
    double low() const { return m_low; }
    double high() const { return m_high; }
    double middle() const;
    QString title() const { return m_title; }
    // The three tick labels, low to high, as drawn.
    QStringList tickLabels() const;

    // Fills rect with the ramp: low at the bottom (vertical) or left (horizontal).
    static void paintRamp(QPainter &painter, const QRect &rect, ColourMapKind kind, Qt::Orientation orientation);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::Orientation m_orientation;
    ColourMapKind m_kind = ColourMapKind::Viridis;
    double m_low = 0.0, m_high = 1.0, m_middle = 0.0;
    bool m_explicitMiddle = false;
    QString m_title;
    bool m_valid = false;
};

} // namespace netsynth
