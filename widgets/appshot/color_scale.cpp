#include "widgets/appshot/color_scale.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {
// Viridis control points.
const double kViridis[][3] = {{68, 1, 84},    {72, 40, 120},  {62, 74, 137},  {49, 104, 142}, {38, 130, 142},
                              {31, 158, 137}, {53, 183, 121}, {109, 205, 89}, {180, 222, 44}, {253, 231, 37}};
const double kDiverging[][3] = {{5, 48, 97}, {67, 147, 195}, {247, 247, 247}, {214, 96, 77}, {103, 0, 31}};

template <std::size_t N>
QRgb interpolate(const double (&pts)[N][3], double t)
{
    t = std::clamp(t, 0.0, 1.0) * (N - 1);
    const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(t), N - 2);
    const double f = t - i;
    return qRgb(static_cast<int>(pts[i][0] + f * (pts[i + 1][0] - pts[i][0])),
                static_cast<int>(pts[i][1] + f * (pts[i + 1][1] - pts[i][1])),
                static_cast<int>(pts[i][2] + f * (pts[i + 1][2] - pts[i][2])));
}
} // namespace

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
    return palette == Palette::Diverging ? interpolate(kDiverging, t) : interpolate(kViridis, t);
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
