#include "core/runtime/distributed.h"

#include "core/runtime/errors.h"

#include <cerrno>
#include <cstdlib>
#include <string>

namespace netsynth {

namespace {

// An environment variable as an integer, or `fallback` when unset.
int intVariable(const char *name, int fallback)
{
    const char *text = std::getenv(name);
    if (!text || !*text) return fallback;
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || value < -1000000000L || value > 1000000000L)
        throw InputError("environment variable " + std::string(name), {},
                         "expected a whole number, got '" + std::string(text) + "'");
    return static_cast<int>(value);
}

} // namespace

DistributedConfig DistributedConfig::fromEnvironment()
{
    DistributedConfig c;
    c.worldSize = intVariable("WORLD_SIZE", 1);
    c.rank = intVariable("RANK", 0);
    c.localRank = intVariable("LOCAL_RANK", c.rank);
    if (const char *addr = std::getenv("MASTER_ADDR"); addr && *addr) c.masterAddr = addr;
    c.masterPort = intVariable("MASTER_PORT", c.masterPort);
    c.timeoutSeconds = intVariable("NETSYNTH_DIST_TIMEOUT", c.timeoutSeconds);
    c.validate();
    return c;
}

void DistributedConfig::validate() const
{
    if (worldSize < 1 || worldSize > 4096)
        throw InputError("WORLD_SIZE / --world-size", {}, "expected 1 to 4096 processes, got " + std::to_string(worldSize));
    if (rank < 0 || rank >= worldSize)
        throw InputError("RANK / --rank", {},
                         "expected 0 to " + std::to_string(worldSize - 1) + ", got " + std::to_string(rank));
    if (masterPort < 1 || masterPort > 65535)
        throw InputError("MASTER_PORT / --master", {}, "expected a port 1 to 65535, got " + std::to_string(masterPort));
    if (timeoutSeconds < 1)
        throw InputError("NETSYNTH_DIST_TIMEOUT", {}, "expected at least 1 second");
}

} // namespace netsynth
