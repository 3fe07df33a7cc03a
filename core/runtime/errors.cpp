#include "core/runtime/errors.h"

namespace netsynth {

static std::string composeMessage(const std::string &file, const std::string &location,
                                  const std::string &message)
{
    std::string out;
    if (!file.empty()) {
        out += file;
        if (!location.empty())
            out += " (" + location + ")";
        out += ": ";
    } else if (!location.empty()) {
        out += location + ": ";
    }
    return out + message;
}

InputError::InputError(std::string file, std::string location, const std::string &message)
    : std::runtime_error(composeMessage(file, location, message)),
      m_file(std::move(file)), m_location(std::move(location)), m_detail(message)
{
}

InputError::InputError(const std::string &message)
    : std::runtime_error(message), m_detail(message)
{
}

} // namespace netsynth
