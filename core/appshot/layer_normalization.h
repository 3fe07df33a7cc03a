#pragma once
// The layer normalisation spec of AppShot context layers.
//
// Context layers come in kinds with very different scales (people per cell in
// the thousands, POI counts in the tens, land-use fractions in 0..1). The model
// needs inputs of comparable scale, and it must generalise to cities it has
// never seen, so the normalisation is a fixed function of the kind, never a
// per-city min/max (which would make "dense" mean different things in
// different cities):
//
//   Population  log1p(max(x, 0)) / log1p(2000)   (2000 people per cell -> 1)
//   Count       log1p(max(x, 0)) / log1p(100)    (100 POIs per cell -> 1)
//   Fraction    clamp(x, 0, 1)
//   Flag, Mask  x != 0 ? 1 : 0
//   Continuous  (x - offset) / scale              (offset 0, scale 1 unless set)
//
// Non-finite values normalise to 0. The spec travels inside checkpoints so
// generation applies exactly what training applied.

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

enum class LayerKind { Population, Count, Fraction, Flag, Mask, Continuous };

std::string layerKindName(LayerKind kind);
LayerKind parseLayerKind(const std::string &name); // throws InputError

struct LayerNormalization
{
    enum class Transform { Log1p, Clamp01, Binary, Affine };
    Transform transform = Transform::Affine;
    double offset = 0.0; // Affine only
    double scale = 1.0;  // divides the transformed value (Log1p, Affine)

    static LayerNormalization forKind(LayerKind kind);
    double apply(double x) const;

    nlohmann::json toJson() const;
    static LayerNormalization fromJson(const nlohmann::json &j);
    bool operator==(const LayerNormalization &o) const
    {
        return transform == o.transform && offset == o.offset && scale == o.scale;
    }
};

std::string transformName(LayerNormalization::Transform t);

} // namespace netsynth
