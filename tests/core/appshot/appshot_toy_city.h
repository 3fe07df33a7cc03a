#pragma once
// A small synthetic city (no shared data needed) for the model tests: a
// population layer with a dense centre, two POI count layers and a land-use
// fraction, so the simulated traffic depends on context.
#include "core/appshot/city.h"

#include <cmath>
#include <string>

inline netsynth::City toyCity(const std::string &name, int rows, int cols, double shift)
{
    using namespace netsynth;
    City c;
    c.name = name;
    c.path = name;
    c.layout = "toy";
    c.rows = rows;
    c.cols = cols;
    c.mask.assign(c.cells(), 1);
    auto add = [&](const std::string &n, const std::string &group, LayerKind kind, auto f) {
        ContextLayer l;
        l.name = n;
        l.group = group;
        l.kind = kind;
        l.normalization = LayerNormalization::forKind(kind);
        for (int r = 0; r < rows; ++r)
            for (int col = 0; col < cols; ++col)
                l.values.push_back(f(r, col));
        c.layers.push_back(l);
    };
    const double cr = rows * (0.4 + shift), cc = cols * (0.5 - shift);
    auto d2 = [=](int r, int col) { return ((r - cr) * (r - cr) + (col - cc) * (col - cc)) / (rows * cols * 0.1); };
    add("population", "population", LayerKind::Population, [=](int r, int col) { return 1500.0 * std::exp(-d2(r, col)); });
    add("poi_01", "poi", LayerKind::Count, [=](int r, int col) { return std::floor(20.0 * std::exp(-2.0 * d2(r, col))); });
    add("poi_02", "poi", LayerKind::Count, [=](int r, int col) { return static_cast<double>((r * 7 + col * 3) % 5); });
    add("landuse_01", "landuse", LayerKind::Fraction, [=](int r, int col) { return (r + col) % 4 == 0 ? 0.9 : 0.1; });
    return c;
}
