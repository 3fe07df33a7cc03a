#include "widgets/imaging/colour_map.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace netsynth {

namespace {
struct Anchor
{
    double r, g, b;
};
// Anchors sampled from matplotlib's viridis and inferno (perceptually uniform).
const std::vector<Anchor> kViridis = {{0.267, 0.005, 0.329}, {0.283, 0.141, 0.458}, {0.254, 0.265, 0.530},
                                      {0.207, 0.372, 0.553}, {0.164, 0.471, 0.558}, {0.128, 0.567, 0.551},
                                      {0.135, 0.659, 0.518}, {0.267, 0.749, 0.441}, {0.478, 0.821, 0.318},
                                      {0.741, 0.873, 0.150}, {0.993, 0.906, 0.144}};
const std::vector<Anchor> kInferno = {{0.001, 0.000, 0.014}, {0.087, 0.045, 0.225}, {0.258, 0.039, 0.406},
                                      {0.416, 0.090, 0.433}, {0.578, 0.148, 0.404}, {0.735, 0.216, 0.330},
                                      {0.865, 0.317, 0.226}, {0.955, 0.469, 0.099}, {0.988, 0.645, 0.040},
                                      {0.964, 0.837, 0.255}, {0.988, 0.998, 0.645}};
const std::vector<Anchor> kGrey = {{0, 0, 0}, {1, 1, 1}};
} // namespace

ColourMap::ColourMap(Kind kind) : m_kind(kind)
{
    const std::vector<Anchor> &a = kind == Kind::Viridis ? kViridis : kind == Kind::Inferno ? kInferno : kGrey;
    for (int i = 0; i < 256; ++i) {
        const double pos = i / 255.0 * double(a.size() - 1);
        const std::size_t k = std::min(a.size() - 2, static_cast<std::size_t>(pos));
        const double f = pos - double(k);
        auto mix = [&](double Anchor::*c) { return int(std::lround(255.0 * (a[k].*c * (1 - f) + a[k + 1].*c * f))); };
        m_lut[static_cast<std::size_t>(i)] = qRgb(mix(&Anchor::r), mix(&Anchor::g), mix(&Anchor::b));
    }
}

QStringList ColourMap::names()
{
    return {QCoreApplication::translate("netsynth::ColourMap", "Viridis"),
            QCoreApplication::translate("netsynth::ColourMap", "Inferno"),
            QCoreApplication::translate("netsynth::ColourMap", "Grey")};
}

ColourMap::Kind ColourMap::fromIndex(int index)
{
    return index == 1 ? Kind::Inferno : index == 2 ? Kind::Grey : Kind::Viridis;
}

QRgb ColourMap::colour(double t) const
{
    if (!(t > 0.0))
        t = 0.0;
    const int i = std::min(255, static_cast<int>(t * 255.0 + 0.5));
    return m_lut[static_cast<std::size_t>(i)];
}

QImage ColourMap::toImage(const float *values, int n, float lo, float hi) const
{
    QImage image(n, n, QImage::Format_RGB32);
    const float scale = hi > lo ? 1.0f / (hi - lo) : 0.0f;
    for (int i = 0; i < n; ++i) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(i));
        const float *row = values + static_cast<std::size_t>(i) * n;
        for (int j = 0; j < n; ++j)
            line[j] = colour((row[j] - lo) * scale);
    }
    return image;
}

} // namespace netsynth
