#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace netsynth::cli {
// {"name", "version", "qt", "torch", "opencv", "device": {...}}
nlohmann::json versionJson();
std::string versionText();
} // namespace netsynth::cli
