#pragma once
// The one way core reads a JSON document (manifests, checkpoints, configs,
// metrics, GeoJSON): any failure of the parser, a syntax error or a number
// out of range, becomes an InputError naming the file and the byte where
// parsing stopped. Fuzzing found nlohmann's out_of_range (406, "number
// overflow") escaping readers that caught only its parse_error.
//
//   const nlohmann::json j = readJsonFile(path);                 // throws InputError
//   const nlohmann::json m = parseJsonDocument(text, path, "entry 'meta'");

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

// `where` prefixes the place in the error ("entry 'meta' byte 12").
nlohmann::json parseJsonDocument(const std::string &text, const std::string &file, const std::string &where = {});
nlohmann::json readJsonFile(const std::string &path);
// The document's "format" string, or "" when it is not an object or its
// "format" is missing or not a string (json.value() would throw type_error).
std::string jsonFormat(const nlohmann::json &json);

} // namespace netsynth
