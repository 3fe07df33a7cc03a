#include "core/appshot/context_layer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace netsynth {

double ContextLayer::sum() const
{
    double s = 0.0;
    for (double v : values)
        if (std::isfinite(v))
            s += v;
    return s;
}

double ContextLayer::minimum() const
{
    double m = std::numeric_limits<double>::infinity();
    for (double v : values)
        if (std::isfinite(v))
            m = std::min(m, v);
    return std::isfinite(m) ? m : 0.0;
}

double ContextLayer::maximum() const
{
    double m = -std::numeric_limits<double>::infinity();
    for (double v : values)
        if (std::isfinite(v))
            m = std::max(m, v);
    return std::isfinite(m) ? m : 0.0;
}

std::vector<float> ContextLayer::normalized() const
{
    std::vector<float> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        out[i] = static_cast<float>(normalization.apply(values[i]));
    return out;
}

} // namespace netsynth
