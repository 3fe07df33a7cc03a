#pragma once
// Error types shared by every layer.
//
// InputError means "the user's input is wrong": a file that cannot be parsed, a
// field of the wrong type, an option out of range. It always names the file (when
// there is one) and where in it things went wrong (byte offset, line, field), so
// the CLI can print it and exit with code 2 and the GUI can show it verbatim.
// Any other std::exception is an internal failure (CLI exit code 1).

#include <stdexcept>
#include <string>

namespace netsynth {

class InputError : public std::runtime_error
{
public:
    // file: path of the offending input, may be empty.
    // location: "byte 1234", "line 17", "field packet_data.iat[3]"... may be empty.
    InputError(std::string file, std::string location, const std::string &message);
    explicit InputError(const std::string &message);

    const std::string &file() const { return m_file; }
    const std::string &location() const { return m_location; }
    const std::string &detail() const { return m_detail; }

private:
    std::string m_file;
    std::string m_location;
    std::string m_detail;
};

// Thrown by ProgressToken::throwIfCanceled(); job runners turn it into a
// "canceled" result instead of an error.
class CanceledError : public std::runtime_error
{
public:
    CanceledError() : std::runtime_error("canceled") {}
};

} // namespace netsynth
