#pragma once
// Private to the evaluation report's renderer (report_html.cpp): JSON values
// of metrics.json written for people in its Data and Configuration sections.

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth::report_cells {

// The encode spec for people, with the JSON below it for exactness.
std::string encodingCell(const nlohmann::json &spec);
// A JSON value for people: "key value; key value", numbers formatted, long
// arrays counted, objects below two levels elided (metrics.json has them).
std::string readableJson(const nlohmann::json &j, int depth = 0);
// The pipeline block: its options, then each step's seconds.
std::string pipelineCell(const nlohmann::json &p);

} // namespace netsynth::report_cells
