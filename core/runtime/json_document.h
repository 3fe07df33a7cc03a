#pragma once
// The one way core reads a JSON document (manifests, checkpoints, configs,
// metrics, GeoJSON): any failure of the parser, a syntax error or a number
// out of range, becomes an InputError naming the file and the byte where
// parsing stopped. Fuzzing found nlohmann's out_of_range (406, "number
// overflow") escaping readers that caught only its parse_error.
//
//   const nlohmann::json j = readJsonFile(path);                 // throws InputError
//   const nlohmann::json m = parseJsonDocument(text, path, "entry 'meta'");

#include "core/runtime/errors.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace netsynth {

// `where` prefixes the place in the error ("entry 'meta' byte 12").
nlohmann::json parseJsonDocument(const std::string &text, const std::string &file, const std::string &where = {});
nlohmann::json readJsonFile(const std::string &path);
// The document's "format" string, or "" when it is not an object or its
// "format" is missing or not a string (json.value() would throw type_error).
std::string jsonFormat(const nlohmann::json &json);

// A JSON number as T, range-checked: an integer type takes only whole numbers
// within its range (nlohmann's get<int>() of 1e300 is a float-to-int cast out
// of range, undefined behaviour); anything else is an InputError naming file
// and where ("field 'steps'"). Floating types take any number. Bools are
// read with get<bool>() after is_boolean().
template <typename T>
T jsonNumber(const nlohmann::json &v, const std::string &file, const std::string &where)
{
    static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>, "jsonNumber reads numbers");
    if (!v.is_number())
        throw InputError(file, where, std::string("expected a number, found ") + v.type_name());
    if constexpr (std::is_floating_point_v<T>) {
        return v.get<T>();
    } else {
        // long double holds every 64-bit integer exactly (x86's 64-bit mantissa).
        const long double x = v.is_number_unsigned() ? static_cast<long double>(v.get<std::uint64_t>())
                              : v.is_number_integer() ? static_cast<long double>(v.get<std::int64_t>())
                                                      : static_cast<long double>(v.get<double>());
        constexpr long double lo = static_cast<long double>(std::numeric_limits<T>::min());
        constexpr long double hi = static_cast<long double>(std::numeric_limits<T>::max());
        if (!(x >= lo && x <= hi) || x != std::floor(x))
            throw InputError(file, where,
                             "expected a whole number from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
                                 std::to_string(std::numeric_limits<T>::max()) + ", found " + v.dump());
        return static_cast<T>(x);
    }
}

// object[key] as T (jsonNumber) when object holds key, else fallback.
template <typename T>
T jsonNumberOr(const nlohmann::json &object, const char *key, T fallback, const std::string &file)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    if (!object.is_object() || it == object.end())
        return fallback;
    return jsonNumber<T>(*it, file, std::string("field '") + key + "'");
}

// Reads into target: numbers through jsonNumber (arrays of numbers element by
// element), everything else with
// get_to (its type_error becomes an InputError naming file and where).
template <typename T>
void jsonGetTo(const nlohmann::json &v, T &target, const std::string &file, const std::string &where)
{
    if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
        target = jsonNumber<T>(v, file, where);
    } else {
        try {
            v.get_to(target);
        } catch (const nlohmann::json::exception &e) {
            throw InputError(file, where, e.what());
        }
    }
}

template <typename T>
void jsonGetTo(const nlohmann::json &v, std::vector<T> &target, const std::string &file, const std::string &where)
{
    if (!v.is_array())
        throw InputError(file, where, std::string("expected an array, found ") + v.type_name());
    std::vector<T> out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        T item{};
        jsonGetTo(v[i], item, file, where + "[" + std::to_string(i) + "]");
        out.push_back(std::move(item));
    }
    target = std::move(out);
}

} // namespace netsynth
