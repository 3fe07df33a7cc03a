#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

namespace netsynth {

nlohmann::json parseJsonDocument(const std::string &text, const std::string &file, const std::string &where)
{
    const std::string prefix = where.empty() ? std::string() : where + " ";
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        throw InputError(file, prefix + "byte " + std::to_string(e.byte), "invalid JSON: " + std::string(e.what()));
    } catch (const nlohmann::json::exception &e) { // e.g. out_of_range 406: a number too large for a double
        throw InputError(file, where, "invalid JSON: " + std::string(e.what()));
    }
}

nlohmann::json readJsonFile(const std::string &path)
{
    return parseJsonDocument(readWholeFile(path), path);
}

std::string jsonFormat(const nlohmann::json &json)
{
    if (!json.is_object())
        return {};
    const auto it = json.find("format");
    return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace netsynth
