#pragma once
// Colour scales of the AppShot map: a sequential palette (viridis-like) with
// linear or log1p scaling for context layers and service channels, and a
// diverging palette (blue-white-red) for generated-minus-real differences.

#include <QColor>
#include <QImage>
#include <QString>

#include <cstdint>
#include <vector>

namespace netsynth {

class ColorScale
{
public:
    enum class Mode { Linear, Log };
    enum class Palette { Sequential, Diverging };

    ColorScale() = default;
    ColorScale(double minimum, double maximum, Mode mode, Palette palette);

    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    Mode mode() const { return m_mode; }
    Palette palette() const { return m_palette; }

    // Position of a value in [0, 1] along the scale.
    double position(double value) const;
    QRgb color(double value) const;
    static QRgb paletteColor(Palette palette, double t); // t in [0, 1]

    // A cols x rows ARGB image of a row-major grid; cells with mask 0 or
    // non-finite values are transparent. rowZeroNorth false flips rows so north is up.
    QImage render(const float *values, int rows, int cols, const std::vector<std::uint8_t> &mask,
                  bool rowZeroNorth) const;

    static QString modeName(Mode mode);

private:
    double m_min = 0.0, m_max = 1.0;
    Mode m_mode = Mode::Linear;
    Palette m_palette = Palette::Sequential;
};

} // namespace netsynth
