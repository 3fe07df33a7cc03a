#include "widgets/appshot/color_scale.h"

#include "core/imaging/colour_maps.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace netsynth {



ColorScale::ColorScale(double minimum, double maximum, Mode mode, Palette palette)
    : m_min(minimum), m_max(maximum), m_mode(mode), m_palette(palette)
{
}

double ColorScale::position(double v) const
{
    if (m_palette == Palette::Diverging) {
        const double m = std::max(std::abs(m_min), std::abs(m_max));
        if (m <= 0.0)
            return 0.5;
        if (m_mode == Mode::Log) {
            const double s = std::log1p(std::abs(v)) / std::log1p(m);
            return 0.5 + 0.5 * (v < 0 ? -s : s);
        }
        return 0.5 + 0.5 * v / m;
    }
    if (m_mode == Mode::Log) {
        const double lo = std::log1p(std::max(0.0, m_min)), hi = std::log1p(std::max(0.0, m_max));
        return hi > lo ? (std::log1p(std::max(0.0, v)) - lo) / (hi - lo) : 0.0;
    }
    return m_max > m_min ? (v - m_min) / (m_max - m_min) : 0.0;
}

QRgb ColorScale::paletteColor(Palette palette, double t)
{
    const Rgb c = colourAt(palette == Palette::Diverging ? ColourMapKind::Diverging : ColourMapKind::Viridis, t);
    return qRgb(c.r, c.g, c.b);
}

QRgb ColorScale::color(double v) const
{
    return paletteColor(m_palette, position(v));
}

QImage ColorScale::render(const float *values, int rows, int cols, const std::vector<std::uint8_t> &mask,
                          bool rowZeroNorth) const
{
    QImage img(cols, rows, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(rowZeroNorth ? r : rows - 1 - r));
        for (int c = 0; c < cols; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * cols + c;
            const float v = values[i];
            if ((!mask.empty() && !mask[i]) || !std::isfinite(v))
                continue;
            line[c] = color(v);
        }
    }
    return img;
}

QString ColorScale::modeName(Mode mode)
{
    return mode == Mode::Log ? QCoreApplication::translate("ColorScale", "log")
                             : QCoreApplication::translate("ColorScale", "linear");
}

} // namespace netsynth
