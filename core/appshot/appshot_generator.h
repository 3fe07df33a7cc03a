#pragma once
// Generates service-level traffic maps for any city (including cities never
// seen in training) from an AppShot checkpoint, by overlapping patches blended
// without seams (PatchTiler). Torch-free header (pimpl); the GUI includes it.

#include "core/appshot/appshot_config.h"
#include "core/appshot/city.h"
#include "core/appshot/patch_tiler.h"
#include "core/appshot/traffic_maps.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct AppShotGeneration
{
    TrafficMaps traffic;                      // (T, S, H, W), provenance "generated"
    std::vector<PatchTiler::Patch> patches;   // generation patches (for the map overlay)
    int patchSize = 0;
    std::vector<std::string> missingLayers;   // config layers the city lacks (zeros used)
};

class AppShotGenerator
{
public:
    explicit AppShotGenerator(const std::string &checkpoint); // throws InputError
    ~AppShotGenerator();
    AppShotGenerator(const AppShotGenerator &) = delete;
    AppShotGenerator &operator=(const AppShotGenerator &) = delete;

    const AppShotConfig &config() const;
    int trainedSteps() const;
    const std::string &checkpoint() const;

    // hours: hour indices since Monday 00:00 (e.g. 0..23 for a Monday).
    // stride 0: the config's stride.
    AppShotGeneration generate(const City &city, const std::vector<int> &hours, std::uint64_t seed,
                               ProgressToken &token, int stride = 0) const;

    // "0-23", "0,6,12", "0-167" -> hour indices; throws InputError.
    static std::vector<int> parseHours(const std::string &text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace netsynth
