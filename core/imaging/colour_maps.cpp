#include "core/imaging/colour_maps.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace netsynth {

namespace {
struct Anchor
{
    double r, g, b; // 0..1
};
// Evenly spaced anchors, linear between them.
const std::vector<Anchor> kViridis = {{0.267, 0.005, 0.329}, {0.283, 0.141, 0.458}, {0.254, 0.265, 0.530},
                                      {0.207, 0.372, 0.553}, {0.164, 0.471, 0.558}, {0.128, 0.567, 0.551},
                                      {0.135, 0.659, 0.518}, {0.267, 0.749, 0.441}, {0.478, 0.821, 0.318},
                                      {0.741, 0.873, 0.150}, {0.993, 0.906, 0.144}};
const std::vector<Anchor> kInferno = {{0.001, 0.000, 0.014}, {0.087, 0.045, 0.225}, {0.258, 0.039, 0.406},
                                      {0.416, 0.090, 0.433}, {0.578, 0.148, 0.404}, {0.735, 0.216, 0.330},
                                      {0.865, 0.317, 0.226}, {0.955, 0.469, 0.099}, {0.988, 0.645, 0.040},
                                      {0.964, 0.837, 0.255}, {0.988, 0.998, 0.645}};
const std::vector<Anchor> kGrey = {{0, 0, 0}, {1, 1, 1}};
const std::vector<Anchor> kDiverging = {{5 / 255.0, 48 / 255.0, 97 / 255.0},
                                        {67 / 255.0, 147 / 255.0, 195 / 255.0},
                                        {247 / 255.0, 247 / 255.0, 247 / 255.0},
                                        {214 / 255.0, 96 / 255.0, 77 / 255.0},
                                        {103 / 255.0, 0 / 255.0, 31 / 255.0}};

std::array<Rgb, 256> buildTable(const std::vector<Anchor> &a)
{
    std::array<Rgb, 256> out{};
    for (int i = 0; i < 256; ++i) {
        const double pos = i / 255.0 * double(a.size() - 1);
        const std::size_t k = std::min(a.size() - 2, static_cast<std::size_t>(pos));
        const double f = pos - double(k);
        auto mix = [&](double Anchor::*c) {
            return static_cast<std::uint8_t>(std::lround(255.0 * (a[k].*c * (1 - f) + a[k + 1].*c * f)));
        };
        out[static_cast<std::size_t>(i)] = {mix(&Anchor::r), mix(&Anchor::g), mix(&Anchor::b)};
    }
    return out;
}
} // namespace

const std::array<Rgb, 256> &colourTable(ColourMapKind kind)
{
    static const std::array<Rgb, 256> viridis = buildTable(kViridis), inferno = buildTable(kInferno),
                                      grey = buildTable(kGrey), diverging = buildTable(kDiverging);
    switch (kind) {
    case ColourMapKind::Inferno: return inferno;
    case ColourMapKind::Grey: return grey;
    case ColourMapKind::Diverging: return diverging;
    case ColourMapKind::Viridis: break;
    }
    return viridis;
}

Rgb colourAt(ColourMapKind kind, double t)
{
    if (!(t > 0.0))
        t = 0.0;
    const int i = std::min(255, static_cast<int>(t * 255.0 + 0.5));
    return colourTable(kind)[static_cast<std::size_t>(i)];
}

void colouriseBgr(const std::uint8_t *grey, std::size_t n, std::uint8_t *bgr, ColourMapKind kind)
{
    const std::array<Rgb, 256> &table = colourTable(kind);
    for (std::size_t i = 0; i < n; ++i) {
        const Rgb &c = table[grey[i]];
        bgr[3 * i] = c.b;
        bgr[3 * i + 1] = c.g;
        bgr[3 * i + 2] = c.r;
    }
}

} // namespace netsynth
