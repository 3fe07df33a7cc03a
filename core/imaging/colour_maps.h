#pragma once
// The colour maps of every picture the project draws: the GUI's panes
// (ColourMap, the AppShot ColorScale), contact sheets and report maps. One
// definition each, so a map looks the same in the Imaging pane, a sample
// grid and a report. Display only: an 8-bit colour map cannot be inverted,
// so data never goes through it. Torch- and Qt-free.
//
//   const Rgb c = colourAt(ColourMapKind::Viridis, 0.7);
//   colouriseBgr(grey.data, grey.total(), colour.data, ColourMapKind::Viridis);   // an OpenCV CV_8UC1 -> CV_8UC3

#include <array>
#include <cstddef>
#include <cstdint>

namespace netsynth {

enum class ColourMapKind
{
    Viridis,   // matplotlib's viridis (perceptually uniform): the default of every view
    Inferno,   // matplotlib's inferno
    Grey,      // black to white
    Diverging, // ColorBrewer RdBu reversed: blue (low), white (middle), red (high)
};

struct Rgb
{
    std::uint8_t r = 0, g = 0, b = 0;
};

// The 256 colours of a map, index 0 = the low end.
const std::array<Rgb, 256> &colourTable(ColourMapKind kind);
// t in [0, 1] (clamped; NaN counts as 0) to the nearest of the 256 colours.
Rgb colourAt(ColourMapKind kind, double t);
// n grey levels (0..255) to n BGR triplets (OpenCV's channel order).
void colouriseBgr(const std::uint8_t *grey, std::size_t n, std::uint8_t *bgr, ColourMapKind kind);

} // namespace netsynth
