#include "widgets/imaging/colour_map.h"

#include "core/imaging/colour_maps.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace netsynth {



ColourMap::ColourMap(Kind kind) : m_kind(kind)
{
    const std::array<Rgb, 256> &table = colourTable(coreKind());
    for (std::size_t i = 0; i < 256; ++i)
        m_lut[i] = qRgb(table[i].r, table[i].g, table[i].b);
}

ColourMapKind ColourMap::coreKind() const
{
    return m_kind == Kind::Viridis ? ColourMapKind::Viridis
           : m_kind == Kind::Inferno ? ColourMapKind::Inferno
                                     : ColourMapKind::Grey;
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
