#include "core/appshot/geojson_grid.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace netsynth {

namespace {
void extend(const nlohmann::json &coords, double &x0, double &y0, double &x1, double &y1)
{
    if (!coords.is_array() || coords.empty())
        return;
    if (coords[0].is_number()) {
        if (coords.size() < 2)
            return;
        const double x = coords[0].get<double>(), y = coords[1].get<double>();
        x0 = std::min(x0, x);
        y0 = std::min(y0, y);
        x1 = std::max(x1, x);
        y1 = std::max(y1, y);
        return;
    }
    for (const auto &c : coords)
        extend(c, x0, y0, x1, y1);
}

std::string idText(const nlohmann::json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number_integer())
        return std::to_string(v.get<long long>());
    if (v.is_number())
        return v.dump();
    return {};
}
} // namespace

GridGeometry GeoJsonGrid::read(const std::string &path, const std::string &idProperty)
{
    return parse(readWholeFile(path), path, idProperty);
}

namespace {
GridGeometry parseFeatures(const nlohmann::json &doc, const std::string &name, const std::string &idProperty);
} // namespace

GridGeometry GeoJsonGrid::parse(const std::string &text, const std::string &name, const std::string &idProperty)
{
    const nlohmann::json doc = parseJsonDocument(text, name);
    try {
        return parseFeatures(doc, name, idProperty);
    } catch (const nlohmann::json::exception &e) { // a member of the wrong type, e.g. a coordinate that is a string
        throw InputError(name, {}, std::string("unexpected GeoJSON structure: ") + e.what());
    }
}

namespace {
GridGeometry parseFeatures(const nlohmann::json &doc, const std::string &name, const std::string &idProperty)
{
    if (!doc.is_object() || doc.value("type", std::string()) != "FeatureCollection" || !doc.contains("features") ||
        !doc["features"].is_array())
        throw InputError(name, "field type", "expected a GeoJSON FeatureCollection");
    const auto &features = doc["features"];
    const std::size_t n = features.size();
    std::vector<double> x0(n), y0(n), x1(n), y1(n);
    GridGeometry g;
    g.ids.resize(n);
    std::map<std::string, std::vector<double>> numeric;
    std::vector<std::string> order;
    const std::vector<std::string> idKeys = {idProperty, "cellId", "tile_id", "cell_id", "id"};
    for (std::size_t i = 0; i < n; ++i) {
        const auto &f = features[i];
        const std::string where = "features[" + std::to_string(i) + "]";
        if (!f.is_object() || !f.contains("geometry") || !f["geometry"].is_object())
            throw InputError(name, where, "feature without geometry");
        const std::string type = f["geometry"].value("type", std::string());
        if (type != "Polygon" && type != "MultiPolygon")
            throw InputError(name, where + ".geometry.type", "expected Polygon or MultiPolygon, found '" + type + "'");
        double a = std::numeric_limits<double>::infinity(), b = a, c = -a, d = -a;
        extend(f["geometry"].value("coordinates", nlohmann::json::array()), a, b, c, d);
        if (!std::isfinite(a) || !std::isfinite(c))
            throw InputError(name, where + ".geometry.coordinates", "polygon without coordinates");
        x0[i] = a;
        y0[i] = b;
        x1[i] = c;
        y1[i] = d;
        const nlohmann::json props = f.value("properties", nlohmann::json::object());
        for (const auto &key : idKeys) {
            if (!key.empty() && props.is_object() && props.contains(key)) {
                g.ids[i] = idText(props[key]);
                break;
            }
        }
        if (g.ids[i].empty() && f.contains("id"))
            g.ids[i] = idText(f["id"]);
        if (props.is_object()) {
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (!it.value().is_number())
                    continue;
                auto found = numeric.find(it.key());
                if (found == numeric.end()) {
                    order.push_back(it.key());
                    found = numeric.emplace(it.key(), std::vector<double>(n, std::nan(""))).first;
                }
                found->second[i] = it.value().get<double>();
            }
        }
    }
    g.snapToGrid(x0, y0, x1, y1, name);
    g.geo.source = name;
    if (doc.contains("crs") && doc["crs"].is_object())
        g.geo.crs = doc["crs"].value("properties", nlohmann::json::object()).value("name", std::string());
    if (g.geo.crs.empty())
        g.geo.crs = "urn:ogc:def:crs:OGC:1.3:CRS84";
    for (const auto &key : order) {
        g.attributeNames.push_back(key);
        g.attributes.push_back(numeric[key]);
    }
    return g;
}
} // namespace

} // namespace netsynth
