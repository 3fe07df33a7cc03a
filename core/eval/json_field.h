#pragma once
// Null-safe lookup in report JSON: j[key] when j is an object holding key,
// else a static null (so chains like jsonField(jsonField(m, "tstr"), "real_real")
// never throw on partial metrics). Torch-free, header-only.

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

inline const nlohmann::json &jsonField(const nlohmann::json &j, const std::string &key)
{
    static const nlohmann::json null;
    if (j.is_object()) {
        auto it = j.find(key);
        if (it != j.end())
            return *it;
    }
    return null;
}

} // namespace netsynth
