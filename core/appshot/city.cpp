#include "core/appshot/city.h"

#include <algorithm>
#include <cmath>

namespace netsynth {

std::size_t City::validCells() const
{
    return static_cast<std::size_t>(std::count(mask.begin(), mask.end(), std::uint8_t(1)));
}

std::size_t City::trainableCells() const
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < cells(); ++i)
        n += trainable(i) ? 1 : 0;
    return n;
}

int City::layerIndex(const std::string &layerName) const
{
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (layers[i].name == layerName)
            return static_cast<int>(i);
    return -1;
}

const ContextLayer *City::layer(const std::string &layerName) const
{
    const int i = layerIndex(layerName);
    return i < 0 ? nullptr : &layers[i];
}

std::vector<std::string> City::layerNames() const
{
    std::vector<std::string> out;
    for (const auto &l : layers)
        out.push_back(l.name);
    return out;
}

std::vector<float> City::contextStack(const std::vector<std::string> &names, std::vector<std::string> *missing) const
{
    std::vector<float> out(names.size() * cells(), 0.0f);
    for (std::size_t k = 0; k < names.size(); ++k) {
        const ContextLayer *l = layer(names[k]);
        if (!l) {
            if (missing)
                missing->push_back(names[k]);
            continue;
        }
        const std::vector<float> n = l->normalized();
        std::copy(n.begin(), n.end(), out.begin() + static_cast<std::ptrdiff_t>(k * cells()));
    }
    return out;
}

nlohmann::json City::infoJson() const
{
    nlohmann::json j = {{"name", name},
                        {"path", path},
                        {"layout", layout},
                        {"rows", rows},
                        {"cols", cols},
                        {"cells", cells()},
                        {"valid_cells", validCells()},
                        {"geo", geo.toJson()},
                        {"layer_count", layers.size()},
                        {"layers", layerNames()},
                        {"notes", notes}};
    if (traffic) {
        j["traffic"] = {{"steps", traffic->steps},
                        {"services", traffic->serviceNames},
                        {"step_minutes", traffic->stepMinutes},
                        {"shape", {traffic->steps, traffic->services, traffic->rows, traffic->cols}},
                        {"provenance", provenanceName(traffic->provenance)},
                        {"simulated", traffic->simulated()},
                        {"units", traffic->units}};
        double sum = 0.0;
        for (float v : traffic->values)
            if (std::isfinite(v))
                sum += v;
        j["traffic"]["sum"] = sum;
    } else {
        j["traffic"] = nullptr;
    }
    return j;
}

nlohmann::json City::layersJson() const
{
    nlohmann::json arr = nlohmann::json::array();
    for (const auto &l : layers) {
        const std::vector<float> n = l.normalized();
        float nmin = n.empty() ? 0.f : *std::min_element(n.begin(), n.end());
        float nmax = n.empty() ? 0.f : *std::max_element(n.begin(), n.end());
        arr.push_back({{"name", l.name},
                       {"group", l.group},
                       {"kind", layerKindName(l.kind)},
                       {"normalization", l.normalization.toJson()},
                       {"min", l.minimum()},
                       {"max", l.maximum()},
                       {"sum", l.sum()},
                       {"mean", l.values.empty() ? 0.0 : l.sum() / static_cast<double>(l.values.size())},
                       {"normalized_min", nmin},
                       {"normalized_max", nmax},
                       {"source", l.source}});
    }
    return {{"city", name}, {"rows", rows}, {"cols", cols}, {"layers", arr}};
}

} // namespace netsynth
