#include "core/appshot/layer_normalization.h"
#include "core/runtime/json_document.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>

namespace netsynth {

std::string layerKindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Population: return "population";
    case LayerKind::Count: return "count";
    case LayerKind::Fraction: return "fraction";
    case LayerKind::Flag: return "flag";
    case LayerKind::Mask: return "mask";
    case LayerKind::Continuous: return "continuous";
    }
    return "continuous";
}

LayerKind parseLayerKind(const std::string &name)
{
    for (LayerKind k : {LayerKind::Population, LayerKind::Count, LayerKind::Fraction, LayerKind::Flag,
                        LayerKind::Mask, LayerKind::Continuous})
        if (layerKindName(k) == name)
            return k;
    throw InputError({}, "layer kind", "unknown layer kind '" + name + "'");
}

std::string transformName(LayerNormalization::Transform t)
{
    switch (t) {
    case LayerNormalization::Transform::Log1p: return "log1p";
    case LayerNormalization::Transform::Clamp01: return "clamp01";
    case LayerNormalization::Transform::Binary: return "binary";
    case LayerNormalization::Transform::Affine: return "affine";
    }
    return "affine";
}

LayerNormalization LayerNormalization::forKind(LayerKind kind)
{
    LayerNormalization n;
    switch (kind) {
    case LayerKind::Population:
        n.transform = Transform::Log1p;
        n.scale = std::log1p(2000.0);
        break;
    case LayerKind::Count:
        n.transform = Transform::Log1p;
        n.scale = std::log1p(100.0);
        break;
    case LayerKind::Fraction:
        n.transform = Transform::Clamp01;
        break;
    case LayerKind::Flag:
    case LayerKind::Mask:
        n.transform = Transform::Binary;
        break;
    case LayerKind::Continuous:
        n.transform = Transform::Affine;
        break;
    }
    return n;
}

double LayerNormalization::apply(double x) const
{
    if (!std::isfinite(x))
        return 0.0;
    switch (transform) {
    case Transform::Log1p: return std::log1p(std::max(x, 0.0)) / scale;
    case Transform::Clamp01: return std::clamp(x, 0.0, 1.0);
    case Transform::Binary: return x != 0.0 ? 1.0 : 0.0;
    case Transform::Affine: return (x - offset) / scale;
    }
    return x;
}

nlohmann::json LayerNormalization::toJson() const
{
    return {{"transform", transformName(transform)}, {"offset", offset}, {"scale", scale}};
}

LayerNormalization LayerNormalization::fromJson(const nlohmann::json &j)
{
    LayerNormalization n;
    const std::string t = j.value("transform", std::string("affine"));
    if (t == "log1p") n.transform = Transform::Log1p;
    else if (t == "clamp01") n.transform = Transform::Clamp01;
    else if (t == "binary") n.transform = Transform::Binary;
    else if (t == "affine") n.transform = Transform::Affine;
    else throw InputError({}, "field transform", "unknown layer transform '" + t + "'");
    n.offset = jsonNumberOr(j, "offset", 0.0, std::string());
    n.scale = jsonNumberOr(j, "scale", 1.0, std::string());
    if (!(n.scale != 0.0) || !std::isfinite(n.scale))
        throw InputError({}, "field scale", "layer normalisation scale must be finite and non-zero");
    return n;
}

} // namespace netsynth
