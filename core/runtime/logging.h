#pragma once
// Minimal logging: messages go to stderr (CLI) and, when a sink is installed,
// to the GUI's log. Thread-safe.

#include <functional>
#include <string>

namespace netsynth {

enum class LogLevel { Debug, Info, Warning, Error };

void logMessage(LogLevel level, const std::string &message);
inline void logInfo(const std::string &m) { logMessage(LogLevel::Info, m); }
inline void logWarning(const std::string &m) { logMessage(LogLevel::Warning, m); }
inline void logError(const std::string &m) { logMessage(LogLevel::Error, m); }

// Replace the sink (default: stderr with a level prefix, Info and above).
void setLogSink(std::function<void(LogLevel, const std::string &)> sink);
void setLogThreshold(LogLevel level);

} // namespace netsynth
