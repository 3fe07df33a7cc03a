#include "core/runtime/logging.h"

#include <cstdio>
#include <mutex>

namespace netsynth {

namespace {
std::mutex g_mutex;
std::function<void(LogLevel, const std::string &)> g_sink;
LogLevel g_threshold = LogLevel::Info;

const char *levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
    }
    return "";
}
} // namespace

void logMessage(LogLevel level, const std::string &message)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (level < g_threshold)
        return;
    if (g_sink) {
        g_sink(level, message);
        return;
    }
    std::fprintf(stderr, "netsynth %s: %s\n", levelName(level), message.c_str());
}

void setLogSink(std::function<void(LogLevel, const std::string &)> sink)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_sink = std::move(sink);
}

void setLogThreshold(LogLevel level)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_threshold = level;
}

} // namespace netsynth
