#pragma once
// ColourMap: float matrices to QImage for display (previews and PNG exports
// only: never for data, an 8-bit colour map cannot be inverted).

#include "core/imaging/colour_maps.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

#include <array>

namespace netsynth {

class ColourMap
{
public:
    enum class Kind { Viridis, Inferno, Grey };

    explicit ColourMap(Kind kind = Kind::Viridis);
    Kind kind() const { return m_kind; }
    ColourMapKind coreKind() const; // the same map in the colour-map module
    static QStringList names();       // display names, in Kind order
    static Kind fromIndex(int index);

    QRgb colour(double t) const;      // t in [0, 1], clamped
    // n x n row-major values mapped from [lo, hi] (row 0 at the top).
    QImage toImage(const float *values, int n, float lo, float hi) const;

private:
    Kind m_kind;
    std::array<QRgb, 256> m_lut{};
};

} // namespace netsynth
