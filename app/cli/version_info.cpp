#include "app/cli/version_info.h"

#include "core/runtime/device.h"

#include <QtGlobal>

namespace netsynth::cli {

nlohmann::json versionJson()
{
    const DeviceInfo d = DeviceManager::current();
    return {
        {"name", "netsynth-cli"},
        {"version", NETSYNTH_VERSION},
        {"qt", qVersion()},
        {"torch", DeviceManager::torchVersion()},
        {"torch_cuda_build", DeviceManager::torchHasCuda()},
        {"opencv", DeviceManager::openCvVersion()},
        {"device", {{"name", d.name},
                    {"description", d.description},
                    {"cuda", d.cuda},
                    {"cuda_available", d.cudaAvailable},
                    {"cuda_devices", d.cudaDeviceCount},
                    {"threads", d.threads},
                    {"preference", devicePreferenceName(DeviceManager::preference())}}},
    };
}

std::string versionText()
{
    const nlohmann::json j = versionJson();
    std::string s;
    s += "netsynth-cli " + j["version"].get<std::string>() + "\n";
    s += "  Qt       " + j["qt"].get<std::string>() + "\n";
    s += "  libtorch " + j["torch"].get<std::string>() + (j["torch_cuda_build"].get<bool>() ? " (CUDA)" : " (CPU)") + "\n";
    s += "  OpenCV   " + j["opencv"].get<std::string>() + "\n";
    s += "  device   " + j["device"]["name"].get<std::string>() + ": " + j["device"]["description"].get<std::string>() + "\n";
    return s;
}

} // namespace netsynth::cli
